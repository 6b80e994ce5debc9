import type { Check } from '../../../../shared/compose'
import type { GrammarFix, GrammarProblem } from '../../../../shared/compose/grammar'
import type { Grammar } from './use-grammar'

interface ChecksPanelProps {
  checks: Check[]
  grammar: Grammar
  /** Selects a check's match in the editor, when it can be found there. */
  onFind(match: string): void
  onFix(problem: GrammarProblem, fix: GrammarFix): void
}

const LEVEL_LABEL: Record<Check['level'], string> = { warn: 'Worth fixing', info: 'Note' }

/** Live advice on the draft. Nothing here blocks sending: the user decides. */
export function ChecksPanel({ checks, grammar, onFind, onFix }: ChecksPanelProps) {
  // "Looks good" is a verdict on every check, so it waits for the grammar checker's answer.
  const waiting = grammar.status === 'loading' || (grammar.status === 'ready' && !grammar.current)
  return (
    <section className="compose-checks panel" aria-labelledby="compose-checks-title">
      <h2 id="compose-checks-title" className="compose-section-title">
        Checks
      </h2>
      <div aria-live="polite">
        {checks.length === 0 && !waiting && (
          <p className="check-ok">
            <span aria-hidden="true">✓</span> Looks good: nothing to flag.
          </p>
        )}
        {checks.length > 0 && (
          <ul className="check-items">
            {checks.map((c) => (
              <li key={c.id} className={`check-item level-${c.level}`} data-check={c.id}>
                <span className={`badge ${c.level === 'warn' ? 'badge-warn' : 'badge-accent'}`}>{LEVEL_LABEL[c.level]}</span>
                <p className="user-text">{c.message}</p>
                {c.id === 'grammar' ? (
                  <GrammarList problems={grammar.problems} onFind={onFind} onFix={onFix} />
                ) : (
                  c.matches &&
                  c.matches.length > 0 && (
                    <div className="row wrap check-matches">
                      {[...new Set(c.matches)].slice(0, 8).map((m) => (
                        <button key={m} type="button" className="btn btn-sm check-match" onClick={() => onFind(m)} aria-label={`Find ${m} in the draft`}>
                          <mark className="placeholder-mark user-text">{m}</mark>
                        </button>
                      ))}
                    </div>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {waiting && (
        <p className="subtle check-pending" role="status">
          {grammar.status === 'loading'
            ? 'Loading the grammar and spelling checker…'
            : 'Checking grammar and spelling…'}
        </p>
      )}
      <p className="subtle check-foot">
        Grammar and spelling are checked on this computer. Checks never stop you from sending.
      </p>
    </section>
  )
}

/** Each problem with its first fixes, so a whole draft can be cleaned up from here. */
const replaces = (p: GrammarProblem, f: GrammarFix) => f.start === p.start && f.end === p.end && f.replacement !== ''

type GrammarListProps = Pick<ChecksPanelProps, 'onFind' | 'onFix'> & { problems: GrammarProblem[] }

function GrammarList({ problems, onFind, onFix }: GrammarListProps) {
  return (
    <ul className="grammar-list">
      {problems.slice(0, 12).map((p) => (
        <li key={`${p.start}:${p.end}:${p.message}`} className="grammar-item">
          <button
            type="button"
            className="btn btn-sm check-match"
            onClick={() => onFind(p.text)}
            aria-label={`Find ${p.text} in the draft`}
          >
            <mark className="grammar-word user-text">{p.text}</mark>
          </button>
          {p.fixes.slice(0, 2).map((f) => (
            <button
              key={`${f.start}:${f.replacement}`}
              type="button"
              className="btn btn-sm grammar-fix"
              onClick={() => onFix(p, f)}
              aria-label={replaces(p, f) ? `Change “${p.text}” to “${f.replacement}”` : f.label}
              title={p.message}
            >
              <span aria-hidden="true">→</span> <span className="user-text">{f.label}</span>
            </button>
          ))}
        </li>
      ))}
    </ul>
  )
}
