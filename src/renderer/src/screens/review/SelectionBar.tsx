import type { KeyPointCategory } from '../../../../shared/model'
import { CATEGORIES, CATEGORY_LABEL } from './categories'
import type { Selection } from './NotesPane'

interface SelectionBarProps {
  selection: Selection | null
  notes: string
  onAdd(category: KeyPointCategory): void
  onClear(): void
  hintId: string
}

/**
 * Always the same height, so selecting words never shifts the notes under the pointer: a hint
 * when nothing is selected, the categories to add the selection to when something is.
 */
export function SelectionBar({ selection, notes, onAdd, onClear, hintId }: SelectionBarProps) {
  const words = selection ? notes.slice(selection.start, selection.end).trim() : ''
  if (!selection || !words) {
    return (
      <p id={hintId} className="selection-bar selection-hint subtle">
        Select words to add them as a point · Alt+1–6 picks the category
      </p>
    )
  }
  return (
    <div id={hintId} className="selection-bar" role="toolbar" aria-label="Add the selected words as a key point">
      <span className="selection-label">
        Add <q className="user-text clamp-1">{words}</q> as
      </span>
      {CATEGORIES.map((c, i) => (
        <button key={c} type="button" className={`btn btn-sm cat-chip-btn cat-${c}`} onClick={() => onAdd(c)} title={`Alt+${i + 1}`}>
          {CATEGORY_LABEL[c]}
        </button>
      ))}
      <button type="button" className="btn btn-ghost btn-sm icon-btn" aria-label="Cancel the selection" onClick={onClear}>
        ✕
      </button>
    </div>
  )
}
