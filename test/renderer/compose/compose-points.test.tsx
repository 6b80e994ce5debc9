// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { bodyBox, installBridge, northwind, point, renderComposer, round, seed } from './compose-fixture'

vi.mock('../../../src/renderer/src/screens/compose/grammar-client', async () => {
  const { grammarModule } = await import('./fake-grammar')
  return { grammarChecker: () => grammarModule.current }
})

afterEach(cleanup)

const pointsPanel = () => screen.getByRole('region', { name: 'Key points' })
const leftOut = () => screen.queryByRole('region', { name: /^Not in this draft/ })

function open() {
  const process = northwind({
    messages: [],
    rounds: [
      round('r1', '2026-07-01', {
        points: [
          point('k1', 'topic', 'the billing migration to Stripe'),
          point('k2', 'culture', 'Team does async standups and writes decisions down'),
          point('k3', 'topic', 'ugh')
        ]
      })
    ]
  })
  const bridge = installBridge({ 'review.save': ({ points }) => ({ ...process, rounds: [{ ...process.rounds[0], points }] }) })
  seed([process])
  renderComposer({ processId: 'north', situation: 'thank-you' })
  return bridge
}

describe('Composer key points', () => {
  it('lists the points the text leaves out and adds one in a click, before the sign-off', async () => {
    open()
    fireEvent.change(bodyBox(), { target: { value: 'Hi Dana,\n\nThank you for your time on Wednesday.\n\nBest,\nSam Rivera' } })
    const list = leftOut()!
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('the billing migration to Stripe'),
      expect.stringContaining('async standups')
    ])
    fireEvent.click(within(list).getByRole('button', { name: 'Add to the draft: the billing migration to Stripe' }))
    const body = bodyBox().value
    expect(body).toMatch(/Thank you for your time on Wednesday\.\n\n[^\n]*the billing migration to Stripe[^\n]*\.\n\nBest,\nSam Rivera$/)
    expect(within(leftOut()!).getAllByRole('listitem')).toHaveLength(1)
    fireEvent.click(within(leftOut()!).getByRole('button', { name: /^Add to the draft: .*async standups/ }))
    expect(leftOut()).toBeNull()
  })

  it('leaves an unchecked point out of the offer, and a point with no usable words is marked as not used', () => {
    open()
    fireEvent.change(bodyBox(), { target: { value: 'Hi Dana,\n\nThanks.\n\nBest,\nSam' } })
    const panel = pointsPanel()
    fireEvent.click(within(panel).getByRole('checkbox', { name: /async standups/ }))
    expect(within(leftOut()!).getAllByRole('listitem')).toHaveLength(1)
    const ugh = within(panel).getByText('ugh').closest('li')!
    expect(within(ugh).getByText('Not used in drafts')).toBeTruthy()
  })

  it('shows each point’s words for drafts and stores the user’s edit on the point', async () => {
    const bridge = open()
    const item = within(pointsPanel()).getByText('the billing migration to Stripe', { selector: '.clamp-2' }).closest('li')!
    expect(within(item).getByText('“the billing migration to Stripe”')).toBeTruthy()
    fireEvent.click(within(item).getByRole('button', { name: /^(?:Reword|Write words) for drafts:/ }))
    const input = within(item).getByRole('textbox', { name: 'In drafts' })
    fireEvent.change(input, { target: { value: 'your move from Braintree to Stripe' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await waitFor(() => expect(bridge.callsTo('review.save').at(-1)?.points.find((p: { id: string }) => p.id === 'k1')?.mention).toBe('your move from Braintree to Stripe'))
    // The draft follows the user's words.
    await waitFor(() => expect(bodyBox().value).toContain('your move from Braintree to Stripe'))
  })
})
