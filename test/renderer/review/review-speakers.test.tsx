// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { lastSave, mountReview, NOTES } from './review-fixture'
import { makePerson } from '../process/fake-afterview'
import type { ReviewPoint } from '../../../src/shared/model'

afterEach(cleanup)

const people = [makePerson('a', 'Dana Whitfield', { roundIds: ['r1'] }), makePerson('b', 'Omar Haddad', { roundIds: ['r1'] })]
const pointItem = (words: string) => screen.findByRole('listitem', { name: new RegExp(words) })
const speakerOf = (item: HTMLElement) => within(item).getByLabelText('Said by') as HTMLSelectElement

describe('Review screen: who said a point', () => {
  it('offers no one and the process’s people, and saves the user’s choice as theirs', async () => {
    const { fake } = mountReview({ process: { people } })
    const praise = await pointItem('dashboard project')
    const select = speakerOf(praise)
    expect([...select.options].map((o) => o.text)).toEqual(['Said by no one', 'Dana Whitfield', 'Omar Haddad'])
    fireEvent.change(select, { target: { value: 'Omar Haddad' } })
    await waitFor(() =>
      expect(lastSave(fake).find((p) => p.text === 'She loved my dashboard project')).toMatchObject({
        speaker: 'Omar Haddad',
        speakerEdited: true,
        // Choosing who said it keeps the suggestion, like editing it.
        status: 'accepted'
      })
    )
    fireEvent.change(speakerOf(await pointItem('dashboard project')), { target: { value: '' } })
    await waitFor(() =>
      expect(lastSave(fake).find((p) => p.text === 'She loved my dashboard project')).toMatchObject({ speaker: null, speakerEdited: true })
    )
  })

  it('keeps the chosen speaker while the notes are edited', async () => {
    // Stored as accepted, so the test holds whatever the extractor finds and whoever it names.
    const text = 'Their big project is the billing migration to Stripe'
    const start = NOTES.indexOf(text)
    const points: ReviewPoint[] = [
      { id: 'k1', category: 'topic', text, start, end: start + text.length, status: 'accepted', source: 'extracted', speaker: null }
    ]
    const { fake } = mountReview({ process: { people }, points })
    fireEvent.change(speakerOf(await pointItem('billing migration')), { target: { value: 'Omar Haddad' } })
    await screen.findByRole('region', { name: 'Notes with highlighted key points' })
    fireEvent.click(within(screen.getByRole('group', { name: 'Notes view' })).getByRole('button', { name: 'Edit' }))
    const box = screen.getByLabelText('Notes text') as HTMLTextAreaElement
    const longer = 'Round 1 on Zoom, with Omar Haddad too.\n' + NOTES
    fireEvent.input(box, { target: { value: longer } })
    await waitFor(() => expect(lastSave(fake).find((p) => p.text.includes('billing'))?.start).toBe(longer.indexOf('Their big project')))
    expect(speakerOf(await pointItem('billing migration')).value).toBe('Omar Haddad')
  })

  it('shows a speaker the user chose, even one not among the people yet, and focuses the choice with S', async () => {
    const start = NOTES.indexOf('She loved')
    const text = 'She loved my dashboard project'
    mountReview({
      process: { people },
      points: [{ id: 'k1', category: 'praise', text, start, end: start + text.length, status: 'accepted', source: 'extracted', speaker: 'Lena', speakerEdited: true }]
    })
    const praise = await pointItem('dashboard project')
    expect(speakerOf(praise).value).toBe('Lena')
    expect([...speakerOf(praise).options].map((o) => o.value)).toContain('Lena')
    praise.focus()
    fireEvent.keyDown(praise, { key: 's' })
    await waitFor(() => expect(document.activeElement).toBe(speakerOf(praise)))
  })
})
