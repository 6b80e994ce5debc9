import { useEffect, useRef, useState } from 'react'
import type { KeyPointCategory, ReviewPoint } from '../../../../shared/model'
import { isDetached, normalizePointText } from '../../../../shared/review/merge-points'
import type { MentionContext } from '../../../../shared/compose'
import { CATEGORIES, CATEGORY_LABEL } from './categories'
import { MentionLine } from './MentionLine'

interface PointItemProps {
  point: ReviewPoint
  /** The notes the point's offsets refer to, to tell an edited point from its source. */
  notes: string
  /** The process's people, whom a point's speaker is chosen from. */
  people: readonly string[]
  /** What a mention must not splice in (the company, the people's names). */
  mentionContext: MentionContext
  active: boolean
  onActivate(id: string | null): void
  onChange(id: string, change: Partial<ReviewPoint>): void
}

export const pointElementId = (id: string) => `review-point-${id}`

/** Focus a point (or a control in it) once React has put it where it now belongs. */
export function focusPointSoon(id: string, selector?: string) {
  setTimeout(() => {
    const item = document.getElementById(pointElementId(id))
    const target = selector ? item?.querySelector<HTMLElement>(selector) : item
    target?.focus()
  }, 0)
}

function neighbour(from: HTMLElement, step: 1 | -1): HTMLElement | null {
  const all = [...(from.closest('.points-panel')?.querySelectorAll<HTMLElement>('.review-point') ?? [])]
  const at = all.indexOf(from)
  return all[at + step] ?? null
}

/** Editing a suggestion, its category or its speaker is a decision to keep it. */
const kept = (p: ReviewPoint): ReviewPoint['status'] => (p.status === 'pending' ? 'accepted' : p.status)

