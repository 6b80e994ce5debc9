import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { killPlan, recordAcks, runDurability, verify, type Expected } from '../../../scripts/durability'
import { makeProcess, tempDir } from './helpers'

const fresh = (): Expected => ({ acked: new Map(), deleted: new Set(), deleting: new Set() })

async function folderWith(ids: string[], phrase = ''): Promise<string> {
  const dir = await tempDir()
  const store = await openStore({ dir })
  for (const id of ids) await store.createProcess(makeProcess(id, { decisionPhrase: phrase }))
  await store.close()
  return dir
}

describe('durability check: judging what a reopen finds', () => {
  it('a delete killed in flight (announced, not acknowledged) may have happened: not a lost create', async () => {
    const dir = await folderWith([])
    const expected = fresh()
    recordAcks(['ACK create c1-4 0', 'DELETING c1-4'], expected)
    const r = await verify(dir, expected)
    expect(r.problems).toEqual([])
    expect(r.losses).toBe(0)
    // It happened, so from now on it must stay deleted.
    expect([...expected.deleted]).toEqual(['c1-4'])
  })

  it('a delete killed in flight may not have happened either: the interview is still expected', async () => {
    const dir = await folderWith(['c1-4'])
    const expected = fresh()
    recordAcks(['ACK create c1-4 0', 'DELETING c1-4'], expected)
    expect((await verify(dir, expected)).losses).toBe(0)
    expect(expected.deleted.size).toBe(0)
    expect(expected.acked.get('create c1-4')).toBe(0)
  })

  it('a loss is counted once, not again on every later reopen', async () => {
    const dir = await folderWith(['d0'], 'n=3')
    const expected = fresh()
    recordAcks(['ACK phrase d0 5', 'ACK create gone 0'], expected)
    const first = await verify(dir, expected)
    expect(first.losses).toBe(2)
    expect(first.problems.join('\n')).toMatch(/phrase d0 acknowledged 5, stored 3[\s\S]*create gone acknowledged 0, stored nothing/)
    const second = await verify(dir, expected)
    expect(second).toMatchObject({ losses: 0, problems: [] })
  })

  it('a seed fixes the kill schedule, and the run reports it', async () => {
    expect(killPlan(7, 50)).toEqual(killPlan(7, 50))
    expect(killPlan(7, 50)).not.toEqual(killPlan(8, 50))
    const result = await runDurability({ kills: 1, seed: 7 })
    expect(result.seed).toBe(7)
  }, 30_000)
})

// The full 200-kill run is `npm run test:durability`; this keeps a short version in every run.
describe('data store: crash during writes', () => {
  it('SIGKILL at random moments loses no acknowledged write and never needs recovery', async () => {
    const lines: string[] = []
    const result = await runDurability({ kills: 8, seed: 20260310, log: (l) => lines.push(l) })
    console.log(`durability: seed ${result.seed}, ${result.kills} kills, ${result.acknowledged} acknowledged writes, ${result.losses} lost\n${lines.join('\n')}`)
    expect(result.problems).toEqual([])
    expect(result.losses).toBe(0)
    expect(result.kills).toBe(8)
    expect(result.acknowledged).toBeGreaterThan(20)
  }, 90_000)
})
