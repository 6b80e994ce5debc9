import { InvitePreview } from './InvitePreview'
import { ReplyPreview } from './ReplyPreview'
import { useImport } from './import-store'
import './import.css'

/** The preview of what was dropped, pasted or picked, wherever it came from. */
export function ImportHost() {
  const pending = useImport((s) => s.pending)
  const close = useImport((s) => s.close)
  if (!pending) return null
  const onClose = () => close(pending.id)
  // Keyed by the import: a new one starts a fresh preview, never one half-filled by the last.
  return pending.kind === 'invite' ? (
    <InvitePreview key={pending.id} invite={pending.invite} droppedOn={pending.processId} onClose={onClose} />
  ) : (
    <ReplyPreview key={pending.id} reply={pending.reply} droppedOn={pending.processId} onClose={onClose} />
  )
}
