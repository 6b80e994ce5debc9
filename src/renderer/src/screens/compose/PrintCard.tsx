import { createPortal } from 'react-dom'

/**
 * The handwritten card as it prints: rendered straight into <body> so the print stylesheet can
 * hide the whole app and show only this. Invisible on screen.
 */
export function PrintCard({ body }: { body: string }) {
  return createPortal(
    <div className="print-card" aria-hidden="true">
      <div className="print-card-text user-text" dir="auto">
        {body}
      </div>
    </div>,
    document.body
  )
}
