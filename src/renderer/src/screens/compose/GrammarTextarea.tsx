import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode, RefObject, TextareaHTMLAttributes } from 'react'
import type { GrammarFix, GrammarProblem } from '../../../../shared/compose/grammar'
import './grammar.css'

// A plain textarea with grammar and spelling problems underlined. A textarea cannot style parts
// of its text, so an identical layer sits behind it (same box, font and wrapping, text made
// transparent) with the problems marked; the textarea above it is see-through. Putting the caret
// in an underlined word opens its suggestions under it; each applies with one click.

interface GrammarTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string
  onValueChange(value: string): void
  textareaRef: RefObject<HTMLTextAreaElement | null>
  problems: readonly GrammarProblem[]
  onFix(problem: GrammarProblem, fix: GrammarFix): void
  onIgnore(problem: GrammarProblem): void
}

const isSpelling = (p: GrammarProblem) => /spell|typo/i.test(p.kind)

/** Problems that do not overlap, in order: the layer can mark each run of text once. */
function markable(problems: readonly GrammarProblem[]): GrammarProblem[] {
  const out: GrammarProblem[] = []
  for (const p of [...problems].sort((a, b) => a.start - b.start)) {
    if (p.end > p.start && (!out.length || p.start >= out[out.length - 1].end)) out.push(p)
  }
  return out
}

export function GrammarTextarea(props: GrammarTextareaProps) {
  const { value, onValueChange, textareaRef, problems, onFix, onIgnore, className, ...rest } = props
  const layerRef = useRef<HTMLDivElement>(null)
  const [caret, setCaret] = useState<number | null>(null)
  const [dismissed, setDismissed] = useState<GrammarProblem | null>(null)
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  const marks = useMemo(() => markable(problems), [problems])
  const active = caret === null ? undefined : marks.find((p) => p.start <= caret && caret <= p.end && p !== dismissed)
  const activeIndex = active ? marks.indexOf(active) : -1

  const syncScroll = () => {
    if (layerRef.current && textareaRef.current) layerRef.current.scrollTop = textareaRef.current.scrollTop
  }
  const readCaret = () => {
    const el = textareaRef.current
    if (!el || document.activeElement !== el) return
    setCaret(el.selectionStart === el.selectionEnd ? el.selectionStart : null)
  }

  // The suggestions sit just under the word, inside the field.
  useLayoutEffect(() => {
    syncScroll()
    const selector = `[data-problem="${activeIndex}"]`
    const mark = activeIndex >= 0 ? layerRef.current?.querySelector<HTMLElement>(selector) : null
    const layer = layerRef.current
    if (!mark || !layer) return setPlace(null)
    const top = mark.offsetTop + mark.offsetHeight - layer.scrollTop + 4
    const left = Math.max(0, Math.min(mark.offsetLeft, layer.clientWidth - 280))
    setPlace({ top: Math.min(Math.max(top, 0), layer.clientHeight), left })
    // Positions follow the text and the problems; scrolling re-runs it through the caret.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex, value, marks])

  const pieces: ReactNode[] = []
  let at = 0
  marks.forEach((p, i) => {
    if (p.start > at) pieces.push(value.slice(at, p.start))
    pieces.push(
      <mark
        key={i}
        data-problem={i}
        className={`grammar-mark ${isSpelling(p) ? 'spelling' : 'grammar'} ${p === active ? 'active' : ''}`}
      >
        {value.slice(p.start, p.end)}
      </mark>
    )
    at = p.end
  })
  pieces.push(value.slice(at))
  // A final newline only shows as a line once something follows it.
  if (value.endsWith('\n')) pieces.push('\u200b')

  const fix = (p: GrammarProblem, f: GrammarFix) => {
    onFix(p, f)
    setCaret(null)
    const el = textareaRef.current
    const end = f.start + f.replacement.length
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(end, end)
    })
  }

  return (
    <div className="grammar-field">
      <div ref={layerRef} className={`${className ?? ''} grammar-layer`} dir={rest.dir} aria-hidden="true">
        {pieces}
      </div>
      <textarea
        {...rest}
        ref={textareaRef}
        className={`${className ?? ''} grammar-input`}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value)
          setDismissed(null)
        }}
        onScroll={() => {
          syncScroll()
          // The suggestions were placed for the old scroll position.
          setCaret(null)
        }}
        onSelect={readCaret}
        onKeyUp={readCaret}
        onClick={readCaret}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && active) {
            e.preventDefault()
            setDismissed(active)
          }
          rest.onKeyDown?.(e)
        }}
      />
      {active && place && (
        <div
          className="grammar-popover"
          style={{ top: place.top, left: place.left }}
          role="group"
          aria-label={`Suggestions for “${active.text}”`}
          onMouseDown={(e) => e.preventDefault()}
        >
          <p className="grammar-message">
            <span className={`badge ${isSpelling(active) ? 'badge-danger' : 'badge-warn'}`}>
              {isSpelling(active) ? 'Spelling' : 'Grammar'}
            </span>{' '}
            {active.message}
          </p>
          <div className="row wrap grammar-fixes">
            {active.fixes.slice(0, 4).map((f) => (
              <button
                key={`${f.start}:${f.end}:${f.replacement}`}
                type="button"
                className="btn btn-sm btn-primary"
                onClick={() => fix(active, f)}
              >
                <span className="user-text">{f.label}</span>
              </button>
            ))}
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => onIgnore(active)}>
              Ignore
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
