import type { KeyPointCategory } from '../model'
import { isName, toRecipientView, type NameContext } from './mention-clean'
import { finish, LABEL_ONLY, lowerFirst, no, stripLeads, TIME_WORD, TITLE, type Mention } from './mention-finish'
import { nounPhraseAt } from './mention-phrase'
import { whatTheyRaised } from './mention-raised'
import { joinTokens, tokenize, type Token } from './nlp'

// Topics and ways of working as phrases: "your plan to …", "how the team …", "your stand-up at 9:10".

const GROUP_SUBJECT = /^(?:the\s+)?(?:whole\s+)?(?:team|teams|staff|everyone|everybody|nobody|company|department|unit|office|org|organization|group|managers|leadership|engineers|nurses|admin|administration|people)\b/i
const SUBJ = "(?:you|the team|the whole team|team|everyone|staff)(?:\\s+are|'re|\\s+)?\\s*"
const PLAN_VERB = new RegExp(`^${SUBJ}(?:planning|plan|going|intend|intending|hoping|hope|want|wants|need|needs|aim|aiming|trying|looking)\\s+to\\s+(.+)$`, 'i')
const WANT_SOMEONE = new RegExp(`^${SUBJ}(?:want|wants|need|needs|looking for)\\s+(?:someone|somebody|a person|people|a candidate)\\s+(?:who can|who could|to|that can|who)\\s+(.+)$`, 'i')
const HAVE_THING = /^(?:you|the team|the whole team|team|everyone|staff)(?:'ve got|'ve|\s+have got|\s+(?:have|has|run|runs|hold|holds|do|does))\s+(?:a|an|the|some)?\s*(.+)$/i

// A person is not a topic: "the new analyst would join three others…".
const PERSON_HEAD =
  /^(?:specialist|manager|person|people|candidate|hire|lead|director|coordinator|nurse|nurses|staff|team)$/

// Plurals that modify a noun ("sales team"), unlike a plural subject before its verb.
const PLURAL_MODIFIER = /^(?:sales|operations|logistics|systems|services|communications|analytics|goods|news|arts|sports|savings|earnings|customs|claims|accounts|weeks|months|days|hours|years)$/

/**
 * "nurses swap shifts through an app", "the clinics close at 7pm": a plural subject, then a word
 * the tagger read as a noun or adjective but that is the verb, since an object or a place follows.
 * Its index, or -1.
 */
function hiddenVerb(tokens: Token[]): number {
  const s = tokens[0]?.pos === 'DET' ? 1 : 0
  const [subject, verb, after] = [tokens[s], tokens[s + 1], tokens[s + 2]]
  if (!subject || !verb || !after || subject.pos !== 'NOUN' || subject.lower === subject.lemma) return -1
  if (!/s$/.test(subject.lower) || PLURAL_MODIFIER.test(subject.lower)) return -1
  if (!/^(?:NOUN|ADJ)$/.test(verb.pos) || /s$/.test(verb.lower) || TIME_WORD.test(verb.lower)) return -1
  // "rotas drawn by lottery" is passive ("are drawn"): said as active it would mean the opposite.
  if (after.lower === 'by') return -1
  const object = /^(?:DET|PRON|ADP|NUM)$/.test(after.pos) || (after.pos === 'NOUN' && /s$/.test(after.lower) && after.lower !== after.lemma)
  return object ? s + 1 : -1
}

/** "you're rebuilding X" → "how you're rebuilding X"; "staff rotate monthly" → "how staff rotate monthly". */
function describeClause(clause: string, category: KeyPointCategory, names: NameContext): Mention {
  const said = describe(clause, category, names)
  // "how porters plan their breaks" is right, but a "their" in a message to them reads as their own.
  return said.usable && /\btheir\b/i.test(said.text) ? no('speaks of them as "they"') : said
}

