// Notes are written fast: shorthand, dropped apostrophes, a few common typos. Cue matching runs
// on a normalised copy, and every normalised character keeps the offset it came from so that a
// match can always be mapped back onto the user's own words.

export interface Normalized {
  /** Lower-cased text with shorthand expanded. */
  text: string
  /** For each character of `text`, its offset in the original string. */
  map: number[]
  /** Length of the original string (the offset "just past the end"). */
  sourceLength: number
}

const SHORTHAND: Record<string, string> = {
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
  'bc': 'because',
  'cuz': 'because',
  'cos': 'because',
  'bcz': 'because',
  'abt': 'about',
  'thru': 'through',
  'mgr': 'manager',
  'mgmt': 'management',
  'hm': 'hiring manager',
  'ppl': 'people',
  'exp': 'experience',
  'yr': 'year',
  'yrs': 'years',
  'wk': 'week',
  'wks': 'weeks',
  'mo': 'month',
  'mos': 'months',
  'hrs': 'hours',
  'mins': 'minutes',
  'min': 'minutes',
  'dept': 'department',
  'sr': 'senior',
  'jr': 'junior',
  'eng': 'engineering',
  'refs': 'references',
  'ref': 'reference',
  'convo': 'conversation',
  'mtg': 'meeting',
  'mtgs': 'meetings',
  'msg': 'message',
  'tmrw': 'tomorrow',
  'tmr': 'tomorrow',
  'tmw': 'tomorrow',
  'tomo': 'tomorrow',
  'nxt': 'next',
  'b4': 'before',
  'esp': 'especially',
  'prob': 'probably',
  'probs': 'probably',
  'def': 'definitely',
  'defo': 'definitely',
  'govt': 'government',
  'info': 'information',
  'qs': 'questions',
  'ans': 'answer',
  'ty': 'thank you',
  'thx': 'thanks',
  'u': 'you',
  'ur': 'your',
  'lmk': 'let me know',
  'f/u': 'follow up',
  'todo': 'to do',
  'eod': 'end of day',
  'eow': 'end of the week',
  'eom': 'end of the month',
  'asap': 'asap',
  'approx': 'approximately',
  'w/e': 'whatever',
  'pls': 'please',
  'plz': 'please',
  'tho': 'though',
  'thot': 'thought',
  'gonna': 'going to',
  'wanna': 'want to',
  'gotta': 'got to',
  'kinda': 'kind of',
  'sorta': 'sort of',
  'lemme': 'let me',
  'dunno': "don't know",
  'idk': "i don't know",
  'tbh': 'to be honest',
  'imo': 'in my opinion',
  'shd': 'should',
  'shld': 'should',
  'wd': 'would',
  'wld': 'would',
  'cld': 'could',
  'wknd': 'weekend',
  'wkly': 'weekly',
  'mthly': 'monthly',
  '2mrw': 'tomorrow',
  '2moro': 'tomorrow',
  'yday': 'yesterday',
  'mngr': 'manager',
  'dir': 'director',
  'asst': 'assistant',
  'reqs': 'requirements',
  'pref': 'preferably',
  'w/in': 'within',
  'bldg': 'building',
  'bldgs': 'buildings',
  'y/o': 'year old',
  'b/w': 'between',
  'sched': 'schedule',
  // apostrophes people skip
  'dont': "don't",
  'doesnt': "doesn't",
  'didnt': "didn't",
  'wasnt': "wasn't",
  'isnt': "isn't",
  'arent': "aren't",
  'werent': "weren't",
  'havent': "haven't",
  'hasnt': "hasn't",
  'hadnt': "hadn't",
  'cant': "can't",
  'couldnt': "couldn't",
  'wouldnt': "wouldn't",
  'shouldnt': "shouldn't",
  'wont': "won't",
  'im': "i'm",
  'ive': "i've",
  'youre': "you're",
  'theyre': "they're",
  'theyll': "they'll",
  'theyd': "they'd",
  'theyve': "they've",
  'thats': "that's",
  'whats': "what's",
  'shes': "she's",
  'hes': "he's",
  'itll': "it'll",
  'lets': "let's",
  // typos seen in hurried writing
  'teh': 'the',
  'interveiw': 'interview',
  'intervew': 'interview',
  'inteview': 'interview',
  'recieve': 'receive',
  'recieved': 'received',
  'definately': 'definitely',
  'seperate': 'separate',
  'wierd': 'weird',
  'untill': 'until',
  'tommorow': 'tomorrow',
  'tomorow': 'tomorrow',
  'tommorrow': 'tomorrow',
  'managment': 'management',
  'experiance': 'experience',
  'expereince': 'experience',
  'refrence': 'reference',
  'refrences': 'references',
  'concered': 'concerned',
  'conserned': 'concerned',
  'worred': 'worried',
  'wokred': 'worked',
  'desicion': 'decision',
  'decison': 'decision',
  'decsion': 'decision',
  'dicision': 'decision',
  'culutre': 'culture',
  'cultre': 'culture',
  'folow': 'follow',
  'followup': 'follow up',
  'thankyou': 'thank you',
  'wich': 'which',
  'alot': 'a lot',
  'becuase': 'because',
  'becasue': 'because',
  'beacuse': 'because',
  'thier': 'their',
  'togther': 'together',
  'togehter': 'together',
  'tought': 'thought',
  'realy': 'really',
  'sayed': 'said',
  'siad': 'said',
  'aksed': 'asked',
  'askd': 'asked',
  'liekd': 'liked',
  'laods': 'loads',
  'emial': 'email',
  'emal': 'email',
  'sned': 'send',
  'somone': 'someone',
  'someon': 'someone',
  'sombody': 'somebody',
  'frustated': 'frustrated',
  'availabilty': 'availability',
  'availibility': 'availability',
  'basicly': 'basically',
  'themselfs': 'themselves',
  'superintendant': 'superintendent',
  'recomend': 'recommend',
  'enviroment': 'environment',
  'definetly': 'definitely',
  'probly': 'probably',
  'collegue': 'colleague',
  'excercise': 'exercise',
  'beleive': 'believe',
  'calender': 'calendar',
  'comittee': 'committee',
  'commitee': 'committee',
  'wether': 'whether',
  'sucess': 'success',
  'buisness': 'business',
  'acheive': 'achieve',
  'knowlege': 'knowledge',
  'referance': 'reference',
  'shedule': 'schedule',
  'schedual': 'schedule',
  'writting': 'writing',
  'oppurtunity': 'opportunity',
  'responsibilty': 'responsibility',
  'migraton': 'migration',
  'acountant': 'accountant',
  'scrubed': 'scrubbed',
  'mentiond': 'mentioned',
  'menioned': 'mentioned',
  'intrested': 'interested',
  'eachother': 'each other'
}

