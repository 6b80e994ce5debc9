import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { KeyPointCategory, ReviewPoint } from '../../../../shared/model'
import { highlightRuns, type HighlightSpan } from '../../../../shared/review/highlight-runs'
import { SaveBadge } from '../../components/SaveBadge'
import { SelectionBar } from './SelectionBar'
import { CATEGORIES } from './categories'
import type { Review } from './use-review'

export interface Selection {
  start: number
  end: number
}

interface NotesPaneProps {
  review: Review
  points: ReviewPoint[]
  decisionSpan: { start: number; end: number } | null
  activeId: string | null
  onActivate(id: string | null): void
  /** A highlight was clicked: bring its point forward. */
  onPick(id: string): void
  onAddSelection(category: KeyPointCategory, selection: Selection): void
}

export const DECISION_ID = 'decision'

/**
 * The round's notes: an editable textarea (spell-checked, autosaved), or a read-only view with
 * each point's source words highlighted in its category colour. Both are plain text in the DOM.
 */
export function NotesPane({ review, points, decisionSpan, activeId, onActivate, onPick, onAddSelection }: NotesPaneProps) {
  const { load, state } = review
  const [mode, setMode] = useState<'view' | 'edit'>('edit')
  const [selection, setSelection] = useState<Selection | null>(null)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const viewRef = useRef<HTMLDivElement>(null)
  const mirrorRef = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const ready = load === 'ready'

  // Once loaded: notes already written open highlighted, an empty round opens ready to type.
  useEffect(() => {
    if (!ready || !textareaRef.current) return
    textareaRef.current.value = review.latestText()
    setMode(review.latestText().trim() ? 'view' : 'edit')
    // Only on load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])

  const notes = state?.notes ?? ''
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points])
  const spans = useMemo(() => {
    const list: HighlightSpan[] = points
      .filter((p) => p.start !== null && p.end !== null && (p.status !== 'dropped' || p.id === activeId))
      .map((p) => ({ id: p.id, start: p.start!, end: p.end! }))
    if (decisionSpan) list.push({ id: DECISION_ID, ...decisionSpan })
    return list
  }, [points, decisionSpan, activeId])

  // While editing, only the active point is drawn, behind the text, and only when the textarea
  // shows what was last extracted (otherwise the offsets would be off by what was just typed).
  const mirrorSpans = mode === 'edit' && activeId && textareaRef.current?.value === notes ? spans.filter((s) => s.id === activeId) : []

  useLayoutEffect(() => {
    if (!activeId) return
    const container = mode === 'view' ? viewRef.current : textareaRef.current
    const holder = mode === 'view' ? viewRef.current : mirrorRef.current
    const mark = holder?.querySelector<HTMLElement>(`[data-ids~="${activeId}"]`)
    if (!container || !mark) return
    if (mode === 'edit' && mirrorRef.current) mirrorRef.current.scrollTop = container.scrollTop
    const top = mark.offsetTop
    if (top < container.scrollTop || top + mark.offsetHeight > container.scrollTop + container.clientHeight) {
      container.scrollTop = Math.max(0, top - container.clientHeight / 3)
      if (mode === 'edit' && mirrorRef.current) mirrorRef.current.scrollTop = container.scrollTop
    }
  }, [activeId, mode])

  const readTextareaSelection = () => {
    const el = textareaRef.current
    if (!el) return
    setSelection(el.selectionEnd > el.selectionStart ? { start: el.selectionStart, end: el.selectionEnd } : null)
  }

  const readViewSelection = () => {
    const sel = window.getSelection()
    if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode || !viewRef.current) return setSelection(null)
    const a = offsetIn(sel.anchorNode, sel.anchorOffset)
    const b = offsetIn(sel.focusNode, sel.focusOffset)
    if (a === null || b === null || a === b) return setSelection(null)
    setSelection({ start: Math.min(a, b), end: Math.max(a, b) })
  }

  const add = (category: KeyPointCategory) => {
    if (!selection) return
    if (mode === 'edit' && textareaRef.current) review.settle(textareaRef.current.value)
    onAddSelection(category, selection)
    setSelection(null)
  }

  const onShortcut = (e: React.KeyboardEvent) => {
    const n = /^Digit([1-6])$/.exec(e.code)
    if (!e.altKey || e.ctrlKey || e.metaKey || !n || !selection) return
    e.preventDefault()
    add(CATEGORIES[Number(n[1]) - 1])
  }

  const switchTo = (next: 'view' | 'edit') => {
    if (next === mode) return
    if (textareaRef.current) review.settle(textareaRef.current.value)
    setSelection(null)
    setMode(next)
  }

  const loadError = typeof load === 'object' ? load.error : null

  return (
    <section className="panel notes-pane" aria-labelledby="review-notes-heading">
      <div className="notes-pane-head">
        <h2 id="review-notes-heading" className="panel-title">
          Notes
        </h2>
        <div className="segmented" role="group" aria-label="Notes view">
          <button type="button" className={`segment ${mode === 'view' ? 'selected' : ''}`} aria-pressed={mode === 'view'} onClick={() => switchTo('view')} disabled={!ready}>
            Highlights
          </button>
          <button type="button" className={`segment ${mode === 'edit' ? 'selected' : ''}`} aria-pressed={mode === 'edit'} onClick={() => switchTo('edit')} disabled={!ready}>
            Edit
          </button>
        </div>
        <span className="spacer" />
        <SaveBadge state={review.notesSave} onRetry={review.retrySaves} />
      </div>
      <SelectionBar selection={selection} notes={mode === 'edit' ? (textareaRef.current?.value ?? notes) : notes} onAdd={add} onClear={() => setSelection(null)} hintId={hintId} />
      {loadError && (
        <p className="field-error" role="alert">
          The notes could not be loaded: {loadError}
        </p>
      )}
      <div className="notes-body" hidden={mode !== 'edit'}>
        {mirrorSpans.length > 0 && (
          <div ref={mirrorRef} className="textarea notes-surface notes-mirror user-text" dir="auto" aria-hidden="true">
            <Runs notes={notes} spans={mirrorSpans} byId={byId} activeId={activeId} />
            {'\u200b'}
          </div>
        )}
        <textarea
          ref={textareaRef}
          className={`textarea notes-surface notes-input user-text ${mirrorSpans.length ? 'over-mirror' : ''}`}
          aria-label="Notes text"
          aria-describedby={hintId}
          spellCheck
          dir="auto"
          readOnly={!ready}
          aria-busy={load === 'loading'}
          placeholder={ready ? 'What was said, who you met, what they asked, when they will decide…' : 'Loading notes…'}
          onInput={(e) => {
            review.typed(e.currentTarget.value)
            setSelection(null)
          }}
          onBlur={(e) => review.settle(e.currentTarget.value)}
          onSelect={readTextareaSelection}
          onKeyUp={readTextareaSelection}
          onMouseUp={readTextareaSelection}
          onKeyDown={onShortcut}
          onScroll={(e) => mirrorRef.current && (mirrorRef.current.scrollTop = e.currentTarget.scrollTop)}
        />
      </div>
      {mode === 'view' && (
        <div
          ref={viewRef}
          className="notes-surface notes-view user-text"
          dir="auto"
          tabIndex={0}
          role="region"
          aria-label="Notes with highlighted key points"
          aria-describedby={hintId}
          onMouseUp={readViewSelection}
          onKeyUp={readViewSelection}
          onKeyDown={onShortcut}
          onMouseLeave={() => onActivate(null)}
        >
          {notes.trim() === '' ? (
            <span className="subtle">No notes yet. Switch to Edit to write them.</span>
          ) : (
            <Runs notes={notes} spans={spans} byId={byId} activeId={activeId} onPick={onPick} onHover={onActivate} />
          )}
        </div>
      )}
    </section>
  )
}

