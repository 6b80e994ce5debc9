// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AgendaScreen } from '../../../src/renderer/src/screens/agenda/AgendaScreen'
import { useApp } from '../../../src/renderer/src/store'
import { installBridge, person, process, round, seedStore, sent, TODAY, type Bridge } from './fixtures'

// Today is Friday 2026-07-10.
function pipeline() {
  const dana = person('Dana Ruiz')
  const northwindRound = round('2026-07-01')
  return {
    northwindRound,
    dana,
    list: [
      // Thank-you sent: status check due Wed 07-08, two days ago.
      process('Northwind', { id: 'northwind', rounds: [northwindRound], people: [dana], mainContactId: dana.id, messages: [sent('thank-you', '2026-07-02')] }),
      // Status check sent 06-17: second follow-up due Wed 06-24, sixteen days ago.
      process('Stark', { id: 'stark', rounds: [round('2026-06-10')], messages: [sent('thank-you', '2026-06-11'), sent('status-check', '2026-06-17')] }),
      // Interviewed yesterday: thank-you due today.
      process('Globex', { id: 'globex', stage: 'interviewed', rounds: [round('2026-07-09')] }),
      // Status check due Mon 07-13.
      process('Acme', { id: 'acme', rounds: [round('2026-07-06')], messages: [sent('thank-you', '2026-07-06')] }),
      // Interview next week: thank-you due Thu 07-16.
      process('Initech', { id: 'initech', stage: 'scheduled', rounds: [round('2026-07-15')] }),
      // Past the 14-day horizon, an offer and a closed process: none of them on the agenda.
      process('Far Future', { stage: 'scheduled', rounds: [round('2026-08-20')] }),
      process('Hooli', { stage: 'offer', rounds: [round('2026-06-20')] }),
      process('Umbrella', { stage: 'closed', outcome: 'rejected', rounds: [round('2026-06-01')] })
    ]
  }
}

const section = (name: RegExp) => screen.getByRole('region', { name })
const items = (region: HTMLElement) => within(region).getAllByRole('listitem').map((li) => li.textContent ?? '')

let bridge: Bridge
beforeEach(() => {
  bridge = installBridge()
})
afterEach(cleanup)

