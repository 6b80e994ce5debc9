import { useApp, type Route } from '../store'

interface NoLongerHereProps {
  what?: 'interview' | 'round'
  backTo?: Route
  backLabel?: string
}

/** What a screen shows when the interview (or round) it was opened for was deleted or replaced. */
export function NoLongerHere({ what = 'interview', backTo = { name: 'board' }, backLabel = 'Back to the board' }: NoLongerHereProps) {
  const navigate = useApp((s) => s.navigate)
  return (
    <div className="screen">
      <div className="empty" role="status">
        <h1>{`This ${what} is no longer here`}</h1>
        <p className="muted">It may have been deleted or replaced by an import.</p>
        <p>
          <button type="button" className="btn" onClick={() => navigate(backTo)}>
            {backLabel}
          </button>
        </p>
      </div>
    </div>
  )
}

/** What a screen about one process shows while main sends the whole of it (a moment, once). */
export function StillLoading() {
  return <div className="empty" aria-busy="true" />
}
