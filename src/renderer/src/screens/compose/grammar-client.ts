import type { GrammarProblem } from '../../../../shared/compose/grammar'
import type { GrammarReply, GrammarRequest } from './grammar-worker'
import type { GrammarEngine } from './grammar-engine'

// One grammar checker for the whole app, started the first time the composer asks for it and
// kept warm afterwards. It runs in a Web Worker; where a worker cannot start (a file:// page
// may refuse one), the same engine is loaded on the page instead, still lazily.

export interface GrammarChecker {
  /** Settles once the checker can answer (rejects when it cannot start at all). */
  ready: Promise<void>
  check(text: string, ownWords: readonly string[]): Promise<GrammarProblem[]>
}

/** How long the worker may take to load before the page-side engine is tried instead. */
const WORKER_START_LIMIT = 20_000

let shared: GrammarChecker | null = null

export function grammarChecker(): GrammarChecker {
  shared ??= startChecker()
  return shared
}

function startChecker(): GrammarChecker {
  const engine = startWorker().catch(() => startOnPage())
  // A failed start is reported through `ready`; later calls fail fast rather than retrying.
  const ready = engine.then(() => undefined)
  return {
    ready,
    check: async (text, ownWords) => (await engine).check(text, ownWords)
  }
}

function startOnPage(): Promise<GrammarEngine> {
  return import('./grammar-engine').then((m) => m.createGrammarEngine())
}

function startWorker(): Promise<GrammarEngine> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./grammar-worker.ts', import.meta.url), { type: 'module', name: 'grammar' })
    } catch (err) {
      reject(err)
      return
    }
    const pending = new Map<number, { ok(p: GrammarProblem[]): void; fail(e: Error): void }>()
    let nextId = 1
    let dead: Error | null = null
    const fail = (why: string) => {
      dead = new Error(why)
      clearTimeout(timer)
      worker.terminate()
      for (const p of pending.values()) p.fail(new Error(why))
      pending.clear()
      reject(new Error(why))
    }
    const timer = setTimeout(() => fail('The grammar worker took too long to start'), WORKER_START_LIMIT)
    worker.onerror = (e) => fail(`The grammar worker failed: ${e.message}`)
    worker.onmessage = ({ data }: MessageEvent<GrammarReply>) => {
      if (data.type === 'ready') {
        clearTimeout(timer)
        resolve({
          check: (text, ownWords) =>
            new Promise((ok, failCheck) => {
              if (dead) return failCheck(dead)
              const id = nextId++
              pending.set(id, { ok, fail: failCheck })
              worker.postMessage({ id, text, ownWords: [...ownWords] } satisfies GrammarRequest)
            })
        })
      } else if (data.type === 'failed') fail(data.error)
      else {
        const waiting = pending.get(data.id)
        pending.delete(data.id)
        if (data.type === 'result') waiting?.ok(data.problems)
        else waiting?.fail(new Error(data.error))
      }
    }
  })
}