describe('Agenda screen', () => {
  it('shows a live offer’s answer-by date with a way to the offer, and no follow-up actions', async () => {
    seedStore([process('Hooli', { id: 'hooli', stage: 'offer', rounds: [round('2026-06-20')], offerAnswerBy: '2026-07-14' })])
    render(<AgendaScreen />)
    const upcoming = section(/^Next 14 days/)
    expect(items(upcoming)[0]).toMatch(/^Offer answer duein 4 days.*Hooli.*Answer by Tuesday, July 14/)
    expect(within(upcoming).queryByRole('button', { name: /Mark as sent/ })).toBeNull()
    await userEvent.click(within(upcoming).getByRole('button', { name: 'Open the offer' }))
    expect(useApp.getState().route).toEqual({ name: 'process', id: 'hooli' })
  })


  it('lists overdue, due today and the next 14 days, each sorted by date, with relative due dates', () => {
    seedStore(pipeline().list)
    render(<AgendaScreen />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Overdue 2', 'Due today 1', 'Next 14 days 2'])

    const overdue = items(section(/^Overdue/))
    expect(overdue[0]).toMatch(/^Second follow-up16 days overdue.*Stark/)
    expect(overdue[1]).toMatch(/^Status check2 days overdue.*Northwind.*Data Analyst.*Dana/)
    expect(overdue[1]).toContain('Due Wednesday, July 8')

    expect(items(section(/^Due today/))[0]).toMatch(/^Thank-youtoday.*Globex/)

    const upcoming = items(section(/^Next 14 days/))
    expect(upcoming[0]).toMatch(/^Status checkin 3 days.*Acme/)
    expect(upcoming[1]).toMatch(/^Thank-youin 6 days.*Initech/)
    expect(screen.queryByText('Hooli')).toBeNull()
    expect(screen.queryByText('Umbrella')).toBeNull()
    expect(screen.queryByText('Far Future')).toBeNull()
  })

  it('says so when nothing is due', () => {
    seedStore([process('Hooli', { stage: 'offer', rounds: [round('2026-06-20')] })])
    render(<AgendaScreen />)
    expect(screen.getByRole('status').textContent).toContain("Nothing due — you're on top of it")
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('Mark sent records the step with the date and channel, and the item moves on', async () => {
    const { list, dana } = pipeline()
    seedStore(list)
    render(<AgendaScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Mark sent: Status check, Northwind' }))
    const dialog = screen.getByRole('dialog', { name: 'Mark status check sent' })
    const date = within(dialog).getByLabelText('Date') as HTMLInputElement
    expect(date.value).toBe(TODAY)
    expect((within(dialog).getByLabelText('Channel') as HTMLSelectElement).value).toBe('email')
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'linkedin')
    await user.clear(date)
    await user.type(date, '2026-07-09')
    await user.click(within(dialog).getByRole('button', { name: 'Mark sent' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(bridge.callsTo('messages.add')).toEqual([
      {
        processId: 'northwind',
        message: { direction: 'sent', situation: 'status-check', step: 'status-check', channel: 'linkedin', date: '2026-07-09', subject: '', body: '', personId: dana.id }
      }
    ])
    // Sent Thu 07-09: the second follow-up is planned a week later and Northwind leaves "Overdue".
    expect(items(section(/^Overdue/))).toHaveLength(1)
    expect(items(section(/^Next 14 days/)).find((t) => t.includes('Northwind'))).toMatch(/^Second follow-upin 6 days/)
    expect(useApp.getState().toasts.map((t) => t.message)).toContain('Status check marked sent')
  })

  it('refuses a sent date in the future without calling main', async () => {
    seedStore(pipeline().list)
    render(<AgendaScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Mark sent: Status check, Northwind' }))
    const dialog = screen.getByRole('dialog')
    const date = within(dialog).getByLabelText('Date')
    await user.clear(date)
    await user.type(date, '2026-07-12')
    await user.click(within(dialog).getByRole('button', { name: 'Mark sent' }))
    expect(within(dialog).getByRole('alert').textContent).toBe('That day has not come yet')
    expect(bridge.callsTo('messages.add')).toEqual([])
  })

  it('snoozes to the chosen day: next week is next Monday', async () => {
    const { list, northwindRound } = pipeline()
    seedStore(list)
    render(<AgendaScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /^Snooze: Status check, Northwind/ }))
    const menu = screen.getByRole('menu', { name: 'Snooze until' })
    expect(within(menu).getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      '1 daySaturday, July 11',
      '3 daysMonday, July 13',
      'Next weekMonday, July 13'
    ])
    await user.click(within(menu).getByRole('menuitem', { name: /^1 day/ }))
    expect(bridge.callsTo('plan.event')).toEqual([
      { processId: 'northwind', event: { kind: 'snooze', step: 'status-check', date: '2026-07-11', roundId: northwindRound.id } }
    ])
    // Snoozed past today: it waits in "Next 14 days", still showing how late it is.
    const northwind = items(section(/^Next 14 days/)).find((t) => t.includes('Northwind'))
    expect(northwind).toContain('2 days overdue')
    expect(northwind).toContain('Snoozed until Saturday, July 11')
  })

  it('"They replied" records a received reply, which clears the chain', async () => {
    const { list, dana } = pipeline()
    seedStore(list)
    render(<AgendaScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'They replied: Status check, Northwind' }))
    const dialog = screen.getByRole('dialog', { name: 'Northwind replied' })
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'phone')
    await user.type(within(dialog).getByLabelText('What they said'), 'Still deciding, news next week')
    await user.click(within(dialog).getByRole('button', { name: 'Record reply' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(bridge.callsTo('messages.add')).toEqual([
      {
        processId: 'northwind',
        message: { direction: 'received', situation: 'reply', step: null, channel: 'phone', date: TODAY, subject: '', body: 'Still deciding, news next week', personId: dana.id }
      }
    ])
    expect(screen.queryByText('Northwind')).toBeNull()
  })

  it('skips a step as of today', async () => {
    const { list, northwindRound } = pipeline()
    seedStore(list)
    render(<AgendaScreen />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Skip: Status check, Northwind' }))
    expect(bridge.callsTo('plan.event')).toEqual([
      { processId: 'northwind', event: { kind: 'skip', step: 'status-check', date: TODAY, roundId: northwindRound.id } }
    ])
  })

  it('Compose opens the composer on that situation for the main contact', async () => {
    const { list, dana } = pipeline()
    seedStore(list)
    render(<AgendaScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Compose: Status check, Northwind' }))
    expect(useApp.getState().route).toEqual({ name: 'compose', processId: 'northwind', situation: 'status-check', step: 'status-check', personId: dana.id })
    useApp.setState({ route: { name: 'agenda' } })
    await user.click(screen.getByRole('button', { name: 'Compose: Thank-you, Globex' }))
    expect(useApp.getState().route).toEqual({ name: 'compose', processId: 'globex', situation: 'thank-you', step: 'thank-you' })
  })

  it('offers to close as "no response" when it is time to move on, or to dismiss', async () => {
    const p = process('Vandelay', {
      id: 'vandelay',
      stage: 'following-up',
      rounds: [round('2026-05-04')],
      messages: [sent('thank-you', '2026-05-05'), sent('status-check', '2026-05-11'), sent('second-follow-up', '2026-05-18'), sent('final-follow-up', '2026-06-01')]
    })
    seedStore([p])
    render(<AgendaScreen />)
    expect(items(section(/^Overdue/))[0]).toMatch(/^Time to move on\?/)
    expect(screen.queryByRole('button', { name: /^Mark sent/ })).toBeNull()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Dismiss: Time to move on?, Vandelay' }))
    expect(bridge.callsTo('plan.event')[0].event).toMatchObject({ kind: 'skip', step: 'move-on', date: TODAY })
  })

  it('closes the process as no response', async () => {
    const p = process('Vandelay', {
      id: 'vandelay',
      rounds: [round('2026-05-04')],
      messages: [sent('thank-you', '2026-05-05'), sent('status-check', '2026-05-11'), sent('second-follow-up', '2026-05-18'), sent('final-follow-up', '2026-06-01')]
    })
    seedStore([p])
    render(<AgendaScreen />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close as no response: Time to move on?, Vandelay' }))
    expect(bridge.callsTo('processes.move')).toEqual([{ id: 'vandelay', stage: 'closed', outcome: 'no-response' }])
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Nothing due'))
  })

  it('exports every live follow-up ahead as one .ics file', async () => {
    seedStore(pipeline().list)
    render(<AgendaScreen />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export follow-ups to calendar (.ics)' }))
    await waitFor(() => expect(bridge.callsTo('file.save')).toHaveLength(1))
    const [save] = bridge.callsTo('file.save')
    expect(save.kind).toBe('ics')
    expect(save.suggestedName).toBe('afterview-follow-ups.ics')
    expect(save.content).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(save.content).toContain('SUMMARY:Status check due — Northwind\\, Data Analyst (Dana)')
    expect(save.content).not.toContain('Hooli')
    expect(save.content).toContain('DTSTART;VALUE=DATE:20260708')
    await waitFor(() => expect(useApp.getState().toasts.map((t) => t.message)).toContain('Saved /home/u/afterview-follow-ups.ics'))
  })

  it('turns the actions off when the data is read-only', () => {
    seedStore(pipeline().list, true)
    render(<AgendaScreen />)
    expect((screen.getByRole('button', { name: 'Mark sent: Status check, Northwind' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Skip: Status check, Northwind' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