export function PointItem({ point, notes, people, mentionContext, active, onActivate, onChange }: PointItemProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(point.text)
  const ref = useRef<HTMLLIElement>(null)
  const editRef = useRef<HTMLTextAreaElement>(null)
  const dropped = point.status === 'dropped'
  const accepted = point.status === 'accepted'
  const detached = isDetached(point)
  const edited =
    point.source === 'extracted' && point.start !== null && point.end !== null && normalizePointText(point.text) !== normalizePointText(notes.slice(point.start, point.end))

  useEffect(() => {
    if (editing) editRef.current?.focus()
  }, [editing])

  const startEdit = () => {
    setDraft(point.text)
    setEditing(true)
  }
  const finishEdit = (save: boolean) => {
    const text = draft.trim()
    if (save && text && text !== point.text) onChange(point.id, { text, status: kept(point) })
    setEditing(false)
    ref.current?.focus()
  }
  const toggleAccept = () => onChange(point.id, { status: accepted ? 'pending' : 'accepted' })
  const drop = () => {
    const next = (ref.current && (neighbour(ref.current, 1) ?? neighbour(ref.current, -1)))?.id
    onChange(point.id, { status: 'dropped' })
    if (next) setTimeout(() => document.getElementById(next)?.focus(), 0)
  }
  const restore = () => {
    onChange(point.id, { status: point.source === 'user' ? 'accepted' : 'pending' })
    focusPointSoon(point.id)
  }
  const recategorise = (category: KeyPointCategory) => {
    onChange(point.id, { category, status: kept(point) })
    focusPointSoon(point.id, 'select')
  }
  const chooseSpeaker = (name: string) => {
    onChange(point.id, { speaker: name || null, speakerEdited: true, status: kept(point) })
    focusPointSoon(point.id, '.speaker-select')
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>) => {
    const target = e.target as HTMLElement
    if (editing || e.ctrlKey || e.metaKey || e.altKey || target.matches('select, input, textarea')) return
    const key = e.key.toLowerCase()
    if (key === 'arrowdown' || key === 'arrowup') {
      e.preventDefault()
      if (ref.current) neighbour(ref.current, key === 'arrowdown' ? 1 : -1)?.focus()
      return
    }
    const focus = (selector: string) => () => ref.current?.querySelector<HTMLElement>(selector)?.focus()
    const action = {
      a: dropped ? undefined : toggleAccept,
      d: dropped ? restore : drop,
      r: dropped ? restore : undefined,
      e: startEdit,
      c: focus('.category-select'),
      s: focus('.speaker-select')
    }[key]
    if (!action) return
    e.preventDefault()
    action()
  }

  const statusText = dropped ? 'dropped' : accepted ? 'accepted' : 'to review'
  return (
    <li
      ref={ref}
      id={pointElementId(point.id)}
      className={`review-point cat-${point.category} status-${point.status} ${active ? 'active' : ''}`}
      tabIndex={0}
      aria-label={`${CATEGORY_LABEL[point.category]}, ${statusText}: ${point.text}`}
      aria-keyshortcuts="A D E C S"
      onKeyDown={onKeyDown}
      onMouseEnter={() => onActivate(point.id)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(point.id)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onActivate(null)}
    >
      <div className="point-body">
        {editing ? (
          <div className="point-edit">
            <textarea
              ref={editRef}
              className="textarea user-text"
              dir="auto"
              aria-label="Point text"
              value={draft}
              maxLength={2000}
              rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 60)))}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault()
                  finishEdit(true)
                } else if (e.key === 'Escape') {
                  e.preventDefault()
                  e.stopPropagation()
                  finishEdit(false)
                }
              }}
            />
            <div className="row">
              <button type="button" className="btn btn-primary btn-sm" onClick={() => finishEdit(true)} disabled={!draft.trim()}>
                Save
              </button>
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => finishEdit(false)}>
                Cancel
              </button>
              <span className="subtle">Enter saves · Esc cancels</span>
            </div>
          </div>
        ) : (
          <p className="point-text user-text" dir="auto">
            {point.text}
          </p>
        )}
        {!dropped && (
          <MentionLine
            point={point}
            context={mentionContext}
            onChange={(mention) => onChange(point.id, { mention, status: kept(point) })}
          />
        )}
      </div>
      <div className="point-foot">
        {!editing && (
          <div className="point-actions">
            {dropped ? (
              <button type="button" className="btn btn-sm" onClick={restore}>
                Restore
              </button>
            ) : (
              <>
                <button type="button" className={`btn btn-sm accept-btn ${accepted ? 'on' : ''}`} aria-pressed={accepted} onClick={toggleAccept}>
                  {accepted && <span aria-hidden="true">✓</span>}
                  Accept
                </button>
                <button type="button" className="btn btn-ghost btn-sm" onClick={startEdit}>
                  Edit
                </button>
              </>
            )}
            <select className="select select-sm category-select" aria-label="Category" value={point.category} onChange={(e) => recategorise(e.target.value as KeyPointCategory)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABEL[c]}
                </option>
              ))}
            </select>
            <SpeakerSelect speaker={point.speaker ?? null} people={people} onChange={chooseSpeaker} />
            {!dropped && (
              <button type="button" className="btn btn-ghost btn-sm drop-btn" onClick={drop}>
                Drop
              </button>
            )}
          </div>
        )}
        <div className="point-tags">
          {point.source === 'user' && <span className="badge">Your point</span>}
          {edited && <span className="badge">Edited</span>}
          {detached && (
            <span className="badge badge-warn" title="Its words were removed from the notes; the point is kept.">
              No longer in notes
            </span>
          )}
        </div>
      </div>
    </li>
  )
}

/** Who said the point: one of the process's people, or no one (the extractor may name someone not added yet). */
function SpeakerSelect({ speaker, people, onChange }: { speaker: string | null; people: readonly string[]; onChange(name: string): void }) {
  const names = speaker && !people.includes(speaker) ? [...people, speaker] : people
  return (
    <select
      className="select select-sm speaker-select user-text"
      aria-label="Said by"
      title="Said by"
      value={speaker ?? ''}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">Said by no one</option>
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  )
}
