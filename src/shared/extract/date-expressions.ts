import * as chrono from 'chrono-node'
import { addDays, fromParts, isIsoDate, lastDayOfMonth, weekday } from '../dates'

// Date expressions in a piece of text, each resolved against the interview date by the
// decision-date rules of docs/design.md. chrono-node reads calendar dates ("March 13", "6/5",
// "May 22nd"); the relative phrases people use for a decision ("by Fri", "within ten days", "one or two weeks") are
// resolved here because the rules differ from chrono's own readings.

export interface DateExpression {
  start: number
  end: number
  /** Resolved date, or null for a vague expression ("soon", "early next month"). */
  date: string | null
}

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }
const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|` +
  String.raw`sat(?:urday)?|sun(?:day)?)`
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|` +
  String.raw`sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, couple: 2
}
const NUMBER = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|` +
  String.raw`fourteen|fifteen|twenty|thirty|(?:a )?couple(?: of)?)`

function toNumber(word: string): number {
  const w = word.trim().replace(/^a /, '').replace(/ of$/, '')
  return /^\d+$/.test(w) ? Number(w) : (WORD_NUMBERS[w] ?? NaN)
}

/** Monday-based week: the Monday on or before `date`. */
function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7))
}

function fridayOfWeek(interview: string): string {
  const friday = addDays(mondayOf(interview), 4)
  return friday >= interview ? friday : addDays(friday, 7)
}

function addBusinessDays(date: string, n: number): string {
  let d = date
  for (let left = n; left > 0; ) {
    d = addDays(d, 1)
    if (weekday(d) !== 0 && weekday(d) !== 6) left--
  }
  return d
}

function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const first = fromParts(y, m + n, 1)
  const last = Number(lastDayOfMonth(first).slice(8))
  return first.slice(0, 8) + String(Math.min(d, last)).padStart(2, '0')
}

/** First occurrence of month/day on or after the interview date. */
function nextMonthDay(interview: string, month: number, day: number): string | null {
  const year = Number(interview.slice(0, 4))
  for (const y of [year, year + 1]) {
    const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    if (isIsoDate(iso) && iso >= interview) return iso
  }
  return null
}

function weekdayIndex(word: string): number {
  return WEEKDAY_INDEX[word.toLowerCase().slice(0, 3)]
}

type Rule = [RegExp, (m: RegExpExecArray, interview: string) => string | null | undefined]

