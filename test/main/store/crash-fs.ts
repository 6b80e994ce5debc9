import path from 'node:path'
import type { StoreDirEntry, StoreFileHandle, StoreFs } from '../../../src/main/store/file-system'

// Test file layers for the power-cut test. RecordingFs runs the store on a real layer and logs
// every operation that changes the disk. MemoryFs is an in-memory disk that tracks, beside
// what a reader sees, what would survive a power cut: a file's content as of its last fsync,
// and a folder's entries as of its last fsync. Replaying a log into a MemoryFs up to some
// operation and taking `afterPowerCut` gives the disk as a cut at that moment could leave it.

export type FsOp =
  | { op: 'open'; id: number; file: string; flags: 'w' | 'wx' }
  | { op: 'write'; id: number; data: Buffer }
  | { op: 'sync'; id: number }
  | { op: 'rename' | 'link'; from: string; to: string }
  | { op: 'unlink' | 'mkdir' | 'rm' | 'syncDir'; target: string }

const errno = (code: string, what: string) => Object.assign(new Error(`${code}: ${what}`), { code })

export class RecordingFs implements StoreFs {
  readonly log: FsOp[] = []
  private handles = 0

  constructor(private readonly base: StoreFs) {}

  readFile(file: string) {
    return this.base.readFile(file)
  }

  async open(file: string, flags: 'w' | 'wx'): Promise<StoreFileHandle> {
    const handle = await this.base.open(file, flags)
    const id = ++this.handles
    this.log.push({ op: 'open', id, file, flags })
    return {
      writeFile: async (data) => {
        await handle.writeFile(data)
        this.log.push({ op: 'write', id, data: Buffer.from(data) })
      },
      sync: async () => {
        await handle.sync()
        this.log.push({ op: 'sync', id })
      },
      close: () => handle.close()
    }
  }

  async rename(from: string, to: string) {
    await this.base.rename(from, to)
    this.log.push({ op: 'rename', from, to })
  }

  async link(from: string, to: string) {
    await this.base.link(from, to)
    this.log.push({ op: 'link', from, to })
  }

  async unlink(target: string) {
    await this.base.unlink(target)
    this.log.push({ op: 'unlink', target })
  }

  async mkdir(target: string) {
    await this.base.mkdir(target)
    this.log.push({ op: 'mkdir', target })
  }

  async rm(target: string) {
    await this.base.rm(target)
    this.log.push({ op: 'rm', target })
  }

  readdir(dir: string) {
    return this.base.readdir(dir)
  }

  stat(target: string) {
    return this.base.stat(target)
  }

  async syncDir(target: string) {
    await this.base.syncDir(target)
    this.log.push({ op: 'syncDir', target })
  }
}

interface FileNode {
  kind: 'file'
  data: Buffer
  /** Content as of the last fsync; null: never synced, so a cut may leave it empty. */
  synced: Buffer | null
}

interface DirNode {
  kind: 'dir'
  entries: Map<string, Node>
  /** Entries as of the last fsync of the folder. */
  synced: Map<string, Node>
}

type Node = FileNode | DirNode

const newDir = (): DirNode => ({ kind: 'dir', entries: new Map(), synced: new Map() })

/**
 * Which folder entries a cut keeps where the folder was not fsynced since they changed:
 * 'old' loses every such change, 'new' keeps them all, a function decides per folder.
 */
export type CutMode = 'old' | 'new' | ((dir: string) => 'old' | 'new')

export class MemoryFs implements StoreFs {
  private readonly handles = new Map<number, FileNode>()

  constructor(
    /** The data folder; its parents exist and are not modelled. */
    readonly root: string,
    private readonly top: DirNode = newDir()
  ) {}

  /** The disk after a power cut now, in the worst case `mode` describes. */
  afterPowerCut(mode: CutMode): MemoryFs {
    const copy = (dir: DirNode, at: string): DirNode => {
      const pick = typeof mode === 'function' ? mode(at) : mode
      const out = newDir()
      for (const [name, node] of pick === 'old' ? dir.synced : dir.entries) {
        const kept: Node = node.kind === 'dir' ? copy(node, path.join(at, name)) : { kind: 'file', data: node.synced ?? Buffer.alloc(0), synced: null }
        if (kept.kind === 'file') kept.synced = kept.data
        out.entries.set(name, kept)
      }
      out.synced = new Map(out.entries)
      return out
    }
    return new MemoryFs(this.root, copy(this.top, this.root))
  }

  /** Applies one recorded operation. */
  apply(op: FsOp): void {
    if (op.op === 'open') this.handles.set(op.id, this.openNode(op.file, op.flags))
    else if (op.op === 'write') this.writeNode(this.handles.get(op.id)!, op.data)
    else if (op.op === 'sync') this.handles.get(op.id)!.synced = this.handles.get(op.id)!.data
    else if (op.op === 'rename') this.renameNode(op.from, op.to)
    else if (op.op === 'link') this.linkNode(op.from, op.to)
    else if (op.op === 'unlink') this.unlinkNode(op.target)
    else if (op.op === 'mkdir') this.mkdirNode(op.target)
    else if (op.op === 'rm') this.rmNode(op.target)
    else if (op.op === 'syncDir') this.dirAt(op.target).synced = new Map(this.dirAt(op.target).entries)
  }

