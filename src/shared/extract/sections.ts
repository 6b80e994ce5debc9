import type { KeyPointCategory } from '../model'

// Headings and inline labels ("TO DO", "## Culture", "Next steps:", "Misc:") say what the lines
// under them are about. Unknown labels say nothing.

export type SectionKind = KeyPointCategory | 'people' | 'noise'

const LABELS: [RegExp, SectionKind][] = [
  [/^(my )?(to ?-?dos?|to ?do list|action items?|actions?|follow[- ]?ups?( for me)?|things (i need )?to do|homework|tasks|next steps for me|for me to do|send|after(wards)?|remember|reminders?|don'?t forget|need to|my side)\b/, 'action'],
  [/^(next( steps?| up)?|what'?s next|timeline|process|status|decision|outcome|next round|their side|from here)\b/, 'next-step'],
  [/^((the|their|team|company|office|work) )?(culture|values|how (they|the team|people) works?|ways? of working|work ?style|environment|team vibe|vibe of the team|vibes?|perks|benefits and culture|day to day culture)\b/, 'culture'],
  [/^(concerns?|red flags?|gaps?|worries|weak ?(nesses|spots|points)?|push ?back|doubts?|hesitations?|risks?|areas? to improve|cons|minuses|negatives|the (bad|not so good)|not so good|lowlights|could have gone better|to work on|watch ?outs?|(the )?(hard|hardest|tough|tricky|weak|awkward|rough) (part|bit|spot|moment)s?)\b/, 'concern'],
  [/^(praise|positives?|wins?|what went well|went well|strengths?|highlights?|good stuff|compliments?|pros|pluses|the good|good signs?)\b/, 'praise'],
  [/^(topics?|what (they|we) (asked|talked|discussed)|discussed|talked about|(about )?the (role|job|position|work)|role|context|big picture|main things|key points|questions|the job|projects?|challenges?|problems?|what the role|technical|system design|case study|exercise|the team|team|what i learned|learned|the situation|situation|background)\b/, 'topic'],
  [/^(who|people|panel(ists)?|interviewers?|met( with)?|spoke with|talked to|attendees|schedule|agenda|setup|set ?up|format|contacts?)\b/, 'people'],
  [/^(misc(ellaneous)?|random|other|logistics|gut( feeling| check)?|feelings?|overall|my take|thoughts|reflections?|mood|self|date|time|location|where|when|parking|travel|p\.?s\.?)\b/, 'noise']
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
