// Generic note-taking shorthand and private asides, as people jot them after any interview.
// Drafts must never carry these: shorthand is spelled out, asides are dropped.

const DAY: Record<string, string> = {
  mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', weds: 'Wednesday', thu: 'Thursday',
  thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday'
}
const MONTH: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August',
  sep: 'September', oct: 'October', nov: 'November', dec: 'December'
}
const DAY_WORD = 'mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun'

/** Whole-word shorthand (lower case) and its spelling; capitalisation of the first letter is kept. */
const WORDS: Record<string, string> = {
  abt: 'about', w: 'with', b4: 'before', bc: 'because', thru: 'through', tho: 'though',
  mgr: 'manager', mgrs: 'managers', atty: 'attorney', attys: 'attorneys', mgmt: 'management', dept: 'department', depts: 'departments',
  exp: 'experience', yrs: 'years', yr: 'year', wk: 'week', wks: 'weeks', wknd: 'weekend', wknds: 'weekends',
  hr: 'hour', hrs: 'hours', mo: 'month', mos: 'months', approx: 'approximately', ppl: 'people',
  convo: 'conversation', convos: 'conversations', esp: 'especially', req: 'requirement', reqs: 'requirements',
  mtg: 'meeting', mtgs: 'meetings', cert: 'certification', certs: 'certifications', govt: 'government',
  acct: 'account', accts: 'accounts', mktg: 'marketing', biz: 'business', avg: 'average', prev: 'previous',
  q: 'question', qs: 'questions', qtr: 'quarter', qtrly: 'quarterly', wkly: 'weekly', mthly: 'monthly', yrly: 'yearly', hrly: 'hourly', tgt: 'target', tgts: 'targets', pics: 'photos', pic: 'photo',
  reqd: 'required', sr: 'senior', jr: 'junior', eng: 'engineering',
  info: 'information', prob: 'probably', def: 'definitely', tmrw: 'tomorrow', pls: 'please', thx: 'thanks',
  crit: 'critique', assoc: 'association', tonite: 'tonight', nite: 'night', ref: 'reference', refs: 'references', dup: 'duplicate', dups: 'duplicates', eval: 'evaluation', evals: 'evaluations', incl: 'including', alot: 'a lot', crits: 'critiques', peds: 'pediatric', ortho: 'orthopedic', rn: 'right now',
  dev: 'development', devs: 'developers', ops: 'operations', admin: 'administration', org: 'organization',
  orgs: 'organizations', intl: 'international', mgd: 'managed', msg: 'message', msgs: 'messages',
  vs: 'versus', ish: '', imo: '', tbh: '', ngl: '', fyi: '', btw: '', etc: 'and so on',
  '2nd': 'second', '1st': 'first', '3rd': 'third', '4th': 'fourth', asap: 'soon', b2c: 'B2C', b2b: 'B2B',
  havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wasnt: "wasn't", werent: "weren't", couldnt: "couldn't",
  wouldnt: "wouldn't", shouldnt: "shouldn't", arent: "aren't", dont: "don't", cant: "can't", didnt: "didn't", doesnt: "doesn't", wont: "won't", isnt: "isn't",
  im: "I'm", ive: "I've", id: "I'd", thats: "that's", theyre: "they're", theyll: "they'll"
}

const UNITS: Record<string, string> = { yr: 'year', yrs: 'year', h: 'hour', hr: 'hour', hrs: 'hour', wk: 'week', wks: 'week', mos: 'month', min: 'minute', mins: 'minute' }

// Words that only shorthand would use: their presence in a finished draft means a miss.
export const SHORTHAND_LEFTOVER =
  /(?:\bw\/|\bb\/c\b|->|=>|→|\b(?:abt|b4|mgr|mgrs|mgmt|ppl|yrs|thru|tho|convo|esp|reqs|wknd|mtg|mtgs|govt|tmrw|qtrly|wkly|mthly|yrly|hrly|tgts?|reqd|thx|pls|imo|tbh|ngl|btw|lol|ugh)\b|\b(?:tues|thurs|weds)\b|\s&\s|\s\+\s|\s=\s|~\d)/i

