import { useState } from 'react'
import { buildMailto, MAILTO_SAFE_LENGTH, mailtoTooLong } from '../../../../shared/export/mailto'
import { buildEml } from '../../../../shared/export/eml'
import type { Process, Settings } from '../../../../shared/model'
import { call, errorMessage } from '../../api'
import { useApp } from '../../store'
import { formatNumber } from '../../locale-format'
import { fileNameFor, htmlBody, plainDraft } from './draft-text'
import type { Composer } from './use-composer'

interface ExportBarProps {
  process: Process
  settings: Settings
  composer: Composer
  onMarkSent(): void
  onLogReply(): void
}

type Notice =
  | { kind: 'too-long'; length: number }
  | { kind: 'error'; message: string }
  | { kind: 'no-opener' }
  // The mail app has the draft now; only the user knows whether it went out.
  | { kind: 'ask-sent' }

/** Every way the draft leaves the app, plus recording that it did. */
export function ExportBar({ process, settings, composer, onMarkSent, onLogReply }: ExportBarProps) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const toast = useApp((s) => s.toast)
  // Read-only data (another window owns it): exporting still works, recording does not.
  const readOnly = useApp((s) => s.info?.readOnly ?? false)
  const { info, text, draft, person } = composer

  const copy = async (label: string, plain: string, html?: string) => {
    try {
      await call('clipboard.write', html ? { text: plain, html } : { text: plain })
      toast(`${label} copied.`, 'success')
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }
  const copyAll = () => copy(info.hasSubject ? 'Subject and message' : 'Text', plainDraft(text.subject, text.body), htmlBody(text.body, text.subject))

  const openInMail = async () => {
    setNotice(null)
    let url: string
    try {
      url = buildMailto({ to: draft.to, subject: text.subject, body: text.body })
    } catch (err) {
      return setNotice({ kind: 'error', message: errorMessage(err) })
    }
    if (mailtoTooLong(url)) return setNotice({ kind: 'too-long', length: url.length })
    try {
      const { opened } = await call('shell.openExternal', { url })
      setNotice(opened ? { kind: 'ask-sent' } : { kind: 'no-opener' })
    } catch (err) {
      setNotice({ kind: 'error', message: errorMessage(err) })
    }
  }

  const saveEml = async () => {
    setNotice(null)
    let content: string
    try {
      content = buildEml({ from: settings.email || undefined, to: draft.to, subject: text.subject, body: text.body })
    } catch (err) {
      return setNotice({ kind: 'error', message: `${errorMessage(err)}. Fix it (in Settings or on the interview page) and try again.` })
    }
    try {
      const result = await call('file.save', { suggestedName: fileNameFor(process.company, info.label, 'eml'), content, kind: 'eml' })
      if (result.saved) toast(`Saved${result.path ? ` to ${result.path}` : ''}. Open it in your mail app to send.`, 'success')
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  const openLinkedIn = async () => {
    if (!person?.linkedin) return
    try {
      await call('shell.openExternal', { url: person.linkedin })
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  return (
    <div className="compose-export" role="toolbar" aria-label="Send or save the draft">
      <div className="row wrap compose-export-actions">
        {info.channel === 'email' && (
          <>
            <button type="button" className="btn btn-primary" onClick={openInMail}>
              Open in mail app
            </button>
            <button type="button" className="btn" onClick={copyAll}>
              Copy
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => copy('Subject', text.subject)}>
              Copy subject
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => copy('Message', text.body, htmlBody(text.body))}>
              Copy body
            </button>
            <button type="button" className="btn" onClick={saveEml}>
              Save .eml
            </button>
          </>
        )}
        {info.channel === 'linkedin' && (
          <>
            <button type="button" className="btn btn-primary" onClick={() => copy('Note', text.body)}>
              Copy note
            </button>
            {person?.linkedin && (
              <button type="button" className="btn" onClick={openLinkedIn}>
                Open {person.name.split(' ')[0]}’s LinkedIn
              </button>
            )}
          </>
        )}
        {info.channel === 'card' && (
          <>
            <button type="button" className="btn btn-primary" onClick={() => window.print()}>
              Print card
            </button>
            <button type="button" className="btn" onClick={() => copy('Card text', text.body)}>
              Copy text
            </button>
          </>
        )}
        <span className="spacer" />
        {readOnly && <span className="subtle">Read-only: sending can't be recorded here.</span>}
        <button type="button" className="btn" disabled={readOnly} onClick={onLogReply}>
          Log a reply
        </button>
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={onMarkSent}>
          Mark as sent
        </button>
      </div>
      {notice?.kind === 'ask-sent' ? (
        !readOnly && (
          <AskSent
            onSent={() => {
              setNotice(null)
              onMarkSent()
            }}
            onNotYet={() => setNotice(null)}
          />
        )
      ) : (
        notice && <ExportNotice notice={notice} onCopy={copyAll} onSaveEml={saveEml} onDismiss={() => setNotice(null)} />
      )}
    </div>
  )
}

/** A question beside the bar, not a dialog: the user may still be in their mail app. */
function AskSent({ onSent, onNotYet }: { onSent(): void; onNotYet(): void }) {
  return (
    <div className="compose-notice compose-ask-sent" role="status">
      <p>Did you send it?</p>
      <div className="row wrap">
        <button type="button" className="btn btn-sm btn-primary" onClick={onSent}>
          Mark as sent
        </button>
        <button type="button" className="btn btn-sm" onClick={onNotYet}>
          Not yet
        </button>
      </div>
    </div>
  )
}

function ExportNotice({ notice, onCopy, onSaveEml, onDismiss }: { notice: Exclude<Notice, { kind: 'ask-sent' }>; onCopy(): void; onSaveEml(): void; onDismiss(): void }) {
  return (
    <div className={`compose-notice ${notice.kind === 'error' ? 'error' : ''}`} role="alert">
      {notice.kind === 'too-long' && (
        <p>
          This message is too long to hand to your mail app as a link ({formatNumber(notice.length)} characters; mail apps drop links over{' '}
          {formatNumber(MAILTO_SAFE_LENGTH)} without a word). Copy it, or save it as an .eml draft instead.
        </p>
      )}
      {notice.kind === 'no-opener' && <p>Your system did not open a mail app. Copy the message, or save it as an .eml draft instead.</p>}
      {notice.kind === 'error' && <p className="user-text">Could not prepare the email: {notice.message}</p>}
      <div className="row wrap">
        {notice.kind !== 'error' && (
          <>
            <button type="button" className="btn btn-sm" onClick={onCopy}>
              Copy instead
            </button>
            <button type="button" className="btn btn-sm" onClick={onSaveEml}>
              Save .eml instead
            </button>
          </>
        )}
        <button type="button" className="btn btn-sm btn-ghost" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
