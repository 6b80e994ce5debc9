import { REFLECTION_QUESTIONS, type Process, type Reflection } from '../../../../shared/model'
import { useApp } from '../../store'
import { sortRounds } from './RoundsSection'

const QUESTION_LABELS: Record<(typeof REFLECTION_QUESTIONS)[number], string> = {
  clarity: 'Clear answers',
  value: 'Showed my value',
  unexpected: 'Unexpected questions',
  differently: 'Would do differently'
}

const hasAnswers = (r: Reflection | null): r is Reflection =>
  !!r && REFLECTION_QUESTIONS.some((q) => r[q].rating !== null || r[q].text.trim() !== '')

/** Each round's reflection (a 1–5 rating and a line per question), to look back across rounds. */
export function ReflectionsPanel({ process }: { process: Process }) {
  const navigate = useApp((s) => s.navigate)
  const rounds = sortRounds(process.rounds)
  return (
    <section className="panel side-panel" aria-labelledby="reflections-heading">
      <h2 id="reflections-heading" className="panel-title">
        Reflections
      </h2>
      {rounds.length === 0 && <p className="subtle">After a round, rate how it went; it helps the next one.</p>}
      <ul className="reflection-list">
        {rounds.map((round) => (
          <li key={round.id} className="reflection">
            <h3 className="reflection-round user-text clamp-1" dir="auto">
              {round.label}
            </h3>
            {hasAnswers(round.reflection) ? (
              <dl className="reflection-answers">
                {REFLECTION_QUESTIONS.map((q) => {
                  const a = round.reflection![q]
                  return (
                    <div key={q} className="reflection-answer">
                      <dt>{QUESTION_LABELS[q]}</dt>
                      <dd>
                        <Rating value={a.rating} />
                        {a.text && (
                          <span className="user-text reflection-text" dir="auto">
                            {a.text}
                          </span>
                        )}
                      </dd>
                    </div>
                  )
                })}
              </dl>
            ) : (
              <p className="subtle">
                No reflection yet.{' '}
                <button type="button" className="link-btn" onClick={() => navigate({ name: 'review', processId: process.id, roundId: round.id })}>
                  Reflect on this round
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

function Rating({ value }: { value: number | null }) {
  if (value === null) return <span className="subtle">Not rated</span>
  return (
    <span className="rating" role="img" aria-label={`${value} out of 5`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={n <= value ? 'pip on' : 'pip'} aria-hidden="true" />
      ))}
    </span>
  )
}
