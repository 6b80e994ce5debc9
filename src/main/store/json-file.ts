import { createHash } from 'node:crypto'
import { Low, type Adapter } from 'lowdb'
import { ioError, type StoreIo } from './durable-io'

export { ioError } from './durable-io'

// One JSON file of the data folder, with lowdb as the engine and adapters that read and write
// through the store's file layer: a write is temp file, fsync, rename, folder fsync (durable-io),
// so a crash or power cut leaves either the old file or the new one, never half or empty.
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

/** A lowdb adapter that can also say what it would write, for writes held in a group. */
interface FileAdapter<T> extends Adapter<T> {
  serialize(data: T): string
}

export class StoredFile<T> {
  private readonly low: Low<T>
  private readonly adapter: FileAdapter<T>
  /** The last read carried a matching checksum: written by Afterview and untouched since. */
  trusted = false
  /** Whether the file is on disk (as far as this store knows): a missing shard means empty. */
  onDisk = false

  constructor(
    readonly file: string,
    private readonly defaults: T,
    format: FileFormat,
    private readonly io: StoreIo
  ) {
    this.adapter =
      format === 'checksummed'
        ? new ChecksummedAdapter<T>(file, io, (trusted) => (this.trusted = trusted))
        : new JsonAdapter<T>(file, io, format === 'pretty', () => (this.trusted = false))
    this.low = new Low<T>(this.adapter, defaults)
  }

  get data(): T {
    return this.low.data
  }

  /** Reads the file; throws DamagedFileError when it cannot be parsed. */
  async load(): Promise<'ok' | 'missing'> {
    const data = await this.adapter.read()
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

  /** The file's bytes for `data`, as a write would put them on disk. */
  serialize(data: T): string {
    return this.adapter.serialize(data)
  }

  /**
   * Writes `next` durably and only then makes it the file's content; inside a write group the
   * content changes at once and the group's flush puts it back if the disk refuses it.
   */
  async commit(next: T): Promise<void> {
    const previous = this.low.data
    const wasOnDisk = this.onDisk
    const undo = () => {
      this.low.data = previous
      this.onDisk = wasOnDisk
    }
    this.low.data = next
    try {
      await this.io.beforeWrite(this.file)
      await this.io.put(this.file, this.adapter.serialize(next), undo)
      this.onDisk = true
    } catch (e) {
      undo()
      throw ioError(e, this.file)
    }
  }
}

class JsonAdapter<T> implements FileAdapter<T> {
  constructor(
    private readonly file: string,
    private readonly io: StoreIo,
    private readonly pretty: boolean,
    private readonly onRead: () => void
  ) {}

  async read(): Promise<T | null> {
    const text = await this.io.readText(this.file)
    if (text === null) return null
    let value: T
    try {
      value = JSON.parse(text) as T
    } catch (e) {
      throw new DamagedFileError(this.file, describeParseError(e, text))
    }
    this.onRead()
    return value
  }

  serialize(data: T): string {
    return this.pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data)
  }

  write(data: T): Promise<void> {
    return this.io.put(this.file, this.serialize(data))
  }
}

/**
 * `{"checksum":"<sha1 of the records JSON>","records":{...}}`. Reads the bytes and checks the
 * checksum on them before decoding (cheaper than hashing the decoded text).
 */
class ChecksummedAdapter<T> implements FileAdapter<T> {
  constructor(
    private readonly file: string,
    private readonly io: StoreIo,
    private readonly setTrusted: (trusted: boolean) => void
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await this.io.fs.readFile(this.file)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    const text = bytes.toString('utf8')
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      throw new DamagedFileError(this.file, describeParseError(e, text))
    }
    if (!isPlainObject(value) || !isPlainObject(value.records)) {
      throw new DamagedFileError(this.file, 'it is not in the expected format (no "records" object)')
    }
    this.setTrusted(hasValidChecksum(bytes))
    return value.records as T
  }

  serialize(data: T): string {
    const body = JSON.stringify(data)
    return `${CHECKSUM_PREFIX}${sha1(body)}${RECORDS_KEY}${body}}`
  }

  write(data: T): Promise<void> {
    return this.io.put(this.file, this.serialize(data))
  }
}

const PREFIX_BYTES = Buffer.from(CHECKSUM_PREFIX)
const RECORDS_KEY_BYTES = Buffer.from(RECORDS_KEY)

// Hashed here, not with WebCrypto on the thread pool: handing it each shard's bytes took this
// thread longer (copying them, setting up a job per shard) than SHA-1 itself, and the reads of
// the other shards wait for the same pool.
function hasValidChecksum(bytes: Buffer): boolean {
  const sumEnd = PREFIX_BYTES.length + CHECKSUM_LENGTH
  const bodyStart = sumEnd + RECORDS_KEY_BYTES.length
  if (bytes.length <= bodyStart || bytes[bytes.length - 1] !== 0x7d /* } */) return false
  if (!bytes.subarray(0, PREFIX_BYTES.length).equals(PREFIX_BYTES)) return false
  if (!bytes.subarray(sumEnd, bodyStart).equals(RECORDS_KEY_BYTES)) return false
  const expected = bytes.subarray(PREFIX_BYTES.length, sumEnd).toString('latin1')
  return createHash('sha1').update(bytes.subarray(bodyStart, bytes.length - 1)).digest('hex') === expected
}
