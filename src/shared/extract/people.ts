import { HONORIFICS, NOT_NAMES, ORG_WORDS, OWN_CONTACTS, ROLE_WORDS } from './people-lexicon'

// People on the employer's side: names found in person-shaped contexts (a title beside them, a
// speech verb after them, "met w/", "named", an email address), never bare capitalised words.

export interface FoundPerson {
  name: string
  role?: string
  email?: string
}

// "O'Brien", "D'Angelo": a capital and an apostrophe may open a name.
const TOKEN =
  String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*`
const PARTICLE = String.raw`(?:van|von|de|da|del|della|di|du|dos|der|la|le|bin|al|ten|ter)`
const NAME = String.raw`(${TOKEN}(?: (?:${PARTICLE} )?${TOKEN}){0,2})`
// With the forms of address other Englishes and languages put before a name ("Frau", "Ing.", "Puan").
const HONORIFIC = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Chef|Coach|Nurse|Dean|Lt|Sgt|Capt|Det|Rev|Judge|Pastor|` +
  String.raw`Officer|Matron|Frau|Herr|Ing|Lic|Dra|Sra|Srta|Puan|Encik|Tuan|Datuk|Dato)\.? )?`
const ROLE_TEXT = String.raw`([^\n.;:()~]{2,60}?)`
const END = String.raw`(?=\s*(?:[,.;(~\n|+&]|$| - | – | — |\d)|\s+(?:and|who|but|so|did|ran|joined|sat)\b)`
const SPEECH =
  'said|says|asked|asks|told|tells|mentioned|explained|wants|wanted|liked|loved|likes|loves|' +
  'pushed|pressed|admitted|nodded|frowned|described|laid out|brought up|seemed|thinks|' +
  'thought|gave|walked|showed|interrupted|joined|introduced|emphasized|emphasised|stressed|' +
  'noted|grilled|probed|was blunt|tasted|talked|spent|wrote|did|runs|ran|leads|manages|' +
  'offered|suggested|agreed|promised|shared|called|kicked|took|led|wanted|got excited|seemed|' +
  'was intense|was the quietest|wants'

interface PersonPattern {
  re: RegExp
  name: number
  role?: number
  roleFirst?: boolean
  speech?: boolean
  kind: 'strong' | 'context'
  /** For patterns that never span lines: only lines holding this text can match (a speed gate). */
  lineGate?: string | RegExp
}

// A word of a title written before a name ("HR rep", "Product Manager"), never a linking word.
const TITLE_WORD = String.raw`(?:(?!(?:with|w|and|met|the|a|an|to|from|of|for|at|on|in|by)\b)[A-Za-z][a-z-]*|` +
  String.raw`[A-Z]{2,4})`

// "worked with Procore", "familiar with Epic": tools and systems, not people met.
const TOOL_USE_WORDS =
  'worked|work|works|working|experience|experienced|familiar|comfortable|done|used|' +
  'integrated|integrate|built|go|went|stick|stuck|started|replaced|replace|switched|' +
  'switching|dealt|deal|compatible|fluent|proficient|trained|certified|help|helped|struggled|' +
  'played|play|tinkered|starting|ok|okay'
// Either case: "Worked with Procore" starts a line as often as not. The check runs after "with"
// has matched, so it costs nothing elsewhere.
const WITH = String.raw`(?:[Ww]ith|w/|\bw(?= ))(?<!\b(?:${TOOL_USE_WORDS
  .split('|')
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|')}) (?:[Ww]ith|w/))`

