// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { bodyBox, installBridge, northwind, renderComposer, seed } from './compose-fixture'
import { fakeGrammar, grammarModule } from './fake-grammar'

vi.mock('../../../src/renderer/src/screens/compose/grammar-client', async () => {
  const { grammarModule } = await import('./fake-grammar')
  return { grammarChecker: () => grammarModule.current }
})

afterEach(cleanup)
beforeEach(() => {
  grammarModule.current = fakeGrammar()
})

const checksPanel = () => screen.getByRole('region', { name: 'Checks' })
const marks = () => [...document.querySelectorAll('.grammar-layer .grammar-mark')].map((m) => m.textContent)

function open() {
  installBridge({ 'notes.get': () => ({ text: 'Dana said the Quillfeather rollout is next. teh usual.' }) })
  seed([northwind()])
  renderComposer({ processId: 'north' })
}

function type(body: string) {
  fireEvent.change(bodyBox(), { target: { value: body } })
}

describe('Composer grammar and spelling', () => {
  it('underlines problems behind the editor and lists them with their fixes', async () => {
    open()
    await waitFor(() => expect(grammarModule.current.calls.length).toBeGreaterThan(0))
    type('Hi Dana,\n\nI realy enjoyed it. I think their is a fit.\n\nSam')
    await waitFor(() => expect(marks()).toEqual(['realy', 'their']))
    const layer = document.querySelector('.grammar-layer')!
    expect(layer.getAttribute('aria-hidden')).toBe('true')
    expect(layer.textContent).toBe(bodyBox().value)
    const check = checksPanel().querySelector('[data-check="grammar"]') as HTMLElement
    expect(check.textContent).toContain('2 spelling or grammar problems')
    expect(within(checksPanel()).queryByText(/Looks good/)).toBeNull()

    fireEvent.click(within(check).getByRole('button', { name: 'Change “realy” to “really”' }))
    expect(bodyBox().value).toBe('Hi Dana,\n\nI really enjoyed it. I think their is a fit.\n\nSam')
    // The fixed word loses its underline at once; the rest stay where they are.
    expect(marks()).toEqual(['their'])
    fireEvent.click(within(checksPanel()).getByRole('button', { name: 'Change “their” to “there”' }))
    await waitFor(() => expect(checksPanel().querySelector('[data-check="grammar"]')).toBeNull())
    expect(marks()).toEqual([])
  })

  it('opens the suggestions of the word under the caret, applies one, and can ignore one', async () => {
    open()
    await waitFor(() => expect(grammarModule.current.calls.length).toBeGreaterThan(0))
    const body = 'Thanks again, and teh notes are attached. Also realy glad.'
    type(body)
    await waitFor(() => expect(marks()).toEqual(['teh', 'realy']))
    const box = bodyBox()
    box.focus()
    box.setSelectionRange(body.indexOf('teh') + 1, body.indexOf('teh') + 1)
    fireEvent.select(box)
    const popover = await screen.findByRole('group', { name: 'Suggestions for “teh”' })
    expect(popover.textContent).toContain('Did you mean “the”?')
    fireEvent.click(within(popover).getByRole('button', { name: 'the' }))
    expect(bodyBox().value).toBe(body.replace('teh', 'the'))
    expect(screen.queryByRole('group', { name: /Suggestions for/ })).toBeNull()

    const at = bodyBox().value.indexOf('realy')
    box.setSelectionRange(at, at)
    fireEvent.select(box)
    fireEvent.click(within(await screen.findByRole('group', { name: 'Suggestions for “realy”' })).getByRole('button', { name: 'Ignore' }))
    expect(marks()).toEqual([])
    await waitFor(() => expect(checksPanel().querySelector('[data-check="grammar"]')).toBeNull())
  })

  it('does not say it looks good while the checker loads, nor before it has read the latest text', async () => {
    grammarModule.current = fakeGrammar({ held: true })
    open()
    // The editor works at once.
    type('Hi Dana,\n\nThank you for the update.\n\nSam')
    expect(bodyBox().value).toContain('Thank you for the update.')
    expect(within(checksPanel()).getByText('Loading the grammar and spelling checker…')).toBeTruthy()
    await act(async () => grammarModule.current.release())
    await waitFor(() => expect(within(checksPanel()).queryByText(/Loading the grammar/)).toBeNull())
    type('Hi Dana,\n\nThank you for the update, truly.\n\nSam')
    expect(within(checksPanel()).getByText('Checking grammar and spelling…')).toBeTruthy()
    await waitFor(() => expect(within(checksPanel()).queryByText('Checking grammar and spelling…')).toBeNull())
  })

  it('gives the checker the names, the company, the role and the terms of the notes as the user’s own words', async () => {
    open()
    await waitFor(() => {
      const own = grammarModule.current.calls.at(-1)?.ownWords ?? []
      expect(own).toEqual(expect.arrayContaining(['Dana', 'Whitfield', 'Northwind', 'Analytics', 'Sam', 'Rivera', 'Quillfeather']))
    })
    const own = grammarModule.current.calls.at(-1)!.ownWords
    // A lower-case slip in the notes is not taken as the user's word.
    expect(own).not.toContain('teh')
  })
})
