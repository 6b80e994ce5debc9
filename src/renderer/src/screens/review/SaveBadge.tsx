import type { SaveState } from '../process/use-autosave'

/** "Saving…", "Saved", or what went wrong with a retry: every autosave on the screen shows one. */
export function SaveBadge({ state, onRetry, label }: { state: SaveState; onRetry(): void; label?: string }) {
  if (state.kind === 'error') {
    return (
      <span className="save-state save-state-error" role="alert">
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
    <span className={`save-state ${state.kind === 'saved' ? 'save-state-saved' : ''}`} aria-live="polite">
      {text}
    </span>
  )
}
