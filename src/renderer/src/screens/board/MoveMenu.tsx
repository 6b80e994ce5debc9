import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/model'

interface MoveMenuProps {
  /** Whose menu this is: a long column can hand the card to another process, which closes it. */
  owner: string
  current: Stage
  /** Used in the button's accessible name: "Move Acme to…". */
  subject: string
  disabled?: boolean
  onMove(stage: Stage): void
}

const MENU_WIDTH = 184
const ITEM_HEIGHT = 32

/**
 * The keyboard and pointer alternative to dragging: a menu button listing the other columns.
 * The menu is portalled out of the card so a column's scrolling never clips it.
 */
export function MoveMenu({ owner, current, subject, disabled, onMove }: MoveMenuProps) {
  // Open for one owner: a card handed to another process closes its menu. Only an open menu
  // needs its state reset for that; resetting it in every card a keystroke hands over (dozens)
  // rendered each of them twice.
  const [openFor, setOpenFor] = useState<string | null>(null)
  if (openFor !== null && openFor !== owner) setOpenFor(null)
  const open = openFor === owner
  const setOpen = (next: boolean) => setOpenFor(next ? owner : null)
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const targets = STAGES.filter((s) => s !== current)

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) return
    const r = buttonRef.current.getBoundingClientRect()
    const height = targets.length * ITEM_HEIGHT + 44
    const below = r.bottom + 4 + height <= window.innerHeight
    setPos({
      top: below ? r.bottom + 4 : Math.max(8, r.top - 4 - height),
      left: Math.max(8, Math.min(r.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8))
    })
  }, [open, targets.length])

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpenFor(null)
    }
    const onScrollOrResize = () => setOpenFor(null)
    document.addEventListener('pointerdown', onPointer, true)
    window.addEventListener('resize', onScrollOrResize)
    document.addEventListener('scroll', onScrollOrResize, true)
    return () => {
      document.removeEventListener('pointerdown', onPointer, true)
      window.removeEventListener('resize', onScrollOrResize)
      document.removeEventListener('scroll', onScrollOrResize, true)
    }
  }, [open, pos])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const onMenuKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const i = items.indexOf(document.activeElement as HTMLElement)
    const focus = (n: number) => items[(n + items.length) % items.length]?.focus()
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        focus(i + 1)
        break
      case 'ArrowUp':
        e.preventDefault()
        focus(i - 1)
        break
      case 'Home':
        e.preventDefault()
        focus(0)
        break
      case 'End':
        e.preventDefault()
        focus(items.length - 1)
        break
      case 'Escape':
        e.preventDefault()
        e.stopPropagation()
        close(true)
        break
      case 'Tab':
        close(false)
        break
    }
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost icon-btn board-card-menu"
        aria-label={`Move ${subject} to…`}
        title="Move to…"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open &&
        createPortal(
          <div
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label="Move to column"
            className="move-menu"
            style={{ top: pos?.top ?? -9999, left: pos?.left ?? -9999, width: MENU_WIDTH }}
            onKeyDown={onMenuKeyDown}
          >
            <div className="move-menu-title" aria-hidden="true">
              Move to…
            </div>
            {targets.map((stage) => (
              <button
                key={stage}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="move-menu-item"
                onClick={() => {
                  close(true)
                  onMove(stage)
                }}
              >
                <span className={`stage-dot stage-dot-${stage}`} aria-hidden="true" />
                {STAGE_LABELS[stage]}
              </button>
            ))}
          </div>,
          // Inside <main> (a fixed position still escapes the columns' scrolling), so the menu
          // stays within the page's landmarks for screen readers.
          buttonRef.current?.closest('main') ?? document.body
        )}
    </>
  )
}
