import { useMemo, useState } from 'react'
import {
  checkDraft,
  composeDraft,
  draftLength,
  draftMentions,
  recipientsFor,
  situationForDueStep,
  situationInfo,
  type Check,
  type ComposeExtra,
  type Draft,
  type DraftLength,
  type DraftMention,
  type Situation,
  type SituationInfo
} from '../../../../shared/compose'
import { latestRound, type Person, type Process, type ReviewPoint, type Round, type Settings } from '../../../../shared/model'
import { planForProcess, type ProcessPlan } from '../../../../shared/plan/process-plan'
import { planNow } from '../../plan-now'
import { checkGrammar } from '../../../../shared/compose/grammar'
import { changeProcess } from '../../store/actions'
import { insertBeforeClosing, sentenceToAdd } from './add-point'
import { isFollowUpStep, routeSituation } from './situation-groups'
import { useGrammar, type Grammar } from './use-grammar'
import { useOwnWords } from './use-own-words'

// The composer's state: which situation, round, recipient and key points the draft is built
// from, and the user's own edits. An unedited draft follows its inputs live; once the user types,
// their text is kept (per situation, and per interviewer for thank-yous) until they regenerate.

export interface ComposerRoute {
  situation?: string
  step?: string
  personId?: string
}

export interface DraftText {
  subject: string
  body: string
}

interface Edit extends DraftText {
  /** The generated text the edit started from: when it changes, the inputs moved on. */
  base: DraftText
}

export interface Composer {
  info: SituationInfo
  situation: Situation
  round: Round | null
  /** The accepted key points of the round, and which of them the draft uses. */
  accepted: ReviewPoint[]
  usedPointIds: ReadonlySet<string>
  /** One tab per interviewer when a thank-you goes to several people. */
  tabs: Person[] | null
  person: Person | null
  /** Everyone the draft could go to, for the recipient picker. */
  people: Person[]
  extra: ComposeExtra
  draft: Draft
  text: DraftText
  edited: boolean
  /** The user edited, and since then the inputs (recipient, points, details) changed. */
  stale: boolean
  checks: Check[]
  /** Grammar and spelling of the body, from the offline checker (loads after the first paint). */
  grammar: Grammar
  length: DraftLength
  plan: ProcessPlan | null
  /** The due date of the plan step this situation fulfils. */
  stepDue: string | null
  /** Recipients already marked sent in this visit (thank-yous, one per interviewer). */
  sentPersonIds: ReadonlySet<string>
  setSituation(s: Situation): void
  setRound(id: string): void
  setPerson(id: string | null): void
  togglePoint(id: string): void
  setExtra(patch: Partial<ComposeExtra>): void
  editText(patch: Partial<DraftText>): void
  regenerate(): void
  markPersonSent(id: string): void
  /** Accepted, checked points with a usable mention that the current text leaves out. */
  leftOut: DraftMention[]
  /** Put a left-out point into the draft: its sentence, before the sign-off. */
  addPoint(id: string): void
  /** Store the user's own words for a point (undefined: back to the generated ones). */
  setMention(id: string, mention: string | undefined): void
}

function safePlan(process: Process, settings: Settings, today: string): ProcessPlan | null {
  try {
    return planForProcess(process, settings, planNow(today))
  } catch {
    // An unknown holiday country must not take the composer down; the checks just lose "too soon".
    return null
  }
}

/** Where the composer opens: the route's situation or step, else the plan's due step. */
export function initialSituation(process: Process, route: ComposerRoute, plan: ProcessPlan | null): Situation {
  const asked = route.situation ?? route.step
  // A step name (from a plan action) picks the right variant: the panel thank-you for a long round.
  if (isFollowUpStep(asked)) return situationForDueStep(process, asked)
  const named = routeSituation(asked)
  if (named) return named
  const next = plan?.next?.kind
  if (isFollowUpStep(next)) return situationForDueStep(process, next)
  return process.messages.some((m) => m.direction === 'sent') ? 'additional-info' : 'thank-you'
}

const same = (a: DraftText, b: DraftText) => a.subject === b.subject && a.body === b.body

