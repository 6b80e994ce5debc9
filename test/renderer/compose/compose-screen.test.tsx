// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SITUATION_IDS } from '../../../src/shared/compose'
import { useApp } from '../../../src/renderer/src/store'
import { SITUATION_GROUPS } from '../../../src/renderer/src/screens/compose/situation-groups'
import { bodyBox, installBridge, northwind, person, renderComposer, round, seed, subjectBox, TODAY } from './compose-fixture'

vi.mock('../../../src/renderer/src/screens/compose/grammar-client', async () => {
  const { grammarModule } = await import('./fake-grammar')
  return { grammarChecker: () => grammarModule.current }
})

afterEach(cleanup)

const checksPanel = () => screen.getByRole('region', { name: 'Checks' })
const checkIds = () => [...checksPanel().querySelectorAll('[data-check]')].map((el) => el.getAttribute('data-check'))

describe('Composer draft', () => {
  it('opens on the status check that is due and fills it from the process', () => {
    installBridge()
    seed([northwind()])
    renderComposer({ processId: 'north' })
    expect((screen.getByRole('radio', { name: /Status check/ }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('radio', { name: /Status check/ }).closest('label')!.textContent).toContain('Overdue')
    expect(subjectBox().value).toContain('Data Analyst')
    expect(subjectBox().value).toContain('Northwind Analytics')
    expect(bodyBox().value).toMatch(/^Hi Dana,/)
    expect(bodyBox().value).toContain('Sam Rivera')
    expect(bodyBox().value).toContain('July 1')
    expect(bodyBox().value).not.toMatch(/\[[^\]]+\]/)
  })

  it('covers every situation in the picker exactly once', () => {
    expect(SITUATION_GROUPS.flatMap((g) => g.ids).sort()).toEqual([...SITUATION_IDS].sort())
  })

  it('writes one thank-you per interviewer, each in its own tab', async () => {
    installBridge()
    const p = northwind({
      messages: [],
      people: [
        person('dana', 'Dana Whitfield', { email: 'dana@northwind.example', roundIds: ['r1'] }),
        person('omar', 'Dr. Omar Haddad', { email: 'omar@northwind.example', roundIds: ['r1'] })
      ]
    })
    seed([p])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'thank-you' })
    // Two interviewers make it a long round: the fuller thank-you.
    expect((screen.getByRole('radio', { name: /long or panel/ }) as HTMLInputElement).checked).toBe(true)
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['Dana Whitfield', 'Dr. Omar Haddad'])
    expect(bodyBox().value).toMatch(/^Hi Dana,/)
    await user.type(bodyBox(), ' Extra line for Dana.')
    await user.click(tabs[1])
    expect(bodyBox().value).toMatch(/^Hi Omar,/)
    expect(bodyBox().value).not.toContain('Extra line for Dana.')
    await user.click(screen.getAllByRole('tab')[0])
    expect(bodyBox().value).toContain('Extra line for Dana.')
  })

  it('weaves in only the key points left checked', async () => {
    installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    expect(screen.queryByText('parking on level 3')).toBeNull()
    expect(bodyBox().value).toContain('billing migration')
    await user.click(screen.getByRole('checkbox', { name: /billing migration/ }))
    expect(bodyBox().value).not.toContain('billing migration')
    expect(checkIds()).toContain('generic')
  })

  it('asks before a regenerate throws edits away', async () => {
    installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    const original = bodyBox().value
    await user.type(bodyBox(), ' PS: my own words.')
    await user.click(screen.getByRole('button', { name: 'Regenerate' }))
    const dialog = screen.getByRole('dialog', { name: 'Discard your edits?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(bodyBox().value).toContain('my own words')
    await user.click(screen.getByRole('button', { name: 'Regenerate' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Regenerate' }))
    await waitFor(() => expect(bodyBox().value).toBe(original))
  })

  it('fills situation details into the draft as they are typed', async () => {
    installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'correction' })
    expect(checkIds()).toContain('placeholder')
    await user.type(screen.getByLabelText('What was wrong'), 'I gave my start date as June 1')
    await user.type(screen.getByLabelText('The correct detail'), 'I can start on July 1')
    expect(bodyBox().value).toContain('I gave my start date as June 1')
    expect(bodyBox().value).toContain('I can start on July 1')
    expect(checkIds()).not.toContain('placeholder')
  })
})

describe('Composer checks', () => {
  it('update live while typing: a repeated word appears and goes', async () => {
    installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    expect(checkIds()).not.toContain('repeated-word')
    await user.type(bodyBox(), ' Thanks for the the update.')
    expect(checkIds()).toContain('repeated-word')
    expect(checksPanel().textContent).toContain('"the the"')
    fireEvent.change(bodyBox(), { target: { value: bodyBox().value.replace('the the', 'the') } })
    expect(checkIds()).not.toContain('repeated-word')
  })

  it('flags placeholders, highlights them in the preview and finds them in the editor', async () => {
    installBridge()
    seed([northwind({ people: [], mainContactId: null })])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    expect(checksPanel().textContent).toContain("[contact's name]")
    await user.click(screen.getByRole('button', { name: "Find [contact's name] in the draft" }))
    const box = bodyBox()
    expect(document.activeElement).toBe(box)
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe("[contact's name]")
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    const marks = [...document.querySelectorAll('.compose-preview mark')].map((m) => m.textContent)
    expect(marks).toContain("[contact's name]")
  })

  it('says a follow-up is too soon before its due date, and the subject check notices a missing company', async () => {
    installBridge()
    seed([northwind()])
    renderComposer({ processId: 'north', situation: 'second-follow-up' })
    expect(checkIds()).toContain('too-soon')
    fireEvent.change(subjectBox(), { target: { value: 'Checking in' } })
    expect(checkIds()).toContain('subject')
  })

  it('counts LinkedIn notes in characters against the free or Premium limit', async () => {
    installBridge()
    seed([northwind()], { linkedinPremium: false })
    renderComposer({ processId: 'north', situation: 'linkedin-note' })
    const count = () => document.querySelector('.compose-count')!
    expect(subjectBox()).toBeNull()
    expect(count().textContent).toBe(`${[...bodyBox().value].length} / 200 characters`)
    fireEvent.change(bodyBox(), { target: { value: 'x'.repeat(250) } })
    expect(count().textContent).toBe('250 / 200 characters — 50 over')
    expect(count().className).toContain('over')
    expect(checkIds()).toContain('too-long')
    cleanup()
    seed([northwind()], { linkedinPremium: true })
    renderComposer({ processId: 'north', situation: 'linkedin-note' })
    fireEvent.change(bodyBox(), { target: { value: 'x'.repeat(250) } })
    expect(count().textContent).toBe('250 / 300 characters')
    expect(count().className).not.toContain('over')
  })
})

describe('Composer export', () => {
  it('opens a mailto: URL in the mail app, spaces as %20', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    const [{ url }] = bridge.callsTo('shell.openExternal')
    expect(url.startsWith('mailto:dana@northwind.example?subject=')).toBe(true)
    expect(url).toContain('%20')
    expect(url).not.toContain('+')
    expect(decodeURIComponent(url.split('body=')[1])).toBe(bodyBox().value.replace(/\n/g, '\r\n'))
  })

  it('offers clipboard or .eml instead when the mail link would be too long', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    fireEvent.change(bodyBox(), { target: { value: 'A long paragraph of text. '.repeat(80) } })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    expect(bridge.callsTo('shell.openExternal')).toHaveLength(0)
    expect(screen.getByRole('alert').textContent).toContain('too long')
    await user.click(screen.getByRole('button', { name: 'Save .eml instead' }))
    expect(bridge.callsTo('file.save')).toHaveLength(1)
  })

  it('shows an invalid address clearly instead of opening anything', async () => {
    const bridge = installBridge()
    const p = northwind()
    p.people[0].email = 'dana@northwind'
    seed([p])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }))
    expect(bridge.callsTo('shell.openExternal')).toHaveLength(0)
    expect(screen.getByRole('alert').textContent).toMatch(/Could not prepare the email: Invalid To address .*dana@northwind/)
  })

  it('copies subject and body together as text and escaped HTML, and each alone', async () => {
    const bridge = installBridge()
    seed([northwind({ company: 'Smith & <Sons>' })])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    const [all] = bridge.callsTo('clipboard.write')
    expect(all.text).toBe(`Subject: ${subjectBox().value}\n\n${bodyBox().value}`)
    expect(all.html).toContain('Smith &amp; &lt;Sons&gt;')
    expect(all.html).not.toContain('<Sons>')
    expect(all.html.match(/<p>/g)!.length).toBeGreaterThan(3)
    await user.click(screen.getByRole('button', { name: 'Copy subject' }))
    await user.click(screen.getByRole('button', { name: 'Copy body' }))
    const [, subject, body] = bridge.callsTo('clipboard.write')
    expect(subject).toEqual({ text: subjectBox().value })
    expect(body.text).toBe(bodyBox().value)
  })

  it('saves an unsent .eml from the settings address to the recipient', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Save .eml' }))
    const [file] = bridge.callsTo('file.save')
    expect(file.kind).toBe('eml')
    expect(file.suggestedName).toBe('Northwind Analytics - Status check.eml')
    expect(file.content).toContain('From: sam@example.com')
    expect(file.content).toContain('To: dana@northwind.example')
    expect(file.content).toContain('X-Unsent: 1')
  })

  it('prints the handwritten card', async () => {
    installBridge()
    seed([northwind()])
    const printed: string[] = []
    window.print = () => printed.push(document.querySelector('.print-card')!.textContent!)
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'thank-you-card' })
    await user.click(screen.getByRole('button', { name: 'Print card' }))
    expect(printed).toEqual([bodyBox().value])
    expect(screen.queryByRole('button', { name: 'Open in mail app' })).toBeNull()
  })
})

