import { describe, expect, it } from 'vitest'
import { familyFirst, givenName } from '../../src/shared/names'

describe('givenName', () => {
  it.each([
    ['Maya Chen', 'Maya'],
    ['Dr. Priya Raman', 'Priya'],
    ['Park Min-ji', 'Min-ji'],
    ['Lim Wei Jie', 'Wei Jie'],
    ['Nguyen Van Minh', 'Minh'],
    ['Jeremy Tan Wei Ming', 'Jeremy'],
    ['Kim Smith', 'Kim'],
    ['Leung', 'Leung']
  ])('greets %s as %s', (name, given) => {
    expect(givenName(name)).toBe(given)
  })

  it('reads a family name first only before a given name that cannot be English', () => {
    expect(familyFirst('Choi Seo-yeon')).toBe(true)
    expect(familyFirst('Tran Thi Lan')).toBe(true)
    expect(familyFirst('Song Harper')).toBe(false)
    expect(familyFirst('Ana Park')).toBe(false)
  })
})