export function useComposer(process: Process, settings: Settings, today: string, route: ComposerRoute): Composer {
  const plan = useMemo(() => safePlan(process, settings, today), [process, settings, today])
  const [situation, setSituation] = useState<Situation>(() => initialSituation(process, route, plan))
  const [roundId, setRoundId] = useState<string | null>(null)
  const [chosenPerson, setChosenPerson] = useState<string | null>(route.personId ?? null)
  const [droppedPoints, setDroppedPoints] = useState<ReadonlySet<string>>(new Set())
  const [extra, setExtraState] = useState<ComposeExtra>({})
  const [edits, setEdits] = useState<Record<string, Edit>>({})
  const [sentPersonIds, setSent] = useState<ReadonlySet<string>>(new Set())

  const info = situationInfo(situation)
  const round = (roundId && process.rounds.find((r) => r.id === roundId)) || latestRound(process)
  const accepted = useMemo(() => (round?.points ?? []).filter((p) => p.status === 'accepted'), [round])
  const recipients = useMemo(() => recipientsFor(process, situation, round?.id), [process, situation, round])
  const tabs = info.recipient === 'interviewer' && recipients.length > 1 ? recipients : null
  const byId = (id: string | null) => (id ? process.people.find((p) => p.id === id) ?? null : null)
  const person = tabs ? (tabs.find((p) => p.id === chosenPerson) ?? tabs[0]) : (byId(chosenPerson) ?? recipients[0] ?? null)
  // Edits belong to the situation; with tabs, to each interviewer's own draft.
  const key = tabs ? `${situation}|${person?.id ?? ''}` : situation

  const keyPoints = useMemo(
    () =>
      accepted
        .filter((p) => !droppedPoints.has(p.id))
        .map((p) => ({ id: p.id, category: p.category, text: p.text, speaker: p.speaker ?? null, mention: p.mention })),
    [accepted, droppedPoints]
  )
  const draft = useMemo(
    () =>
      composeDraft({ process, settings, situation, personId: person?.id ?? null, roundId: round?.id ?? null, keyPoints, extra, today }),
    [process, settings, situation, person, round, keyPoints, extra, today]
  )
  const generated = { subject: draft.subject, body: draft.body }
  const edit = edits[key]
  const text = edit ? { subject: edit.subject, body: edit.body } : generated
  const edited = !!edit && !same(edit, generated)
  const stale = edited && !same(edit.base, generated)
  const pointUses = draft.pointUses
  // Phrasing the points is the slow part: once per change of points, not per keystroke.
  const mentions = useMemo(
    () => draftMentions(keyPoints, { company: process.company, people: process.people.map((p) => p.name) }),
    [keyPoints, process.company, process.people]
  )
  const leftOut = useMemo(() => {
    // The generated text uses exactly what the draft says; once edited, what the text still holds.
    const used = new Set(edited ? [] : pointUses.map((u) => u.id))
    const body = text.body.toLowerCase()
    return mentions.filter((m) => !used.has(m.id) && !body.includes(m.text.toLowerCase()))
  }, [mentions, pointUses, edited, text.body])

  const stepDue = (info.step && plan?.steps.find((s) => s.kind === info.step)?.due) || null
  const checks = useMemo(
    () =>
      checkDraft({ subject: text.subject, body: text.body }, {
        process,
        settings,
        situation,
        personId: person?.id ?? null,
        roundId: round?.id ?? null,
        extra,
        today,
        plan: { due: stepDue }
      }),
    // The text object is rebuilt each render; its two strings are what matter.
    [text.subject, text.body, process, settings, situation, person, round, extra, today, stepDue]
  )
  const length = draftLength(text, situation, settings)
  const grammar = useGrammar(text.body, useOwnWords(process, settings, round))
  const grammarCheck = checkGrammar(grammar.status, grammar.problems)

  return {
    info,
    situation,
    round,
    accepted,
    usedPointIds: new Set(accepted.filter((p) => !droppedPoints.has(p.id)).map((p) => p.id)),
    tabs,
    person,
    people: process.people,
    extra,
    draft: { ...draft, ...text },
    text,
    edited,
    stale,
    checks: grammarCheck ? [...checks, grammarCheck] : checks,
    grammar,
    length,
    plan,
    stepDue,
    sentPersonIds,
    setSituation,
    setRound: setRoundId,
    setPerson: setChosenPerson,
    togglePoint: (id) =>
      setDroppedPoints((prev) => {
        const next = new Set(prev)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      }),
    setExtra: (patch) => setExtraState((prev) => ({ ...prev, ...patch })),
    editText: (patch) => setEdits((prev) => ({ ...prev, [key]: { ...(prev[key] ?? { ...text, base: generated }), ...patch } })),
    regenerate: () =>
      setEdits((prev) => {
        const next = { ...prev }
        delete next[key]
        return next
      }),
    markPersonSent: (id) => setSent((prev) => new Set(prev).add(id)),
    leftOut,
    addPoint: (id) => {
      const m = leftOut.find((x) => x.id === id)
      if (!m) return
      const body = insertBeforeClosing(text.body, sentenceToAdd(m, person, process.people))
      setEdits((prev) => ({ ...prev, [key]: { ...(prev[key] ?? { ...text, base: generated }), body } }))
    },
    setMention: (id, mention) => {
      if (!round) return
      const points = round.points.map((p) => (p.id === id ? { ...p, mention } : p))
      void changeProcess('review.save', { processId: process.id, roundId: round.id, points }).catch(() => undefined)
    }
  }
}
