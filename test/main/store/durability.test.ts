import { describe, expect, it } from 'vitest'
import { runDurability } from '../../../scripts/durability'

// The full 200-kill run is `npm run test:durability`; this keeps a short version in every run.
describe('data store: crash during writes', () => {
  it('SIGKILL at random moments loses no acknowledged write and never needs recovery', async () => {
    const lines: string[] = []
    const result = await runDurability({ kills: 8, seed: 20260310, log: (l) => lines.push(l) })
    console.log(`durability: ${result.kills} kills, ${result.acknowledged} acknowledged writes, ${result.losses} lost\n${lines.join('\n')}`)
    expect(result.problems).toEqual([])
    expect(result.losses).toBe(0)
    expect(result.kills).toBe(8)
    expect(result.acknowledged).toBeGreaterThan(20)
  }, 90_000)
})
