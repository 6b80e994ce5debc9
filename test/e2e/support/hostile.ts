import type { Page } from 'playwright-core'
import type { Core } from '../../../src/main/core'
import type { Process } from '../../../src/shared/model'

// Hostile text for the renderer: markup, script URLs, bidi overrides and very long strings, put
// into every user field. window.__pwned is the tripwire every payload tries to set.

export const P = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg onload="window.__pwned=1"></svg>',
  iframe: '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  js: 'javascript:window.__pwned=1',
  file: 'file:///etc/passwd',
  bidi: 'invoice\u202Efdp.exe\u202C done',
  emoji: '👩🏽‍💻 Ünïcødé 中文 עברית 🎉'
}
export const ALL = Object.values(P).join(' | ')
/** 10,000 characters with the payloads sprinkled through them. */
export const LONG = (ALL + ' ').repeat(200).slice(0, 10_000)
// http(s) links that still carry markup: allowed by the schema, so they must be shown as text
// and handed to the shell only as (encoded) web addresses.
export const POSTING = 'https://jobs.example/"><svg/onload=window.__pwned=1>'
export const LINKEDIN = 'https://www.linkedin.com/in/"><img/src=x/onerror=window.__pwned=1>'
export const MEETING = 'https://meet.example/"><iframe/srcdoc=<script>parent.__pwned=1</script>>'

type Invoke = Core['invoke']

