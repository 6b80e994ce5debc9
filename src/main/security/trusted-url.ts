// Which URLs may leave the app for the system browser or mail client. Takes unknown because
// it guards a boundary: anything from the renderer, a pasted note or a link in a message.
//
// - mailto: only the header fields RFC 6068 drafts need (to, cc, bcc, subject, body). Some
//   mail clients honour others, such as `attach=`, which would attach a local file.
// - http(s): only hosts on the public internet. A link to this machine or the local network
//   could reach a service that trusts its neighbours; nothing the app shows needs one.

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:'])
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body'])
/** Names that only resolve on this machine or the local network (RFC 6761, 6762, 8375). */
const LOCAL_NAME_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa']

export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return false
  // Control characters and whitespace around a URL are a classic way to smuggle a scheme past checks.
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false
  if (url.protocol === 'mailto:') return isSafeMailto(url)
  return url.hostname.length > 0 && url.username === '' && url.password === '' && !isLocalHost(url.hostname)
}

function isSafeMailto(url: URL): boolean {
  let addresses: string
  try {
    addresses = decodeURIComponent(url.pathname)
  } catch {
    return false
  }
  // An encoded "?" in the address part would start header fields in a client that decodes first.
  if (/[?<>]/.test(addresses)) return false
  const fields = [...url.searchParams.keys()]
  if (!fields.every((name) => MAILTO_FIELDS.has(name.toLowerCase()))) return false
  return addresses.length > 0 || fields.length > 0
}

/** True for loopback, unspecified, private, link-local and local-network host names. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('[')) return isLocalIpv6(host.slice(1, -1))
  const ipv4 = parseIpv4(host)
  if (ipv4) return isLocalIpv4(ipv4)
  // A name without a dot is looked up on the local network only.
  if (!host.includes('.')) return true
  return LOCAL_NAME_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))
}

/** The four octets of a dotted IPv4 address (the URL parser has already normalised hex and short forms). */
function parseIpv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!m) return null
  const octets = m.slice(1).map(Number)
  return octets.every((n) => n <= 255) ? octets : null
}

function isLocalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network", 0.0.0.0 reaches this machine
    a === 127 || // loopback
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) || // link-local
    (a === 100 && b >= 64 && b <= 127) // carrier-grade NAT, shared with the local network
  )
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function parseIpv6(address: string): number[] | null {
  let text = address
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (dotted) {
    const v4 = parseIpv4(dotted[1])
    if (!v4) return null
    text = text.slice(0, -dotted[1].length) + `${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const part = (s: string) => (s === '' ? [] : s.split(':'))
  const head = part(halves[0])
  const tail = halves.length === 2 ? part(halves[1]) : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null
  return groups.map((g) => parseInt(g, 16))
}

function isLocalIpv6(address: string): boolean {
  const groups = parseIpv6(address)
  // Unparseable means unknown: refuse rather than guess.
  if (!groups) return true
  const [first] = groups
  // ::, ::1 and the old IPv4-compatible form all sit in the first 96 zero bits.
  if (groups.slice(0, 6).every((g) => g === 0)) return true
  // IPv4-mapped (::ffff:a.b.c.d): judged as the IPv4 address it carries.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return isLocalIpv4([groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff])
  }
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 // unique local fc00::/7, link-local fe80::/10
}
