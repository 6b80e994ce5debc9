import { useEffect, useId, useRef, useState } from 'react'
import type { IsoDate } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import { snoozeChoices } from './plan-dates'

const MENU_WIDTH = 264

interface SnoozeMenuProps {
  today: IsoDate
  disabled?: boolean
  /** Read after "Snooze" by screen readers: which step it puts off. */
  context?: string
  onSnooze(date: IsoDate): void
}

/** "Snooze ▾": 1 day, 3 days or next week, each showing the day the reminder comes back. */
export function SnoozeMenu({ today, disabled, context, onSnooze }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false)
  // Near the right edge of the window (the detail's side panel) the menu opens leftwards.
  const [alignEnd, setAlignEnd] = useState(false)
  const menuId = useId()
  const wrapRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    wrapRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onDown = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!open) return
    const items = [...(wrapRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') {
      e.stopPropagation()
      close(true)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      items[(at + step + items.length) % items.length]?.focus()
    } else if (e.key === 'Tab') {
      setOpen(false)
    }
  }

  return (
    <div className="snooze" ref={wrapRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => {
          const left = buttonRef.current?.getBoundingClientRect().left ?? 0
          setAlignEnd(left + MENU_WIDTH + 16 > window.innerWidth)
          setOpen((o) => !o)
        }}
      >
        Snooze{context && <span className="visually-hidden">: {context}</span>} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className={`snooze-menu ${alignEnd ? 'snooze-menu-end' : ''}`} style={{ width: MENU_WIDTH }} role="menu" id={menuId} aria-label="Snooze until">
          {snoozeChoices(today).map((c) => (
            <button
              key={c.id}
              type="button"
              role="menuitem"
              className="snooze-item"
              onClick={() => {
                close(true)
                onSnooze(c.date)
              }}
            >
              <span>{c.label}</span>
              <span className="subtle">{formatLongDate(c.date)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