/** Asides meant for the note-taker only: feelings, ratings, reactions. */
const PRIVATE_ASIDES = [
  /\b(?:lol|lmao|rofl|haha+|hehe|ugh+|oops|yikes|meh|omg|wtf|phew|yay|whew|argh)\b[.!]*/gi,
  /(?:^|[\s,;(])(?:fair(?: enough)?|nice|cool|great|ok|okay|hmm+|yep|nope|ha)[.!]*\s*$/gi,
  /\b\d{1,2}\s?\/\s?10\b/g,
  /\(\s*\d{1,2}\s?\/\s?10\s*\)/g,
  /,?\s*which (?:was|is|honestly|sounds|seemed|felt|i)\b[^,.;]*/gi,
  /,?\s*\b(?:honestly|tbh|ngl|imo|fwiw|i think|i guess|i hope)\b\s*$/gi,
  /\s*(?:!{2,}|\?{2,}|\?!|!\?)/g
]

// Emoji and pictographs, checkboxes, arrows used as bullets.
const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|[\u2190-\u21FF\u2700-\u27BF]/gu
const CHECKBOX = /\[\s?[xX ]?\s?\]/g

function keepCase(original: string, replacement: string): string {
  if (!replacement) return replacement
  return /^[A-Z]/.test(original) && /^[a-z]/.test(replacement) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement
}

function days(list: string): string {
  const names = list.split('/').map((d) => DAY[d.toLowerCase().replace(/\.$/, '')] ?? d)
  const plural = names.map((n) => `${n}s`)
  return plural.length === 2 ? `${plural[0]} and ${plural[1]}` : `${plural.slice(0, -1).join(', ')} and ${plural[plural.length - 1]}`
}

/** Shorthand spelled out: "w/ mgr abt Tues/Thurs crits" → "with manager about Tuesdays and Thursdays critiques". */
export function expandNoteShorthand(text: string): string {
  let t = text
  t = t.replace(new RegExp(`\\b((?:${DAY_WORD})\\.?(?:\\s?/\\s?(?:${DAY_WORD})\\.?)+)(?![\\w/])`, 'gi'), (m) => days(m.replace(/\s/g, '')))
  // "since feb", "by sept 3": a month, spelled out.
  t = t.replace(/\b(since|in|by|from|until|till|to|through|before|after|early|mid|late|of|end)\s+(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi,
    // "of SEP certificate": in capitals it is a name of its own.
    (m, lead: string, month: string) => (/^[A-Z]{3,4}$/.test(month) ? m : `${lead} ${MONTH[month.toLowerCase().slice(0, 3)]}`))
  // "mon-fri": a range of days.
  t = t.replace(new RegExp(`\\b(${DAY_WORD})\\.?\\s?[-–]\\s?(${DAY_WORD})\\b\\.?`, 'gi'), (_m, a: string, b: string) =>
    `${DAY[a.toLowerCase()]} to ${DAY[b.toLowerCase()]}`)
  t = t.replace(new RegExp(`\\b(${DAY_WORD})\\.?(?![\\w/])`, 'gi'), (m, d: string) =>
    /^(?:mon|sat|sun|wed)$/i.test(d) && !/\.$/.test(m) ? m : DAY[d.toLowerCase()])
  t = t.replace(/\bw\/o\b/gi, 'without').replace(/\bw\/\s?/gi, 'with ').replace(/\bb\/c\b/gi, 'because')
  t = t.replace(/\bfrom (\S+(?: \S+)?) (?:->|→|=>) /gi, 'from $1 to ')
  t = t.replace(/\s*(?:->|→|=>)\s*/g, '; ')
  t = t.replace(/\s+[&+]\s+/g, ' and ').replace(/(\d)\s?~\s?(?=\d)/g, '$1 to ').replace(/~\s?(?=\d)/g, 'about ').replace(/\s@\s/g, ' at ')
  t = t.replace(/(\w)\s?#(?=\s|$|[,.;])/g, '$1 number').replace(/\s#\s?(?=\d)/g, ' number ')
  // "q's", "Qs": questions; "QS" in capitals is a trade (quantity surveyor).
  t = t.replace(/\b(?:[qQ]['’]s|qs|Qs)\b/g, 'questions').replace(/(\p{L}) no\.(?=\s|$)/gu, '$1 number')
  t = t.replace(/\b\d+x\b/gi, (m) => `${m.slice(0, -1)} times`)
  t = t.replace(/(?<![\w/])(\d+)\+(?=\s)/g, 'more than $1')
  t = t.replace(/(?<![\d.-])\b(\d{1,4})\s?-\s?(\d{1,4})\b(?!\s?[-/]\d)/g, '$1 to $2')
  // "12hr shifts" → "12-hour shifts"; "re the notice period" → "about the notice period".
  t = t.replace(/\b(\d+)\s?(yrs?|hrs?|h|wks?|mos|mins?)\b(?=\s+(?!a\b|an\b|per\b|of\b|and\b|or\b|exp|experience\b|notice\b|in\b|at\b|with\b|old\b|ago\b)\p{L})/giu,
    (_m, n: string, unit: string) => `${n}-${UNITS[unit.toLowerCase()]}`)
  // "5yrs", "30mins": a count written onto its unit.
  t = t.replace(/\b(\d+)(yrs?|hrs?|h|wks?|mos|mins?)\b/gi, (_m, n: string, unit: string) => `${n} ${UNITS[unit.toLowerCase()]}${n === '1' ? '' : 's'}`)
  t = t.replace(/(^|\s)re:?(?=\s+\p{L})/giu, '$1about')
  // "16 pts/day", "3 shifts/wk": a rate, not a choice.
  t = t.replace(/\b(\w+)\/(day|week|wk|month|mo|year|yr|hour|hr|shift|person|head|night)\b/gi, (_m, a: string, b: string) =>
    `${a} per ${WORDS[b.toLowerCase()] ?? b}`)
  t = t.replace(/\b(?!and\/or\b)([a-z]{2,})\/([a-z]{2,})\b/gi, '$1 or $2')
  t = t.replace(/\b[A-Za-z][A-Za-z0-9']*\b/g, (word) => {
    // Upper-case words are acronyms ("RN", "ICU"), never shorthand.
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word
    const spelled = WORDS[word.toLowerCase()]
    return spelled === undefined ? word : keepCase(word, spelled)
  })
  t = t.replace(/\bi\b/g, 'I').replace(/\bi'(m|ve|d|ll)\b/g, "I'$1")
  return t.replace(/\s{2,}/g, ' ').trim()
}

/** Private asides, emoji, checkboxes and ratings removed. */
export function dropAsides(text: string): string {
  let t = text.replace(PICTOGRAPHS, ' ').replace(CHECKBOX, ' ')
  for (const aside of PRIVATE_ASIDES) t = t.replace(aside, ' ')
  return t.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim()
}
