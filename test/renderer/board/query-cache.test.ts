import { describe, expect, it } from 'vitest'
import { QueryCache } from '../../../src/renderer/src/screens/board/query-cache'

describe('query cache', () => {
  const counting = () => {
    let calls = 0
    return { compute: (q: string) => () => `${q}#${++calls}`, calls: () => calls }
  }

  it('answers a query seen before in the same context without computing it again', () => {
    const cache = new QueryCache<string>(4)
    const data = {}
    const c = counting()
    expect(cache.get([data, false], 'acme', c.compute('acme'))).toBe('acme#1')
    expect(cache.get([data, false], 'acme c', c.compute('acme c'))).toBe('acme c#2')
    // Backspace: back to a query typed a moment ago.
    expect(cache.get([data, false], 'acme', c.compute('acme'))).toBe('acme#1')
    expect(c.calls()).toBe(2)
  })

  it('forgets everything when any part of the context is another value', () => {
    const cache = new QueryCache<string>(4)
    const data = {}
    const c = counting()
    cache.get([data, false], 'acme', c.compute('acme'))
    expect(cache.get([data, true], 'acme', c.compute('acme'))).toBe('acme#2')
    expect(cache.get([{}, true], 'acme', c.compute('acme'))).toBe('acme#3')
    // The old context's answers are gone, not kept beside the new ones.
    expect(cache.get([data, false], 'acme', c.compute('acme'))).toBe('acme#4')
  })

  it('keeps the most recently used queries when it is full', () => {
    const cache = new QueryCache<string>(2)
    const ctx = [{}]
    const c = counting()
    cache.get(ctx, 'a', c.compute('a'))
    cache.get(ctx, 'b', c.compute('b'))
    cache.get(ctx, 'a', c.compute('a')) // "a" is now the newer of the two
    cache.get(ctx, 'c', c.compute('c')) // drops "b"
    expect(c.calls()).toBe(3)
    expect(cache.get(ctx, 'a', c.compute('a'))).toBe('a#1')
    expect(cache.get(ctx, 'b', c.compute('b'))).toBe('b#4')
  })
})
