// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within, fireEvent, waitFor } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { useApp } from '../../../src/renderer/src/store'
import { emptyReflection } from '../../../src/shared/model'
import { installAfterview, makeMessage, makePerson, makeProcess, makeRound, seed } from './fake-afterview'

afterEach(cleanup)

// Today is Friday 2026-07-10.
function fullProcess() {
  const reflection = emptyReflection()
  reflection.clarity = { rating: 4, text: 'Answered the SQL question cleanly' }
  return makeProcess({
    postingUrl: 'https://example.com/jobs/42',
    decisionBy: '2026-07-17',
    decisionPhrase: 'we will decide by end of next week',
    mainContactId: 'h1',
    rounds: [
      // Stored out of order on purpose: the screen lists them by date.
      makeRound('r2', '2026-07-08', { label: 'Panel interview', time: '14:30', format: 'panel', location: 'HQ, 5th floor', reflection }),
      makeRound('r1', '2026-07-01', { label: 'Phone screen', time: '09:00', format: 'phone', location: 'https://meet.example.com/abc' })
    ],
    people: [
      makePerson('h1', 'Dana Whitfield', { title: 'Analytics Manager', email: 'dana@example.com', linkedin: 'https://www.linkedin.com/in/dana', roundIds: ['r1', 'r2'] }),
      makePerson('h2', 'Priya Raman', { title: 'Senior Analyst', roundIds: ['r2'] })
    ],
    messages: [
      makeMessage('m1', { date: '2026-07-09', step: 'thank-you', situation: 'thank-you', subject: 'Thank you — Senior Data Analyst', body: 'Hi Dana,\nThank you for…', personId: 'h1' }),
      makeMessage('m2', { date: '2026-07-09', direction: 'received', channel: 'linkedin', situation: 'reply', subject: 'Re: Thank you', personId: 'h2' })
    ]
  })
}

function renderScreen(p = fullProcess(), roundId?: string) {
  seed([p])
  const fake = installAfterview({
    'notes.get': ({ roundId: r }) => ({ text: r === 'r1' ? 'screen notes' : 'panel notes' }),
    'shell.openExternal': () => ({ opened: true }),
    'processes.update': ({ patch }) => ({ ...p, ...patch })
  })
  render(<ProcessScreen id={p.id} roundId={roundId} />)
  return fake
}