const PATTERNS: PersonPattern[] = [
  // "Ivo Brandt - ops mgr", "Lena Moss, Head of Sales", "Kai P - kai@x.io - QA Lead"
  { re: new RegExp(String.raw`(?:^|\n|(?<!\b(?:St|Dr|Mr|Mrs|Ms|Mt|Ft|No))[.;|]\s+|^[-*•]\s*|\n\s*[-*•\d.)]+\s*)` +
    String.raw`(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:[A-Z][a-z]+:\s*)` +
    String.raw`?${HONORIFIC}${NAME}\s*(?:[-–—,]\s*(?:\S+@\S+\s*[-–—,]\s*)?)${ROLE_TEXT}${END}`, 'gu'), name: 1,
      role: 2, kind: 'strong' },
  // "MN = Mia Nkosi, workshop mgr / RB = …": initials set against a name, as notes key a panel
  { re: new RegExp(String.raw`(?:^|\n|\/)\s*(?:[-*•]\s*)?\p{Lu}{1,3}\s*=\s*${HONORIFIC}${NAME}\s*,\s*` +
    String.raw`([^\n.;:()~/=]{2,60}?)(?=\s*(?:[,.;(\n/]|$))`, 'gu'), name: 1, role: 2, kind: 'strong', lineGate: '=' },
  // "Ola Berg (controller)"; "recruiter (Ola)" is handled below
  { re: new RegExp(String.raw`${HONORIFIC}${NAME} \(([^()\n]{2,60})\)`, 'gu'), name: 1, role: 2, kind: 'strong',
    lineGate: ' (' },
  // "recruiter (Ola)"
  { re: new RegExp(String.raw`\b([A-Za-z][A-Za-z ]{1,30}?) \(${NAME}\??\)`, 'gu'), name: 2, role: 1, roleFirst: true,
    kind: 'strong', lineGate: ' (' },
  // "Dean: Dr Ana Lind", "CFO: Bo Hart", "Recruiter is Uma Roy", "the CTO, Pia", "a sous chef
  // named Teo"
  { re: new RegExp(String.raw`(?:^|\n\s*(?:[-*•]|\d{1,2}[.)])?\s*|[.;(]\s*|` +
    String.raw`\b(?:the|a|an|our|their|with|w/|met|and)\s+)` +
    String.raw`([A-Za-z][A-Za-z ]{1,30}?)(?:\s*:\s*|\s+(?:is|was)\s+|,\s+|\s+(?:named|called)\s+)` +
    String.raw`${HONORIFIC}${NAME}`, 'gu'), name: 2, role: 1, roleFirst: true, kind: 'strong' },
  // "Mia Cho, the plant manager"; "Sam Ortiz who is the head of IT"; "Bo Lin, she's our buyer"
  { re: new RegExp(String.raw`${HONORIFIC}${NAME},?\s+(?:(?:who|he|she)(?:'s| is| was)\s+)?` +
    String.raw`(?:the|a|an|our|their|one of (?:the|` +
    String.raw`their|our))\s+([A-Za-z][A-Za-z ]{1,40}?)${END}`, 'gu'), name: 1, role: 2, kind: 'strong',
      lineGate: /\s(?:the|a|an|our|their)\s/g },
  // "(Ana Ruiz, Asst Director)"
  { re: new RegExp(String.raw`\(${HONORIFIC}${NAME},\s*([^()\n]{2,60})\)`, 'gu'), name: 1, role: 2, kind: 'strong',
    lineGate: '(' },
  // "with art director Noor Ali", "and HR rep Tim Vo": a title run straight into a name
  { re: new RegExp(String.raw`(?:\b(?:[Aa]nd|[Ww]ith|w/|[Mm]et|[Pp]lus|[Tt]he|[Oo]ur|[Tt]heir|to)|[+&])` +
    String.raw`\s+((?:${TITLE_WORD}\s+){0,3}?${TITLE_WORD})\s+${HONORIFIC}${NAME}`, 'gu'), name: 2, role: 1,
      roleFirst: true, kind: 'strong' },
  // "Met with Eli Park, VP Ops", "Interviewed by Bo - tech lead", "+ Ana Ruiz-Diaz, site director"
  { re: new RegExp(String.raw`(?:\b(?:[Mm]et|${WITH}|[Aa]nd|[Bb]y|[Pp]lus)|[+&])\s+` +
    String.raw`${HONORIFIC}${NAME}\s*(?:,|\s[-–—])` +
    String.raw`\s+${ROLE_TEXT}${END}`, 'gu'), name: 1, role: 2, kind: 'strong', lineGate: /\p{Ll}(?:,| [-–—]) /gu },
  // "Dr. Ines Vale is the lab director"
  { re: new RegExp(String.raw`${HONORIFIC}${NAME} (?:is|was) (?:the|a|an|our|their) ([A-Za-z][A-Za-z ]{1,40}?)${END}`,
    'gu'), name: 1, role: 2, kind: 'strong', lineGate: / (?:is|was) (?:the|a|an|our|their) /g },
  // "someone from HR (Ms. Lund?)": a name with an honorific in brackets is a person
  { re: new RegExp(String.raw`\((?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? (${TOKEN}(?: ${TOKEN})?)\??\)`, 'gu'), name: 1,
    kind: 'context', speech: true, lineGate: '(' },
  // "met w/ Raj", "interviewed with Dana", "Ray from AP"
  { re: new RegExp(String.raw`\b(?:[Mm]et|[Mm]eet|${WITH}|[Ss]poke (?:with|to)|[Tt]alked (?:with|to)|[Cc]hatted with)` +
    String.raw`\s+${HONORIFIC}${NAME}`, 'gu'), name: 1, kind: 'context' },
  { re: new RegExp(String.raw`${NAME} from (?:the )?([A-Z]{2,5}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[a-z]+ (?:lab|team|` +
    String.raw`office|department|dept|desk|floor|shop|side|group|unit))\b`, 'gu'), name: 1, role: 2, kind: 'context',
      lineGate: ' from ' },
  // "Jun asked", "Shauna brought up"
  { re: new RegExp(String.raw`${HONORIFIC}${NAME}(?: (?:also|then|later|just|really|kind of|kept|basically|` +
    String.raw`even|never|` +
    String.raw`openly|literally))? (?:${SPEECH})\b`, 'gu'), name: 1, speech: true, kind: 'context',
      lineGate: new RegExp(String.raw` (?:${SPEECH})\b`, 'g') }
]

