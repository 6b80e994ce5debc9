import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { followEdit, problemKey, type GrammarProblem, type GrammarStatus } from '../../../../shared/compose/grammar'
import { grammarChecker } from './grammar-client'

// Live grammar and spelling for the draft body. The checker loads after the composer has painted
// (it is never on the way to a usable editor); each pause in typing checks the text again, and
// in between, the problems already found follow the user's edits so underlines do not jump.

/** The pause in typing after which the draft is checked again. */
export const GRAMMAR_DELAY = 150

export interface Grammar {
  status: GrammarStatus
  /** Problems in the current text (found in it, or in an earlier text and moved with the edits). */
  problems: GrammarProblem[]
  /** True when the problems were found in exactly the current text. */
  current: boolean
  /** Hide this problem (and its twins) for the rest of the visit. */
  ignore(problem: GrammarProblem): void
}

interface Found {
  text: string
  problems: GrammarProblem[]
}

export function useGrammar(text: string, ownWords: readonly string[]): Grammar {
  const [status, setStatus] = useState<GrammarStatus>('loading')
  const [found, setFound] = useState<Found>({ text: '', problems: [] })
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set())
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    // After the first paint: loading the checker must not hold up the editor.
    const start = setTimeout(() => {
      grammarChecker().ready.then(
        () => live.current && setStatus('ready'),
        () => live.current && setStatus('failed')
      )
    }, 0)
    return () => {
      live.current = false
      clearTimeout(start)
    }
  }, [])

  const words = ownWords.join('\n')
  useEffect(() => {
    if (status !== 'ready') return
    let fresh = true
    const timer = setTimeout(() => {
      grammarChecker()
        .check(text, words ? words.split('\n') : [])
        .then(
          (problems) => fresh && setFound({ text, problems }),
          () => fresh && setStatus('failed')
        )
    }, GRAMMAR_DELAY)
    return () => {
      fresh = false
      clearTimeout(timer)
    }
  }, [status, text, words])

  const problems = useMemo(() => {
    const moved = found.text === text ? found.problems : followEdit(found.problems, found.text, text)
    return moved.filter((p) => !ignored.has(problemKey(p)) && text.slice(p.start, p.end) === p.text)
  }, [found, text, ignored])

  const ignore = useCallback((p: GrammarProblem) => setIgnored((prev) => new Set(prev).add(problemKey(p))), [])

  const ready = status === 'ready'
  return { status, problems: ready ? problems : [], current: ready && found.text === text, ignore }
}
