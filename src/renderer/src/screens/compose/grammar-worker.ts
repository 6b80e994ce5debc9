// Before anything parses with zod: this thread has its own zod and the same CSP.
import '../../zod-csp'
import type { GrammarProblem } from '../../../../shared/compose/grammar'
import { createGrammarEngine, type GrammarEngine } from './grammar-engine'

// The grammar checker's own thread: loading the WebAssembly and its dictionary (about two
// seconds) and each check stay off the page's main thread.
//
// The page reads the .wasm file and hands its bytes over (transferred, not copied): Electron
// serves file:// to a page's fetch but not to a worker's, and the built app is loaded from file://.
// Harper takes a URL, so the bytes get a blob: URL that lives only until they are compiled.

export type GrammarRequest =
  | { type: 'load'; wasm: ArrayBuffer }
  | { type: 'check'; id: number; text: string; ownWords: string[] }
export type GrammarReply =
  | { type: 'ready' }
  | { type: 'failed'; error: string }
  | { type: 'result'; id: number; problems: GrammarProblem[] }
  | { type: 'error'; id: number; error: string }

interface WorkerScope {
  postMessage(reply: GrammarReply): void
  onmessage: ((e: MessageEvent<GrammarRequest>) => void) | null
}
const scope = self as unknown as WorkerScope

async function engineFromBytes(wasm: ArrayBuffer): Promise<GrammarEngine> {
  const url = URL.createObjectURL(new Blob([wasm], { type: 'application/wasm' }))
  try {
    return await createGrammarEngine(url)
  } finally {
    URL.revokeObjectURL(url)
  }
}

let engine: Promise<GrammarEngine> | null = null
// Requests run one at a time, in order; the page only asks again after a pause in typing.
let queue: Promise<void> = Promise.resolve()
scope.onmessage = ({ data }) => {
  if (data.type === 'load') {
    if (engine) return
    engine = engineFromBytes(data.wasm)
    engine.then(
      () => scope.postMessage({ type: 'ready' }),
      (err: unknown) => scope.postMessage({ type: 'failed', error: String(err) })
    )
    return
  }
  const loading = engine
  queue = queue.then(async () => {
    try {
      if (!loading) throw new Error('The grammar checker was asked before it was loaded')
      const problems = await (await loading).check(data.text, data.ownWords)
      scope.postMessage({ type: 'result', id: data.id, problems })
    } catch (err) {
      scope.postMessage({ type: 'error', id: data.id, error: String(err) })
    }
  })
}
