import { InvitePreview } from './InvitePreview'
import { ReplyPreview } from './ReplyPreview'
import { useImport } from './import-store'
import './import.css'

/** The preview of what was dropped, pasted or picked, wherever it came from. */
export function ImportHost() {
  const pending = useImport((s) => s.pending)
  const close = useImport((s) => s.close)
  if (!pending) return null
  return pending.kind === 'invite' ? (
    <InvitePreview invite={pending.invite} droppedOn={pending.processId} onClose={close} />
  ) : (
    <ReplyPreview reply={pending.reply} droppedOn={pending.processId} onClose={close} />
  )
}
