import type { KeyPointCategory } from '../model'
import { isName, type NameContext } from './mention-clean'
import { fitWords, trimEnd, unsendable } from './mention-phrase'
import { joinTokens, type Token } from './nlp'

// The last step of every mention: article, capital, length, and the checks that decide whether a
// message may use it.

/**
 * `generic`: a reaction that names nothing ("that's the clearest answer I've heard", "he wasn't
 * convinced"): said only as a fixed phrase (mention-generic.ts), and only to the person it came from.
 */
export type Mention = { usable: true; text: string; generic?: boolean } | { usable: false; text: null; reason: string }

export const no = (reason: string): Mention => ({ usable: false, text: null, reason })
export const yes = (text: string): Mention => ({ usable: true, text })

export const REPORT_LEAD =
  /^(?:(?:the\s+)?[\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’-]+)?\s+)?(?:also\s+|really\s+|then\s+|kind of\s+|basically\s+)*(?:said|says|mentioned|explained|noted|added|told me|stressed|emphasized|was clear|made clear|made it clear|described|talked about how|thinks|thought|reckoned|called it|pointed out|admitted)\s*(?:that\s+)?/iu
export const TALK_LEAD =
  /^(?:(?:we|they|she|he|I|[A-Z][\p{L}'’-]+)\s+)?(?:also\s+|really\s+|mostly\s+|briefly\s+)*(?:talked|spoke|chatted|discussed|went over|covered|dug into|got into|walked (?:me\s+|him\s+|her\s+|them\s+)?through|told (?:him|her|them) about|spent (?:a lot of\s+)?time on|touched on|asked (?:me\s+)?(?:about|abt))\s*(?:about|on|into|over|through|around)?\s*/iu
export const MAIN_THING = /^(?:so\s+)?the (?:main|big|biggest|key|other) (?:thing|topic|issue|point)s?\s+(?:you|they|we|she|he)?\s*(?:talked about|discussed|raised|mentioned|care about)?\s*(?:is|was)\s+(?:that\s+)?/i

export const LABEL_ONLY = /^(?:(?:the|your|their)\s+)?(?:team's\s+)?(?:(?:big|bigger|biggest|main|key|real|actual|current|other|strategic|overall|general|whole|major|one|first|second|last)\s+){0,3}(?:issue|problem|priority|focus|challenge|headache|project|gap|thing|topic|pain|pain point|struggle|worry|need|way|stuff|part|bit|job|role)s?(?:\s+right now|\s+now|\s+at the moment)?$/i
const VAGUE = /^(?:problem|problems|need|needs|way|ways|world|site|job|case|hand|side|area|point|points|issue|issues|stuff|thing|things|situation|trust|department|staffing|union|team|company|role)$/

export const TIME_WORD = /^(?:every|each|daily|weekly|monthly|quarterly|yearly|annually|quarters?|years?|sprints?|seasons?|shifts?|mornings?|evenings?|afternoons?|nights?|weeks?|days?|months?|am|pm|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|\d+(?::\d+)?)$/
export const SKILL_HEAD = /\b(?:experience|background|skills?|knowledge|exposure|expertise|track record)$/i


export function withArticle(np: string, category: KeyPointCategory): string {
  if (/^(?:the|a|an|my|your|our|this|these|those|some|how|why|what|whether|when|where|each|every|all|both)\b/i.test(np)) return np
  // "12-hour shifts" is a thing that takes an article; "350 beds" is a count, noted.
  if (/^\d(?![\d.]*-\p{L})/u.test(np) || ((category === 'praise' || category === 'concern') && /^\p{Ll}+ing\s/u.test(np)) || /^\p{Ll}+ing\s+(?:the|a|an|my|your|our|their|its|this|that|these|those|it|them|up|out|on|over)\b/u.test(np)) return np
  const mine = category === 'action' || (category === 'concern' && SKILL_HEAD.test(np))
  return `${category === 'culture' ? 'your' : mine ? 'my' : 'the'} ${np}`
}

export function lowerFirst(text: string, names: NameContext): string {
  const first = (/^\S+/.exec(text)?.[0] ?? '').replace(/[,;:.!?]+$/, '')
  // "C-check", "T-cell": a capital letter before a hyphen belongs to the word.
  if (!/^[A-Z][a-z'’-]*$/.test(first) || /^[A-Z]-/.test(first) || isName(first, names) || first === 'I' || /^I['’]/.test(first) || CALENDAR.test(first) ||
    LOWER_CALENDAR.test(first.toLowerCase())) return text
  if (names.company && names.company.toLowerCase().split(/\s+/).includes(first.toLowerCase())) return text
  return text[0].toLowerCase() + text.slice(1)
}

/** Drops words after a person's name: "the plan Tom asked for" → "the plan". */
export function cutAtName(tokens: Token[], names: NameContext): Token[] {
  // Phone notes write names in lower case ("pastor ashby"): the tagger then calls them nouns.
  let at = tokens.findIndex((t) => (t.pos === 'PROPN' || (t.text.length > 3 && t.text === t.lower)) && isName(t.text, names))
  if (at < 0) return tokens
  // "to Mr. | Lim": the title goes with the name.
  while (at > 0 && (tokens[at - 1].text === '.' || TITLE.test(tokens[at - 1].lower))) at--
  return trimEnd(tokens.slice(0, at))
}

/** `asWritten`: the phrase keeps its own case and takes no article ("rollback strategy", "Kafka"). */
export function finish(tokens: Token[] | null, category: KeyPointCategory, names: NameContext, allowI = false,
  asWritten = false): Mention {
  if (!tokens || !tokens.length) return no('no phrase a message can use')
  // Quote marks around one word of the notes ("a Friday 'callback' review") are the note-taker's.
  let cut = cutAtName(tokens.filter((t) => !/^['‘’"“”`]$/.test(t.text)), names)
  if (!cut.length) return no('no phrase a message can use')
  while (cut.length > 1 && TRAILING_TIME.test(cut.slice(-2).map((t) => t.lower).join(' '))) cut = trimEnd(cut.slice(0, /^(?:next|this|last|right)$/.test(cut[cut.length - 2].lower) ? -2 : -1))
  // "the ripasso yes": a reply of the note-taker's, not part of the thing.
  while (cut.length > 1 && /^(?:yes|yeah|yep|no|nope|ok|okay)$/.test(cut[cut.length - 1].lower)) cut = trimEnd(cut.slice(0, -1))
  // "roster monthly": how often goes before the thing it describes ("your monthly roster").
  const often = cut[cut.length - 1]
  if (cut.length > 1 && /^(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly)$/.test(often.lower) &&
    /^(?:NOUN|PROPN)$/.test(cut[cut.length - 2].pos) && cut[0].lower !== 'how' && !cut.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
    const at = cut[0].pos === 'DET' || /^(?:my|your|our|their)$/.test(cut[0].lower) ? 1 : 0
    cut = [...cut.slice(0, at), often, ...cut.slice(at, -1)]
  }
  // "the franchise renewal coming": a thing, with the note's participle left hanging after it.
  const last = cut[cut.length - 1]
  if (cut.length > 2 && cut[0].lower !== 'how' && HANGING.test(last.lower) && /^(?:NOUN|PROPN)$/.test(cut[cut.length - 2].pos)) {
    cut = cut.slice(0, -1)
  }
  // A "how …" clause longer than a breath reads as pasted notes.
  // A thing sent is named, not described: ten words is plenty.
  // Eleven words at most: a longer run would be the note itself, pasted.
  const fitted = fitWords(cut, category === 'action' ? 10 : 11)
  if (!fitted || !fitted.length) return no('too long to say in a sentence')
  // "the depot move, cutover 9/14, all staff": a list of jottings, or a date written as digits.
  if (fitted.filter((t) => t.text === ',').length > 1 || fitted.some((t) => /^(?:0?[1-9]|1[0-2])\/\d{1,2}$/.test(t.text))) {
    return no('reads as a note, not a phrase')
  }
  // A "how …" clause cut before its verb says nothing: "how the claims intake screen"; nor
  // does one whose verb has nothing after it but a number: "how you want 65".
  if (fitted[0].lower === 'how') {
    const verb = fitted.findIndex((t, i) => i > 1 && (t.pos === 'VERB' || t.pos === 'AUX'))
    if (verb < 0) return no('too long to say in a sentence')
    if (!fitted.slice(verb + 1).some((t) => /^(?:NOUN|PROPN|ADJ|VERB)$/.test(t.pos))) return no('too little to say')
    // "how the rule is ship it small": a quote's imperative after "is" ("is set", "is run" are passives).
    const bareAfterBe = fitted.some((t, i) => i > 0 && t.pos === 'VERB' && t.lower === t.lemma && !/(?:ing|ed)$/.test(t.lower) && !SAME_PARTICIPLE.test(t.lower) &&
      fitted[i - 1].pos === 'AUX' && /^(?:is|are|was|were)$/.test(fitted[i - 1].lower))
    if (bareAfterBe) return no('ends mid-phrase')
  }
  const text = asWritten ? joinTokens(fitted) : withArticle(lowerFirst(joinTokens(withMine(fitted).map(calendarCase)), names), category)
  if (LABEL_ONLY.test(text)) return no('a heading, not a point')
  // "your goal to fix it": what "it" is was said before, not here.
  if (/^(?:your|the) (?:goal|plan|need|aim) to \S+ (?:it|this|that|them)\b/i.test(text)) return no('points back at something said before')
  // "send reference: my manager": a person to put them in touch with, not a thing to attach.
  if (category === 'action' && PERSON_ONLY.test(text)) return no('a person, not something to send')
  // "your problem", "the site": one plain word says too little to show what was discussed.
  const single = /^(?:the|your|my|a|an)\s+(\p{Ll}[\p{Ll}']*)$/u.exec(text)?.[1]
  // A thing of mine praised or doubted ("my visa") is clear; a subject of theirs needs more words.
  if (single && (VAGUE.test(single) || category === 'topic' || category === 'culture')) return no('too vague to mention')
  if (category !== 'action' && /^\d/.test(text)) return no('reads as a note, not a phrase')
  // "your lab 4 days", "every Tuesday 7:30 stock count": a jotted schedule, not a phrase.
  const jotted = fitted[0].lower !== 'how' && !fitted.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
    fitted.some((t, i) => t.pos === 'NUM' && fitted[i - 1]?.pos === 'NOUN' && fitted[i - 1].text === fitted[i - 1].lower &&
      !NUMBERED.test(fitted[i - 1].lower) && !/^(?:to|-|–)$/.test(fitted[i + 1]?.lower ?? '') && !CALENDAR.test(fitted[i + 1]?.text ?? ''))
  if (category !== 'action' && (jotted || (/^(?:every|each)$/.test(fitted[0].lower) && TIME_WORD.test(fitted[1]?.lower ?? '')) ||
    (fitted[0].lower === 'every' && CALENDAR.test(fitted[1]?.text ?? '')))) {
    return no('reads as a note, not a phrase')
  }
  // "every Monday", "20 hours per week" say when, not what; "the night shifts" is a subject.
  const when = (t: Token) => CALENDAR.test(t.text) || /^(?:every|each|per|daily|weekly|monthly|\d+(?::\d+)?)$/.test(t.lower)
  if (fitted.some(when) && fitted.every((t) => TIME_WORD.test(t.lower) || when(t) || /^(?:the|your|at|on|in|from|to|per|a|and|or|-)$/.test(t.lower))) {
    return no('only a time, not a point')
  }
  if (category !== 'action' && /^(?:the|your|my|our)(?:\s+own|(?:\s+(?:big|main|other|whole|same|usual))+(?:\s+\p{Ll}+)?)$/u.test(text)) {
    return no('too vague to mention')
  }
  const problem = unsendable(text, allowI)
  return problem ? no(problem) : yes(text)
}

const PERSON_ONLY = /^(?:my|the|your)\s+(?:(?:old|former|current|last|previous)\s+)?(?:manager|boss|supervisor|director|pastor|coach|mentor|teacher|colleague|lecturer|professor|principal|head|lead)$/

// Words a number names a rank of: "level 3", "phase 2", "day 1".
const NUMBERED = /^(?:level|tier|phase|day|round|grade|class|band|step|stage|version|year|week|part|zone|unit|room|gate|line)$/

// Verbs whose past participle is their base form: "the budget is set", "the clinic is run by".
const SAME_PARTICIPLE = /^(?:set|cut|put|run|hit|let|shut|spread|cost|hurt|read|quit|split|bid|come|become|upset|reset)$/

// Participles of something on its way: "the audit coming", "two vans arriving".
const HANGING = /^(?:coming|arriving|happening|starting|opening|launching|looming|pending|underway|ahead)$/

// Phone notes write "july", "friday" and "english"; "may" and "march" are words too, so they stay as written.
const LOWER_CALENDAR = new RegExp(String.raw`^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|` +
  String.raw`april|june|july|august|september|october|november|december)s?|english|spanish|french|german|italian|` +
  String.raw`portuguese|mandarin|cantonese|putonghua|arabic|hindi|urdu|japanese|korean|russian|dutch|polish|` +
  String.raw`vietnamese|malay|tagalog|filipino|swahili|welsh|gaelic|turkish|greek|hebrew|bahasa|afrikaans|chinese|` +
  String.raw`thai|indonesian|tamil|bengali|punjabi|persian|farsi|czech|slovak|romanian|hungarian|ukrainian|swedish|` +
  String.raw`norwegian|danish|finnish|catalan|basque|maori|zulu|xhosa|yoruba|igbo|hausa|amharic)$`)

// "at previous job", "from last company": notes drop the "my" a message needs.
const MY_PAST = /^(?:previous|last|old|former|current|present)$/
const WORKPLACE = /^(?:job|company|role|employer|team|school|workplace|position|firm|hospital|clinic|store|site)$/

function withMine(tokens: Token[]): Token[] {
  const out: Token[] = []
  tokens.forEach((t, i) => {
    out.push(t)
    const next = tokens[i + 1]
    if (t.pos === 'ADP' && next && MY_PAST.test(next.lower) && WORKPLACE.test(tokens[i + 2]?.lower ?? '')) {
      out.push({ text: 'my', lower: 'my', pos: 'PRON', lemma: 'my' })
    }
  })
  return out
}

// "may to September", "march-june": beside another month, "may" and "march" are months too.
const AMBIGUOUS_MONTH = /^(?:may|march)$/

function calendarCase(t: Token, i: number, all: Token[]): Token {
  const month = (x: Token | undefined) => !!x && /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i
    .test(x.text) && !AMBIGUOUS_MONTH.test(x.text)
  const ranged = AMBIGUOUS_MONTH.test(t.text) && [all[i + 2], all[i - 2]].some(month) &&
    [all[i + 1], all[i - 1]].some((x) => !!x && /^(?:to|-|–|through|till|until|and)$/.test(x.lower))
  return LOWER_CALENDAR.test(t.text) || ranged ? { ...t, text: t.text[0].toUpperCase() + t.text.slice(1) } : t
}

/** A title before a name: "Dr", "Mrs.". */
export const TITLE = /^(?:dr|mr|mrs|ms|mx|prof|sir|madam)\.?$/

export const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)s?$/

export const TRAILING_TIME = /(?:^|\s)(?:(?:next|this|last) (?:time|week|month)|\S+ (?:later|first|asap|soon|today|tomorrow|tonight|again|anyway|now|currently))$/

export function stripLeads(clause: string): string {
  let t = clause
  for (let i = 0; i < 3; i++) {
    const next = t.replace(MAIN_THING, '').replace(REPORT_LEAD, '').replace(TALK_LEAD, '')
    if (next === t) break
    t = next
  }
  return t.trim()
}

