import { useCallback, useEffect, useRef, useState } from 'react'
import { extractKeyPoints, type Extraction } from '../../../../shared/extract/index'
import type { ReviewPoint, Round } from '../../../../shared/model'
import { mergePoints, pointsToSave } from '../../../../shared/review/merge-points'
import { call, errorMessage } from '../../api'
import { changeProcess } from '../../store/actions'
import { useAutosave, type SaveState } from '../process/use-autosave'

/** How long typing pauses before the notes are read again (extraction takes a few ms). */
export const EXTRACT_DELAY = 150
export const NOTES_SAVE_DELAY = 600
export const POINTS_SAVE_DELAY = 250

export interface ReviewState {
  /** The notes as last extracted (lags typing by EXTRACT_DELAY). */
  notes: string
  extraction: Extraction
  points: ReviewPoint[]
}

export interface Review {
  load: 'loading' | 'ready' | { error: string }
  state: ReviewState | null
  notesSave: SaveState
  pointsSave: SaveState
  /** The textarea's text changed: save it (debounced) and extract again (debounced). */
  typed(text: string): void
  /** Extract and save right away (blur, switching to the highlighted view). */
  settle(text: string): void
  /** The latest text typed, which may be newer than `state.notes`. */
  latestText(): string
  /** The state as of now, including changes not rendered yet. */
  current(): ReviewState | null
  updatePoint(id: string, change: Partial<ReviewPoint>): void
  addPoint(point: Omit<ReviewPoint, 'id'>): string
  updateAll(change: (p: ReviewPoint) => ReviewPoint): void
  retrySaves(): void
}

let counter = 0
export const newPointId = () => `p${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`

const empty: Extraction = { points: [], decisionBy: null, people: [] }

function extract(notes: string, interviewDate: string, people: string[]): Extraction {
  try {
    return extractKeyPoints(notes, { interviewDate, people })
  } catch {
    // A bug in a rule must not take the notes away from the user; they can still add points.
    return empty
  }
}

/**
 * The review of one round: its notes (loaded once, saved debounced), the live extraction, and
 * the points merged with the user's choices, which are saved whenever they change.
 */
/** `people`: names already on the process, so a point's speaker is found among them too. */
export function useReview(processId: string, round: Round, people: string[] = []): Review {
  const [load, setLoad] = useState<Review['load']>('loading')
  const [state, setState] = useState<ReviewState | null>(null)
  const stateRef = useRef<ReviewState | null>(null)
  const latest = useRef('')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const savedPoints = useRef(JSON.stringify(pointsToSave(round.points)))
  const interviewDate = round.date
  const roundId = round.id
  // Read at each extraction: adding a person must not reload the notes.
  const peopleRef = useRef(people)
  peopleRef.current = people

  const notesAutosave = useAutosave((text) => call('notes.save', { processId, roundId, text }), NOTES_SAVE_DELAY)
  const { change: saveNotesLater, flush: flushNotes } = notesAutosave
  const pointsAutosave = useAutosave<ReviewPoint[]>(
    (points) => changeProcess('review.save', { processId, roundId, points }),
    POINTS_SAVE_DELAY
  )

  const commit = useCallback((next: ReviewState) => {
    stateRef.current = next
    setState(next)
    // The serialised form only tells whether anything worth saving changed; the points
    // themselves go to the save.
    const toSave = pointsToSave(next.points)
    const key = JSON.stringify(toSave)
    if (key !== savedPoints.current) {
      savedPoints.current = key
      pointsAutosave.change(toSave)
    }
    // pointsAutosave.change is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    let live = true
    call('notes.get', { processId, roundId }).then(
      ({ text }) => {
        if (!live) return
        latest.current = text
        const extraction = extract(text, interviewDate, peopleRef.current)
        const points = mergePoints({ previous: round.points, previousNotes: null, notes: text, extracted: extraction.points, newId: newPointId })
        commit({ notes: text, extraction, points })
        setLoad('ready')
      },
      (err) => live && setLoad({ error: errorMessage(err) })
    )
    return () => {
      live = false
      if (timer.current) clearTimeout(timer.current)
    }
    // Loaded once per round (the screen is keyed by round).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processId, roundId])

  const reextract = useCallback(
    (text: string) => {
      const prev = stateRef.current
      if (!prev || prev.notes === text) return
      const extraction = extract(text, interviewDate, peopleRef.current)
      const points = mergePoints({ previous: prev.points, previousNotes: prev.notes, notes: text, extracted: extraction.points, newId: newPointId })
      commit({ notes: text, extraction, points })
    },
    [interviewDate, commit]
  )

  const typed = useCallback(
    (text: string) => {
      latest.current = text
      saveNotesLater(text)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => reextract(text), EXTRACT_DELAY)
    },
    [saveNotesLater, reextract]
  )

  const settle = useCallback(
    (text: string) => {
      if (timer.current) clearTimeout(timer.current)
      reextract(text)
      void flushNotes()
    },
    [flushNotes, reextract]
  )

  const updateAll = useCallback(
    (change: (p: ReviewPoint) => ReviewPoint) => {
      const prev = stateRef.current
      if (prev) commit({ ...prev, points: prev.points.map(change) })
    },
    [commit]
  )

  const updatePoint = useCallback(
    (id: string, change: Partial<ReviewPoint>) => updateAll((p) => (p.id === id ? { ...p, ...change } : p)),
    [updateAll]
  )

  const addPoint = useCallback(
    (point: Omit<ReviewPoint, 'id'>) => {
      const id = newPointId()
      const prev = stateRef.current
      if (prev) {
        const points = [...prev.points, { ...point, id }].sort(
          (a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.end ?? 0) - (b.end ?? 0)
        )
        commit({ ...prev, points })
      }
      return id
    },
    [commit]
  )

  return {
    load,
    state,
    notesSave: notesAutosave.state,
    pointsSave: pointsAutosave.state,
    typed,
    settle,
    latestText: () => latest.current,
    current: () => stateRef.current,
    updatePoint,
    addPoint,
    updateAll,
    retrySaves: () => {
      void flushNotes()
      void pointsAutosave.flush()
    }
  }
}
