// Before anything parses with zod: this thread has its own zod and the same CSP.
import '../../zod-csp'
import type { GrammarProblem } from '../../../../shared/compose/grammar'
import { createGrammarEngine } from './grammar-engine'

// The grammar checker's own thread: loading the WebAssembly and its dictionary (about two
// seconds) and each check stay off the page's main thread.

export type GrammarRequest = { id: number; text: string; ownWords: string[] }
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
const engine = createGrammarEngine()
engine.then(
  () => scope.postMessage({ type: 'ready' }),
  (err: unknown) => scope.postMessage({ type: 'failed', error: String(err) })
)

// Requests run one at a time, in order; the page only asks again after a pause in typing.
let queue: Promise<void> = Promise.resolve()
scope.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    try {
      const problems = await (await engine).check(data.text, data.ownWords)
      scope.postMessage({ type: 'result', id: data.id, problems })
    } catch (err) {
      scope.postMessage({ type: 'error', id: data.id, error: String(err) })
    }
  })
}
