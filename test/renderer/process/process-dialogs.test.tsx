// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { useApp } from '../../../src/renderer/src/store'
import type { Process } from '../../../src/shared/model'
import { installAfterview, makePerson, makeProcess, makeRound, refuse, seed, type Fake } from './fake-afterview'

afterEach(cleanup)

function setup(p: Process = makeProcess({ rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' })] }), extra: Fake['handlers'] = {}) {
  seed([p])
  const fake = installAfterview({ 'notes.get': () => ({ text: '' }), ...extra })
  render(<ProcessScreen id={p.id} />)
  return fake
}

const dialog = () => screen.getByRole('dialog')
const field = (label: string) => within(dialog()).getByLabelText(label) as HTMLInputElement
const set = (label: string, value: string) => fireEvent.change(field(label), { target: { value } })
const submit = (name: RegExp | string) => fireEvent.click(within(dialog()).getByRole('button', { name }))

describe('Person dialog', () => {
  it('shows a bad email and a non-https LinkedIn inline and saves nothing', async () => {
    const fake = setup()
    fireEvent.click(screen.getByRole('button', { name: '+ Add' }))
    set('Name', 'Dana Whitfield')
    set('Email', 'dana@example')
    set('LinkedIn profile', 'http://linkedin.com/in/dana')
    submit('Add person')
    expect(field('Email').getAttribute('aria-invalid')).toBe('true')
    expect(within(dialog()).getByText('That does not look like an email address')).toBeTruthy()
    expect(within(dialog()).getByText('Use the profile’s https:// address')).toBeTruthy()
    expect(fake.to('people.save')).toEqual([])
  })

  it('saves name, title, email, LinkedIn, rounds and main contact', async () => {
    const p = makeProcess({ rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' }), makeRound('r2', '2026-07-08', { label: 'Panel' })] })
    const saved = { ...p, people: [makePerson('h1', 'Dana Whitfield')], mainContactId: 'h1' }
    const fake = setup(p, { 'people.save': () => saved })
    fireEvent.click(screen.getByRole('button', { name: '+ Add' }))
    set('Name', ' Dana Whitfield ')
    set('Title', 'Analytics Manager')
    set('Email', 'dana@example.com')
    set('LinkedIn profile', 'https://www.linkedin.com/in/dana')
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: /Panel/ }))
    expect(within(dialog()).getByRole('checkbox', { name: /Main contact/ })).toHaveProperty('checked', true)
    submit('Add person')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(fake.to('people.save')).toEqual([
      {
        processId: 'p1',
        person: { name: 'Dana Whitfield', title: 'Analytics Manager', email: 'dana@example.com', linkedin: 'https://www.linkedin.com/in/dana', roundIds: ['r2'] },
        mainContact: true
      }
    ])
    expect(useApp.getState().processes.p1.people).toHaveLength(1)
  })

  it('shows the main process’s validation message next to its field', async () => {
    setup(undefined, { 'people.save': () => { throw refuse('Check the highlighted fields', [{ path: 'person.name', message: 'Keep this under 200 characters' }]) } })
    fireEvent.click(screen.getByRole('button', { name: '+ Add' }))
    set('Name', 'Dana')
    submit('Add person')
    await waitFor(() => expect(field('Name').getAttribute('aria-invalid')).toBe('true'))
    expect(within(dialog()).getByText('Keep this under 200 characters')).toBeTruthy()
  })
})

describe('Round dialog', () => {
  it('adds a round with label, date, time, format and location', async () => {
    const p = makeProcess()
    const fake = setup(p, { 'rounds.save': ({ round }) => ({ ...p, rounds: [{ ...round, id: 'r9', points: [], reflection: null }] }) })
    fireEvent.click(screen.getByRole('button', { name: '+ Add round' }))
    set('Label', 'Technical')
    set('Date', '2026-07-14')
    set('Time', '15:00')
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'On-site' }))
    set('Location or link', '1 Main St')
    submit('Add round')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(fake.to('rounds.save')).toEqual([
      { processId: 'p1', round: { label: 'Technical', date: '2026-07-14', time: '15:00', format: 'onsite', location: '1 Main St' } }
    ])
    expect(within(screen.getByRole('article')).getByRole('heading', { level: 3, name: 'Technical' })).toBeTruthy()
  })

  it('refuses an impossible date inline', () => {
    const fake = setup()
    fireEvent.click(screen.getByRole('button', { name: '+ Add round' }))
    set('Date', '')
    submit('Add round')
    expect(within(dialog()).getByText('Enter a full date (day, month and year)')).toBeTruthy()
    expect(fake.to('rounds.save')).toEqual([])
  })

  it('deletes a round only after confirming', async () => {
    const p = makeProcess({ rounds: [makeRound('r1', '2026-07-01', { label: 'Phone screen' })] })
    const fake = setup(p, { 'rounds.delete': () => ({ ...p, rounds: [] }) })
    fireEvent.click(screen.getByRole('button', { name: 'Delete round Phone screen' }))
    expect(fake.to('rounds.delete')).toEqual([])
    submit('Delete round')
    await waitFor(() => expect(fake.to('rounds.delete')).toEqual([{ processId: 'p1', roundId: 'r1' }]))
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull())
  })
})