async function must<T>(invoke: Invoke, channel: string, input?: unknown): Promise<T> {
  const r = await invoke(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
  return r.value as T
}

export interface Refusal {
  what: string
  code: string
  message: string
}

/** Fills every field of one process with hostile text; returns what the schema refused and why. */
export async function seedHostile(invoke: Invoke, today: string): Promise<{ process: Process; refused: Refusal[] }> {
  const refused: Refusal[] = []
  const expectRefusal = async (what: string, channel: string, input: unknown) => {
    const r = await invoke(channel, input)
    if (r.ok) throw new Error(`${what} was accepted`)
    refused.push({ what, code: r.error.code, message: r.error.message })
  }
  await expectRefusal('10,000-character signature', 'settings.update', { signature: LONG })
  await must(invoke, 'settings.update', { name: P.img, signature: `${P.script}\n${P.bidi}\n${P.emoji}\n${LONG.slice(0, 1500)}`, onboarded: true })

  await expectRefusal('javascript: posting URL', 'processes.create', { company: 'A', role: 'B', postingUrl: P.js })
  await expectRefusal('file: posting URL', 'processes.create', { company: 'A', role: 'B', postingUrl: P.file })
  await expectRefusal('10,000-character company', 'processes.create', { company: LONG, role: 'B' })
  let p = await must<Process>(invoke, 'processes.create', { company: P.script, role: `${P.img} ${P.emoji}`, postingUrl: POSTING, stage: 'interviewed' })
  const processId = p.id
  const interview = '2026-06-01'
  p = await must<Process>(invoke, 'rounds.save', { processId, round: { label: P.svg, date: interview, time: '10:00', format: 'video', location: MEETING } })
  const roundId = p.rounds[0].id
  await must(invoke, 'rounds.save', { processId, round: { label: P.bidi, date: interview, time: '15:00', format: 'onsite', location: P.iframe } })
  await expectRefusal('invalid round date 2026-02-30', 'rounds.save', { processId, round: { label: 'x', date: '2026-02-30', time: '', format: 'video', location: '' } })

  const person = { name: P.iframe, title: `${P.bidi} ${P.emoji}`, email: "x'onmouseover='window.__pwned=1'@evil.example", roundIds: [roundId] }
  await expectRefusal('javascript: LinkedIn URL', 'people.save', { processId, person: { ...person, linkedin: P.js } })
  p = await must<Process>(invoke, 'people.save', { processId, person: { ...person, linkedin: LINKEDIN }, mainContact: true })
  const personId = p.people[0].id

  await must(invoke, 'notes.save', { processId, roundId, text: `${ALL}\n\n${LONG}\n\nThey said they would decide by Friday. ${P.emoji}` })
  await must(invoke, 'review.save', {
    processId,
    roundId,
    points: [
      { id: 'h1', category: 'topic', text: P.script, start: null, end: null, status: 'accepted', source: 'user' },
      { id: 'h2', category: 'praise', text: P.img, start: 0, end: 20, status: 'accepted', source: 'extracted' },
      { id: 'h3', category: 'concern', text: P.bidi, start: null, end: null, status: 'pending', source: 'user' }
    ]
  })
  const answer = { rating: 4, text: P.svg }
  await must(invoke, 'reflection.save', { processId, roundId, reflection: { clarity: answer, value: { rating: 2, text: P.iframe }, unexpected: answer, differently: { rating: null, text: P.bidi } } })
  await must(invoke, 'messages.add', {
    processId,
    // Sent, not a step: a reply would stop the plan, and the agenda should have something due.
    message: { direction: 'sent', situation: 'other', step: null, channel: 'email', date: interview, subject: P.script, body: `${P.img}\n${LONG}`, personId }
  })
  await must(invoke, 'processes.update', { id: processId, patch: { decisionPhrase: P.svg, decisionBy: '2026-06-05' } })
  // A second, closed process so the insights have an outcome to chart with a hostile name.
  const closed = await must<Process>(invoke, 'processes.create', { company: `${P.bidi} ${P.emoji}`, role: P.svg, stage: 'waiting' })
  await must(invoke, 'rounds.save', { processId: closed.id, round: { label: 'R', date: '2026-05-20', time: '', format: 'phone', location: '' } })
  await must(invoke, 'messages.add', {
    processId: closed.id,
    message: { direction: 'received', situation: 'rejection', step: null, channel: 'email', date: '2026-05-27', subject: P.iframe, body: P.svg, personId: null }
  })
  await must(invoke, 'processes.move', { id: closed.id, stage: 'closed', outcome: 'rejected' })
  void today
  return { process: await must<Process>(invoke, 'processes.list').then((all) => (all as unknown as Process[]).find((x) => x.id === processId)!), refused }
}

export interface Tripwires {
  pwned: unknown
  injected: string[]
  handlerAttributes: string[]
  scriptUrls: string[]
  cspViolations: string[]
  /** Text with a bidi override that is not isolated from the app's own text around it. */
  bidiLeaks: string[]
}

/** What a payload would have left behind had it been parsed as HTML or run. */
export function tripwires(page: Page): Promise<Tripwires> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] }
    return {
      pwned: w.__pwned,
      injected: [...document.querySelectorAll('iframe, object, embed, frame, script:not([src]), img[src="x"], base, meta[http-equiv="refresh"]')].map((e) => e.outerHTML.slice(0, 120)),
      handlerAttributes: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 120)),
      scriptUrls: all.filter((el) => [...el.attributes].some((a) => /^\s*(javascript|file|data):/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name))).map((e) => e.outerHTML.slice(0, 120)),
      cspViolations: w.__cspViolations ?? [],
      bidiLeaks: (() => {
        const leaks: string[] = []
        const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!/[\u202A-\u202E\u2066-\u2069]/.test(n.nodeValue ?? '')) continue
          let el: Element | null = n.parentElement
          let isolated = false
          for (; el && el.id !== 'root'; el = el.parentElement) {
            if (['TEXTAREA', 'INPUT', 'OPTION', 'TITLE'].includes(el.tagName) || /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi)) {
              isolated = true
              break
            }
          }
          if (!isolated) leaks.push(`${n.parentElement?.tagName}.${n.parentElement?.className}: ${(n.nodeValue ?? '').slice(0, 60)}`)
        }
        return leaks
      })()
    }
  })
}

export const CLEAN: Tripwires = { pwned: undefined, injected: [], handlerAttributes: [], scriptUrls: [], cspViolations: [], bidiLeaks: [] }

/** Installed before any page script: records every CSP violation, i.e. anything that tried to run. */
export const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''))
})`