const EMAIL_AT = /[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)+/uy
const LOCAL_CHAR = /[\p{L}0-9._%+-]/u

/** Email addresses in order, as a global scan would find them, but only tried around each "@". */
function* emails(notes: string): Generator<{ text: string; index: number }> {
  let floor = 0
  for (let at = notes.indexOf('@'); at >= 0; at = notes.indexOf('@', at + 1)) {
    if (at < floor) continue
    let start = at
    for (;;) {
      // Step back a whole code point, so letters outside the BMP count as letters too.
      const surrogates = /[\uDC00-\uDFFF]/.test(notes[start - 1]) && /[\uD800-\uDBFF]/.test(notes[start - 2])
      const width = start - 2 >= floor && surrogates ? 2 : 1
      if (start - width < floor || !LOCAL_CHAR.test(notes.slice(start - width, start))) break
      start -= width
    }
    EMAIL_AT.lastIndex = start
    const m = EMAIL_AT.exec(notes)
    if (!m) continue
    yield { text: m[0], index: start }
    floor = start + m[0].length
    at = floor - 1
  }
}
const GENERIC_MAILBOX = new RegExp(
  String.raw`^(info|hr|jobs|careers|recruiting|talent|hello|contact|no-?reply|team|admin|support|hiring|` +
  String.raw`people|office)$`,
  'i'
)

// Job titles are open-ended ("educator", "sommelier"): agent-noun endings count as title words.
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian|ant|ent|ier|ee)$/
const NOT_AGENT = new Set(['december', 'november', 'october', 'september', 'after', 'together', 'other', 'either',
  'never',
  'whether', 'rather', 'ever', 'later', 'under', 'over', 'minor', 'major', 'prior', 'recent', 'content', 'urgent',
  'consistent', 'different', 'patient', 'important', 'relevant', 'present', 'current', 'absent', 'percent', 'moment'])

function isTitleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || (AGENT_NOUN.test(word) && !NOT_AGENT.has(word))
}

function isRoleText(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9/&-]+/).filter(Boolean)
  return words.length > 0 && words.length <= 8 && words.some(isTitleWord)
}

