// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { BoardScreen } from '../../../src/renderer/src/screens/board/BoardScreen'
import { installBridge, process, round, seedStore } from './fake-bridge'

afterEach(cleanup)

// jsdom has no layout, so contrast cannot be judged here (the e2e screenshots cover the look).
const check = async () => {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('Board accessibility (axe)', () => {
  it('has no violations on the board, its move menu and the dialogs', async () => {
    installBridge({})
    seedStore([
      process('Northwind', { stage: 'waiting', rounds: [round('2026-07-01', 'Hiring manager')] }),
      process('Umbrella', { stage: 'closed', outcome: 'rejected', rounds: [round('2026-06-01')] })
    ])
    const user = userEvent.setup()
    // As in App: every screen is inside the page's <main>.
    render(
      <main>
        <BoardScreen />
      </main>
    )
    expect(await check()).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Move Northwind to…' }))
    expect(await check()).toEqual([])
    await user.click(screen.getByRole('menuitem', { name: 'Closed' }))
    expect(await check()).toEqual([])
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: /New process/ }))
    await user.click(screen.getByRole('button', { name: 'Create' }))
    expect(await check()).toEqual([])
  })

  it('has no violations on the welcome screen', async () => {
    installBridge({})
    seedStore([])
    render(
      <main>
        <BoardScreen />
      </main>
    )
    expect(await check()).toEqual([])
  })
})