// Dropped apostrophes that are also English words ("shed", "ill", "id") are only read as
// contractions when a verb follows: "shed phone on tues", "ill mail it tonight".
const CONTRACTIONS: Record<string, string> = { shed: "she'd", hed: "he'd", id: "i'd", ill: "i'll", shell: "she'll",
  hell: "he'll", theyll: "they'll" }
const CONTRACTION_VERB =
  new RegExp(
    String.raw`^ (?:probably |prob |definitely |def |likely |also |just |then )?(?:be|get|text|call|email|` +
    String.raw`e-mail|let|send|reach|like|love|want|need|have|follow|know|decide|make|give|hear|circle|come|` +
    String.raw`update|contact|reply|respond|set|schedule|share|forward|check|look|think|write|talk|ping|message|` +
    String.raw`confirm|do|try|put|bring|take|meet)\b`
  )

// A token is a word possibly carrying a slash shorthand ("w/", "b/c") or an apostrophe.
const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?(?:\/[A-Za-z]*)?|->|=>|→/g

const SYMBOLS = new Map([['->', ' leads to '], ['=>', ' leads to '], ['→', ' leads to ']])

const SHORTHAND_MAP = new Map(Object.entries(SHORTHAND))

function lookup(word: string): string | undefined {
  return SHORTHAND_MAP.get(word)
}

/** The expansion of a lower-case shorthand word ("mgr" → "manager"), if it is one. */
export function expandShorthand(word: string): string | undefined {
  return SHORTHAND_MAP.get(word)
}

