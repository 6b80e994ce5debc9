// Turns accepted key points (raw note fragments: shorthand, bullets, first person) into clauses
// a draft can weave into a sentence. When a fragment cannot be made to read well it is left
// out: a draft that quotes less is better than one that says something the user never meant.

export interface PhrasingOptions {
  /** Words that must keep their capital (company, people, proper nouns seen in the notes). */
  properNouns?: ReadonlySet<string>
}

const SHORTHAND: [RegExp, string][] = [
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s|$)/gi, 'with'],
  [/\bw\/(?=\S)/gi, 'with '],
  [/\bb\/c\b/gi, 'because'],
  [/\babt\b/gi, 'about'],
  [/\bthru\b/gi, 'through'],
  [/\bmgrs\b/gi, 'managers'],
  [/\bmgr\b/gi, 'manager'],
  [/\bmgmt\b/gi, 'management'],
  [/\bdept\b/gi, 'department'],
  [/\bexp\b/gi, 'experience'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  [/\bapprox\b\.?/gi, 'approximately'],
  [/\bppl\b/gi, 'people'],
  [/\bconvo\b/gi, 'conversation'],
  [/\besp\b\.?/gi, 'especially'],
  [/\bsys design\b/gi, 'system design'],
  [/\breqs\b/gi, 'requirements'],
  [/\bdev(s)?\b(?=\s+(team|process|workflow|tooling|experience))/gi, 'developer$1'],
  [/\btho\b/gi, 'though'],
  [/\s*(?:->|→|=>)\s*/g, ' to '],
  [/\s+&\s+/g, ' and '],
  [/\s+\+\s+/g, ' and '],
  [/\s+\/\s+/g, ' and ']
]

const BULLET = /^\s*(?:[-*•·–—>]+|\d{1,2}[.)]|[a-z][.)](?=\s))\s*/
const LABEL = /^(?:topic|concern|praise|culture|next steps?|action|todo|to do|note|re|q)\s*[:\-–]\s*/i
const STARTERS_KEPT = /^(?:I|I'm|I've|I'd|I'll)$/

export function expandShorthand(text: string): string {
  return SHORTHAND.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text)
}

