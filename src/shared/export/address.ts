// Email address parsing shared by the mailto and .eml exporters. Deliberately stricter than the
// model's schema: anything that reaches a URL or a header must be a plain, unambiguous address,
// so a stray comma, bracket or line break can never smuggle in a second recipient or header.

export interface ParsedAddress {
  /** The display name as the user wrote it ('' when none), line breaks already flattened. */
  name: string
  /** The bare addr-spec, e.g. dana@example.com. */
  address: string
}

// RFC 5322 dot-atom characters for the local part (no quoted local parts: they are legal but
// rare, and every mail client mangles them differently).
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/

/** Quote the input for an error message without letting control characters through. */
function shown(input: string): string {
  return JSON.stringify(input.length > 80 ? `${input.slice(0, 77)}...` : input)
}

/** Why `address` is not a usable addr-spec, or null when it is fine. */
export function addressProblem(address: string): string | null {
  if (address === '') return 'it is empty'
  if (/[\r\n]/.test(address)) return 'it contains a line break'
  if (/[\u0000-\u001f\u007f]/.test(address)) return 'it contains a control character'
  if (address.includes(',')) return 'it contains a comma (give each address separately)'
  if (address.includes(';')) return 'it contains a semicolon (give each address separately)'
  if (/\s/.test(address)) return 'it contains a space'
  if (/[^\x21-\x7e]/.test(address)) return 'it contains non-ASCII characters'
  if (address.length > 254) return 'it is longer than 254 characters'
  const at = address.lastIndexOf('@')
  if (at < 0) return 'it has no @'
  if (address.indexOf('@') !== at) return 'it has more than one @'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local === '') return 'nothing comes before the @'
  if (local.length > 64) return 'the part before the @ is longer than 64 characters'
  if (local.split('.').some((part) => !LOCAL_ATOM.test(part))) {
    return 'the part before the @ has a character or dot that is not allowed'
  }
  if (domain === '') return 'nothing comes after the @'
  const labels = domain.split('.')
  if (labels.length < 2) return `the domain ${shown(domain)} has no dot`
  if (labels.some((label) => !DOMAIN_LABEL.test(label))) return `the domain ${shown(domain)} is not valid`
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(labels[labels.length - 1])) return `the domain ${shown(domain)} is not valid`
  return null
}

/**
 * Accepts "dana@example.com" or "Dana Lee <dana@example.com>" (the name may be quoted) and
 * throws an Error naming the input when the address part is not valid.
 */
export function parseAddress(input: string, field = 'address'): ParsedAddress {
  if (typeof input !== 'string') throw new Error(`Invalid ${field}: expected text, got ${typeof input}`)
  const trimmed = input.trim()
  let name = ''
  let address = trimmed
  const angle = /^(.*?)\s*<([^<>]*)>$/s.exec(trimmed)
  if (angle) {
    name = angle[1].trim()
    address = angle[2].trim()
    if (/^".*"$/s.test(name)) name = name.slice(1, -1).replace(/\\(.)/gs, '$1')
    if (/[<>]/.test(name)) throw new Error(`Invalid ${field} ${shown(input)}: the name contains < or >`)
  } else if (/[<>]/.test(trimmed)) {
    throw new Error(`Invalid ${field} ${shown(input)}: unbalanced < or >`)
  }
  const problem = addressProblem(address)
  if (problem) throw new Error(`Invalid ${field} ${shown(input)}: ${problem}`)
  // A display name is free text; a line break in it is flattened rather than refused because
  // the exporters encode names, so it can never end a header.
  return { name: name.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim(), address }
}
