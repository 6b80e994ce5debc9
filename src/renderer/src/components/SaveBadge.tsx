import type { SaveState } from '../screens/process/use-autosave'

/**
 * "Saving…", "Saved", or what went wrong with a retry: every autosave shows one. `id` lets the
 * field it speaks for point at it with aria-describedby.
 */
export function SaveBadge({ id, state, onRetry, label }: { id?: string; state: SaveState; onRetry(): void; label?: string }) {
  if (state.kind === 'error') {
    return (
      <span id={id} className="save-state save-state-error" role="alert">
        <span className="user-text">
          {label ? `${label} not saved` : 'Not saved'}: {state.message}
        </span>
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          Retry
        </button>
      </span>
    )
  }
  const text = state.kind === 'pending' || state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : ''
  return (
    <span id={id} className={`save-state ${state.kind === 'saved' ? 'save-state-saved' : ''}`} aria-live="polite">
      {text}
    </span>
  )
}