const ROLE_LEAD = new Set(['a', 'an', 'the', 'our', 'their', 'his', 'her', 'later', 'then', 'also', 'and', 'with',
  'met', 'w/', 'plus', 'named', 'called', 'is', 'was'])

/** "Later the GM" -> "GM", "a charge nurse" -> "charge nurse". */
function cleanRole(raw: string): string {
  // "I sat with the head barista" -> "head barista": the title follows the last article.
  const article = /^.*\b(?:the|a|an|our|their)\s+(?=\S)/i.exec(raw.trim())
  const titled = article && article[0].split(/\s+/).length > 2 ? raw.trim().slice(article[0].length) : raw.trim()
  const words = titled.split(/\s+/)
  while (words.length > 1 && ROLE_LEAD.has(words[0].toLowerCase())) words.shift()
  return words.join(' ')
}

/** A title written before a name must end like one ("Ops mgr", "Head of Design"), not "CSM interview". */
function endsAsRole(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/)
  const last = words[words.length - 1]
  // Job titles are open-ended ("caseworker", "sommelier"): agent-noun endings count too.
  const agentNoun = last.length >= 6 && /(er|or|ist|ian|ant|ent|ier)$/.test(last)
  return ROLE_WORDS.has(last) || agentNoun || HEAD_OF.test(text.trim().toLowerCase())
}

const HEAD_OF = /\b(head|director|vp|manager|chief|lead|chair|dean) of( \w+){1,2}$/
const NAME_PARTICLE = /^(van|von|de|da|del|della|di|du|dos|der|la|le|bin|al|ten|ter)$/
const TITLE_LINE_WORDS = new RegExp(
  String.raw`interview|onsite|on-site|screen|round|\brd\b|\d(st|nd|rd|th)\b|panel|call\b|chat|final|loop|` +
    String.raw`notes|\d{1,2}\/\d{1,2}|virtual|zoom|video|phone|tour|stage|tasting`,
  'i'
)

// Words capitalised only because they start a line or sentence ("Met Dana", "Interviewed Tom").
const SENTENCE_START_WORDS = new Set(['met', 'meet', 'meeting', 'interviewed', 'spoke', 'talked', 'chatted', 'saw',
  'called', 'emailed', 'then', 'also', 'later', 'finally', 'with', 'and', 'plus', 'thanked'])

function cleanName(raw: string): string {
  const parts = raw.split(' ')
  while (parts.length > 1 && (HONORIFICS.has(parts[0].toLowerCase().replace(/\.$/,
    '')) || SENTENCE_START_WORDS.has(parts[0].toLowerCase()))) parts.shift()
  return parts.join(' ')
}

interface Context {
  notes: string
  orgTokens: Set<string>
  lowercaseWords: Set<string>
}

