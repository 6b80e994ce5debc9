// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { insertBeforeClosing, sentenceToAdd } from '../../../src/renderer/src/screens/compose/add-point'
import type { DraftMention } from '../../../src/shared/compose'
import { makePerson } from '../../support/factories'

const maya = makePerson({ id: 'm', name: 'Maya Lin' })
const tom = makePerson({ id: 't', name: 'Tom Baker' })
const mention = (category: DraftMention['category'], text: string, speaker: string | null = null): DraftMention => ({
  id: 'x',
  category,
  text,
  speaker,
  kind: category === 'action' ? 'send' : null
})

describe('sentenceToAdd', () => {
  it('speaks to the recipient about their own point and of another person in the third person', () => {
    expect(sentenceToAdd(mention('concern', 'my experience with B2B healthcare workflows', 'Tom Baker'), tom, [maya, tom])).toMatch(
      /your (?:candid )?question about my experience with B2B healthcare workflows|you asked about my experience/
    )
    expect(sentenceToAdd(mention('concern', 'my experience with B2B healthcare workflows', 'Tom Baker'), maya, [maya, tom])).toBe(
      "I also appreciated Tom's question about my experience with B2B healthcare workflows."
    )
  })

  it('writes a topic as a topic and a promise as the sentence that keeps it', () => {
    expect(sentenceToAdd(mention('topic', 'your plan to merge three scheduling apps'), maya, [maya])).toMatch(
      /your plan to merge three scheduling apps\.$/
    )
    expect(sentenceToAdd(mention('action', 'the Figma link to the intake redesign', 'Maya Lin'), maya, [maya])).toBe(
      'As promised, here is the Figma link to the intake redesign: [link].'
    )
  })
})

describe('insertBeforeClosing', () => {
  it('puts the sentence before the sign-off and a closing thank-you, after the opening paragraph', () => {
    const body = 'Hi Maya,\n\nThank you for meeting with me today.\n\nThank you again for your time.\n\nBest,\nSam'
    expect(insertBeforeClosing(body, 'New line.')).toBe(
      'Hi Maya,\n\nThank you for meeting with me today.\n\nNew line.\n\nThank you again for your time.\n\nBest,\nSam'
    )
  })

  it('finds a bare signature, and appends to a body with no closing', () => {
    expect(insertBeforeClosing('Hi Maya,\n\nGreat talk.\n\nSam Rivera', 'New line.')).toBe('Hi Maya,\n\nGreat talk.\n\nNew line.\n\nSam Rivera')
    expect(insertBeforeClosing('Great talk today', 'New line.')).toBe('Great talk today\n\nNew line.')
  })
})
