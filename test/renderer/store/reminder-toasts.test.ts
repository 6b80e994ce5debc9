import { beforeEach, describe, expect, it } from 'vitest'
import { useApp } from '../../../src/renderer/src/store'
import { changeProcess } from '../../../src/renderer/src/store/actions'
import { makeProcess } from '../../support/factories'

describe('reminder toasts', () => {
  beforeEach(() => {
    useApp.setState({ toasts: [], processes: {} })
    window.afterview = {
      invoke: (async (_channel: string, input: { processId: string }) => ({
        ok: true,
        value: makeProcess({ id: input.processId })
      })) as never,
      on: () => () => {}
    }
  })

  it('go away once their process changes, and only theirs', async () => {
    const { toast } = useApp.getState()
    toast('Status check due — Acme', 'reminder', undefined, 'p1')
    toast('Thank-you due — Globex', 'reminder', undefined, 'p2')
    toast('Saved.', 'success')
    await changeProcess('plan.event', { processId: 'p1', event: { kind: 'skip', step: 'status-check', date: '2026-11-19', roundId: 'r1' } })
    expect(useApp.getState().toasts.map((t) => t.message)).toEqual(['Thank-you due — Globex', 'Saved.'])
  })
})