  async readFile(file: string): Promise<Buffer> {
    const node = this.find(file)
    if (!node) throw errno('ENOENT', file)
    if (node.kind === 'dir') throw errno('EISDIR', file)
    return Buffer.from(node.data)
  }

  async open(file: string, flags: 'w' | 'wx'): Promise<StoreFileHandle> {
    const node = this.openNode(file, flags)
    return {
      writeFile: async (data) => this.writeNode(node, Buffer.from(data)),
      sync: async () => void (node.synced = node.data),
      close: async () => undefined
    }
  }

  async rename(from: string, to: string) {
    this.renameNode(from, to)
  }

  async link(from: string, to: string) {
    this.linkNode(from, to)
  }

  async unlink(target: string) {
    this.unlinkNode(target)
  }

  async mkdir(target: string) {
    this.mkdirNode(target)
  }

  async rm(target: string) {
    this.rmNode(target)
  }

  async readdir(dir: string): Promise<StoreDirEntry[]> {
    return [...this.dirAt(dir).entries].map(([name, node]) => ({ name, isDirectory: node.kind === 'dir' }))
  }

  async stat(target: string) {
    const node = this.find(target)
    if (!node) throw errno('ENOENT', target)
    return { size: node.kind === 'file' ? node.data.length : 0, isDirectory: node.kind === 'dir' }
  }

  async syncDir(dir: string) {
    const node = this.dirAt(dir)
    node.synced = new Map(node.entries)
  }

  /** Every file with its content, for comparing disks in tests. */
  files(): Map<string, string> {
    const out = new Map<string, string>()
    const walk = (dir: DirNode, at: string) => {
      for (const [name, node] of dir.entries) {
        if (node.kind === 'dir') walk(node, path.join(at, name))
        else out.set(path.join(at, name), node.data.toString('utf8'))
      }
    }
    walk(this.top, '')
    return out
  }

  private parts(target: string): string[] | null {
    const rel = path.relative(this.root, path.resolve(target))
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null
    return rel === '' ? [] : rel.split(path.sep)
  }

  private find(target: string): Node | undefined {
    const parts = this.parts(target)
    if (parts === null) return path.relative(path.resolve(target), this.root).startsWith('..') ? undefined : newDir()
    let node: Node = this.top
    for (const part of parts) {
      if (node.kind !== 'dir') return undefined
      const next: Node | undefined = node.entries.get(part)
      if (!next) return undefined
      node = next
    }
    return node
  }

  private dirAt(target: string): DirNode {
    const node = this.find(target)
    if (!node) throw errno('ENOENT', target)
    if (node.kind !== 'dir') throw errno('ENOTDIR', target)
    return node
  }

  private parentOf(target: string): { dir: DirNode; name: string } {
    return { dir: this.dirAt(path.dirname(target)), name: path.basename(target) }
  }

  private openNode(file: string, flags: 'w' | 'wx'): FileNode {
    const { dir, name } = this.parentOf(file)
    const existing = dir.entries.get(name)
    if (existing && flags === 'wx') throw errno('EEXIST', file)
    if (existing?.kind === 'dir') throw errno('EISDIR', file)
    if (existing) {
      existing.data = Buffer.alloc(0)
      return existing
    }
    const node: FileNode = { kind: 'file', data: Buffer.alloc(0), synced: null }
    dir.entries.set(name, node)
    return node
  }

  private writeNode(node: FileNode, data: Buffer): void {
    node.data = Buffer.concat([node.data, data])
  }

  private renameNode(from: string, to: string): void {
    const source = this.parentOf(from)
    const node = source.dir.entries.get(source.name)
    if (!node) throw errno('ENOENT', from)
    const target = this.parentOf(to)
    const existing = target.dir.entries.get(target.name)
    if (existing?.kind === 'dir' && (node.kind !== 'dir' || existing.entries.size)) throw errno('ENOTEMPTY', to)
    source.dir.entries.delete(source.name)
    target.dir.entries.set(target.name, node)
  }

  private linkNode(from: string, to: string): void {
    const node = this.find(from)
    if (!node) throw errno('ENOENT', from)
    const target = this.parentOf(to)
    if (target.dir.entries.has(target.name)) throw errno('EEXIST', to)
    target.dir.entries.set(target.name, node)
  }

  private unlinkNode(target: string): void {
    const { dir, name } = this.parentOf(target)
    const node = dir.entries.get(name)
    if (!node) throw errno('ENOENT', target)
    if (node.kind === 'dir') throw errno('EISDIR', target)
    dir.entries.delete(name)
  }

  private mkdirNode(target: string): void {
    const parts = this.parts(target)
    if (parts === null) return
    let dir = this.top
    for (const part of parts) {
      let next = dir.entries.get(part)
      if (!next) dir.entries.set(part, (next = newDir()))
      if (next.kind !== 'dir') throw errno('EEXIST', target)
      dir = next
    }
  }

  private rmNode(target: string): void {
    const parts = this.parts(target)
    if (!parts?.length) return
    const parent = this.find(path.dirname(target))
    if (parent?.kind === 'dir') parent.entries.delete(path.basename(target))
  }
}