interface RunsProps {
  notes: string
  spans: HighlightSpan[]
  byId: Map<string, ReviewPoint>
  activeId: string | null
  onPick?(id: string): void
  onHover?(id: string | null): void
}

function Runs({ notes, spans, byId, activeId, onPick, onHover }: RunsProps) {
  const runs = useMemo(() => highlightRuns(notes.length, spans), [notes.length, spans])
  return (
    <>
      {runs.map((run) => {
        const text = notes.slice(run.start, run.end)
        if (!run.ids.length) {
          return (
            <span key={run.start} data-start={run.start}>
              {text}
            </span>
          )
        }
        // The innermost point names the colour; the decision phrase is underlined on its own.
        const pointIds = run.ids.filter((id) => id !== DECISION_ID)
        const top = pointIds[pointIds.length - 1]
        const point = top ? byId.get(top) : undefined
        const active = activeId !== null && run.ids.includes(activeId)
        const cls = ['hl', point ? `cat-${point.category}` : '', run.ids.includes(DECISION_ID) ? 'hl-decision' : '', active ? 'active' : '', point ? '' : 'hl-bare']
        return (
          <mark
            key={run.start}
            data-start={run.start}
            data-ids={run.ids.join(' ')}
            className={cls.filter(Boolean).join(' ')}
            onClick={top && onPick ? () => window.getSelection()?.isCollapsed !== false && onPick(top) : undefined}
            onMouseEnter={onHover ? () => onHover(top ?? DECISION_ID) : undefined}
          >
            {text}
          </mark>
        )
      })}
    </>
  )
}

/** A DOM selection boundary as an offset into the notes (each run carries its start). */
function offsetIn(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const run = el?.closest<HTMLElement>('[data-start]')
  if (!run) return null
  const start = Number(run.dataset.start)
  return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (run.textContent?.length ?? 0) : 0)
}
