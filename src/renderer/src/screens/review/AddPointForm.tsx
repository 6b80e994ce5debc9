import { useState } from 'react'
import type { KeyPointCategory } from '../../../../shared/model'
import { CATEGORIES, CATEGORY_LABEL } from './categories'

/** A point of the user's own, in a category they pick: not everything said is in the notes. */
export function AddPointForm({ onAdd }: { onAdd(category: KeyPointCategory, text: string): void }) {
  const [open, setOpen] = useState(false)
  const [category, setCategory] = useState<KeyPointCategory>('topic')
  const [text, setText] = useState('')

  if (!open) {
    return (
      <button type="button" className="btn btn-sm add-point-btn" onClick={() => setOpen(true)}>
        + Add point
      </button>
    )
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return
    onAdd(category, text.trim())
    setText('')
    setOpen(false)
  }
  return (
    <form className="add-point" onSubmit={submit} aria-label="Add a point">
      <select className="select select-sm" aria-label="Category of the new point" value={category} onChange={(e) => setCategory(e.target.value as KeyPointCategory)}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABEL[c]}
          </option>
        ))}
      </select>
      <input
        className="input user-text"
        dir="auto"
        aria-label="New point"
        placeholder="e.g. Send the churn analysis deck"
        maxLength={2000}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      />
      <button type="submit" className="btn btn-primary btn-sm" disabled={!text.trim()}>
        Add
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  )
}
