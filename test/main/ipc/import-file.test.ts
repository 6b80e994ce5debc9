import { describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { importFileHandlers } from '../../../src/main/ipc/handlers/import-file'
import type { HandlerContext, PickedFile } from '../../../src/main/ipc/context'
import { webPlatform, type WebPlatformRecord } from '../../../src/main/harness/web-platform'

function handlersWith(openImportFile: (() => Promise<PickedFile | null>) | undefined): Handlers {
  const platform = { ...webPlatform({ opened: [], clipboard: [], saved: [] }), openImportFile }
  return importFileHandlers({ platform } as unknown as HandlerContext) as Handlers
}

const picked = (name: string, bytes: Uint8Array, reads: string[] = []): PickedFile => ({
  name,
  size: bytes.byteLength,
  read: async () => {
    reads.push(name)
    return bytes
  }
})

describe('file.openImport', () => {
  it('hands the picked file to the window as base64, bytes unchanged', async () => {
    const bytes = new Uint8Array([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0xe9, 0x0d, 0x0a])
    const r = await dispatch(handlersWith(async () => picked('reply.eml', bytes)), 'file.openImport', undefined)
    expect(r).toEqual({ ok: true, value: { name: 'reply.eml', base64: Buffer.from(bytes).toString('base64') } })
  })

  it('a cancelled picker changes nothing', async () => {
    expect(await dispatch(handlersWith(async () => null), 'file.openImport', undefined)).toEqual({ ok: true, value: { canceled: true } })
  })

  it('over 5 MB: a clear message, and the file is never read', async () => {
    const reads: string[] = []
    const huge: PickedFile = { ...picked('huge.eml', new Uint8Array(1), reads), size: 5 * 1024 * 1024 + 1 }
    const r = await dispatch(handlersWith(async () => huge), 'file.openImport', undefined)
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/“huge\.eml” is over 5 MB.*Nothing was changed/) } })
    expect(reads).toEqual([])
  })

  it('an unreadable or empty file: a clear message', async () => {
    const broken: PickedFile = { name: 'gone.ics', size: 10, read: () => Promise.reject(new Error('EACCES')) }
    expect(await dispatch(handlersWith(async () => broken), 'file.openImport', undefined)).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('could not be read') }
    })
    expect(await dispatch(handlersWith(async () => picked('empty.ics', new Uint8Array())), 'file.openImport', undefined)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is empty') }
    })
  })

  it('input is refused; a platform without a picker says so', async () => {
    expect(await dispatch(handlersWith(async () => null), 'file.openImport', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(handlersWith(undefined), 'file.openImport', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('the harness picks the files a test queued, then reports a cancel', async () => {
    const record: WebPlatformRecord = { opened: [], clipboard: [], saved: [], toImport: [{ name: 'a.ics', content: 'BEGIN:VCALENDAR' }] }
    const platform = webPlatform(record)
    const first = await platform.openImportFile!()
    expect(first && new TextDecoder().decode(await first.read())).toBe('BEGIN:VCALENDAR')
    expect(await platform.openImportFile!()).toBeNull()
  })
})
