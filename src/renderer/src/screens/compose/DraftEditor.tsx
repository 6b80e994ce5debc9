import { useId, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import type { Person } from '../../../../shared/model'
import { applyFix } from '../../../../shared/compose/grammar'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { splitPlaceholders } from './draft-text'
import { GrammarTextarea } from './GrammarTextarea'
import type { Composer } from './use-composer'

interface DraftEditorProps {
  composer: Composer
  subjectRef: RefObject<HTMLInputElement | null>
  bodyRef: RefObject<HTMLTextAreaElement | null>
  /** Inputs shown above the subject: the recipient and the situation's details. */
  children?: ReactNode
}

/** Subject and body, editable, with the live count, a regenerate button and a preview. */
export function DraftEditor({ composer, subjectRef, bodyRef, children }: DraftEditorProps) {
  const [preview, setPreview] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const { info, text, length, tabs } = composer
  const countId = useId()
  const panelId = useId()

  const regenerate = () => (composer.edited ? setConfirming(true) : composer.regenerate())
  const isCard = info.channel === 'card'

  const editor = (
    <div className="compose-editor" id={panelId} role={tabs ? 'tabpanel' : undefined} aria-label={tabs ? `Draft for ${composer.person?.name}` : undefined}>
      {children}
      {info.hasSubject && (
        <div className="field">
          <label className="field-label" htmlFor="compose-subject">
            Subject
          </label>
          <input
            id="compose-subject"
            ref={subjectRef}
            className="input user-text"
            dir="auto"
            spellCheck
            value={text.subject}
            onChange={(e) => composer.editText({ subject: e.target.value })}
          />
        </div>
      )}
      <div className="field compose-body-field">
        <div className="compose-body-head">
          <label className="field-label" htmlFor="compose-body">
            {isCard ? 'Card text' : info.channel === 'linkedin' ? 'Connection note' : 'Message'}
          </label>
          <span id={countId} className={`compose-count ${length.over ? 'over' : ''}`} aria-live="polite">
            {length.count} / {length.limit} {length.unit}
            {length.over && ` — ${length.count - length.limit} over`}
          </span>
        </div>
        {preview ? (
          <div className={`compose-preview user-text ${isCard ? 'card-font' : ''}`} dir="auto" aria-label="Preview with placeholders highlighted" tabIndex={0}>
            {info.hasSubject && <p className="compose-preview-subject">{highlight(text.subject)}</p>}
            <div className="pre">{highlight(text.body)}</div>
          </div>
        ) : (
          <GrammarTextarea
            id="compose-body"
            textareaRef={bodyRef}
            className={`textarea compose-body user-text ${isCard ? 'card-font' : ''} ${info.channel === 'linkedin' ? 'compose-body-short' : ''}`}
            dir="auto"
            spellCheck={composer.grammar.status === 'failed'}
            aria-describedby={countId}
            aria-invalid={length.over || undefined}
            value={text.body}
            onValueChange={(body) => composer.editText({ body })}
            problems={composer.grammar.problems}
            onFix={(_, fix) => composer.editText({ body: applyFix(text.body, fix) })}
            onIgnore={composer.grammar.ignore}
          />
        )}
      </div>
      <div className="row wrap compose-editor-tools">
        <button type="button" className="btn btn-sm" onClick={regenerate}>
          Regenerate
        </button>
        <button type="button" className="btn btn-sm" aria-pressed={preview} onClick={() => setPreview((v) => !v)}>
          {preview ? 'Edit' : 'Preview'}
        </button>
        {composer.stale && (
          <span className="subtle" role="status">
            Your edits are kept. Regenerate to use the new recipient, points or details.
          </span>
        )}
        {!composer.stale && composer.edited && <span className="subtle">Edited</span>}
      </div>
      {confirming && (
        <ConfirmDialog title="Discard your edits?" confirmLabel="Regenerate" danger onConfirm={composer.regenerate} onClose={() => setConfirming(false)}>
          <p>A fresh draft replaces the text you changed. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  )

  return (
    <section className="compose-middle" aria-label="Draft">
      {tabs && <RecipientTabs tabs={tabs} composer={composer} panelId={panelId} />}
      {editor}
    </section>
  )
}

function highlight(text: string) {
  return splitPlaceholders(text).map((piece, i) =>
    piece.placeholder ? (
      <mark key={i} className="placeholder-mark">
        {piece.text}
      </mark>
    ) : (
      <span key={i}>{piece.text}</span>
    )
  )
}

/** One tab per interviewer: each gets a draft of their own. Arrow keys move between tabs. */
function RecipientTabs({ tabs, composer, panelId }: { tabs: Person[]; composer: Composer; panelId: string }) {
  const current = composer.person?.id
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === current)
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = tabs[(i + step + tabs.length) % tabs.length]
    composer.setPerson(next.id)
    requestAnimationFrame(() => document.getElementById(`compose-tab-${next.id}`)?.focus())
  }
  return (
    <div className="compose-tabs" role="tablist" aria-label="One draft per interviewer" onKeyDown={onKeyDown}>
      {tabs.map((p) => (
        <button
          key={p.id}
          id={`compose-tab-${p.id}`}
          type="button"
          role="tab"
          aria-selected={p.id === current}
          aria-controls={panelId}
          tabIndex={p.id === current ? 0 : -1}
          className={`compose-tab ${p.id === current ? 'selected' : ''}`}
          onClick={() => composer.setPerson(p.id)}
        >
          <span className="user-text">{p.name}</span>
          {composer.sentPersonIds.has(p.id) && <span className="badge badge-ok">Sent</span>}
          {!p.email && composer.info.channel === 'email' && <span className="subtle">no email</span>}
        </button>
      ))}
    </div>
  )
}
