import { useRef, useState } from 'react'
import { REFLECTION_QUESTIONS, emptyReflection, type Reflection, type Round } from '../../../../shared/model'
import { changeProcess } from '../../store/actions'
import { useAutosave } from '../process/use-autosave'
import { SaveBadge } from '../../components/SaveBadge'

type Question = (typeof REFLECTION_QUESTIONS)[number]

export const REFLECTION_PROMPTS: Record<Question, { question: string; low: string; high: string; placeholder: string }> = {
  clarity: { question: 'How clear were my answers?', low: 'Rambling', high: 'Crisp', placeholder: 'The answer I would tighten…' },
  value: { question: 'Did I show my value?', low: 'Not really', high: 'Clearly', placeholder: 'The example that landed, or the one I forgot…' },
  unexpected: { question: 'How did I handle the unexpected questions?', low: 'Thrown', high: 'Calm', placeholder: 'The question that surprised me…' },
  differently: { question: 'What would I do differently?', low: 'A lot', high: 'Little', placeholder: 'Next time I will…' }
}

export const REFLECTION_SAVE_DELAY = 500

/** Four questions about the round, a 1–5 rating and a line each, saved as the user goes. */
export function ReflectionForm({ processId, round }: { processId: string; round: Round }) {
  const [reflection, setReflection] = useState<Reflection>(() => ({ ...emptyReflection(), ...round.reflection }))
  const current = useRef(reflection)
  const autosave = useAutosave<Reflection>(
    (value) => changeProcess('reflection.save', { processId, roundId: round.id, reflection: value }),
    REFLECTION_SAVE_DELAY
  )

  const update = (q: Question, change: Partial<Reflection[Question]>) => {
    const next = { ...current.current, [q]: { ...current.current[q], ...change } }
    current.current = next
    setReflection(next)
    autosave.change(next)
  }

  return (
    <section className="panel reflection-form" aria-labelledby="review-reflection-heading">
      <div className="row">
        <h2 id="review-reflection-heading" className="panel-title">
          Reflection on this round
        </h2>
        <span className="spacer" />
        <SaveBadge state={autosave.state} onRetry={() => void autosave.flush()} label="Reflection" />
      </div>
      {REFLECTION_QUESTIONS.map((q) => {
        const prompt = REFLECTION_PROMPTS[q]
        const answer = reflection[q]
        return (
          <fieldset key={q} className="reflection-question">
            <legend className="field-label">{prompt.question}</legend>
            <div className="rating-row">
              <span className="subtle rating-end" aria-hidden="true">
                {prompt.low}
              </span>
              <div className="rating-scale" role="radiogroup" aria-label={`${prompt.question} Rating from 1 to 5`}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className={`rating-choice ${answer.rating === n ? 'selected' : ''}`}>
                    <input
                      type="radio"
                      name={`reflection-${round.id}-${q}`}
                      value={n}
                      checked={answer.rating === n}
                      onChange={() => update(q, { rating: n })}
                      aria-label={`${n} of 5`}
                    />
                    <span aria-hidden="true">{n}</span>
                  </label>
                ))}
              </div>
              <span className="subtle rating-end" aria-hidden="true">
                {prompt.high}
              </span>
              {answer.rating !== null && (
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Clear the rating for: ${prompt.question}`} onClick={() => update(q, { rating: null })}>
                  Clear
                </button>
              )}
            </div>
            <input
              className="input user-text"
              dir="auto"
              aria-label={`In a line: ${prompt.question}`}
              placeholder={prompt.placeholder}
              maxLength={500}
              value={answer.text}
              onChange={(e) => update(q, { text: e.target.value })}
              onBlur={() => void autosave.flush()}
            />
          </fieldset>
        )
      })}
    </section>
  )
}