describe('Recording what was sent', () => {
  it('marks the draft sent with its plan step, then goes back to the process', async () => {
    const bridge = installBridge()
    seed([northwind()])
    useApp.setState({ route: { name: 'process', id: 'north' } })
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }))
    const dialog = screen.getByRole('dialog', { name: 'Mark as sent' })
    expect((within(dialog).getByLabelText('Sent on') as HTMLInputElement).value).toBe(TODAY)
    expect((within(dialog).getByLabelText('Channel') as HTMLSelectElement).value).toBe('email')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }))
    await waitFor(() => expect(bridge.callsTo('messages.add')).toHaveLength(1))
    const [{ processId, message }] = bridge.callsTo('messages.add')
    expect(processId).toBe('north')
    expect(message).toMatchObject({
      direction: 'sent',
      situation: 'status-check',
      step: 'status-check',
      channel: 'email',
      date: TODAY,
      personId: 'dana'
    })
    expect(message.subject).toContain('Data Analyst')
    expect(message.body).toMatch(/^Hi Dana,/)
    await waitFor(() => expect(useApp.getState().route).toEqual({ name: 'process', id: 'north' }))
    // Status check sent Friday July 10: the second follow-up is a week later.
    expect(useApp.getState().toasts.at(-1)!.message).toBe('Status check marked as sent. Next: second follow-up on Friday, July 17.')
  })

  it('defaults LinkedIn notes to the LinkedIn channel, with no plan step', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'linkedin-note' })
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }))
    const dialog = screen.getByRole('dialog')
    expect((within(dialog).getByLabelText('Channel') as HTMLSelectElement).value).toBe('linkedin')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }))
    await waitFor(() => expect(bridge.callsTo('messages.add')).toHaveLength(1))
    expect(bridge.callsTo('messages.add')[0].message).toMatchObject({ channel: 'linkedin', step: null, situation: 'linkedin-note' })
  })

  it('stays for the next interviewer after marking one thank-you sent', async () => {
    const bridge = installBridge()
    seed([
      northwind({
        messages: [],
        rounds: [round('r1', '2026-07-09')],
        people: [person('dana', 'Dana Whitfield', { roundIds: ['r1'] }), person('omar', 'Omar Haddad', { roundIds: ['r1'] })]
      })
    ])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'thank-you' })
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark as sent' }))
    await waitFor(() => expect(screen.getAllByRole('tab')[1].getAttribute('aria-selected')).toBe('true'))
    expect(bridge.callsTo('messages.add')[0].message).toMatchObject({ step: 'thank-you', personId: 'dana' })
    expect(screen.getAllByRole('tab')[0].textContent).toContain('Sent')
    expect(useApp.getState().route.name).toBe('compose')
  })

  it('logs a reply as a received message without a step', async () => {
    const bridge = installBridge()
    seed([northwind()])
    const user = userEvent.setup()
    renderComposer({ processId: 'north', situation: 'status-check' })
    await user.click(screen.getByRole('button', { name: 'Log a reply' }))
    const dialog = screen.getByRole('dialog', { name: 'Log a reply' })
    await user.type(within(dialog).getByLabelText('Their message'), 'We will decide next week.')
    await user.click(within(dialog).getByRole('button', { name: 'Log reply' }))
    await waitFor(() => expect(bridge.callsTo('messages.add')).toHaveLength(1))
    expect(bridge.callsTo('messages.add')[0].message).toMatchObject({
      direction: 'received',
      step: null,
      situation: 'reply',
      body: 'We will decide next week.',
      personId: 'dana'
    })
  })
})