/** Bullets, labels and trailing punctuation gone, shorthand expanded, first letter lowered. */
export function cleanFragment(raw: string, options: PhrasingOptions = {}): string {
  let text = raw.replace(/\s+/g, ' ').trim()
  text = text.replace(BULLET, '').replace(LABEL, '')
  text = text.replace(/^["'“‘(]+|["'”’)]+$/g, '')
  text = expandShorthand(text)
  text = text.replace(/[\s.,;:!?…\-–—]+$/, '').replace(/\s+/g, ' ').trim()
  return lowerFirst(text, options)
}

function lowerFirst(text: string, { properNouns }: PhrasingOptions): string {
  const first = /^[^\s,;:]+/.exec(text)?.[0] ?? ''
  if (STARTERS_KEPT.test(first)) return text
  // Only a plain Capitalised word is lowered: "API", "GraphQL", "iOS" and known names stay.
  if (!/^[A-Z][a-z'’-]*$/.test(first)) return text
  const bare = first.replace(/['’]s$/, '')
  if (properNouns?.has(bare) || KNOWN_NAMES.has(bare)) return text
  return text[0].toLowerCase() + text.slice(1)
}

// Names that often open a note; lowering them would read as a typo.
const KNOWN_NAMES = new Set(
  'Kubernetes Kafka Python Java JavaScript TypeScript React Rust Ruby Rails Postgres PostgreSQL MySQL AWS Azure Google Amazon Microsoft Apple Linux Docker Terraform Spark Snowflake Salesforce Stripe Shopify Figma Jira Slack Excel Tableau Swift Kotlin Android Scala Elixir Django Flask Node Vue Angular Redis MongoDB Elasticsearch Airflow Databricks Agile Scrum Europe Asia America Africa Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December English Spanish French German Chinese Japanese'.split(' ')
)

/** Capitalised words seen mid-sentence are probably names ("moving to Kafka"), so keep them. */
export function collectProperNouns(texts: string[], extra: string[] = []): Set<string> {
  const found = new Set<string>()
  for (const text of texts) {
    const words = text.replace(BULLET, '').split(/\s+/)
    words.forEach((word, i) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '')
      if (i > 0 && /^[A-Z][a-z]+$/.test(bare) && !/[.!?]$/.test(words[i - 1])) found.add(bare)
    })
  }
  for (const phrase of extra) for (const word of phrase.split(/\s+/)) if (/^\p{Lu}/u.test(word)) found.add(word.replace(/[^\p{L}\p{N}]+$/u, ''))
  return found
}

// A clause with one of these is a sentence ("the team is moving to Go"), not a noun phrase.
const FINITE_VERB =
  /\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|isn't|aren't|wasn't|don't|doesn't|didn't|won't|can't|wants?|needs?|plans?|uses?|said|says|thinks?|seems?|feels?|likes?|liked|loved|asked|told|mentioned|went|got|gets|moving|hiring|looking)\b/i
const FIRST_PERSON_START = /^(?:i|i'm|i've|i'd|me|we|we're|we've|us)\b/i
const THIRD_PERSON = /\b(?:she|he|her|him|his|hers|interviewer)\b/i
const DETERMINER = /^(?:the|a|an|my|our|your|their|this|that|these|those|some|any|how|why|what|when|where|which|who|whether|if|each|every|all|both|more|less|one|two|three|several|many|much)\b/i
const MAX_WORDS = 14
// "migrating the billing system" is an activity; "billing migration" is a thing that takes "the".
const GERUND = /^\S+ing(?:$|\s+(?:the|a|an|my|our|your|their|its|this|that|these|those|it|them|up|out|off|over|down|across|to|into|with)\b)/i
// "team ships weekly": a subject noun followed by a verb in -s.
const SUBJECT_VERB =
  /^(?:the\s+)?(?:team|company|group|department|org|manager|product|everyone|nobody|it)\s+(?!leads\b|members\b|culture\b|goals\b|process(?:es)?\b|values\b|events\b|dynamics\b|lunches\b|offsites\b)[a-z]+s\b/i

function isSentence(text: string): boolean {
  return FINITE_VERB.test(text) || SUBJECT_VERB.test(text)
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Cut a long clause at its first comma, semicolon or dash; null when still too long. */
function fitLength(text: string): string | null {
  if (wordCount(text) <= MAX_WORDS) return text
  const head = text.split(/\s*[,;:]\s*|\s+[-–—]\s+|\s+\(/)[0]
  return head && wordCount(head) <= MAX_WORDS && wordCount(head) >= 2 ? head : null
}

/** Add "the" to a bare lowercase noun phrase ("billing migration" → "the billing migration"). */
function withArticle(np: string): string {
  if (DETERMINER.test(np) || GERUND.test(np)) return np
  // An acronym leading a longer phrase ("Q3 roadmap", "API design") still takes an article.
  const acronymLed = /^(?:[A-Z0-9]{2,}|[A-Z][0-9]+)\s+\S/.test(np)
  return /^[a-z]/.test(np) || acronymLed ? `the ${np}` : np
}

function companySide(sentence: string): string {
  // Notes say "they" for the company; the draft is written to the company.
  return sentence
    .replace(/^they're\b/i, "you're")
    .replace(/^they\b/i, 'you')
    .replace(/\btheir\b/gi, 'your')
    .replace(/\bthem\b/gi, 'you')
}

function stripLeadIn(text: string, leadIns: RegExp): string {
  let current = text
  for (let i = 0; i < 3; i++) {
    const next = current.replace(leadIns, '')
    if (next === current) break
    current = next
  }
  return current.trim()
}

const REPORTING = /^(?:(?:she|he|they|the interviewer|interviewer|[A-Z][a-z]+)\s+)?(?:said|mentioned|explained|noted|told me|shared|talked about how|described how)\s+(?:that\s+)?/i
const TOPIC_LEAD =
  /^(?:(?:we|they|she|he|i)\s+)?(?:(?:really|also|mostly|briefly)\s+)?(?:talked|spoke|chatted|discussed|went over|covered|dug into|got into|deep dive|deep-dived|walked (?:me )?through|asked(?: me)?|spent (?:a lot of )?time on|touched on)\s*(?:about|on|into|re|over|through|around)?\s*/i

export type Clause = { kind: 'noun'; text: string } | { kind: 'sentence'; text: string }

/** A topic or culture point as "the billing migration" or "you're moving to event sourcing". */
export function topicClause(raw: string, options: PhrasingOptions = {}): Clause | null {
  let text = cleanFragment(raw, options)
  text = stripLeadIn(text, REPORTING)
  text = stripLeadIn(text, TOPIC_LEAD)
  text = fitLength(text) ?? ''
  if (wordCount(text) < 1 || THIRD_PERSON.test(text)) return null
  text = lowerFirst(text, options)
  if (!isSentence(text)) return /^(?:they|them)\b/i.test(text) ? null : { kind: 'noun', text: withArticle(companySide(text)) }
  if (FIRST_PERSON_START.test(text) || /^my\b/i.test(text)) return null
  const sentence = /^(?:they|they're)\b/i.test(text) ? companySide(text) : text.replace(/^team\b/, 'the team')
  return { kind: 'sentence', text: sentence }
}

const PRAISE_LEAD =
  /^(?:(?:she|he|they|the interviewer|interviewer|[A-Z][a-z]+|the panel|panel|everyone|team)\s+)?(?:(?:really|seemed to|seemed)\s+)?(?:liked|loved|enjoyed|appreciated|praised|valued|impressed (?:by|with)|(?:was|were|seemed) (?:impressed|interested|excited|keen)(?: by| with| in| about)?|interested in|keen on|positive (?:about|on)|responded well to|(?:great|good|positive|nice) feedback (?:on|about)|complimented)\s*/i

/** The strength a praise point names, as a noun phrase: "my Kafka experience". */
export function praiseClause(raw: string, options: PhrasingOptions = {}): string | null {
  let text = stripLeadIn(cleanFragment(raw, options), PRAISE_LEAD)
  text = text.replace(/^(?:the way|how)\s+i\b/i, 'how I')
  text = fitLength(text) ?? ''
  if (wordCount(text) < 1 || THIRD_PERSON.test(text)) return null
  if (isSentence(text) && !/^how I\b/.test(text)) return null
  return withArticle(companySide(lowerFirst(text, options)))
}

const CONCERN_LEAD =
  /^(?:(?:she|he|they|the interviewer|interviewer|[A-Z][a-z]+|the panel|panel)\s+)?(?:(?:was|were|seemed|sounded)\s+)?(?:(?:a bit|slightly|somewhat)\s+)?(?:worried|concerned|unsure|hesitant|skeptical|asked|wondered|questioned|pushed back|probed|doubts?|concern)\s*(?:about|on|over|re|whether|if|that|with)?\s*/i

/** The doubt a concern point names, ready for "your question about …". */
export function concernClause(raw: string, options: PhrasingOptions = {}): string | null {
  const cleaned = cleanFragment(raw, options)
  const whether = /\b(?:whether|if)\s+(.*)$/i.exec(cleaned)
  let text = whether && CONCERN_LEAD.test(cleaned) ? `whether ${whether[1]}` : stripLeadIn(cleaned, CONCERN_LEAD)
  text = text.replace(/^(?:my\s+)?(?:lack of|no|not much|not enough|limited|little|missing)\s+/i, 'my ')
  text = fitLength(text) ?? ''
  if (wordCount(text) < 1 || THIRD_PERSON.test(text)) return null
  if (isSentence(text) && !/^whether\b/.test(text)) return null
  return withArticle(companySide(lowerFirst(text, options)))
}

const SEND_VERB = /^(?:send|share|forward|email|e-mail|provide|follow up with|get (?:them|back to them with))\s+(?:them\s+|over\s+)?/i
const DO_VERB = /^(?:clarify|answer|explain|add|mention|expand on|elaborate on|correct|confirm|follow up on|share more about)\b/i

/** What an action point asks the candidate to do, as "follow up with my portfolio link". */
export function actionClause(raw: string, options: PhrasingOptions = {}): string | null {
  const text = fitLength(cleanFragment(raw, options).replace(/^(?:i\s+)?(?:need to|should|must|have to|to)\s+/i, '')) ?? ''
  if (wordCount(text) < 2 || THIRD_PERSON.test(text)) return null
  if (SEND_VERB.test(text)) {
    const thing = text.replace(SEND_VERB, '')
    if (!thing || FINITE_VERB.test(thing)) return null
    return `follow up with ${/^(?:the|a|an|my|some)\b/i.test(thing) ? thing : `my ${thing}`}`
  }
  if (DO_VERB.test(text)) return companySide(text.replace(/^(\S)/, (c) => c.toLowerCase()))
  return null
}

/** Words of a point that signal it was used in a draft (for the "generic" check). */
export function contentWords(text: string): string[] {
  const words = expandShorthand(text.toLowerCase()).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return [...new Set(words.filter((w) => w.length >= 4 && !STOPWORDS.has(w)))]
}

const STOPWORDS = new Set(
  'about above after again also because been before being below between both cannot could does doing down during each from further have having here hers herself himself into itself just more most mentioned myself once only other ours ourselves over own same said says seemed should some such than that their theirs them themselves then there these they this those through under until very were what when where which while whom with would your yours yourself really discussed talked asked liked think thought team role company interview interviewer want wanted lots much well'.split(' ')
)
