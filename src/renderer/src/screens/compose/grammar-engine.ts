import { createBinaryModuleFromUrl, LocalLinter } from 'harper.js'
import { problemsFromLints, withoutOwnWords, type GrammarProblem } from '../../../../shared/compose/grammar'

// The offline grammar and spelling checker (harper, WebAssembly shipped inside its npm package).
// Runs in the grammar worker, or on the page when a worker cannot start. Nothing leaves the machine.
// The WebAssembly comes by URL (the app's own .wasm file, or a blob: of its bytes in the worker),
// so this module carries only harper's JavaScript glue.

export interface GrammarEngine {
  /** Problems in `text`, not counting the user's own words (names, the company, their terms). */
  check(text: string, ownWords: readonly string[]): Promise<GrammarProblem[]>
}

/** `wasmUrl`: where harper's full WebAssembly binary is (the `binary` export of harper.js/binary). */
export async function createGrammarEngine(wasmUrl: string): Promise<GrammarEngine> {
  const linter = new LocalLinter({ binary: createBinaryModuleFromUrl(wasmUrl, 'full') })
  await linter.setup()
  // The first lint, and the first spelling suggestion, build the checker's caches (~0.5 s): pay
  // for them here, not on the first pause in typing.
  await linter.lint('Thank you for your tme yesterday; I enjoyed our conversaton.', { language: 'plaintext' })
  // Words are only ever added: clearing rebuilds the whole dictionary (seconds), and a name
  // from another interview is still the user's own word.
  const imported = new Set<string>()
  return {
    async check(text, ownWords) {
      const fresh = ownWords.filter((w) => !imported.has(w))
      if (fresh.length) {
        await linter.importWords(fresh)
        for (const w of fresh) imported.add(w)
      }
      const lints = await linter.lint(text, { language: 'plaintext' })
      const problems = withoutOwnWords(problemsFromLints(text, lints), ownWords)
      for (const lint of lints) lint.free()
      return problems
    }
  }
}
