import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { mkdtemp, readFile, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
import { randomBytes } from 'node:crypto'
import { startCore, type Core } from '../core'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { BRIDGE_SCRIPT } from './bridge-script'
import { webPlatform, type WebPlatformRecord } from './web-platform'

// The browser harness (tests and demos only, never packaged): the built renderer on loopback,
// talking to the real core through the same contract. Loopback only, Host and Origin checked,
// and every call needs this run's token.

export interface HarnessOptions {
  rendererDir: string
  dataDir?: string
  port?: number
  today?: string
  token?: string
  appVersion?: string
}

export interface Harness {
  url: string
  /** The URL to open in a browser, with the token in its fragment. */
  pageUrl: string
  token: string
  dataDir: string
  core: Core
  record: WebPlatformRecord
  close(): Promise<void>
}

const MAX_BODY = 210 * 1024 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm'
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'afterview-harness-')))
  const token = opts.token ?? randomBytes(18).toString('base64url')
  const record: WebPlatformRecord = { opened: [], clipboard: [], saved: [] }
  const core = await startCore({
    dataDir,
    platform: webPlatform(record),
    appVersion: opts.appVersion ?? '0.0.0-harness',
    today: opts.today,
    // Started when the page connects, so that start-up reminders arrive as toasts.
    reminders: false
  })
  let remindersStarted = false
  const rendererRoot = await realpath(resolve(opts.rendererDir))
  const streams = new Set<ServerResponse>()
  core.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`
    for (const s of streams) s.write(line)
  })

  let port = 0
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[harness]', err)
      if (!res.headersSent) send(res, 500, 'text/plain', 'Harness error')
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Wrong host')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith('/__afterview/')) return api(req, res, url)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed')
    return serveStatic(res, url.pathname)
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/__afterview/bridge.js') return send(res, 200, TYPES['.js'], BRIDGE_SCRIPT)
    const origin = req.headers.origin
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return send(res, 403, 'text/plain', 'Wrong origin')
    }
    const given = url.pathname === '/__afterview/events' ? url.searchParams.get('token') : req.headers['x-afterview-token']
    if (given !== token) return send(res, 403, 'text/plain', 'Missing or wrong token')
    if (url.pathname === '/__afterview/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      if (!remindersStarted) {
        remindersStarted = true
        void core.reminders.start()
      }
      return
    }
    if (url.pathname === '/__afterview/record' && req.method === 'GET') {
      return send(res, 200, TYPES['.json'], JSON.stringify(record))
    }
    if (url.pathname !== '/__afterview/invoke' || req.method !== 'POST') return send(res, 404, 'text/plain', 'Not found')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only')
    let body: { channel?: unknown; input?: unknown }
    try {
      body = JSON.parse(await readBody(req))
    } catch {
      return send(res, 400, 'text/plain', 'Bad JSON')
    }
    const result = await core.invoke(body?.channel, body?.input)
    return send(res, 200, TYPES['.json'], JSON.stringify(result))
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    const file = resolve(rendererRoot, '.' + relative)
    if (file !== rendererRoot && !file.startsWith(rendererRoot + sep)) return send(res, 403, 'text/plain', 'Forbidden')
    let content: Buffer
    try {
      content = await readFile(file)
    } catch {
      return send(res, 404, 'text/plain', 'Not found')
    }
    if (extname(file) === '.html') {
      const html = content.toString('utf8').replace('<script', '<script src="/__afterview/bridge.js"></script>\n    <script')
      return send(res, 200, TYPES['.html'], html)
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content)
  }

  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  const base = `http://127.0.0.1:${port}`
  return {
    url: base,
    pageUrl: `${base}/#token=${token}`,
    token,
    dataDir,
    core,
    record,
    async close() {
      core.reminders.stop()
      for (const s of streams) s.end()
      server.closeAllConnections()
      await new Promise<void>((ok) => server.close(() => ok()))
      await core.close()
    }
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store'
  })
  res.end(body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        fail(new Error('Body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')))
    req.on('error', fail)
  })
}