describe('Interview detail', () => {
  it('shows company, role, stage and opens the posting through the main process, never as a link', async () => {
    const fake = renderScreen()
    expect(screen.getByRole('heading', { level: 1, name: 'Northwind Analytics' })).toBeTruthy()
    expect(screen.getByText('Senior Data Analyst')).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveProperty('value', 'waiting')
    expect(document.querySelector('a[href]')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /job posting/i }))
    await waitFor(() => expect(fake.to('shell.openExternal')).toEqual([{ url: 'https://example.com/jobs/42' }]))
  })

  it('lists rounds by date with time, format, location and their notes', async () => {
    renderScreen()
    const rounds = screen.getAllByRole('article')
    expect(rounds.map((r) => within(r).getByRole('heading', { level: 3 }).textContent)).toEqual(['Phone screen', 'Panel interview'])
    expect(within(rounds[0]).getByText(/Wednesday, July 1, 2026/)).toBeTruthy()
    // In the user's locale: jsdom's is en-US.
    expect(within(rounds[0]).getByText(/9:00\sAM/)).toBeTruthy()
    expect(within(rounds[0]).getByText('Phone')).toBeTruthy()
    expect(within(rounds[0]).getByRole('button', { name: /meeting link/ })).toBeTruthy()
    expect(within(rounds[1]).getByText('Panel')).toBeTruthy()
    expect(within(rounds[1]).getByText('HQ, 5th floor')).toBeTruthy()
    const notes = within(rounds[0]).getByLabelText('Notes') as HTMLTextAreaElement
    await waitFor(() => expect(notes.value).toBe('screen notes'))
    expect(notes.getAttribute('spellcheck')).toBe('true')
  })

  it('shows the decision date and the words it came from', () => {
    renderScreen()
    expect(screen.getByLabelText('They said they would decide by')).toHaveProperty('value', '2026-07-17')
    expect(screen.getByLabelText('In their words')).toHaveProperty('value', 'we will decide by end of next week')
    expect(screen.queryByLabelText('Outcome')).toBeNull()
  })

  it('saves a changed decision date and clears it', async () => {
    const fake = renderScreen()
    const date = screen.getByLabelText('They said they would decide by')
    fireEvent.change(date, { target: { value: '2026-07-20' } })
    fireEvent.change(date, { target: { value: '' } })
    await waitFor(() => expect(fake.to('processes.update')).toEqual([
      { id: 'p1', patch: { decisionBy: '2026-07-20' } },
      { id: 'p1', patch: { decisionBy: null } }
    ]))
  })

  it('shows people with title, email, LinkedIn, rounds attended and the main contact', async () => {
    const fake = renderScreen()
    const people = screen.getByRole('region', { name: 'People met' })
    const items = within(people).getAllByRole('listitem')
    expect(within(items[0]).getByText('Dana Whitfield')).toBeTruthy()
    expect(within(items[0]).getByText('Analytics Manager')).toBeTruthy()
    expect(within(items[0]).getByText('dana@example.com')).toBeTruthy()
    expect(within(items[0]).getByText('Phone screen')).toBeTruthy()
    expect(within(items[0]).getByText('Panel interview')).toBeTruthy()
    expect(within(people).getByRole('radio', { name: 'Main contact: Dana Whitfield' })).toHaveProperty('checked', true)
    expect(within(people).getByRole('radio', { name: 'Main contact: Priya Raman' })).toHaveProperty('checked', false)
    fireEvent.click(within(items[0]).getByRole('button', { name: /LinkedIn profile/ }))
    await waitFor(() => expect(fake.to('shell.openExternal')).toEqual([{ url: 'https://www.linkedin.com/in/dana' }]))
    fireEvent.click(within(people).getByRole('radio', { name: 'Main contact: Priya Raman' }))
    await waitFor(() => expect(fake.to('processes.update')).toEqual([{ id: 'p1', patch: { mainContactId: 'h2' } }]))
  })

  it('lists messages with date, direction, channel and step, and expands the body', () => {
    renderScreen()
    const messages = within(screen.getByRole('region', { name: 'Messages' })).getAllByRole('listitem')
    expect(messages).toHaveLength(2)
    // Same day: the one logged last comes first.
    expect(within(messages[0]).getByText('Re: Thank you')).toBeTruthy()
    expect(within(messages[0]).getByText(/Received by linkedin/)).toBeTruthy()
    expect(within(messages[0]).getByText(/from Priya Raman/)).toBeTruthy()
    expect(within(messages[1]).getByText(/Sent by email/)).toBeTruthy()
    expect(within(messages[1]).getByText('Thank-you', { selector: '.badge-accent' })).toBeTruthy()
    const toggle = within(messages[1]).getByRole('button', { name: 'Thank you — Senior Data Analyst' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(within(messages[1]).queryByText(/Thank you for…/)).toBeNull()
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(within(messages[1]).getByText(/Thank you for…/)).toBeTruthy()
  })

  it('shows the next follow-up from the plan and each round’s reflection', () => {
    const p = fullProcess()
    renderScreen({ ...p, messages: p.messages.filter((m) => m.direction === 'sent') })
    const plan = screen.getByRole('region', { name: 'Follow-up plan' })
    // Latest round 07-08 with a decision date of 07-17: the status check is the first business day after it.
    expect(within(plan).getByText('Status check', { selector: '.plan-next-kind' })).toBeTruthy()
    expect(within(plan).getByText('Monday, July 20', { selector: 'time' })).toBeTruthy()
    expect(within(plan).getByText('Due in 10 days')).toBeTruthy()
    const reflections = screen.getByRole('region', { name: 'Reflections' })
    expect(within(reflections).getByText('Answered the SQL question cleanly')).toBeTruthy()
    expect(within(reflections).getByRole('img', { name: '4 out of 5' })).toBeTruthy()
    fireEvent.click(within(reflections).getByRole('button', { name: 'Reflect on this round' }))
    expect(useApp.getState().route).toEqual({ name: 'review', processId: 'p1', roundId: 'r1' })
  })

  it('says the plan stopped when they replied', () => {
    renderScreen()
    expect(within(screen.getByRole('region', { name: 'Follow-up plan' })).getByText(/They replied/)).toBeTruthy()
  })

  it('shows the outcome of a closed process and lets it change', async () => {
    const fake = renderScreen(makeProcess({ stage: 'closed', outcome: 'rejected' }))
    expect(screen.getByText('Rejected', { selector: '.badge' })).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'withdrawn' } })
    await waitFor(() => expect(fake.to('processes.update')).toEqual([{ id: 'p1', patch: { outcome: 'withdrawn' } }]))
  })

  it('goes to review and to the composer from a round', () => {
    renderScreen()
    const round = screen.getAllByRole('article')[1]
    fireEvent.click(within(round).getByRole('button', { name: 'Review notes' }))
    expect(useApp.getState().route).toEqual({ name: 'review', processId: 'p1', roundId: 'r2' })
    fireEvent.click(within(round).getByRole('button', { name: 'Compose thank-you' }))
    expect(useApp.getState().route).toEqual({ name: 'compose', processId: 'p1', situation: 'thank-you' })
  })

  it('focuses the round named in the route', () => {
    renderScreen(fullProcess(), 'r2')
    expect(document.activeElement?.id).toBe('round-r2')
  })

  it('shows hostile text as text', () => {
    const evil = '<img src=x onerror="window.__pwned=1">'
    renderScreen(makeProcess({ company: evil, role: '\u202Egnp.exe', people: [makePerson('h1', evil)] }))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(evil)
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText('\u202Egnp.exe').className).toContain('user-text')
  })

  it('says so when the process is gone', () => {
    seed([])
    installAfterview()
    render(<ProcessScreen id="nope" />)
    expect(screen.getByText('This interview is no longer here')).toBeTruthy()
  })
})
