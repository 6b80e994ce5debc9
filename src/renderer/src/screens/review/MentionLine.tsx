import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { mentionFor, pointMention, type MentionContext } from '../../../../shared/compose'
import type { ReviewPoint } from '../../../../shared/model'
import './mention.css'

// A point's mention: the short phrase drafts use for it. The generated one is shown until the
// user writes their own, which is stored on the point and wins; a point that cannot be said well
// is marked as not used in drafts, with the reason, and the user can still give it words.

interface MentionLineProps {
  point: Pick<ReviewPoint, 'category' | 'text' | 'speaker' | 'mention'>
  context: MentionContext
  /** Their own wording, or undefined to go back to the generated one. */
  onChange(mention: string | undefined): void
}

export const MENTION_MAX = 300

export function useMention(point: MentionLineProps['point'], context: MentionContext) {
  const { category, text, speaker, mention } = point
  return useMemo(() => {
    const generated = mentionFor({ category, text, speaker }, context)
    return { generated, shown: pointMention({ category, text, speaker, mention }, context) }
  }, [category, text, speaker, mention, context])
}

export function MentionLine({ point, context, onChange }: MentionLineProps) {
  const { generated, shown } = useMention(point, context)
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const editRef = useRef<HTMLButtonElement>(null)
  const labelId = useId()
  const hintId = useId()
  const open = useRef(false)
  const own = point.mention !== undefined && point.mention.trim() !== ''

  useEffect(() => {
    if (editing) inputRef.current?.select()
  }, [editing])

  const start = () => {
    setDraft(shown.text ?? '')
    open.current = true
    setEditing(true)
  }
  const finish = (save: boolean) => {
    // Enter or Escape closes the field, and the blur that follows must not save again.
    if (!open.current) return
    open.current = false
    if (save) {
      const words = draft.replace(/\s+/g, ' ').trim()
      // Saving the generated words unchanged keeps following the notes.
      const next = !words || (generated.usable && words === generated.text) ? undefined : words
      if (next !== point.mention) onChange(next)
    }
    setEditing(false)
    setTimeout(() => editRef.current?.focus(), 0)
  }

  if (editing) {
    return (
      <div className="mention-line editing">
        <span id={labelId} className="mention-label">
          In drafts
        </span>
        <input
          ref={inputRef}
          className="input input-sm user-text mention-input"
          dir="auto"
          aria-labelledby={labelId}
          aria-describedby={hintId}
          maxLength={MENTION_MAX}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              finish(true)
            } else if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              finish(false)
            }
          }}
          onBlur={() => finish(true)}
        />
        <span id={hintId} className="subtle mention-hint">
          Enter saves · Esc cancels · empty uses the suggested words
        </span>
      </div>
    )
  }

  return (
    <div className={`mention-line ${shown.usable ? '' : 'unused'}`}>
      <span className="mention-label">In drafts</span>
      {shown.usable ? (
        <span className="mention-text user-text" dir="auto">
          “{shown.text}”
        </span>
      ) : (
        <span className="mention-unused">
          <span className="badge badge-warn">Not used in drafts</span> <span className="subtle">{shown.reason}</span>
        </span>
      )}
      {own && <span className="badge">Your words</span>}
      <button
        ref={editRef}
        type="button"
        className="btn btn-ghost btn-sm mention-btn mention-edit"
        onClick={start}
        aria-label={`${shown.usable ? 'Reword' : 'Write words'} for drafts: ${point.text}`}
      >
        {shown.usable ? 'Reword' : 'Write words'}
      </button>
      {own && (
        <button type="button" className="btn btn-ghost btn-sm mention-btn" onClick={() => onChange(undefined)}>
          Use suggested
        </button>
      )}
    </div>
  )
}
