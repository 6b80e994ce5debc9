// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { lastSave, mountReview, NOTES, route } from './review-fixture'
import { makePerson } from '../process/fake-afterview'

afterEach(cleanup)

// Notes already written open highlighted; typing needs the editor.
async function switchToEdit() {
  await screen.findByRole('region', { name: 'Notes with highlighted key points' })
  fireEvent.click(within(screen.getByRole('group', { name: 'Notes view' })).getByRole('button', { name: 'Edit' }))
  expect(screen.queryByRole('region', { name: 'Notes with highlighted key points' })).toBeNull()
  expect((screen.getByLabelText('Notes text').parentElement as HTMLElement).hidden).toBe(false)
}

const group = (name: RegExp) => screen.getByRole('region', { name })
const pointItem = async (words: string) => {
  const el = await screen.findByRole('listitem', { name: new RegExp(words) })
  return el
}

describe('Review screen: key points', () => {
  it('shows the points found in the notes, grouped by category with counts', async () => {
    mountReview()
    await pointItem('dashboard project')
    expect(within(group(/^Praise/)).getByText('She loved my dashboard project')).toBeTruthy()
    expect(within(group(/^Topics/)).getByText('Their big project is the billing migration to Stripe')).toBeTruthy()
    expect(within(group(/^Actions/)).getByText('Send her the case study')).toBeTruthy()
    expect(within(group(/^Praise/)).getByLabelText('1 points')).toBeTruthy()
    // Notes with points open highlighted, each highlight plain text.
    const view = await screen.findByRole('region', { name: 'Notes with highlighted key points' })
    expect(view.textContent).toBe(NOTES)
    expect(within(view).getByText('She loved my dashboard project').tagName).toBe('MARK')
  })

  it('saves an accepted point and a dropped one, and keeps dropped ones aside to restore', async () => {
    const { fake } = mountReview()
    const praise = await pointItem('dashboard project')
    fireEvent.click(within(praise).getByRole('button', { name: 'Accept' }))
    await waitFor(() => expect(lastSave(fake).find((p) => p.text === 'She loved my dashboard project')?.status).toBe('accepted'))
    const saved = lastSave(fake).find((p) => p.text === 'She loved my dashboard project')!
    expect(NOTES.slice(saved.start!, saved.end!)).toBe(saved.text)
    expect(saved).toMatchObject({ category: 'praise', source: 'extracted' })
    // Pending suggestions are not stored.
    expect(lastSave(fake)).toHaveLength(1)

    // Keyboard: arrows move between points, A accepts the focused one.
    praise.focus()
    fireEvent.keyDown(praise, { key: 'ArrowDown' })
    const concern = await pointItem('dbt')
    expect(document.activeElement).toBe(concern)
    fireEvent.keyDown(concern, { key: 'a' })
    await waitFor(() => expect(lastSave(fake).find((p) => p.text.includes('dbt'))?.status).toBe('accepted'))

    const action = await pointItem('case study')
    action.focus()
    fireEvent.keyDown(action, { key: 'd' })
    await waitFor(() => expect(lastSave(fake).find((p) => p.text === 'Send her the case study')?.status).toBe('dropped'))
    expect(within(group(/^Actions/)).queryByText('Send her the case study')).toBeNull()
    const dropped = document.querySelector<HTMLDetailsElement>('details.dropped-group')!
    fireEvent.click(within(dropped).getByRole('button', { name: 'Restore' }))
    await waitFor(() => expect(lastSave(fake).some((p) => p.text === 'Send her the case study')).toBe(false))
    expect(within(group(/^Actions/)).getByText('Send her the case study')).toBeTruthy()
  })

  it('edits a point inline with the keyboard and recategorises one', async () => {
    const { fake } = mountReview()
    const topic = await pointItem('billing migration')
    topic.focus()
    fireEvent.keyDown(topic, { key: 'e' })
    const box = within(topic).getByLabelText('Point text')
    fireEvent.change(box, { target: { value: 'Billing migration from Braintree to Stripe' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(lastSave(fake).map((p) => [p.text, p.status])).toEqual([['Billing migration from Braintree to Stripe', 'accepted']]))
    expect(within(group(/^Topics/)).getByText('Edited')).toBeTruthy()

    const culture = await pointItem('async standups')
    fireEvent.change(within(culture).getByLabelText('Category'), { target: { value: 'topic' } })
    await waitFor(() => expect(lastSave(fake).find((p) => p.text.includes('async standups'))?.category).toBe('topic'))
    expect(within(group(/^Topics/)).getByText('Team does async standups, very collaborative')).toBeTruthy()
  })

  it('keeps an accepted point through edits to the notes, and flags it when its words are gone', async () => {
    const { fake } = mountReview()
    await switchToEdit()
    const praise = await pointItem('dashboard project')
    fireEvent.click(within(praise).getByRole('button', { name: 'Accept' }))
    const box = screen.getByLabelText('Notes text') as HTMLTextAreaElement
    const longer = 'Round 1, 45 min on Zoom.\n' + NOTES
    fireEvent.input(box, { target: { value: longer } })
    await waitFor(() => {
      const p = lastSave(fake).find((x) => x.status === 'accepted')!
      expect(p.start).toBe(longer.indexOf('She loved'))
    })
    const without = longer.replace('- She loved my dashboard project\n', '')
    fireEvent.input(box, { target: { value: without } })
    await waitFor(() => expect(lastSave(fake)[0]).toMatchObject({ status: 'accepted', start: null, text: 'She loved my dashboard project' }))
    expect(within(await pointItem('dashboard project')).getByText('No longer in notes')).toBeTruthy()
    await waitFor(() => expect(fake.to('notes.save').map((c) => c.text)).toContain(without))
  })

  it('adds selected words as a point of the chosen category, and adds a point by hand', async () => {
    const { fake } = mountReview()
    await switchToEdit()
    const box = screen.getByLabelText('Notes text') as HTMLTextAreaElement
    await waitFor(() => expect(box.value).toBe(NOTES))
    const start = NOTES.indexOf('VP Sales')
    box.setSelectionRange(start, start + 'VP Sales'.length)
    fireEvent.select(box)
    const bar = screen.getByRole('toolbar', { name: 'Add the selected words as a key point' })
    fireEvent.click(within(bar).getByRole('button', { name: 'Culture' }))
    await waitFor(() => expect(lastSave(fake)).toEqual([expect.objectContaining({ text: 'VP Sales', category: 'culture', source: 'user', status: 'accepted', start })]))

    box.setSelectionRange(start, start + 'VP Sales'.length)
    fireEvent.select(box)
    fireEvent.keyDown(box, { code: 'Digit3', key: '3', altKey: true })
    await waitFor(() => expect(lastSave(fake).map((p) => p.category)).toEqual(['culture', 'concern']))

    fireEvent.click(screen.getByRole('button', { name: '+ Add point' }))
    fireEvent.change(screen.getByLabelText('Category of the new point'), { target: { value: 'action' } })
    fireEvent.change(screen.getByLabelText('New point'), { target: { value: 'Ask about on-call' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(lastSave(fake).at(-1)).toMatchObject({ text: 'Ask about on-call', category: 'action', start: null, source: 'user' }))
    expect(within(group(/^Actions/)).getByText('Your point', { selector: '.badge' })).toBeTruthy()
  })

  it('links highlights and points both ways, and adds words selected in the highlighted view', async () => {
    const { fake } = mountReview()
    const view = await screen.findByRole('region', { name: 'Notes with highlighted key points' })
    const praise = await pointItem('dashboard project')
    fireEvent.mouseEnter(praise)
    expect(within(view).getByText('She loved my dashboard project').className).toContain('active')
    fireEvent.mouseLeave(praise)
    expect(within(view).getByText('She loved my dashboard project').className).not.toContain('active')
    fireEvent.click(within(view).getByText('Send her the case study'))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listitem', { name: /case study/ })))

    // Select "VP Sales" inside the first run of plain text and add it as a topic.
    const textNode = within(view).getByText(/^Met w\/ Dana/).firstChild!
    const at = NOTES.indexOf('VP Sales')
    const range = document.createRange()
    range.setStart(textNode, at)
    range.setEnd(textNode, at + 'VP Sales'.length)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(view)
    const bar = screen.getByRole('toolbar', { name: 'Add the selected words as a key point' })
    expect(bar.textContent).toContain('VP Sales')
    fireEvent.click(within(bar).getByRole('button', { name: 'Topic' }))
    await waitFor(() => expect(lastSave(fake)).toEqual([expect.objectContaining({ text: 'VP Sales', start: at, end: at + 8, category: 'topic', source: 'user' })]))
  })

  it('restores saved choices when it opens', async () => {
    const start = NOTES.indexOf('She loved')
    mountReview({
      points: [
        { id: 'k1', category: 'topic', text: 'Loved the dashboard', start, end: start + 30, status: 'accepted', source: 'extracted' },
        { id: 'k2', category: 'action', text: 'Send her the case study', start: NOTES.indexOf('Send her'), end: NOTES.length, status: 'dropped', source: 'extracted' }
      ]
    })
    const kept = await pointItem('Loved the dashboard')
    expect(within(group(/^Topics/)).getByText('Loved the dashboard')).toBeTruthy()
    expect(within(kept).getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true')
    expect(within(group(/^Praise/)).queryByText(/dashboard/)).toBeNull()
    expect(within(group(/^Actions/)).queryByText('Send her the case study')).toBeNull()
    expect(document.querySelector<HTMLDetailsElement>('details.dropped-group')!.textContent).toContain('Send her the case study')
  })
})

describe('Review screen: decision date, people, reflection, rounds', () => {
  it('confirms the decision date found with its phrase', async () => {
    const { fake } = mountReview()
    const card = screen.getByRole('region', { name: 'Decision date' })
    await within(card).findByText('decide by Friday')
    expect(card.textContent).toContain('Friday, January 16')
    fireEvent.click(within(card).getByRole('button', { name: /^Confirm/ }))
    await waitFor(() => expect(fake.to('processes.update')).toEqual([{ id: 'p1', patch: { decisionBy: '2026-01-16', decisionPhrase: 'decide by Friday' } }]))
    await within(card).findByText('✓ Confirmed')
    expect(within(card).queryByRole('button', { name: /^Confirm/ })).toBeNull()
    // Setting aside the phrase the date was confirmed from takes that date back too.
    fireEvent.click(within(card).getByRole('button', { name: 'Not a decision date' }))
    await waitFor(() => expect(fake.to('processes.update').at(-1)).toEqual({ id: 'p1', patch: { decisionBy: null, decisionPhrase: '' } }))
    await within(card).findByText(/as not a decision date/)
    fireEvent.click(within(card).getByRole('button', { name: 'Undo' }))
    expect(within(card).getByRole('button', { name: /^Confirm/ })).toBeTruthy()
  })

  it('shows when the confirmed date differs, changes it by hand, and can set it aside', async () => {
    const { fake } = mountReview({ process: { decisionBy: '2026-01-23', decisionPhrase: 'in two weeks' } })
    const card = screen.getByRole('region', { name: 'Decision date' })
    await within(card).findByText('decide by Friday')
    expect(within(card).getByRole('status').textContent).toMatch(/Your confirmed date is Friday, January 23/)
    fireEvent.click(within(card).getByRole('button', { name: 'Change' }))
    fireEvent.change(within(card).getByLabelText('They will decide by'), { target: { value: '2026-01-19' } })
    fireEvent.click(within(card).getByRole('button', { name: 'Save date' }))
    await waitFor(() => expect(fake.to('processes.update').at(-1)).toEqual({ id: 'p1', patch: { decisionBy: '2026-01-19', decisionPhrase: 'decide by Friday' } }))
    fireEvent.click(await within(card).findByRole('button', { name: 'Not a decision date' }))
    // The suggestion is set aside; the date the user set stays confirmed.
    expect(within(card).queryByRole('button', { name: 'Not a decision date' })).toBeNull()
    expect(within(card).queryByRole('status')).toBeNull()
    expect(card.textContent).toMatch(/Monday, January 19.*Confirmed/)
    expect(fake.to('processes.update')).toHaveLength(1)
  })

  it('adds a person found in the notes in one click, and marks people already there', async () => {
    const { fake } = mountReview()
    const people = screen.getByRole('region', { name: 'People in these notes' })
    fireEvent.click(await within(people).findByRole('button', { name: 'Add Dana Whitfield to people' }))
    await waitFor(() =>
      expect(fake.to('people.save')).toEqual([
        { processId: 'p1', person: { name: 'Dana Whitfield', title: expect.any(String), email: 'dana@northwind.example', linkedin: '', roundIds: ['r1'] } }
      ])
    )
    await within(people).findByText('✓ In people')
  })

  it('offers to add a known person (matched by first name) to this round instead', async () => {
    const { fake } = mountReview({ process: { people: [makePerson('x1', 'dana', { roundIds: ['r2'] })] } })
    const people = screen.getByRole('region', { name: 'People in these notes' })
    fireEvent.click(await within(people).findByRole('button', { name: 'Add dana to this round' }))
    await waitFor(() => expect(fake.to('people.save')[0].person).toMatchObject({ id: 'x1', name: 'dana', roundIds: ['r2', 'r1'] }))
    await within(people).findByText('✓ In people')
  })

  it('saves the reflection: a rating per question (radio group) and a line', async () => {
    const { fake } = mountReview()
    const clarity = screen.getByRole('radiogroup', { name: /How clear were my answers/ })
    fireEvent.click(within(clarity).getByRole('radio', { name: '4 of 5' }))
    fireEvent.change(screen.getByLabelText('In a line: What would I do differently?'), { target: { value: 'Lead with the numbers' } })
    await waitFor(() => expect(fake.to('reflection.save').length).toBeGreaterThan(0))
    const saved = fake.to('reflection.save').at(-1)
    expect(saved.reflection.clarity).toEqual({ rating: 4, text: '' })
    expect(saved.reflection.differently).toEqual({ rating: null, text: 'Lead with the numbers' })
    expect(fake.to('reflection.save')).toHaveLength(1)
  })

  it('switches rounds and goes back to the process', async () => {
    mountReview()
    const rounds = screen.getByRole('navigation', { name: 'Rounds' })
    expect(within(rounds).getByRole('button', { name: /Hiring manager/ }).getAttribute('aria-current')).toBe('page')
    fireEvent.click(within(rounds).getByRole('button', { name: /Panel/ }))
    expect(route()).toEqual({ name: 'review', processId: 'p1', roundId: 'r2' })
    fireEvent.click(screen.getByRole('button', { name: /Northwind Analytics/ }))
    expect(route()).toEqual({ name: 'process', id: 'p1', roundId: 'r1' })
  })

  it('shows user text as text, never as markup', async () => {
    mountReview({ notes: '<img src=x onerror=alert(1)> - She loved my <b>dashboard</b> project' })
    const view = await screen.findByRole('region', { name: 'Notes with highlighted key points' })
    expect(view.querySelector('img, b')).toBeNull()
    expect(view.textContent).toContain('<b>dashboard</b>')
  })
})
