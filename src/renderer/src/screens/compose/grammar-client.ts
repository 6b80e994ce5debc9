import type { GrammarProblem } from '../../../../shared/compose/grammar'
import type { GrammarReply, GrammarRequest } from './grammar-worker'
import type { GrammarEngine } from './grammar-engine'

// One grammar checker for the whole app, started the first time the composer asks for it and
// kept warm afterwards. It runs in a Web Worker; where a worker cannot start or load, the same
// engine module is loaded on the page instead, still lazily. Both use the one .wasm file that
// the build emits for harper.js/binary, fetched from the app's own files (file:// in Electron,
// the loopback server in the browser harness): nothing is inlined and nothing is remote.

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

/** Where the build put harper's WebAssembly, relative to the script that asked: 'self' always. */
const wasmUrl = (): Promise<string> => import('harper.js/binary').then(({ binary }) => String(binary.url))

async function readWasm(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The grammar checker's WebAssembly did not load (${response.status})`)
  return response.arrayBuffer()
}

function startChecker(): GrammarChecker {
  const url = wasmUrl()
  const engine = url
    .then(readWasm)
    .then(startWorker)
    .catch(() => url.then(startOnPage))
  // A failed start is reported through `ready`; later calls fail fast rather than retrying.
  const ready = engine.then(() => undefined)
  return {
    ready,
    check: async (text, ownWords) => (await engine).check(text, ownWords)
  }
}

function startOnPage(url: string): Promise<GrammarEngine> {
  return import('./grammar-engine').then((m) => m.createGrammarEngine(url))
}

function startWorker(wasm: ArrayBuffer): Promise<GrammarEngine> {
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
    worker.postMessage({ type: 'load', wasm } satisfies GrammarRequest, [wasm])
    worker.onmessage = ({ data }: MessageEvent<GrammarReply>) => {
      if (data.type === 'ready') {
        clearTimeout(timer)
        resolve({
          check: (text, ownWords) =>
            new Promise((ok, failCheck) => {
              if (dead) return failCheck(dead)
              const id = nextId++
              pending.set(id, { ok, fail: failCheck })
              worker.postMessage({ type: 'check', id, text, ownWords: [...ownWords] } satisfies GrammarRequest)
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
