import type { Check } from '../../../../shared/compose'

interface ChecksPanelProps {
  checks: Check[]
  /** Selects a check's match in the editor, when it can be found there. */
  onFind(match: string): void
}

const LEVEL_LABEL: Record<Check['level'], string> = { warn: 'Worth fixing', info: 'Note' }

/** Live advice on the draft. Nothing here blocks sending: the user decides. */
export function ChecksPanel({ checks, onFind }: ChecksPanelProps) {
  return (
    <section className="compose-checks panel" aria-labelledby="compose-checks-title">
      <h2 id="compose-checks-title" className="compose-section-title">
        Checks
      </h2>
      <div aria-live="polite">
        {checks.length === 0 ? (
          <p className="check-ok">
            <span aria-hidden="true">✓</span> Looks good: nothing to flag.
          </p>
        ) : (
          <ul className="check-items">
            {checks.map((c) => (
              <li key={c.id} className={`check-item level-${c.level}`} data-check={c.id}>
                <span className={`badge ${c.level === 'warn' ? 'badge-warn' : 'badge-accent'}`}>{LEVEL_LABEL[c.level]}</span>
                <p className="user-text">{c.message}</p>
                {c.matches && c.matches.length > 0 && (
                  <div className="row wrap check-matches">
                    {[...new Set(c.matches)].slice(0, 8).map((m) => (
                      <button key={m} type="button" className="btn btn-sm check-match" onClick={() => onFind(m)} aria-label={`Find ${m} in the draft`}>
                        <mark className="placeholder-mark user-text">{m}</mark>
                      </button>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="subtle check-foot">Spelling is checked as you type in the editor. Checks never stop you from sending.</p>
    </section>
  )
}
