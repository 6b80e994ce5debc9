import type { KeyPointCategory } from '../model'

// Cue vocabulary per category, matched on normalised text (lower case, shorthand expanded).
// Weights: 3 = says the category on its own, 2 = strong hint, 1 = weak hint.
// "Not the candidate" lookbehinds keep "I liked that" (a feeling) apart from "she liked my answer".

export type Cue = [RegExp, number]

const NOT_I = String.raw`(?<!\bi (?:really |also |honestly |just |totally |personally |kind of |kinda )?)`
const INTENSIFIER = String.raw`(?:really |very |super |so |quite |pretty |incredibly |extremely |genuinely )?`
const POSITIVE =
  'thorough|good|great|strong|impressive|excellent|clear|clean|solid|creative|thoughtful|smart|sharp|detailed|organi[sz]ed|polished|practical|insightful|compelling|refreshing|helpful|useful|memorable|elegant|spot on|on point|exactly right|fantastic|brilliant|awesome|perfect|textbook|outstanding|well thought out|well done'

export const CUES: Record<KeyPointCategory, Cue[]> = {
  praise: [
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(liked|loved|likes|loves|enjoyed|appreciated|admired)\b`), 3],
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(seemed to (really )?(like|love)|really liked)\b(?! each other| one another)`), 3],
    [new RegExp(String.raw`\b(my|the|that|this) \w+( \w+){0,3} (was|were|is|are|sounded|looked|seemed) ${INTENSIFIER}(${POSITIVE})\b`), 3],
    [new RegExp(String.raw`\b(said|called|thought|found|felt) (it|that|this|my \w+( \w+)?) (was |were |is )?${INTENSIFIER}(${POSITIVE})\b`), 3],
    [/\bimpress(ed|ive)\b|\bblown away\b|\bstood out\b|\bbig plus\b|\bkudos\b/, 3],
    [/\b(compliment(ed|s)?|praised|raved)\b/, 3],
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(got|was|seemed|were|sounded|looked) (really |so |very )?(excited|sold|impressed|happy|pleased|thrilled|keen)\b`), 3],
    [/\b(great|good|nice|excellent|strong|solid|perfect|brilliant|awesome|smart|clever|thoughtful|creative|insightful|fantastic) (answer|point|question|idea|example|story|stories|catch|approach|instinct|call|thinking|explanation|solution|work|job|portfolio)\b/, 3],
    [/\b(sounded|sounds|was|is|were|are) (great|textbook|spot on|perfect|excellent|exactly right|really good|very good|impressive)\b/, 3],
    [/\bthat'?s (exactly|actually|really|precisely|just) (the |what |really |right|good|great)|\bthat'?s the (answer|approach|thinking|kind of)\b|\bexactly (the|what) (we|they|i|he|she)\b/, 3],
    [/\b(clearest|best|strongest|cleanest|smartest|sharpest)\b/, 2],
    [/\bone of the (clearest|best|strongest|cleanest|smartest|sharpest|most)\b|\b(we've|they've|she'd|he'd|she's|he's|they'd|i've) (ever )?(heard|seen|had)\b/, 1],
    [/\b(stronger|better|clearer|cleaner) than (what|anything|most|ours|the)\b/, 3],
    [/\bfirst (candidate|person|one|applicant) (to|who)\b/, 3],
    [/\bmost (people|candidates|applicants|new grads|folks|others|interviewees|designers|engineers|devs|nurses|teachers)\b/, 2],
    [/\b(will|would|'ll|'d) love\b|(?<!\bi )\blove (that|it|this|for|how|the way)\b/, 3],
    [/\bwanted to hear\b|\bspot on\b|\bwell done\b|\bnailed\b|\bthumbs up\b|\bgood sign\b/, 2],
    [/\b(said|says|told me) ("|')?(great|nice|love|perfect|exactly|wow|good|excellent|yes)\b/, 2],
    [/\b(nodded|smiled|laughed|wrote (it|that) down|took notes)\b/, 1]
  ],
  concern: [
    [/(?<!\bany )(?<!\bmy )\b(concern(ed|s)?|worr(y|ied|ies)|hesita(nt|nce|tion|ted)|doubts?|doubtful|skeptic(al)?|reservations?|red flags?|not convinced|wasn't convinced|not sold)\b/, 3],
    [/\b(pushed|pressed|probed|grilled|drilled|poked) (back|on|hard|me|into)\b|\bpush ?back\b|\bwill probe\b|\bprobe\b/, 3],
    [/\b(flagged|frowned|winced|called (that|it|this) out)\b|\bnot a fan\b/, 3],
    [/\b(the|a|my|as a|that's a|real|big|main) gaps?\b/, 3],
    [/\bi('ve| have| had)? never\b|\bi (haven't|hadn't|don't have|didn't have|have no|had no|lack)\b/, 2],
    [/\bnever (done|used|worked|managed|run|ran|led|handled|taught|sold|carried|had|touched|built|owned|supervised|done)\b/, 2],
    [/\bi('ve| have)? (only|barely|hardly) |\b(only|barely|hardly) (used|done|touched|worked)\b/, 2],
    [/\bno (real |direct |hands-on |formal |prior )?(experience|exposure|background|track record)\b|\b(less|limited|not much|little|thin) (experience|exposure)\b/, 2],
    [/\b(had to )?admit(ted)?\b|\bdidn't have a (great|good|strong|clear|real) answer\b|\b(weak|weakness|weaker) (spot|area|point|side)?\b/, 2],
    [/\bramp(ed)?( up)?\b|\blearning curve\b/, 2],
    [/\b(wasn't|was not|isn't|is not|not) (sure|convinced|certain) (about|if|whether|that)\b|\b(doubts|doubted|questioned) (i|my|whether|if)\b/, 3],
    [/\b(my )?lack of\b|\bhesitated\b|\bwary\b/, 2],
    [/\blearnable\b|\bcan be learned\b|\bnot sure (i|if i|whether i|i'd|about my)\b/, 2],
    [/\b(would|'d) (want|prefer|expect|need) (the|someone|me|a|an|you|more)\b[^.]{0,50}\bmore\b|\bbut (she|he|they) (would|'d) (want|prefer|expect)\b/, 2],
    [/\b(struggled|fumbled|blanked|stumbled|rambled)\b|\basked (about )?it (twice|again)\b|\b(risk|downside)\b/, 1]
  ],
  topic: [
    [/(?:\b(?:main|biggest|big|core|key|real|top|number one|primary|major|other big|hardest)|#1) (problem|pain( point)?|challenge|issue|project|priority|focus|headache|goal|initiative|thing|reason|part)\b/, 3],
    [/\bheadache\b|\bbiggest\b|\bpain point\b|\bpain\b/, 2],
    [/\b(they're|they are|team is|we're|company is|they've been|unit is|school is|district is|clinic is|department is|app is|product is|org is|store is|site is|business is)( mid-?way| currently| now| in the middle of| about to| actively| still)?( through)? (moving|migrating|splitting|rewriting|rebuilding|building|launching|relaunching|rolling out|exiting|switching|replacing|growing|scaling|consolidating|redesigning|transitioning|modernizing|adopting|implementing|expanding|opening|merging|hiring|running|leaning|short|behind|struggling|losing|doubling)\b/, 3],
    [/\b(migrat\w+|rewrite|rewriting|redesign\w*|refactor\w*|monolith|legacy|tech debt|backlog|roadmap|rollout|rolling out|relaunch\w*|overhaul\w*|re-?platform\w*|moving (off|to|from|away)|switching (to|from)|turnover|churn|attrition|short[- ]staffed|understaffed|shortage|caseload|quota|book of business|mid-?migration)\b/, 2],
    [/\b(would|will|'d|'ll|to|you) own\b|\bown(ing)? the\b|\b(this|the|new|next) hire\b|\bwhoever (they|we) hire\b|\bthe new (person|hire)\b/, 3],
    [/\b(the|this) (role|job|position) (is|would|will|involves|covers|means|includes)\b|\bneeds? (someone|a person|somebody)\b|\b(wants?|looking for) (someone|somebody|a person)\b|\breason (they're|they are) hiring\b|\bresponsib\w+\b|\bin charge of\b/, 3],
    [/\b(wants?|needs?|looking for|hiring) (a|an|someone|somebody|people|a person)\b[^.]{0,40}\b(who|that|to)\b/, 3],
    [/^(moving|migrating|rolling out|launching|relaunching|building|rebuilding|rewriting|replacing|switching|opening|expanding|hiring for|redesigning|splitting|exiting|consolidating|growing|scaling)\b/, 3],
    [/\b(want|wants|need|needs|goal is|target is|aim is|trying|hoping) (it |to get it |to get |that |them )?(down |up )?(to|at|under|below|above|over)? ?~?\d|\b(down|up) \d+ ?%|\b\d+ ?%\s(down|up)\b/, 2],
    [/~\d+|\b\d[\d,]* ?\/ ?(day|mo|month|week|wk|yr|year|shift|night)\b|\b\d[\d,]* (a|per) (day|week|month|year|shift|night)\b|\bshort (\d+|a few|two|three|four|several)\b|\blost (two|three|four|\d+|a few|several|half)\b|\bnobody (wants|owns|understands|knows)\b|\bno one (wants|owns|understands|knows)\b/, 2],
    [/\b(brutal|tough|heavy|overwhelming|hectic|stressful|understaffed|overtime|ot|backlogged|bottlenecks?)\b/, 1],
    [/\b(mess|messy|slow|outdated|brittle|flaky|broken|crash\w*|buggy|manual|by hand|spreadsheets?|\d+ years old|everywhere|half-\w+|behind|stretched thin|sloppy|bloated|fragile)\b/, 2],
    [/\b(problem|challenge|issue|bottleneck)s?\b|\b(deadline|launch(es)?|ship|timeline|budget|costs?|revenue|growth|backlog|scale|latency|performance|accuracy|quality|safety)\b/, 1],
    [/\b\d+(\.\d+)? ?%|\$ ?\d|\b\d+k\b|\b\d+ (accounts|patients|pts|kids|students|beds|people|reports|engineers|devs|nurses|cooks|stores|warehouses|customers|clients|users|docks|sites|locations|classes|sections)\b/, 1],
    [/\b(asked (me )?(about|how|to)|talked (about|through)|walk(ed)? (me )?through|discussed|exercise|system design|case (study|question)|prompt|live (coding|exercise|debugging)|laid out|explained|described|came up|spent (a lot of|most of the) time)\b/, 1],
    [/\b(project|program|initiative|platform|system|pipeline|dashboard|model|product|app|portal|codebase|unit|curriculum|process|workflow|flow|library|team)\b/, 1]
  ],
  culture: [
    [/\bcultur(e|al)\b|\bvalues?\b|\bmotto\b|\bmission\b|\bphilosophy\b|\bways? of working\b/, 3],
    [/\b(blameless|no[- ]blame|post-?mortems?|no hero(es)?|heroics|async(hronous)?(-first)?|meeting[- ]free|no meetings|demo day|show[- ]and[- ]tell|hack ?(week|day|athon)|family meal|eats? lunch|lunch together|team lunch|promote (from|within)|mentor\w*|work[- ]life|psychological safety|open door|closed doors?|tip pool|huddles?)\b/, 3],
    [/\b(fully )?remote\b|\bhybrid\b|\b(in[- ]office|in[- ]person|wfh|work from home|four[- ]day week|flexible hours|flex time|comp time)\b/, 2],
    [/\b(after|past|before) \d+ ?(pm|am)\b|\bon weekends\b|\bweekend (work|releases|emails)\b/, 2],
    [/\brespect\w*\b|\bon-?call\b|\b(feedback|critique|transparen\w*|collaborat\w*|autonomy|ownership|flexib\w*|trust|inclusive|supportive|kind|scrappy|competitive|leaderboard|tight[- ]knit|like a family|humble|hands-on culture)\b/, 2],
    [/\b(big on|huge here|is huge|care (a lot )?about|they value|we value|they believe|we believe|we don't|they don't|nobody (schedules|does|works|emails|gets)|everyone (is expected|sits|shares|pitches|helps|eats|gets)|everybody)\b/, 2],
    [/\b(write (it|things) down|design docs?|rfcs?|decision logs?|documentation|pair(s|ing)? (a lot|program\w*|up|on)|they pair|ship(s)? every|release(s)? every|deploy(s)? (every|daily)|feature flags|stand-?ups?|retros?|one-on-ones|1:1s)\b/, 2],
    [/\b(pays?|budget|stipend) for (one |a |an |your )?(\w+ )?(course|training|conference|education|con-?ed|learning|certification|books)\b/, 3],
    [/\b(weekly|monthly|daily|quarterly|bi-?weekly|annual|yearly|every \w+) (design |team |code |product )?(crits?|critiques?|demos?|syncs?|retros?|stand-?ups?|reviews?|all-hands|offsites?|1:1s|one-on-ones|lunch(es)?|huddles?|happy hours?|book clubs?|hack\w*|shout-?outs?( board)?|town halls?|bug bash(es)?|game nights?|celebrations?)\b/, 3],
    [/\b(self-care|well-?being|burnout|protects? (\w+ )?time|(weekly|monthly|daily|regular) (group |team |peer |clinical )?(supervision|check-ins?|debriefs?|trainings?|case reviews?))\b/, 3],
    [/\bno[- ](mandatory )?(emails?|meetings?|slack|weekend|overtime|ot|blame|ego)\b|\b(proud of|pride in)\b|\bcelebrat\w+|\bshout-?outs?\b|\brecogni[sz]\w+/, 3],
    [/\b(metrics[- ]driven|data[- ]driven|fast[- ]paced|laid[- ]back|chill|friendly|approachable|team[- ]first|people[- ]first|close[- ]knit|family[- ]like|mandatory|rotate|rotation|everyone \w+s|they (write|do|run|hold|use) \w+( \w+)? (for every|for each|every|each))\b/, 2],
    [/\b(every|each) (other )?((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thurs|fri)\b|\b(twice|once|three times) a (week|month|year)\b|\b(small|tight) team\b|\bsharp\b|\bno (weekend|late|after-hours|phones)\b/, 1]
  ],
  'next-step': [
    [/\bnext (step|steps|round|stage|interview|conversation)\b|\b(final|second|2nd|third|3rd|another|last|onsite|on-site|panel|peer|technical|follow-up|in-person) (round|interview|stage|conversation|chat|call)\b/, 3],
    [/\btake[- ]home\b|\bdemo (lesson|round|presentation)\b|\bfinalists?\b|\bmoves? on\b|\bmove (me )?forward\b|\bmoving forward\b|\bshortlist\w*\b/, 3],
    [/\b(decide|decision|decided)\b|\b(get|getting|come|circle) back to (me|us|everyone|candidates|people|you)\b|\bhear (back|from (them|her|him))\b|\blet (me|us|everyone|candidates|you) know\b|\b(be|get) in touch\b/, 3],
    [/(?<!\bi )\b(reach|reaching) out\b|\bmake (a|the) call\b|\bmake (an )?offers?\b|\b(have|give) (me |us )?an? (answer|decision|update|response)\b|\banswer (by|within|in)\b/, 3],
    [/\b(he|she|they|hr|recruiter|manager|someone)(('ll)| will| would|'d) (call|email|text|contact|update|respond|reply|send|schedule|set up|follow up)\b/, 3],
    [/\b(meet|meeting) (with )?(the|their|our) (cfo|ceo|cto|coo|vp|director|founder|team|head|manager|hiring manager|owner|principal|board|gm|chef)\b|\b(reference|background) checks?\b/, 3],
    [/\binterviewing (\d+|two|three|four|a few|several|other)\b|\bother candidates\b|\btimeline\b/, 2],
    [/\b(interviews|panels|rounds) (will )?(start|begin|wrap|finish|continue|happen)\b/, 3],
    [/\bschedul\w+\b|\b(set|setting) (it |that |this |one )?up\b|\boffers?\b/, 1]
  ],
  action: [
    [/^\s*(send|email|e-mail|write|read|look|follow|prep|prepare|practice|research|check|clarify|ask|text|message|sign up|update|add|mention|include|put|thank|connect|review|brush up|study|fix|draft|pull|share|find|confirm|think about|figure out|revise|record|attach|forward|reply|respond|dig|learn|bring|order|renew|register|apply|finish|complete|submit|upload|redo|rewrite|polish|get back|reach out)\b/, 3],
    [/\b(i )?(need|needs) to\b|\b(remember|reminder) to\b|\bdon't forget\b|\bmake sure (i|to)\b|\bforgot to (mention|tell|say|bring|ask|include|add|share|show|talk)\b|\bto do\b|\baction( item)?s?\b/, 3],
    [/\bi (should|must|have to|gotta|got to|want to|plan to|will|'ll)\b|(?<!\b(he|she|they|it|that|this|there|which) )\bshould\b|\bhave to\b/, 2],
    [/\b(send|email|text|forward|share|mail|attach|drop) (him|her|them|over|it|back|a|an|the|my|some|two|three|\d+|((dr|mr|ms|mrs|prof)\.? )?\w+( \w+)? (a|an|the|my|two|some|our|that|this))\b|\bi'?ll send\b/, 3],
    [/\b(said|told (him|her|them)|promised) i'?d (send|share|follow|get back|email|write|look|check|forward|provide|think|come back|put|try|update|circle back|reach out|confirm|call)\b|\bget back to (him|her|them)\b|\bfollow up (with|on)\b/, 3],
    [/\b(follow[- ]up|thank[- ]you|thank you|ty) (email|note|message|letter|card)\b|\bin (my|the) (thank[- ]you|thank you|follow[- ]up|email|note)\b|\bmention (it|that|this)\b/, 2],
    [/\b(look (into|up)|read up|brush up|write up|sign up|pull (together|the|my)|put together|dig into)\b|\basked (me )?(for|to send|to share|to email|to forward)\b/, 2],
    [/\b(tonight|tomorrow morning|asap|this weekend|before friday|next time)\b/, 1]
  ]
}

/** Logistics and the candidate's own feelings: never key points on their own. */
export const NOISE_CUES: Cue[] = [
  [/\b(park(ing|ed)?|garage|parking meter|the meter|got a ticket|stuck in traffic|traffic was|on the (bus|train|subway)|uber|lyft|taxi|lobby|badge|visitor|signed? in|elevator|receptionist|front office|conference room|waiting room|wi-?fi|bad connection|my connection|kept crashing|zoom (background|link|kept|crashed|froze)|virtual background|fake beach|mic\b|microphone|headset|headphones|my camera|webcam|my laptop|laptop fan|wore|wearing|outfit|blazer|my suit|shoes|heels|vest|coffee|water bottle|snack|tacos|breakfast|smelled|smell of|dog|cat|puppy|neighbou?r|baby|mowing|barking|howled|weather|raining|snowing|too (hot|cold|warm)|running late|spilled|burned my|bathroom|restroom|lunch was|min late|minutes late|rejoin|audio echo|echo)\b/, 3],
  [/\b(nervous|anxious|anxiety|stressed|sweat(y|ing)?|shaking|pounding|racing heart|butterflies|mortif\w+|embarrass\w*|exhausted|tired|hungry|starving|gut feeling|fingers crossed|hopeful|i think it went|went (well|ok|okay|great|badly|fine|better|worse)|good energy|felt (ok|okay|good|great|bad|awful|nervous|confident|really|a bit|like)|feel (good|ok|okay|great|bad|confident)|\d+ ?\/ ?10\b|\d+% chance|lol|lmao|ugh|omg|haha|yikes|killing me|no big deal|excuse the mess|while it'?s fresh|writing this|so excited|i'm excited)\b/, 3],
  [/\b(relief|relieved|awkward|chaotic|honestly|my heart)\b/, 1]
]
