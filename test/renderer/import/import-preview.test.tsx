// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ProcessScreen } from '../../../src/renderer/src/screens/process/ProcessScreen'
import { ImportHost } from '../../../src/renderer/src/screens/import/ImportHost'
import { useImport } from '../../../src/renderer/src/screens/import/import-store'
import { useApp } from '../../../src/renderer/src/store'
import type { Process } from '../../../src/shared/model'
import { installAfterview, makePerson, makeProcess, refuse, seed } from '../process/fake-afterview'

// The preview of a pasted reply on a process: pastes into a field stay there, nothing is saved
// before the user confirms, and a refusal from main keeps the preview open with its message.

afterEach(() => {
  cleanup()
  useImport.setState({ pending: null })
})

const REPLY = "From: Sam Reyes <sam.reyes@corp.example>\nDate: Tue, 7 Jul 2026 10:00:00 +0000\n\nWe're pleased to offer you the role! Let us know by July 17."

function setup() {
  const p = makeProcess({ company: 'Corp', people: [makePerson('sam', 'Sam Reyes', { email: 'Sam.Reyes@corp.example' })] })
  seed([p])
  const fake = installAfterview({
    'notes.get': () => ({ text: '' }),
    'messages.add': ({ message }) => {
      const next: Process = { ...useApp.getState().details[p.id], messages: [{ ...message, id: 'm1' }] }
      return next
    },
    'processes.update': ({ patch }) => ({ ...useApp.getState().details[p.id], ...patch }),
    'processes.move': ({ stage }) => ({ ...useApp.getState().processes[p.id], stage })
  })
  render(
    <>
      <ProcessScreen id={p.id} />
      <ImportHost />
    </>
  )
  return { p, fake }
}

function paste(text: string, target: EventTarget = document) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
  Object.defineProperty(event, 'clipboardData', { value: { files: [], getData: (t: string) => (t === 'text/plain' ? text : '') } })
  target.dispatchEvent(event)
}

describe('a pasted reply on a process', () => {
  it('a paste into a field is left to the field', async () => {
    setup()
    const field = screen.getByLabelText('In their words')
    field.focus()
    paste(REPLY, field)
    await new Promise((r) => setTimeout(r, 50))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('previews the sender (matched by address in any case), the date, the offer; Cancel saves nothing', async () => {
    const { fake } = setup()
    paste(REPLY)
    const dialog = await screen.findByRole('dialog')
    expect((within(dialog).getByLabelText('From') as HTMLSelectElement).value).toBe('sam')
    expect((within(dialog).getByLabelText('Received on') as HTMLInputElement).value).toBe('2026-07-07')
    expect(dialog.textContent).toContain('Reads as an offer')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.calls.filter((c) => c.channel !== 'notes.get')).toEqual([])
  })

  it('logs the reply and sets the date once confirmed; failing part-way it says what is already saved', async () => {
    const { p, fake } = setup()
    fake.handlers['processes.move'] = () => {
      throw refuse('That interview process no longer exists.', [], 'not-found')
    }
    paste(REPLY)
    const dialog = await screen.findByRole('dialog')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log reply' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(fake.to('messages.add')).toEqual([
      {
        processId: p.id,
        message: expect.objectContaining({ direction: 'received', situation: 'offer', date: '2026-07-07', personId: 'sam', channel: 'email' })
      }
    ])
    expect(fake.to('processes.update')).toEqual([{ id: p.id, patch: { decisionBy: '2026-07-17' } }])
    expect(useApp.getState().toasts.map((t) => t.message)).toContain('That interview process no longer exists. Already saved: the reply, the decision date.')
  })

  it('a refusal before anything is saved stays in the dialog, to fix and try again', async () => {
    const { fake } = setup()
    fake.handlers['messages.add'] = () => {
      throw refuse('Keep this under 1,000 characters', [{ path: 'message.subject', message: 'Keep this under 1,000 characters' }])
    }
    paste(REPLY)
    const dialog = await screen.findByRole('dialog')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log reply' }))
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Keep this under'))
    expect(screen.getByRole('dialog')).toBe(dialog)
    expect(fake.to('processes.update')).toEqual([])
  })
})

describe('files dropped on a process', () => {
  function dropFiles(files: File[]) {
    const screenEl = document.querySelector('.process-screen')!
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' }
    fireEvent.dragOver(screenEl, { dataTransfer })
    fireEvent.drop(screenEl, { dataTransfer })
  }

  it('a huge file is refused on its size, before it is read', async () => {
    setup()
    const huge = new File(['x'], 'huge.eml')
    Object.defineProperty(huge, 'size', { value: 5 * 1024 * 1024 + 1 })
    huge.arrayBuffer = () => Promise.reject(new Error('read'))
    dropFiles([huge])
    await waitFor(() => expect(useApp.getState().toasts.map((t) => t.message)).toContain(
      '“huge.eml” is over 5 MB, larger than any invite or email Afterview reads. Nothing was changed.'
    ))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('several files: the first is previewed and the user is told about the rest', async () => {
    setup()
    dropFiles([new File([REPLY], 'one.eml'), new File(['x'], 'two.eml')])
    await screen.findByRole('dialog')
    expect(useApp.getState().toasts.map((t) => t.message)).toContain('One file at a time: “one.eml” is previewed, the others were left out.')
  })
})