function describe(clause: string, category: KeyPointCategory, names: NameContext): Mention {
  // After "is/are" a "their" is the company's again: "phones are their top issue".
  const ownSubject = /^(?:the\s+|every\s+|each\s+|all\s+)?\p{L}+s\s+(?!(?:of|for|in|on|at|and|are|were|is|was)\b)/iu.test(clause) &&
    !/^(?:they|their|them|theirs)\b/i.test(clause) ||
    // "a review where trainees defend their designs": the trainees' designs.
    /\b(?:where|who|when)\s+\p{L}+s\s+\p{L}+\s+their\b/iu.test(clause)
  const text = toRecipientView(clause, ownSubject)
  const want = WANT_SOMEONE.exec(text)
  if (want) return finish(tokenize(`your need for someone who can ${want[1]}`), category, names)
  const plan = PLAN_VERB.exec(text)
  if (plan) {
    const planned = /^\S+(?:\s+are|'re)?\s+(?:planning|plan|going|intend|intending)\b/i.test(text)
    return finish(tokenize(`your ${planned ? 'plan' : 'goal'} to ${plan[1]}`), category, names)
  }
  const have = HAVE_THING.exec(text)
  if (have) {
    const np = nounPhraseAt(tokenize(have[1]), 0, 3)
    const own = np && /^(?:your|their)$/i.test(np[0].lower)
    if (np && np.length === tokenize(have[1]).length) return finish(tokenize(`${own ? '' : 'your '}${joinTokens(np)}`), category, names)
  }
  const tokens = tokenize(text)
  if (LABEL_ONLY.test(text)) return no('a heading, not a point')
  if (!tokens.length || /^(?:I|me|my|we|us|our)$/i.test(tokens[0].text)) return no('is about me, not them')
  // "Ana asked about …", "she took us round …": told by one person, about what they raised.
  if ((tokens[0].pos === 'PROPN' && isName(tokens[0].text, names)) || /^(?:she|he)$/i.test(tokens[0].lower)) {
    // "Ana needs a person to …" speaks for the company; anything else she did is hers.
    const company = text.replace(/^\S+(?:\s+[A-Z]\S*)?\s+(?=(?:wants?|needs?|is looking for|hopes?)\b)/, 'you ')
    if (company !== text) {
      const said = describeClause(company.replace(/^you (wants|needs|hopes)/, (_m, v: string) => `you ${v.slice(0, -1)}`), category, names)
      // Only a need or a plan speaks for the company; "how you want analyst …" is half a thought.
      if (said.usable) return /^your (?:need|plan|goal)\b/.test(said.text) ? said : no('about one person, not the company')
      if (!/^(?:she|he)$/i.test(tokens[0].lower)) return said
    }
    const told = whatTheyRaised(tokens, names)
    if (!told) return no('about one person, not the company')
    const said = describeClause(told, category, names)
    // "dug into GDPR audits": a name or an acronym keeps its case and takes no article.
    const acronym = /^(\p{Lu}[\p{Lu}\d]+)\b/u.exec(told)?.[1]
    if (said.usable && acronym && said.text.toLowerCase() === `the ${told.toLowerCase()}`.slice(0, said.text.length)) {
      return finish(tokenize(told), category, names, false, true)
    }
    return said
  }
  if (/^(?:she|he|her|his|him)$/i.test(tokens[0].lower)) return no('speaks of someone as he or she')
  // "Your React app is …", "each ticket gets …": a word tagged as a verb inside the
  // subject ("React", "support" in "each support ticket") is not its verb; the verb is the first one after a whole noun group.
  const lead = nounPhraseAt(tokens, 0, 1)
  const afterLead = lead ? tokens[lead.length] : undefined
  const firstVerb = tokens.findIndex((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing)$/.test(t.lower)))
  const afterSubject = tokens.findIndex((t, k) => k > 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) &&
    nounPhraseAt(tokens.slice(0, k), 0)?.length === k)
  const verbAt = lead && afterLead?.pos === 'AUX' && firstVerb > 0 && firstVerb < lead.length ? lead.length
    : afterSubject > 0 && firstVerb > 0 ? afterSubject : firstVerb
  if (verbAt < 0) {
    const titled = TITLE.test(tokens[0].lower) && tokens.length <= 3
    if ((tokens.length === 1 && tokens[0].pos === 'PROPN') || titled ||
      tokens.every((t) => isName(t.text, names) || TITLE.test(t.lower))) {
      return no('a name, not a point')
    }
    if (tokens.every((t) => /^(?:NUM|PUNCT|DET|ADP|SYM)$/.test(t.pos) || TIME_WORD.test(t.lower))) return no('only a time, not a point')
    // "remote-first, async culture": adjectives listed before a noun are still one phrase.
    const listed = /^(?:NOUN|PROPN)$/.test(tokens[tokens.length - 1].pos) && tokens.every((t) => /^(?:ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(t.pos) || t.text === ',')
    const verb = hiddenVerb(tokens)
    if (verb > 0) {
      const how: Token = { text: 'how', lower: 'how', pos: 'ADV', lemma: 'how' }
      const first = { ...tokens[0], text: lowerFirst(tokens[0].text, names) }
      const clause = [first, ...tokens.slice(1)].map((t, i) => (i === verb ? { ...t, pos: 'VERB' } : t))
      return finish([how, ...clause], category, names)
    }
    return finish(nounPhraseAt(tokens, 0) || listed ? tokens : null, category, names)
  }
  if (verbAt === 0) return no('starts with a verb: a to-do, not a subject')
  const subject = joinTokens(tokens.slice(0, verbAt))
  const rest = joinTokens(tokens.slice(verbAt))
  if (/^you(?:\s+(?:also|all|really|usually|always|still))?$/i.test(subject) || GROUP_SUBJECT.test(subject)) {
    // One body of people takes "the": "how the group is busy", not "how group is busy".
    const s = subject.replace(/^(?:team|whole team|staff team)$/i, 'the team').replace(/^(?:whole)\b/i, 'the whole')
      .replace(/^(?=(?:company|department|unit|office|org|organization|group|leadership|administration)$)/i, 'the ')
    const said = finish(tokenize(`how ${s} ${rest}`), category, names)
    // "how you keep a rule", "how you do this thing": what the rule is went unsaid.
    const vague = /^how \S+(?: \S+)? (?:do|does|have|has|run|follow) (?:a|an|this|that|some) (?:\S+ )?(?:thing|rule|policy|tradition|system|process)$/i
    return said.usable && vague.test(said.text) ? no('too vague to mention') : said
  }
  // "the key aim for Q3 is X": the subject is a label, X is the point.
  if (/\b(?:push|priority|focus|issue|problem|challenge|headache|goal|project|thing)\b/i.test(subject) && /^(?:is|was|are)\b/i.test(rest)) {
    const said = nounPhraseAt(tokens, verbAt + 1) ?? (tokens[verbAt + 1]?.lower.endsWith('ing') ? tokens.slice(verbAt + 1) : null)
    return finish(said, category, names)
  }
  // The subject ends at its verb: "counselors run lunch groups" is not one noun group. A singular
  // subject before a bare verb ("the kaizen board at noon") means the verb was a noun after all.
  const bare = tokens[verbAt].pos === 'VERB' && tokens[verbAt].lower === tokens[verbAt].lemma
  const lastOfSubject = tokens[verbAt - 1]
  const agrees = !bare || lastOfSubject.pos === 'PRON' || /s$/.test(lastOfSubject.lower)
  const subjectNp = nounPhraseAt(agrees ? tokens.slice(0, verbAt) : tokens, 0)
  if (!subjectNp || subjectNp.length !== verbAt) {
    // The clause is beyond a phrase, but what it is about may still be said: "your React app".
    const about = subjectNp && subjectNp.length <= verbAt ? subjectNp : null
    return about && (about.length > 1 || about[0].lower.length > 5) ? finish(about, category, names) : no('not a clear subject')
  }
  // "the key aim for Q3 is X": the subject is a label, X is the point.
  const determined = /^(?:the|a|an|my|your|our|this|that|these|those|some|each|every|all)$/i.test(subjectNp[0].lower)
  // The head is the last noun before any "of/for …" tail: "payroll module for X" takes "the".
  const linkAt = subjectNp.findIndex((t, i) => i > 0 && t.pos === 'ADP')
  const head = (linkAt > 0 ? subjectNp.slice(0, linkAt) : subjectNp).at(-1) as Token
  const singular = head.pos === 'NOUN' && !/(?:s|tion|ment|ness|ing|ity|ship|ware|data|staff)$/.test(head.lower)
  // "changeovers signed by two people": a participle, not a verb; "how changeovers signed …" says nothing.
  if (tokens[verbAt].pos === 'VERB' && /ed$/.test(tokens[verbAt].lower) && tokens[verbAt + 1]?.lower === 'by') {
    return finish(subjectNp.length > 1 ? subjectNp : null, category, names)
  }
  const sub = lowerFirst(subject, names)
  const described = finish(tokenize(`how ${!determined && singular ? `the ${sub}` : sub} ${rest}`), category, names)
  // Too much to say about it in a phrase: the thing itself still is ("your React app").
  const quantified = /^(?:every|each|all|some|any|no)$/.test(subjectNp[0].lower)
  const verb = tokens[subjectNp.length]
  // "late fees on bulk | orders": a noun read as the verb means the phrase stopped too soon.
  const tagged = subjectNp.some((t) => t.pos === 'VERB') || !(verb?.pos === 'AUX' || /ed$/.test(verb?.lower ?? ''))
  if (described.usable || subjectNp.length < 2 || !/^(?:NOUN|PROPN)$/.test(head.pos) || quantified || tagged ||
    PERSON_HEAD.test(head.lower)) return described
  const thing = finish(subjectNp, category, names)
  return thing.usable ? thing : described
}

export function topicOrCulture(clauses: string[], category: KeyPointCategory, names: NameContext): Mention {
  let first: Mention | null = null
  for (const c of clauses) {
    const lead = lowerFirst(stripLeads(c), names)
    const head = lead.split(/,\s+/)[0]
    const m = head !== lead && head.split(' ').length >= 2 ? describeClause(head, category, names) : describeClause(lead, category, names)
    if (m.usable) return m
    first ??= m
  }
  return first ?? no('nothing to say')
}

/** The first "my …" phrase: "my accessibility audit case study". */