function lowerChunk(chunk: string): string {
  return chunk.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"')
}

interface Replacement {
  index: number
  consumed: number
  text: string
}

// Lower-casing the whole text once is only safe when it cannot move token boundaries: no "‘"
// (becomes a token apostrophe), no Kelvin sign (becomes ASCII "k"), no capital sigma (its lower
// case depends on what follows), and no letter whose lower case is longer.
const CASE_HAZARD = /[‘\u212A\u03A3]/

function caseSafe(source: string, lowered: string): boolean {
  return lowered.length === source.length && !CASE_HAZARD.test(source)
}

/** Each shorthand or symbol in `source` to expand, in order. `lowered` is lowerChunk(source). */
function replacements(source: string, lowered: string): Replacement[] {
  const fast = caseSafe(source, lowered)
  const scan = fast ? lowered : source
  const out: Replacement[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(scan); m; m = TOKEN.exec(scan)) {
    const raw = m[0]
    const lower = fast ? raw : raw.toLowerCase().replace(/’/g, "'")
    let text: string | undefined = SYMBOLS.get(raw) ?? lookup(lower)
    let consumed = raw.length
    // A lone lower-case "r" is "are" ("chillers r original"); a capital R is the language.
    if (text === undefined && raw === 'r' && source[m.index] === 'r') text = 'are'
    if (text === undefined && Object.hasOwn(CONTRACTIONS,
      lower) && CONTRACTION_VERB.test(scan.slice(m.index + raw.length, m.index + raw.length + 30).toLowerCase())) {
      text = CONTRACTIONS[lower]
    }
    if (text === undefined && lower.endsWith('/') && lookup(lower.slice(0, -1)) !== undefined) {
      // "abt/" is not shorthand: keep the word, leave the slash as punctuation.
      text = lookup(lower.slice(0, -1))
      consumed = raw.length - 1
    }
    if (text === undefined) continue
    out.push({ index: m.index, consumed, text })
    TOKEN.lastIndex = m.index + consumed
  }
  return out
}

/** Lower-cased, shorthand expanded, quotes straightened: the text cues are matched against. */
export function normalizeText(source: string): string {
  const lowered = lowerChunk(source)
  const list = replacements(source, lowered)
  if (list.length === 0) return lowered
  const lowerSlice = caseSafe(source, lowered) ? (from: number, to: number) => lowered.slice(from, to) : (from: number,
    to: number) => lowerChunk(source.slice(from, to))
  let out = ''
  let last = 0
  for (const r of list) {
    out += lowerSlice(last, r.index) + r.text
    last = r.index + r.consumed
  }
  return out + lowerSlice(last, source.length)
}

/** As normalizeText, keeping for each character the offset in `source` it came from. */
export function normalize(source: string): Normalized {
  let text = ''
  const map: number[] = []
  const copy = (from: number, to: number) => {
    const lowered = lowerChunk(source.slice(from, to))
    if (lowered.length === to - from) {
      text += lowered
      for (let i = from; i < to; i++) map.push(i)
      return
    }
    // Rare letters whose lower case is longer ("İ"): keep them as they are.
    for (let i = from; i < to; i++) {
      const ch = lowerChunk(source[i])
      text += ch.length === 1 ? ch : source[i]
      map.push(i)
    }
  }
  let last = 0
  for (const r of replacements(source, lowerChunk(source))) {
    copy(last, r.index)
    // A replacement's characters point at the first character it replaces and its last one at
    // the last, so a span ending on a replacement covers all of it.
    const end = r.index + r.consumed
    for (let i = 0; i < r.text.length; i++) map.push(i === r.text.length - 1 ? end - 1 : Math.min(r.index + i, end - 1))
    text += r.text
    last = end
  }
  copy(last, source.length)
  return { text, map, sourceLength: source.length }
}

/** Maps a [start, end) span of normalised text back to the original string. */
export function toSourceSpan(n: Normalized, start: number, end: number): [number, number] {
  if (n.map.length === 0) return [0, 0]
  const s = n.map[Math.min(start, n.map.length - 1)]
  const e = end <= 0 ? s : n.map[Math.min(end - 1, n.map.length - 1)] + 1
  return [s, Math.max(s, e)]
}