function plausibleName(name: string, ctx: Context, kind: 'strong' | 'context', at: number,
  calendarOk = kind === 'strong', roleWordOk = false): boolean {
  if (/['’]s$/.test(name)) return false
  const tokens = name.split(' ').filter((t) => !NAME_PARTICLE.test(t))
  if (tokens.length === 0) return false
  if (tokens.length === 1 && SENTENCE_START_WORDS.has(tokens[0].toLowerCase())) return false
  for (const t of tokens) {
    const lower = t.toLowerCase()
    if (ORG_WORDS.has(lower) || ctx.orgTokens.has(t)) return false
    // "a caseworker named Dev": a title word can be a name only when the notes say it is one.
    if (ROLE_WORDS.has(lower) && !roleWordOk) return false
    if (NOT_NAMES.has(lower)) {
      // A month or weekday can be a first name ("Jun", "April") when a title sits beside it.
      const calendar = /^(jun|april|may|june|august|march)$/.test(lower)
      if (!(calendarOk && calendar)) return false
    }
    if (kind === 'context' && tokens.length === 1 && ctx.lowercaseWords.has(lower)) return false
  }
  const before = ctx.notes.slice(Math.max(0, at - 40), at)
  if (OWN_CONTACTS.test(before)) return false
  return true
}

const GUESSED_FIRST_NAME = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms|Mx|Dr)\.? (${TOKEN}) \((?:[^()\n]*?,\s*)?(${TOKEN})\??\)`,
  'gu'
)
const LEADING_NAME = new RegExp(String.raw`^(?:${TOKEN})(?: ${TOKEN}){0,2}`, 'u')
const CAPITALISED_RUN = new RegExp(String.raw`${TOKEN}(?: (?:&|and|of) )?(?: ?${TOKEN}){0,3}`, 'gu')

/** Company and product names: the note's title line and capitalised runs ending in an org word. */
function orgTokens(notes: string): Set<string> {
  const set = new Set<string>()
  const firstLine = notes.trimStart().split('\n', 1)[0] ?? ''
  const lead = LEADING_NAME.exec(firstLine.trim())
  // "Acme Corp - onsite, 4/1" names the company; "Ada Stone, VP Ops" a person.
  const separators = firstLine.split(/ [-–—] |, /).length - 1
  const readsAsTitle =
    !/@/.test(firstLine) &&
    (separators >= 2 || TITLE_LINE_WORDS.test(firstLine))
  if (lead && readsAsTitle && !/ \(|,\s*(?:the|a)\s/.test(firstLine.slice(lead[0].length, lead[0].length + 4))) {
    for (const t of lead[0].split(' ')) set.add(t)
  }
  const run = CAPITALISED_RUN
  run.lastIndex = 0
  for (let m = run.exec(notes); m; m = run.exec(notes)) {
    const words = m[0].split(/ (?:&|and|of )?/)
    if (words.length > 1 && ORG_WORDS.has(words[words.length - 1].toLowerCase())) for (const w of words) set.add(w)
  }
  // "Quillfeather's invoicing flow": a possessive before a thing, used more than once, is a brand.
  return set
}

/** "Product" + "Manager Sam Lee" -> "Product Manager" + "Sam Lee": capitalised title words go with the title. */
function splitTitleFromName(role: string, name: string): [string, string] {
  const tokens = name.split(' ')
  while (tokens.length > 1 && ROLE_WORDS.has(tokens[0].toLowerCase())) role += ' ' + tokens.shift()
  return [role, tokens.join(' ')]
}

/** Every match of a pattern with the offset its index counts from (a line's start for gated ones). */
function matchesOf(p: PersonPattern, notes: string): [RegExpExecArray, number][] {
  const out: [RegExpExecArray, number][] = []
  const scan = (text: string, offset: number) => {
    p.re.lastIndex = 0
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      out.push([m, offset])
      if (p.re.lastIndex === m.index) p.re.lastIndex++
    }
  }
  if (p.lineGate === undefined) {
    scan(notes, 0)
    return out
  }
  const gate = p.lineGate
  const next = (from: number): number => {
    if (typeof gate === 'string') return notes.indexOf(gate, from)
    gate.lastIndex = from
    return gate.exec(notes)?.index ?? -1
  }
  for (let at = next(0); at >= 0; ) {
    const lineStart = notes.lastIndexOf('\n', at) + 1
    const newline = notes.indexOf('\n', at)
    const lineEnd = newline < 0 ? notes.length : newline
    scan(notes.slice(lineStart, lineEnd), lineStart)
    at = newline < 0 ? -1 : next(lineEnd + 1)
  }
  return out
}

export function findPeople(notes: string): FoundPerson[] {
  const lowercaseWords = new Set(notes.match(/\b[a-z][a-z'-]+\b/g) ?? [])
  const ctx: Context = { notes, orgTokens: orgTokens(notes), lowercaseWords }
  const found: FoundPerson[] = []

  const add = (rawName: string, role: string | undefined, at: number, kind: 'strong' | 'context', speech: boolean,
    named: boolean) => {
    const name = cleanName(rawName.trim())
    if (!plausibleName(name, ctx, kind, at, kind === 'strong' || speech, named)) return
    const r = role?.trim()
    mergePerson(found, { name, role: r && isRoleText(r) ? r : undefined })
  }

  for (const p of PATTERNS) {
    for (const [m, offset] of matchesOf(p, notes)) {
      let name = m[p.name]
      let role = p.role ? m[p.role] : undefined
      if (p.roleFirst && role !== undefined) [role, name] = splitTitleFromName(role, name)
      if (p.kind === 'strong' && (!role || !isRoleText(role))) continue
      if (p.roleFirst && role && !endsAsRole(role)) continue
      add(name, role ? cleanRole(role) : undefined, offset + m.index + m[0].indexOf(name), p.kind, p.speech === true,
        / (named|called) /.test(m[0]))
    }
  }
  // "Mr. Okafor (Ben?)", "Dr. Lund (dean, Maja?)": the guessed first name goes
  // with the surname, and is not somebody else.
  for (const m of notes.matchAll(GUESSED_FIRST_NAME)) {
    const existing = found.find((f) => f.name === m[1])
    if (!existing) continue
    existing.name = `${m[2]} ${m[1]}`
    if (existing.role) existing.role = existing.role.replace(new RegExp(String.raw`,?\s*${m[2]}\??$`, 'u'),
      '').trim() || undefined
    const alone = found.findIndex((f) => f !== existing && f.name === m[2])
    if (alone >= 0) {
      existing.role ??= found[alone].role
      found.splice(alone, 1)
    }
  }
  addLowercaseNames(notes, found)
  mergeNicknames(notes, found)
  attachEmails(notes, found, ctx)
  return found
}

// Hurried notes skip capitals ("met w/ ana (store lead)"): a lower-case word after
// "met" is a name only when a title stands beside it.
const LOWER_MET = new RegExp(
  String.raw`\b[Mm](?:et|eet)(?: with| w\/)?\s+([a-z][a-z'’-]{2,})\s*(?:\(([^()\n]{2,60})\)|` +
  String.raw`,\s+([^,\n.;()]{2,40}?)(?=\s*(?:[,.;\n]|$)))`,
  'g'
)
const NOT_LOWER_NAMES = new Set(
  'the them him her his their our my your everyone everybody someone somebody folks people ' +
  'both all each two three four five several some most many few team staff group panel whole ' +
  'rest others another one'.split(' ')
)

// Phone notes list the panel in lower case: "cara vell (ops mgr) + tim odum (partner)". A first and
// last name with a role in brackets, at a line's start or after a list separator.
const LOWER_LISTED = new RegExp(
  String.raw`(?:^|\n|[:+&,]\s*|\band\s+|\bw\/\s*)(?:(?:ms|mr|mrs|sir|dr|maam)\.?\s+)?` +
  String.raw`([a-z][a-z'’-]{2,})\s+([a-z][a-z'’-]{2,})\s*\(([^()\n]{2,60})\)`,
  'g'
)

function addLowercaseListed(notes: string, found: FoundPerson[]): void {
  if (!/[a-z] \(/.test(notes)) return
  LOWER_LISTED.lastIndex = 0
  for (let m = LOWER_LISTED.exec(notes); m; m = LOWER_LISTED.exec(notes)) {
    const [first, last, role] = [m[1], m[2], m[3].trim()]
    const plain = (w: string) => NOT_LOWER_NAMES.has(w) || NOT_NAMES.has(w) || ROLE_WORDS.has(w) || ORG_WORDS.has(w)
    if (plain(first) || plain(last) || !isRoleText(role)) continue
    const cap = (w: string) => w[0].toUpperCase() + w.slice(1)
    mergePerson(found, { name: `${cap(first)} ${cap(last)}`, role: cleanRole(role) })
  }
}

function addLowercaseNames(notes: string, found: FoundPerson[]): void {
  addLowercaseListed(notes, found)
  if (!/[Mm]e(?:e|)t /.test(notes)) return
  LOWER_MET.lastIndex = 0
  for (let m = LOWER_MET.exec(notes); m; m = LOWER_MET.exec(notes)) {
    const word = m[1]
    const role = (m[2] ?? m[3] ?? '').trim()
    const notName = NOT_LOWER_NAMES.has(word) || NOT_NAMES.has(word) || ROLE_WORDS.has(word) || ORG_WORDS.has(word)
    if (notName || !isRoleText(role)) continue
    if (OWN_CONTACTS.test(notes.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(word)))) continue
    mergePerson(found, { name: word[0].toUpperCase() + word.slice(1), role: cleanRole(role) })
  }
}

const NICKNAMED = new RegExp(String.raw`(${TOKEN}) ["“](${TOKEN})["”] (${TOKEN})`, 'uy')

/** 'Joanne "Jo" Pruitt' is Joanne Pruitt, and a later "Jo" is her too. */
function mergeNicknames(notes: string, found: FoundPerson[]): void {
  for (let q = notes.indexOf(' "'); q >= 0; q = notes.indexOf(' "', q + 2)) {
    // Only a quote right after a capitalised word can open a nickname: step back over that word.
    let start = q
    while (start > 0 && /[\p{L}'’-]/u.test(notes[start - 1])) start--
    if (start === q || !/\p{Lu}/u.test(notes[start])) continue
    NICKNAMED.lastIndex = start
    const m = NICKNAMED.exec(notes)
    if (!m) continue
    const full = found.find((f) => f.name === `${m[1]} ${m[3]}` || f.name === m[1])
    if (!full) continue
    if (full.name === m[1] && !NOT_NAMES.has(m[3].toLowerCase())) full.name = `${m[1]} ${m[3]}`
    const alias = found.findIndex((f) => f.name === m[2])
    if (alias < 0 || found[alias] === full) continue
    full.role ??= found[alias].role
    full.email ??= found[alias].email
    found.splice(alias, 1)
  }
}

function attachEmails(notes: string, found: FoundPerson[], ctx: Context): void {
  if (!notes.includes('@')) return
  for (const m of emails(notes)) {
    const email = m.text.replace(/[.,;:)]+$/, '')
    const local = email.split('@')[0]
    const lineStart = notes.lastIndexOf('\n', m.index) + 1
    const line = notes.slice(lineStart, notes.indexOf('\n', m.index) < 0 ? notes.length : notes.indexOf('\n', m.index))
    const localWords = local.toLowerCase().split(/[._-]+/)
    const owner =
      found.find((f) => !f.email && f.name.toLowerCase().split(' ').every((w,
        i) => localWords[i]?.startsWith(w[0]) && (i > 0 || localWords.includes(w)))) ??
      found.find((f) => !f.email && line.includes(f.name))
    if (owner) {
      owner.email = email
      continue
    }
    if (GENERIC_MAILBOX.test(local)) continue
    const parts = local.split(/[._-]+/).filter((p) => /^[\p{L}]{2,}$/u.test(p))
    if (parts.length === 0) continue
    const name = parts.map((p) => p[0].toUpperCase() + p.slice(1).toLowerCase()).join(' ')
    if (plausibleName(name, ctx, 'strong', m.index)) mergePerson(found, { name, email })
  }
}

/** Adds a person, or folds a mention into one already found ("Hana" into "Hana Kowalczyk"). */
function mergePerson(found: FoundPerson[], person: FoundPerson): void {
  const name = person.name
  const space = name.indexOf(' ')
  const first = space < 0 ? name : name.slice(0, space)
  const last = name.slice(name.lastIndexOf(' ') + 1)
  const single = space < 0
  const words = name.split(' ').length
  for (const f of found) {
    // Same tests as comparing split names, without splitting every known name on every mention.
    const sameFirst = f.name.startsWith(first) && (f.name.length === first.length || f.name[first.length] === ' ')
    const beforeLast = f.name.length - last.length - 1
    const sameLast = f.name.endsWith(last) && (beforeLast < 0 || f.name[beforeLast] === ' ')
    const fSingle = !f.name.includes(' ')
    const same = f.name === name || (single && (sameFirst || sameLast)) || (fSingle && (sameFirst || sameLast))
    if (!same) continue
    if (words > f.name.split(' ').length) f.name = name
    if (!f.role && person.role) f.role = person.role
    if (!f.email && person.email) f.email = person.email
    return
  }
  found.push({ ...person })
}
