import type { KeyPointCategory } from '../model'

// Headings and inline labels ("TO DO", "## Culture", "Next steps:", "Misc:") say what the lines
// under them are about. Unknown labels say nothing.

export type SectionKind = KeyPointCategory | 'people' | 'noise'

const LABELS: [RegExp, SectionKind][] = [
  [new RegExp(
    String.raw`^(my )?(to ?-?dos?|to ?do list|action items?|actions?|follow[- ]?ups?(\sfor\sme)?|` +
    String.raw`things\s(i\sneed\s)?to\sdo|homework|tasks|next steps for me|for me to do|after(wards)?|send|remember|` +
    String.raw`reminders?|don'?t forget|need to|my side)\b`
  ), 'action'],
  [new RegExp(
    String.raw`^(next( steps?| up)?|what'?s next|timeline|process|status|decision|outcome|next round|their side|` +
    String.raw`from here)\b`
  ), 'next-step'],
  [new RegExp(
    String.raw`^((the|their|team|company|office|work) )?(culture|values|how (they|the team|people) works?|` +
    String.raw`ways? of working|work ?style|environment|team vibe|vibe of the team|vibes?|perks|` +
    String.raw`benefits and culture|day to day culture)\b`
  ), 'culture'],
  [new RegExp(
    String.raw`^(concerns?|red flags?|gaps?|worries|weak ?(nesses|spots|points)?|push ?back|doubts?|` +
    String.raw`hesitations?|risks?|areas? to improve|cons|minuses|negatives|the (bad|not so good)|not so good|` +
    String.raw`lowlights|could have gone better|to work on|watch ?outs?|(the )?(hard|hardest|tough|tricky|weak|` +
    String.raw`awkward|rough) (part|bit|spot|moment)s?)\b`
  ), 'concern'],
  [new RegExp(
    String.raw`^(praise|positives?|wins?|what went well|went well|strengths?|highlights?|good stuff|` +
    String.raw`compliments?|pros|pluses|the good|good signs?)\b`
  ), 'praise'],
  [new RegExp(
    String.raw`^(topics?|what (they|we) (asked|talked|discussed)|discussed|talked about|(about )?the (role|job|` +
    String.raw`position|work)|role|context|big picture|main things|key points|questions|the job|projects?|` +
    String.raw`challenges?|problems?|what the role|technical|system design|case study|exercise|the team|team|` +
    String.raw`what i learned|learned|the situation|situation|background)\b`
  ), 'topic'],
  [new RegExp(
    String.raw`^(who|people|panel(ists)?|interviewers?|met( with)?|spoke with|talked to|attendees|schedule|` +
    String.raw`agenda|setup|set ?up|format|contacts?)\b`
  ), 'people'],
  [new RegExp(
    String.raw`^(misc(ellaneous)?|random|other|logistics|gut( feeling| check)?|feelings?|overall|my take|` +
    String.raw`thoughts|reflections?|mood|self|date|time|location|where|when|parking|travel|p\.?s\.?)\b`
  ), 'noise']
]

/** The kind of a heading or label text, or null when it is not one we know. */
export function labelKind(label: string): SectionKind | null {
  const clean = label
    .toLowerCase()
    .replace(/[#*_:=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!clean) return null
  for (const [pattern, kind] of LABELS) if (pattern.test(clean)) return kind
  return null
}