// Each rule returns a date, null (vague) or undefined (not a date after all).
const RULES: Rule[] = [
  [/\b(?:the )?end\s+of\s+next\s+month\b/gi, (_m, i) => lastDayOfMonth(addMonths(i.slice(0, 8) + '01', 1))],
  [/\b(?:the )?end\s+of\s+(?:the |this )?month\b|\beom\b/gi, (_m, i) => lastDayOfMonth(i)],
  [new RegExp(
    String.raw`\b(?:early|mid|middle of|late|later|beginning of|start of|sometime|some time)[ -]?(?:next|this|` +
    String.raw`the) (?:week|month)\b|\bnext month\b|\b(?:a few|few|several|coming) (?:days|weeks|months)\b|` +
    String.raw`\bsoon(?:ish)?\b|\bshortly\b|\basap\b|\bin a (?:bit|while)\b|\beventually\b|\bat some point\b`,
    'gi'
  ), () => null],
  [/\b(?:the )?end\s+of\s+next\s+week\b|\bnext week\b/gi, (_m, i) => addDays(mondayOf(i), 11)],
  [new RegExp(
    String.raw`\b(?:the )?end\s+of\s+(?:the |this )?(?:work ?)?week\b|\bthis week\b|\bby the weekend\b|\beow\b`,
    'gi'
  ), (_m, i) => fridayOfWeek(i)],
  [new RegExp(String.raw`\bnext (${WEEKDAY})\b`, 'gi'), (m, i) => addDays(mondayOf(i),
    7 + ((weekdayIndex(m[1]) + 6) % 7))],
  [new RegExp(String.raw`\b(?:(this|on|by|until|till|before|from) )?(${WEEKDAY})\b`, 'gi'), (m, i) => {
    // Short forms are also English words ("I sat in", "wed"): only trust them capitalised or after a preposition.
    const word = m[2]
    if (word.length <= 4 && !m[1] && word[0] === word[0].toLowerCase()) return undefined
    const delta = (weekdayIndex(word) - weekday(i) + 7) % 7 || 7
    return addDays(i, delta)
  }],
  [new RegExp(String.raw`\b(?:within|in|inside(?: of)?|next|over the next|after)? ?(${NUMBER}) (business |working ` +
    String.raw`)?days?(?: from (?:now|today))?\b`, 'gi'), (m, i) => {
    const n = toNumber(m[1])
    if (!Number.isFinite(n) || n > 120) return undefined
    return m[2] ? addBusinessDays(i, n) : addDays(i, n)
  }],
  [/\b(?:a|one) week or two\b|\b(?:one|1) (?:or|to|-) (?:two|2) weeks\b|\b1-2 weeks\b/gi, (_m, i) => addDays(i, 14)],
  [new RegExp(String.raw`\b(?:(${NUMBER}) (?:or|to|-) )?(${NUMBER}) weeks?\b|\b(\d)-(\d) weeks?\b`, 'gi'), (m, i) => {
    const n = m[3] ? toNumber(m[4]) : toNumber(m[2])
    if (!Number.isFinite(n) || n > 26) return undefined
    return addDays(i, 7 * n)
  }],
  [new RegExp(String.raw`\b(${NUMBER}) months?\b`, 'gi'), (m, i) => {
    const n = toNumber(m[1])
    return Number.isFinite(n) && n <= 12 ? addMonths(i, n) : undefined
  }],
  [new RegExp(String.raw`\b(?:the )?end of (${MONTH})\b`, 'gi'), (m, i) => {
    const month = MONTHS.indexOf(m[1].toLowerCase().slice(0, 3)) + 1
    const first = nextMonthDay(i.slice(0, 8) + '01' > i ? i : i.slice(0, 8) + '01', month, 1)
    return first ? lastDayOfMonth(first) : undefined
  }],
  [/\bday after tomorrow\b/gi, (_m, i) => addDays(i, 2)],
  [/\btomorrow\b|\btmrw\b/gi, (_m, i) => addDays(i, 1)],
  [/\btoday\b|\btonight\b|\bend of (?:the )?day\b|\beod\b|\bthis (?:afternoon|evening)\b/gi, (_m, i) => i],
  [/\bthe (\d{1,2})(?:st|nd|rd|th)\b/gi, (m, i) => {
    const day = Number(m[1])
    const [y, mo] = i.split('-').map(Number)
    for (let k = 0; k < 3; k++) {
      const iso = fromParts(y, mo + k, 1).slice(0, 8) + String(day).padStart(2, '0')
      if (isIsoDate(iso) && iso >= i) return iso
    }
    return undefined
  }]
]

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end)
}

function chronoReference(interview: string): Date {
  const [y, m, d] = interview.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

/** Every date expression in `text`, resolved against `interviewDate`, in text order. */
export function findDateExpressions(text: string, interviewDate: string): DateExpression[] {
  const found: DateExpression[] = []
  for (const [pattern, resolve] of RULES) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const date = resolve(m, interviewDate)
      const hit = { start: m.index, end: m.index + m[0].length, date: date ?? null }
      if (date !== undefined && !overlaps(hit, found)) found.push(hit)
    }
  }
  if (/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) {
    for (const r of chrono.parse(text, chronoReference(interviewDate), { forwardDate: true })) {
      const c = r.start
      if (!c.isCertain('month') || !c.isCertain('day')) continue
      const hit = { start: r.index, end: r.index + r.text.length, date: null as string | null }
      if (overlaps(hit, found)) continue
      const month = c.get('month') ?? 0
      const day = c.get('day') ?? 0
      hit.date = c.isCertain('year') ? fromParts(c.get('year') ?? 0, month, day) : nextMonthDay(interviewDate, month,
        day)
      if (hit.date) found.push(hit)
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