describe('Log a message', () => {
  it('records direction, channel, date, situation, step, person, subject and body', async () => {
    const p = makeProcess({ people: [makePerson('h1', 'Dana')], mainContactId: 'h1', rounds: [makeRound('r1', '2026-07-01')] })
    const fake = setup(p, { 'messages.add': () => p })
    fireEvent.click(screen.getByRole('button', { name: '+ Log a message' }))
    fireEvent.change(field('What it was'), { target: { value: 'status-check' } })
    expect(field('Follow-up step').value).toBe('status-check')
    fireEvent.change(field('Channel'), { target: { value: 'linkedin' } })
    set('Date', '2026-07-09')
    set('Subject', 'Checking in')
    set('Message', 'Hi Dana')
    submit('Log message')
    await waitFor(() =>
      expect(fake.to('messages.add')).toEqual([
        {
          processId: 'p1',
          message: { direction: 'sent', channel: 'linkedin', date: '2026-07-09', situation: 'status-check', step: 'status-check', subject: 'Checking in', body: 'Hi Dana', personId: 'h1' }
        }
      ])
    )
  })

  it('has no step for a received message', async () => {
    const p = makeProcess()
    const fake = setup(p, { 'messages.add': () => p })
    fireEvent.click(screen.getByRole('button', { name: '+ Log a message' }))
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'I received it' }))
    expect(within(dialog()).queryByLabelText('Follow-up step')).toBeNull()
    fireEvent.change(field('What it was'), { target: { value: 'rejection' } })
    submit('Log message')
    await waitFor(() => expect(fake.to('messages.add')[0].message).toMatchObject({ direction: 'received', situation: 'rejection', step: null, personId: null }))
  })
})

describe('Edit and delete the process', () => {
  it('edits company, role and posting link with inline validation', async () => {
    const p = makeProcess()
    const fake = setup(p, { 'processes.update': ({ patch }) => ({ ...p, ...patch }) })
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }))
    set('Company', '   ')
    set('Job posting link', 'javascript:alert(1)')
    submit('Save')
    expect(within(dialog()).getByText('A company name is needed')).toBeTruthy()
    expect(within(dialog()).getByText('Use a web address starting with https://')).toBeTruthy()
    expect(fake.to('processes.update')).toEqual([])
    set('Company', 'Globex')
    set('Job posting link', 'https://globex.example/jobs/1')
    submit('Save')
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Globex' })).toBeTruthy())
  })

  it('asks before deleting, then goes back to the board', async () => {
    const fake = setup(undefined, { 'processes.delete': () => ({ ok: true }) })
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(fake.to('processes.delete')).toEqual([])
    submit('Delete')
    await waitFor(() => expect(useApp.getState().route).toEqual({ name: 'board' }))
    expect(fake.to('processes.delete')).toEqual([{ id: 'p1' }])
    expect(useApp.getState().processes.p1).toBeUndefined()
  })

  it('asks for an outcome when moved to Closed', async () => {
    const p = makeProcess()
    const fake = setup(p, { 'processes.move': ({ stage, outcome }) => ({ ...p, stage, outcome }) })
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'closed' } })
    fireEvent.change(field('Outcome'), { target: { value: 'rejected' } })
    submit('Close it')
    await waitFor(() => expect(fake.to('processes.move')).toEqual([{ id: 'p1', stage: 'closed', outcome: 'rejected' }]))
  })
})
