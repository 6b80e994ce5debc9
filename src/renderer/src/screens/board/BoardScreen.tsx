import { useCallback, useEffect, useState } from 'react'
import type { Outcome, Stage } from '../../../../shared/model'
import { useApp } from '../../store'
import { BoardColumns } from './BoardColumns'
import { BoardToolbar } from './BoardToolbar'
import { CloseOutcomeDialog } from './CloseOutcomeDialog'
import { CreateProcessDialog } from './CreateProcessDialog'
import { EmptyBoard } from './EmptyBoard'
import { moveProcess } from './move-process'
import { useBoardColumns } from './use-board-columns'
import { useNoteSearch } from './use-note-search'
import { useImportDrop } from '../import/use-import-drop'
import './board.css'

/** The pipeline board (docs/design.md "Screens"): every interview process as a card in its stage's column. */
export function BoardScreen() {
  const count = useApp((s) => processCount(s.processes))
  const readOnly = useApp((s) => s.info?.readOnly ?? false)
  const [creating, setCreating] = useState(false)
  // An invite or an email dropped or pasted on the board goes to the process it fits.
  const drop = useImportDrop(null)
  const [closingId, setClosingId] = useState<string | null>(null)
  const closingCompany = useApp((s) => (closingId ? (s.processes[closingId]?.company ?? '') : ''))

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'n') return
      e.preventDefault()
      if (!readOnly && !document.querySelector('[role="dialog"]')) setCreating(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [readOnly])

  // The app menu's File › New process (see app-commands.ts).
  const newProcessRequested = useApp((s) => s.newProcessRequested)
  useEffect(() => {
    if (!newProcessRequested) return
    useApp.getState().clearNewProcessRequest()
    if (!readOnly && !document.querySelector('[role="dialog"]')) setCreating(true)
  }, [newProcessRequested, readOnly])

  const onOpen = useCallback((id: string) => useApp.getState().navigate({ name: 'process', id }), [])
  const onMove = useCallback((id: string, stage: Stage) => {
    if (stage === 'closed') setClosingId(id)
    else move(id, stage)
  }, [])
  const openCreate = useCallback(() => setCreating(true), [])

  const dialogs = (
    <>
      {creating && (
        <CreateProcessDialog
          onClose={() => setCreating(false)}
          onCreated={(p) => {
            setCreating(false)
            useApp.getState().navigate({ name: 'process', id: p.id })
          }}
        />
      )}
      {closingId && (
        <CloseOutcomeDialog
          company={closingCompany}
          onCancel={() => setClosingId(null)}
          onConfirm={(outcome) => {
            setClosingId(null)
            move(closingId, 'closed', outcome)
          }}
        />
      )}
    </>
  )

  if (count === 0) {
    return (
      <div {...drop} className={`screen board-screen ${drop.className}`}>
        <EmptyBoard readOnly={readOnly} onAdd={openCreate} />
        {dialogs}
      </div>
    )
  }

  return (
    <div {...drop} className={`screen board-screen ${drop.className}`}>
      <header className="screen-header board-header">
        <h1>Pipeline</h1>
        <span className="subtle">
          {count.toLocaleString('en-US')} {count === 1 ? 'process' : 'processes'}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          onClick={openCreate}
          disabled={readOnly}
          title="New process (Ctrl+N)"
          aria-keyshortcuts="Control+N Meta+N"
        >
          <span aria-hidden="true">+</span> New process
        </button>
      </header>
      <BoardToolbar />
      <BoardBody readOnly={readOnly} onOpen={onOpen} onMove={onMove} />
      {dialogs}
    </div>
  )
}

interface BodyProps {
  readOnly: boolean
  onOpen(id: string): void
  onMove(id: string, stage: Stage): void
}

function BoardBody({ readOnly, onOpen, onMove }: BodyProps) {
  const view = useBoardColumns()
  const searchingNotes = useNoteSearch()
  const clear = () => {
    const { setQuery, setFilters } = useApp.getState()
    setQuery('')
    setFilters({ stages: [], dueOnly: false })
  }
  return (
    // data-query tells tests and the benchmark which query the columns on screen reflect.
    <div className="board-body" data-query={view.appliedQuery}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {view.filtering ? `${view.shown} of ${view.total} processes shown` : ''}
      </p>
      {view.filtering && view.shown === 0 && searchingNotes ? (
        <div className="board-no-matches panel" aria-busy="true">
          <p className="muted">Searching your notes…</p>
        </div>
      ) : view.filtering && view.shown === 0 ? (
        <div className="board-no-matches panel" role="note">
          <h2>No matches</h2>
          <p className="muted user-text">
            {noMatchText(view.appliedQuery.trim(), view.filteringBeyondQuery)}
          </p>
          <button type="button" className="btn" onClick={clear}>
            Clear search and filters
          </button>
        </div>
      ) : (
        <BoardColumns
          stages={view.stages}
          columns={view.columns}
          totals={view.totals}
          readOnly={readOnly}
          onOpen={onOpen}
          onMove={onMove}
        />
      )}
    </div>
  )
}

// The store calls every selector on every change, a search keystroke included: counting 5,000
// keys each time would cost more than the rest of the keystroke, so count once per data change.
let counted: { processes: object; count: number } | null = null
function processCount(processes: Record<string, unknown>): number {
  if (counted?.processes !== processes) counted = { processes, count: Object.keys(processes).length }
  return counted.count
}

/**
 * Moves a card and keeps the keyboard focus on it: it now lives in another column, so the
 * element that had focus (the card or its menu) is gone.
 */
function move(id: string, stage: Stage, outcome?: Outcome): void {
  void moveProcess(id, stage, outcome)
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (active && active !== document.body && active.isConnected && !active.closest('.board-card')) return
    document.querySelector<HTMLElement>(`.board-card[data-card-id="${id}"] .board-card-open`)?.focus()
  })
}

function noMatchText(query: string, otherFilters: boolean): string {
  if (!query) return 'No process fits these filters.'
  const what = `Nothing in company, role, people, rounds or notes matches “${clip(query)}”`
  return otherFilters ? `${what} with these filters.` : `${what}.`
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s)
