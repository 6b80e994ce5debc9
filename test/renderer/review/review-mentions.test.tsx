// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { lastSave, mountReview, NOTES } from './review-fixture'
import type { ReviewPoint } from '../../../src/shared/model'

afterEach(cleanup)

const pointItem = (words: string) => screen.findByRole('listitem', { name: new RegExp(words) })
// Stored as accepted, so the test does not depend on what the extractor finds.
const TOPIC = 'Their big project is the billing migration to Stripe'
const stored: ReviewPoint[] = [
  { id: 'k1', category: 'topic', text: TOPIC, start: NOTES.indexOf(TOPIC), end: NOTES.indexOf(TOPIC) + TOPIC.length, status: 'accepted', source: 'extracted' }
]
const saved = (fake: Parameters<typeof lastSave>[0], words: string) => lastSave(fake).find((p) => p.text.includes(words))

describe('Review screen: what drafts say for a point', () => {
  it('shows each point’s mention, and the user’s own wording is stored and wins', async () => {
    const { fake } = mountReview({ points: stored })
    const topic = await pointItem('billing migration')
    expect(within(topic).getByText(/“.*billing migration to Stripe.*”/)).toBeTruthy()

    fireEvent.click(within(topic).getByRole('button', { name: /^(?:Reword|Write words) for drafts:/ }))
    const input = within(topic).getByRole('textbox', { name: 'In drafts' })
    fireEvent.change(input, { target: { value: '  your move from Braintree   to Stripe ' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await waitFor(() =>
      expect(saved(fake, 'billing migration')).toMatchObject({ mention: 'your move from Braintree to Stripe', status: 'accepted' })
    )
    const edited = await pointItem('billing migration')
    expect(within(edited).getByText('“your move from Braintree to Stripe”')).toBeTruthy()
    expect(within(edited).getByText('Your words')).toBeTruthy()

    fireEvent.click(within(edited).getByRole('button', { name: 'Use suggested' }))
    await waitFor(() => expect(saved(fake, 'billing migration')?.mention).toBeUndefined())
    expect(within(await pointItem('billing migration')).queryByText('Your words')).toBeNull()
  }, 20_000)

  it('cancels an edit with Escape and keeps the generated words', async () => {
    const { fake } = mountReview({ points: stored })
    const topic = await pointItem('billing migration')
    fireEvent.click(within(topic).getByRole('button', { name: /^(?:Reword|Write words) for drafts:/ }))
    const input = within(topic).getByRole('textbox', { name: 'In drafts' })
    fireEvent.change(input, { target: { value: 'something else' } })
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(within(topic).queryByRole('textbox', { name: 'In drafts' })).toBeNull()
    expect(fake.to('review.save')).toHaveLength(0)
  })

  it('marks a point that cannot be said well as not used in drafts, and lets the user give it words', async () => {
    const { fake } = mountReview({
      points: [{ id: 'u1', category: 'topic', text: 'ugh', start: null, end: null, status: 'accepted', source: 'user' }]
    })
    const point = await pointItem('ugh')
    expect(within(point).getByText('Not used in drafts')).toBeTruthy()
    fireEvent.click(within(point).getByRole('button', { name: /^(?:Reword|Write words) for drafts:/ }))
    const input = within(point).getByRole('textbox', { name: 'In drafts' })
    expect((input as HTMLInputElement).value).toBe('')
    fireEvent.change(input, { target: { value: 'the on-call rotation' } })
    fireEvent.blur(input)
    await waitFor(() => expect(lastSave(fake).find((p) => p.id === 'u1')?.mention).toBe('the on-call rotation'))
    expect(within(await pointItem('ugh')).queryByText('Not used in drafts')).toBeNull()
  })
})
