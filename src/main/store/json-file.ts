import { createHash, webcrypto } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { DataFile, TextFile } from 'lowdb/node'
import { StoreError, type StoreFsHooks } from './types'

// One JSON file of the data folder, with lowdb as the engine: lowdb's DataFile writes through
// steno (temp file + rename), so a crash leaves either the old file or the new one, never half.
// Process shards carry a checksum of their records: a file we wrote and nobody touched since
// can skip the per-record validation at start-up, which is what keeps start-up fast.

export type FileFormat = 'pretty' | 'compact' | 'checksummed'

export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
  }
}

const CHECKSUM_PREFIX = '{"checksum":"'
const CHECKSUM_LENGTH = 40
const RECORDS_KEY = '","records":'

const sha1 = (data: string) => createHash('sha1').update(data).digest('hex')

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function describeParseError(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message : String(e)
  const at = /at position (\d+)/.exec(msg)
  const endsEarly = /end of JSON input/i.test(msg) || (at !== null && Number(at[1]) >= text.trimEnd().length)
  const garbage = /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text.slice(0, 4096))
  if (endsEarly && !garbage) return 'it looks cut short'
  return 'it is not valid JSON, so it is damaged or holds garbage bytes'
}

export function ioError(e: unknown, file: string): StoreError {
  if (e instanceof StoreError) return e
  const code = (e as NodeJS.ErrnoException)?.code ?? ''
  const name = path.basename(file)
  if (code === 'ENOSPC') {
    return new StoreError('io', `The disk is full, so the change was not saved (${name}). Free some space and try again; nothing already saved was lost.`)
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError('io', `Afterview is not allowed to write to the data folder (${code} on ${name}). Nothing was changed.`)
  }
  const detail = e instanceof Error ? e.message : String(e)
  return new StoreError('io', `Could not save ${name}: ${detail}. Nothing was changed.`)
}

export class StoredFile<T> {
  private readonly low: Low<T>
  /** The last read carried a matching checksum: written by Afterview and untouched since. */
  trusted = false
  /** Whether the file is on disk (as far as this store knows): a missing shard means empty. */
  onDisk = false
  /** The text being parsed, kept only until it parses, to describe what is wrong with it. */
  private lastText = ''

  constructor(
    readonly file: string,
    private readonly defaults: T,
    format: FileFormat,
    private readonly hooks?: StoreFsHooks
  ) {
    const adapter: Adapter<T> =
      format === 'checksummed'
        ? new ChecksummedAdapter<T>(file, (trusted) => (this.trusted = trusted), (text) => (this.lastText = text))
        : new DataFile<T>(file, {
            parse: (text) => this.parse(text),
            stringify: (data) => (format === 'pretty' ? JSON.stringify(data, null, 2) : JSON.stringify(data))
          })
    this.low = new Low<T>(adapter, defaults)
  }

  get data(): T {
    return this.low.data
  }

  /** Reads the file; throws DamagedFileError when it cannot be parsed. */
  async load(): Promise<'ok' | 'missing'> {
    let data: T | null
    try {
      data = await this.low.adapter.read()
    } catch (e) {
      if (e instanceof SyntaxError) throw new DamagedFileError(this.file, describeParseError(e, this.lastText))
      throw e
    }
    if (data === null) {
      this.low.data = this.defaults
      this.onDisk = false
      return 'missing'
    }
    this.low.data = data
    this.onDisk = true
    return 'ok'
  }

  /** Sets the content without writing (data recovered from elsewhere, or read-only mode). */
  replaceInMemory(data: T, trusted = false): void {
    this.low.data = data
    this.trusted = trusted
  }

  /** Writes `next` to disk and only then makes it the file's content. */
  async commit(next: T): Promise<void> {
    const previous = this.low.data
    this.low.data = next
    try {
      await this.hooks?.beforeWrite?.(this.file)
      await this.low.write()
      this.onDisk = true
    } catch (e) {
      this.low.data = previous
      throw ioError(e, this.file)
    }
  }

  private parse(text: string): T {
    this.lastText = text
    const value = JSON.parse(text) as T
    this.lastText = ''
    this.trusted = false
    return value
  }
}

/**
 * `{"checksum":"<sha1 of the records JSON>","records":{...}}`. Reads the bytes and checks the
 * checksum on them before decoding (cheaper than hashing the decoded text); writes through
 * lowdb's TextFile, i.e. steno's temp file + rename.
 */
class ChecksummedAdapter<T> implements Adapter<T> {
  private readonly text: TextFile

  constructor(
    private readonly file: string,
    private readonly setTrusted: (trusted: boolean) => void,
    private readonly setLastText: (text: string) => void
  ) {
    this.text = new TextFile(file)
  }

  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.file)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    // Hashing runs on the thread pool while this thread parses.
    const checksumOk = hasValidChecksum(bytes)
    const text = bytes.toString('utf8')
    this.setLastText(text)
    let value: unknown
    try {
      value = JSON.parse(text)
    } finally {
      checksumOk.catch(() => undefined)
    }
    this.setLastText('')
    if (!isPlainObject(value) || !isPlainObject(value.records)) {
      throw new DamagedFileError(this.file, 'it is not in the expected format (no "records" object)')
    }
    this.setTrusted(await checksumOk)
    return value.records as T
  }

  write(data: T): Promise<void> {
    const body = JSON.stringify(data)
    return this.text.write(`${CHECKSUM_PREFIX}${sha1(body)}${RECORDS_KEY}${body}}`)
  }
}

const PREFIX_BYTES = Buffer.from(CHECKSUM_PREFIX)
const RECORDS_KEY_BYTES = Buffer.from(RECORDS_KEY)

async function hasValidChecksum(bytes: Buffer): Promise<boolean> {
  const sumEnd = PREFIX_BYTES.length + CHECKSUM_LENGTH
  const bodyStart = sumEnd + RECORDS_KEY_BYTES.length
  if (bytes.length <= bodyStart || bytes[bytes.length - 1] !== 0x7d /* } */) return false
  if (!bytes.subarray(0, PREFIX_BYTES.length).equals(PREFIX_BYTES)) return false
  if (!bytes.subarray(sumEnd, bodyStart).equals(RECORDS_KEY_BYTES)) return false
  const expected = bytes.subarray(PREFIX_BYTES.length, sumEnd).toString('latin1')
  const digest = await webcrypto.subtle.digest('SHA-1', bytes.subarray(bodyStart, bytes.length - 1))
  return Buffer.from(digest).toString('hex') === expected
}
