import type { KeyPointCategory } from '../model'

// Cue vocabulary per category, matched on normalised text (lower case, shorthand expanded).
// Weights: 3 = says the category on its own, 2 = strong hint, 1 = weak hint.
// "Not the candidate" lookbehinds keep "I liked that" (a feeling) apart from "she liked my answer".

export type Cue = [RegExp, number]

const NOT_I = String.raw`(?<!\bi (?:really |also |honestly |just |totally |personally |kind of |kinda )?)(?<!\b(?:didn't|did not|doesn't|does not|don't|never|not) (?:really |seem to |seem to really )?)`
const INTENSIFIER = String.raw`(?:really |very |super |so |quite |pretty |incredibly |extremely |genuinely )?`
const POSITIVE =
  'thorough|good|great|strong|impressive|excellent|clear|clean|solid|creative|thoughtful|smart|clever|innovative|inventive|sharp|detailed|organi[sz]ed|polished|practical|insightful|compelling|refreshing|helpful|useful|memorable|elegant|spot on|on point|right on|dead on|bang on|exactly right|fantastic|brilliant|awesome|perfect|textbook|outstanding|well thought out|well done|tight|crisp|rock solid|logical|structured|concise|methodical|systematic|mature|professional|grounded|readable'
// Someone other than the candidate: "she wasn't sure" is their doubt, "I wasn't sure" a feeling.
const NOT_SELF = String.raw`(?<!\bi )(?<!\bi'm )(?<!\bi am )(?<!\bi was )(?<!\bi felt )`
// How often something happens: recurring rituals are how a team works.
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`
const CADENCE = String.raw`(?:(?:every|each|after every|after each|before every|before each) (?:other |single |\d+ |two |three |few |couple of )?(?:days?|morning|afternoon|evening|nights?|weeks?|months?|quarters?|years?|sprint|shift|events?|services?|games?|shows?|releases?|launch(es)?|${DAY}|mon|tue|tues|wed|weds|thu|thurs|fri|\w+ (call|case|shift|release|launch|incident|sprint|project))|daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|nightly|bi-?weekly|(?:once|twice|three times) a (?:day|week|month|quarter|year)|on ${DAY}s|${DAY}s are|(?:first|last|second|third|1st|2nd|3rd|4th) (?:${DAY}|mon|tue|tues|wed|weds|thu|thurs|fri)s? of (?:the|every|each) month)`
const RITUAL = String.raw`(?:meetings?|lunch(?:es)?|dinners?|breakfasts?|potlucks?|cookouts?|bbqs?|barbecues?|happy hours?|tastings?|clubs?|rides|game nights?|trivia|offsites?|retreats?|awards?|celebrations?|huddles?|stand-?ups?|syncs?|retros?|demos?|show-and-tells?|crits?|critiques?|reviews?|one-on-ones|1:1s|check-ins?|walk-?rounds?|town halls?|all-hands|shout-?outs?|socials?|outings?|parties|party|learning|trainings?|mentorship|coaching|lunch-and-learns?|brown bags?|book clubs?|debriefs?|brainstorms?|case consults?|consults?|case conferences?|peer support|supervision|bug bash(es)?|hackathons?|game days?|pizza|bid reviews?|briefings?|toolbox talks?|safety talks?|stretch(es)?|recaps?|meets?|get together|gets together|rounds|line-?ups?|roll ?calls?|pre-?shifts?)`

export const CUES: Record<KeyPointCategory, Cue[]> = {
  praise: [
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(liked|loved|likes|loves|enjoyed|appreciated|admired)\b`), 3],
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(seemed to (really )?(like|love)|really liked)\b(?! each other| one another)`), 3],
    [new RegExp(String.raw`\b(my|the|that|this) \w+( \w+){0,3} (was|were|is|are|sounded|looked|seemed) "?${INTENSIFIER}(${POSITIVE})\b`), 3],
    [new RegExp(String.raw`\b(said|called|thought|found|felt) (it|that|this|mine|my \w+( \w+)?) (was |were |is )?${INTENSIFIER}(${POSITIVE})\b`), 3],
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
    [/\b(will|would|'ll|'d) love\b(?! (someone|somebody|a |an |to (have|hire|find|get|fill|see someone)))|(?<!\bi )(?<!n't )(?<!not )\blove (that|it|this|for|how|the way)\b/, 3],
    [/\bwanted to hear\b|\bspot on\b|\bwell done\b|\bnailed\b|\bthumbs up\b|\bgood sign\b/, 2],
    [/\b(said|says|told me) ("|')?(great|nice|love|perfect|exactly|wow|good|excellent|yes)\b/, 2],
    [/\b(nodded|smiled|laughed|wrote (it|that) down|took notes)\b/, 1],
    // What they liked about the candidate outweighs the gap words inside it ("loved that I'd never...").
    [new RegExp(String.raw`\b` + NOT_I + String.raw`(liked|loved|appreciated|admired|impressed( with)?|happy|pleased) ((that|how) (i|my)|my)\b`), 2],
    // An interviewer's quoted reaction to the candidate's work: 'said my charting was "faster than..."'.
    [/\b(said|called|thought) (my|mine|the|his|her|that|it|this|i) [^".]{0,40}?(was|were|is|are|looked|sounded)? ?"/, 2],
    [/\b(said|says|thought|told \w+|felt) (that )?i (handled|did|answered|managed|ran|explained|presented|nailed|approached) |\blike a (pro|champ|boss|veteran)\b/, 2],
    [/(\b(said|says|went|was like|goes)[,:]?|:) ?"((ok|okay|oh|wow|hmm|yeah|yes),? )?(that's|thats|nice|good|great|wow|oh|yes|yep|exactly|perfect|love|impressive|smart|brilliant|dang|whoa|ooh|most people|you (can|cook|clearly|really|obviously|nailed|know|got))\b/, 2],
    [new RegExp(String.raw`\bthat'?s (a |an )?(really |so |very |super |pretty |actually )?(smart|clever|great|impressive|brilliant|fantastic|excellent|perfect|neat|awesome|sharp|spot on|right on|a great \w+|a good \w+)\b`), 2],
    [/\b(said|thought|could tell|noted) (that )?i (clearly |really |obviously |definitely )?(knew|know) (my stuff|what i was|what i'm|my way|the material|it cold|my \w+)\b/, 3],
    [/\b\w+er than (anyone|anybody|most|everyone|everybody|the others|other (candidates|applicants|people)|what)\b/, 3],
    [/\b(gets|trips up|catches|stumps|fools) (everybody|everyone|most people|most candidates)\b|\bmost (people|candidates|applicants) (miss|get|guess|forget|don't|can't|struggle|fail|skip)\b|\b(exactly )?what (we|they) (need|want|are looking for|were looking for)\b/, 3],
    [new RegExp(String.raw`\b(said|says|told \w+|thinks|thought|felt|called) (that )?(i was|i'm|i am|i'd be|i would be|i'd make|i seemed|i sounded|i came across as) (a |an )?${INTENSIFIER}(natural|(good |great |strong |perfect )?fit|keeper|${POSITIVE})\b`), 3],
    [/\b(exactly|precisely) (how|what|the way|the \w+|right)\b|\b(that's|this is|that was) (\w+ ){0,3}(exactly|precisely)\b/, 3],
    [new RegExp(String.raw`\bmore (${POSITIVE}|complete|prepared|realistic|mature|rigorous) than\b|\b(better|stronger|clearer|cleaner|sharper|smarter|tighter|nicer|simpler|neater|faster) than (some|many|any|half|their|our|his|her|other|everyone|everybody|a lot)\b`), 3],
    [/\bfirst (candidate|person|one|applicant|interviewee) (that|i|they've|he's|she's|we've)\b/, 3],
    [/\b(first|only|best|most \w+|\w+est) (\w+ ){0,2}(he'd|she'd|they'd|he's|she's|they've|we've|he has|she has|they have|he had|she had) (ever )?(seen|heard|read|had|gotten|got|met)\b/, 3],
    [/\b(that|this) (kind|sort|type|level) of (\w+ ){0,2}"?(is|was|'s|pays|saves|makes|would|will)\b/, 1],
    [/\bone of the (better|nicer|few|more)\b|\b(we've|they've|she'd|he'd|she's|he's|they'd) (ever )?(done|met|interviewed|gotten|got|read)\b/, 2]
  ],
  concern: [
    [/\b(?<!\bany )(?<!\bmy )(concern(ed|s)?|worr(y|ied|ies)|hesita(nt|nce|tion|ted)|doubts?|doubtful|skeptic(al)?|reservations?|red flags?|not convinced|wasn't convinced|not sold)\b/, 3],
    [/\b(pushed|pressed|probed|grilled|drilled|poked) (back|on|hard|me|into)\b|\b(some|got|gave( me)?|lots of|a lot of|real|her|his|their) push ?back\b|\bwill probe\b|\bprobe\b/, 3],
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
    [/\b(struggled|fumbled|blanked|stumbled|rambled)\b|\b(risk|downside)\b/, 1],
    [/\basked (about )?(it |that |this |me )?(twice|again|more than once|a few times|repeatedly)\b/, 2],
    [new RegExp(String.raw`\b${NOT_SELF}(was|were|is|are|seemed|seems|looked|sounded|got|remained|still|bit|little|kinda|of|pretty|quite|clearly|visibly|sounded) (unsure|uncertain|unconvinced|skeptical|hesitant|reluctant|on the fence)\b|\b${NOT_SELF}(wasn't|weren't|isn't|didn't seem|doesn't seem|didn't look|didn't sound|doesn't look|doesn't sound|did not seem|did not look|not|less)( so| too| as| entirely| totally| fully| super| that| very| really| quite)? (sure|convinced|sold|thrilled|keen|certain|comfortable)\b`), 3],
    [/\b(made a face|grimaced|raised (an|her|his) eyebrows?|looked skeptical|looked unsure|sighed)\b/, 3],
    [/\b(haven't|hasn't|hadn't|have not|had not|didn't|never|not)( really| actually| yet| ever| personally)? (done|used|worked|managed|run|ran|led|handled|taught|sold|carried|had|touched|built|owned|supervised|dispatched|filed|tested|shipped|operated|treated|trained|coached|hired|designed|written|deployed|dealt|taken|held|practiced|practised|closed|negotiated|prescribed|charted|programmed|coded|launched|implemented|administered|audited)\b/, 2],
    [/\b(only|barely|hardly) (ever )?(\w+ed|done|run|taught|sold|had|seen|built|led)\b|\bi('ve| have)? mostly (\w+ed|done|run|taught|sold|had|seen|built|led)\b/, 2],
    [/\b(wants?|needs?|looking for|prefers?|would prefer) (someone|somebody|a person|people) (who's|who has|who have|with) (done|run|led|managed|more|real|actual|deep|\w+ed)\b/, 3],
    [/\b(no|not any|not much|little|limited|minimal|thin|zero|any)( real| direct| hands-on| formal| prior| actual| relevant)?( [\w-]+){0,2} (experience|exposure|background|track record)\b|\b(experience|exposure|background)( [\w-]+){0,3} (is|was|are) (minimal|limited|thin|light|lacking|weak|nonexistent)\b/, 2],
    [/\bmy [\w ]{1,30}? (is|was|are|were|feels|felt) (a bit |pretty |kind of |a little |really |very |still |super )?(weak|rusty|shaky|thin|limited|lacking|basic|outdated|out of date|light|not great|not strong)\b/, 3],
    [/\b(would|'d|wants?|wanted|needs?|expects?|expected) (want |like |prefer |need |expect )?(me|someone|you|whoever|the [\w-]+( [\w-]+)?) to (be|get|have|grow|become|ramp|learn|level up)( \w+){0,3}? (stronger|more|better|deeper|faster|quicker|up to speed|comfortable|confident|fluent|hands-on|ramped)\b/, 3],
    [/\bpick (it |that |this )?up (fast|quickly|quick)\b|\b(flubbed|bombed|botched|choked|drew a blank|went blank|messed up|tripped up)\b|\b(didn't|did not|couldn't|could not) (have|give|come up with|think of|remember) (a |an |the )?(great |good |strong |clear |real |solid |full |complete )?(answer|example|response)\b/, 2],
    [/\b(struggled|fumbled|blanked|stumbled|rambled)\b/, 1],
    // Something to get once hired is something they lack now: "wants it within 90 days of hire".
    [/\b(?<!\bi )(didn't|did not|doesn't|does not)( really| seem to| seem to really)? (love|like|buy|agree with)\b|\bsticking point\b|\bdeal ?breaker\b|\bnon-?starter\b|\b(problem|issue|hang-?up|concern) for (him|her|them)\b|\b(that's|that is|it's|is|was) a (hole|blind spot|weak spot)\b/, 3],
    [/\b(no|don't have (a|my|the|any)|doesn't have|without (a|my|the|any)|not) ?([\w-]+ ){0,2}(cert|certs|certification|certified|license|licence|licensed|degree|credential|clearance)( yet)?\b/, 2],
    [/\b(not|haven't|hasn't|didn't|never) (\w+ )?(much|a lot|many|enough|formally|professionally|in production|on the job)\b/, 2],
    [/\bno [\w-]+( [\w-]+){0,2} yet\b|\bnever ([\w-]+ed|done|run|led|taught|sold|built|written|taken|held|given)\b/, 2],
    // "That's a problem" said back to the candidate's answer is a doubt about them, not a topic.
    [/\b(that's|that is|that'd be|that would be|that could be|that might be|that was) (a |an )?(bit of a |real |big |slight |small |major |potential )?(problem|issue|challenge|concern|hurdle|stretch|gap|sticking point|drawback)\b|\bi('d| would| will|'ll)? (have|need) to (get|be|become|learn|ramp|pick \w+ up|pick up|level up)( \w+){0,3}? (comfortable|up to speed|faster|quick|quickly|fast|better|stronger|more|fluent|certified)\b|\bi('d| would)? (have|need) to (catch up|ramp up|level up|get up to speed|learn|pick up|get comfortable|get faster|get better|improve|grow|build up)\b|\b(area|room|something|thing) (to grow|for growth|to improve|to work on|to develop)\b|\bgrowth area\b|\b(take|takes|would take|will take|'d take|need|needs) (some |a bit of |a little |a lot of |time )?(getting used to|adjusting|adjustment)\b|\b(isn't|is not|not|wasn't|was not|never been) (really |exactly )?(my|a|his|her) (strong suit|strength|forte|strong point|wheelhouse|specialty|speciality)\b/, 3],
    [/\b(that's|it's|that is|it is) (ok|okay|fine|alright|understandable)( for now)?,? but\b|\b(within|in|by) (the first )?(\d+|one|two|three|four|six|twelve|a few) (days?|weeks?|months?)( \w+)? (of (hire|hiring|starting|start|joining)|if (hired|i'm hired|i get it)|after (hire|hiring|starting|i start|joining))\b/, 2],
    [/\bi (only|barely|hardly|just) (know|knew|understand|use|used|have|had|touched|dabbled)\b|\bi (haven't|hadn't|have not|had not|never)( really| actually| yet| ever| personally)? [\w-]+(ed|en|wn|ne|ght|ung|un)\b/, 1],
    [/\b(would|'d|wants?|needs?|expects?) (want |need |expect )?(me|you|someone|the new \w+) (to )?(\w+ing|ramped|up to speed|\w+ed|to \w+) (within|in|by) (the first|\d+|a|one|two|three|six)\b/, 2]
  ],
  topic: [
    [/(?:\b(?:main|biggest|big|core|key|real|top|number one|primary|major|other big|hardest)|#1) (problem|pain( point)?|challenge|issue|project|priority|focus|headache|goal|initiative|thing|reason|part|push|bet|mandate|ask)\b/, 3],
    [/\bheadache\b|\bbiggest\b|\bpain point\b|\bpain\b/, 2],
    [/\b(they're|they are|team is|we're|company is|they've been|unit is|school is|district is|clinic is|department is|app is|product is|org is|store is|site is|business is)( mid-?way| currently| now| in the middle of| about to| actively| still| also| just| already| finally)?( through)? (moving|migrating|splitting|rewriting|rebuilding|building|launching|relaunching|rolling out|exiting|switching|replacing|growing|scaling|consolidating|redesigning|transitioning|modernizing|adopting|implementing|expanding|opening|merging|hiring|running|leaning|short|behind|struggling|losing|doubling)\b/, 3],
    [/\b(migrat\w+|rewrite|rewriting|redesign\w*|refactor\w*|monolith|legacy|tech debt|backlog|roadmap|rollout|rolling out|relaunch\w*|overhaul\w*|re-?platform\w*|moving (off|to|from|away)|switching (to|from)|turnover|churn|attrition|short[- ]staffed|understaffed|shortage|caseload|quota|book of business|mid-?migration)\b/, 2],
    [/\b(would|will|'d|'ll|to|you) own\b|\bown(ing)? the\b|\b(this|the|new|next) hire\b|\bwhoever (they|we) hire\b|\bthe new (person|hire)\b/, 3],
    [/\b(the|this) (role|job|position) (is|would|will|involves|covers|means|includes)\b|\bneeds? (someone|a person|somebody)\b|\b(wants?|looking for) (someone|somebody|a person)\b|\breason (they're|they are) hiring\b|\bresponsib\w+\b|\bin charge of\b/, 3],
    [/\b(wants?|needs?|looking for|hiring) (a|an|someone|somebody|people|a person)\b[^.]{0,40}\b(who|that|to)\b/, 3],
    [/^(moving|migrating|rolling out|launching|relaunching|building|rebuilding|rewriting|replacing|switching|opening|expanding|hiring for|redesigning|splitting|exiting|consolidating|growing|scaling)\b/, 3],
    [/\b(want|wants|need|needs|goal is|target is|aim is|trying|hoping) (it |to get it |to get |that |them )?(down |up )?(to|at|under|below|above|over)? ?~?\d|\b(down|up) \d+ ?%|\b\d+ ?%\s(down|up)\b/, 2],
    [/~\d+|\b\d[\d,]* ?\/ ?(day|mo|month|week|wk|yr|year|shift|night)\b|\b\d[\d,]* (a|per) (day|week|month|year|shift|night)\b|\bshort (\d+|a few|two|three|four|several)\b|\blost (two|three|four|\d+|a few|several|half)\b|\bnobody (wants|owns|understands|knows)\b|\bno one (wants|owns|understands|knows)\b/, 2],
    [/\b(brutal|tough|heavy|overwhelming|hectic|stressful|understaffed|overtime|ot|backlogged|bottlenecks?)\b/, 1],
    [/\b(mess|messy|slow|outdated|brittle|flaky|broken|crash\w*|buggy|manual|by hand|spreadsheets?|\d+[- ]?(years?|yr)[- ]old|everywhere|half-\w+|stretched thin|sloppy|bloated|fragile|chaos|all over the place|wild west|free-for-all|out of date|out-of-date|obsolete|stale|worn out|worn down)\b|\b(get|gets|getting|go|goes|going) (lost|missed|dropped|forgotten|stuck)\b|\b(\w+|\d+) (managers|leads|supervisors|directors|teachers|nurses|hires|chefs|coordinators) in (\w+|\d+) (years|months|weeks)\b|\b(is|are|'re|running|fallen|falling|way|far|weeks|months|days|years|a bit|already|still|so) behind\b/, 2],
    [/\b(problem|challenge|issue|bottleneck)s?\b|\b(deadline|launch(es)?|ship|timeline|budget|costs?|revenue|growth|backlog|scale|latency|performance|accuracy|quality|safety)\b/, 1],
    [/\b\d+(\.\d+)? ?%|\$ ?\d|\b\d+k\b|\b\d+ (accounts|patients|pts|kids|students|beds|people|reports|engineers|devs|nurses|cooks|stores|warehouses|customers|clients|users|docks|sites|locations|classes|sections)\b/, 1],
    [/\b(asked (me )?(about|how|to)|talked (about|through)|walk(ed)? (me )?through|discussed|exercise|system design|case (study|question)|prompt|live (coding|exercise|debugging)|laid out|explained|described|came up|spent (a lot of|most of the) time)\b/, 1],
    [/\b(project|program|initiative|platform|system|pipeline|dashboard|model|product|app|portal|codebase|unit|curriculum|process|workflow|flow|library|team)\b/, 1],
    [/\b(is|are|was|remains|has been|'s) (the|their|our|a|its|his|her) (big |biggest |real |main |key |core |number one |#1 |major |hard |hardest |whole |actual |ongoing |constant |huge )?(problem|issue|challenge|bottleneck|headache|crisis|struggle|priority|focus|blocker)\b/, 3],
    [/\b(first|second|third|next|other|another|top|immediate|urgent|current|ongoing) (problem|pain( point)?|challenge|issue|project|priority|focus|headache|goal|initiative|crisis|need|ask)\b|\bcrisis\b/, 3],
    [/\b(drowning|swamped|buried|overwhelmed|underwater|slammed|overloaded|overworked|struggling|scrambling|firefighting|way behind|falling behind)\b/, 2],
    [/\b(dropped|dropping|fell|falling|fallen|declin\w+|tank(ed|ing)|plummet\w*|flatlin\w*|stall(ed|ing)|plateau\w*|slipp(ed|ing)|shrink\w*|shrunk|doubl(ed|ing)|tripl(ed|ing)|spik(ed|ing)|skyrocket\w*|ballooned|surg(ed|ing)|creeping up|crept up|keeps? getting (shorter|longer|worse|harder|bigger|smaller|slower)|getting worse|went up|gone up|going up|gone down|went down|going down)\b/, 2],
    [/\b(breaks|breaking|fails|failing|crash(es|ing)|falls? over|keeps? (breaking|failing|crashing)|doesn't scale|can't keep up|nobody trusts|no one trusts|unreliable|inconsistent|error-prone)\b|\b(counts?|numbers|reports?|data|totals?|figures|books|forecasts?) (have been|are|were|keep being|are always|have always been) (off|wrong|inaccurate|late|behind|a mess)\b/, 2],
    [/\bslow(s|ed|ing)? (\w+ ){0,2}down\b|\bslows\b/, 2],
    [/\btakes? (~|about |around |like |up to |over )?(a|an|\d+|two|three|four|five|several|a few|a couple of) ([\w-]+ )?(days?|weeks?|months?|hours?)\b/, 2],
    [/\b(nobody|no one) (has|have|does|is|really|ever|uses|maintains|looks at|reads|checks|updates|owns|wants|understands|knows)\b/, 2],
    [/\bin (two|three|four|five|several|many|\d+) (years|months)\b/, 1],
    [/\bmorale (is|was|has been|'s) (\w+ )?(low|bad|down|rough|terrible|shot|tanking)\b|\b(collapsed|fallen apart|falling apart|fell apart|in shambles|dried up|out of compliance|non-?complian\w+|overdue|past due|lapsed)\b|\b(acting|interim) (manager|supervisor|director|lead|head|principal|chef)\b|\b(markdowns|write-?offs|chargebacks|stockouts|out of stocks|overstock|backorders)\b|\b(is|are|was|were|has been|have been) (really |pretty |super |very |so |just )?(bad|poor|terrible|awful|dismal|abysmal|rough|ugly|a disaster|a nightmare)\b|\b(back on track|get (it|them|things|\w+) under control|catch (up|us up))\b|\bkeeps? \w+ing\b|\b(slip|slips|slipping|slipped|fall|falls|falling|fell) through\b|\b(break|breaks|breaking|broke) down\b|(?:\b(?:would|will)(?<!\bi would|\bi will)|'d(?<!\bi'd)|'ll(?<!\bi'll)) (also |eventually |mostly |primarily )?(be )?(own|lead|run|manage|oversee|handle|take over|drive|head up|build|set up|stand up|spearhead|coordinate|supervise|be responsible)\b/, 2],
    [/\bthe (main |top |big |biggest |first |immediate |real |#1 |number one |whole )?(priority|focus|goal|mandate|task) (is|would be|will be|right now)\b|\b(they|she|he|we) (want|wants|need|needs|expect|expects) (the |their |our |all |new )?[\w-]+s to\b|\b(the )?(lead|manager|supervisor|hire|role|person|position|coordinator) (has|needs|would need|will need|would have|will have) to\b|\b(person|one|candidate|people) (they|we) (hire|pick|choose|bring in|bring on|end up hiring)\b/, 3],
    [/\bnot just\b|\b(is|are|all|still) (the )?(original|ancient)\b|\bfrom the (\d0s|(19|20)\d0s|(fif|six|seven|eigh|nine)ties)\b|\bleads to\b/, 1],
    // Something that recurs or keeps going wrong: "regressions keep slipping through", "chillers break down every summer".
    [/\bto a crawl\b|\bbottlenecked\b|\bholding (\w+ ){0,2}back\b/, 3],
    [/\b(dated|neglected|disorgani[sz]ed|unorgani[sz]ed|unmaintained|undocumented|half-maintained|abandoned|duct[- ]taped?|held together)\b|\bnothing is\b|\bnot (\w+ )?(properly|consistently)\b/, 2],
    [/\b(there's|there is|there are|they have|they've got|they got|has|have|with|without) (also )?(no|zero|not a|not any|any) (real |proper |formal |single |consistent |good |clear |shared |documented )?([\w-]+ ){0,3}(process|system|guide|design system|documentation|docs|playbook|standards?|owner|strategy|plan|structure|onboarding|training|tracking|dashboard|reporting|tooling|tests|testing|style guide|framework|way)\b|\bno (real |proper |formal )?(process|system|owner|strategy|playbook) (to|for)\b/, 3],
    [/\bwhoever (joins|they hire|we hire|gets (the|this) (job|role)|takes (the|this) (job|role)|comes in|fills)\b|\b((the|this|a) )?(new|next) ([\w-]+ )?(hire|person|lead|manager|supervisor|coordinator|engineer|designer|analyst|teacher|nurse|counselor|agent|tech) (would|will|'d|'ll|is going to|has to|needs to|must|helps|gets)\b/, 3],
    [/\b(move|switch|migrate|transition|upgrade|convert) (everyone |everything |us |them |the team )?(to|off|onto|from|away from)\b|\bwants? (a|an|the) ([\w-]+ ){0,2}(set up|built|implemented|in place|rolled out|cleaned up)\b/, 2],
    [/\b(wants?|needs?|looking for|hoping for|hiring|expects?|expecting) (the|their|the new|a new) ([\w-]+ ){0,3}(who|that|to|for)\b/, 3],
    [/\b(they're|they are|we're|team is|company is)( also| just| already| finally| now| currently)? (going through|preparing for|gearing up for|dealing with|facing|working on|trying to|bringing|adding|cutting|reorgani[sz]ing|restructuring|centrali[sz]ing|automating|digiti[sz]ing|upgrading|standardi[sz]ing|outsourcing|renovating)\b/, 3],
    [/\bthey('ve| have)? (just |recently |also |already )?(bought|switched|moved|adopted|signed|acquired|lost|cut|added|merged|opened|closed|launched|migrated|replaced|upgraded|rolled out|reorgani[sz]ed|restructured|dropped)\b|\brebuil(d|t|ding)\b/, 2],
    [/\b\d[\d,.]*(k|\+|x)?( [\w-]+){0,2} ?(a |per |\/) ?(day|week|wk|month|mo|year|yr|shift|night|quarter)\b|\b\d+ (months|weeks|days|hours|hrs|minutes) to (hit|ramp|close|fill|hire|onboard|get|reach|finish|become)\b|\bon average\b|\bavg\b/, 2],
    [/\b(lose|losing|lost|keep losing) (\w+ ){0,2}(people|staff|techs|nurses|managers?|leaders?|leads?|directors?|supervisors?|principals?|heads?|founders?|teachers|drivers|engineers|reps|cooks|customers|clients|members|users|accounts|money|deals|patients|students)\b|\b(quit(ting|s)?|resign(ed|ing|ations?)|retention|turnover)\b/, 2],
    [/\b(frustrat\w+|unhappy|upset|angry|complain\w*|fed up|losing patience)\b/, 2],
    [/\b(down|up|dropped|fell|grew|rose|cut|increased|decreased) (by )?(almost |nearly |about |over |more than |roughly |around )?(a (third|quarter|half|fifth|tenth)|half|\d+ ?%|\d+ percent|\w+fold)\b/, 3],
    [/\bhaven't (changed|been (updated|touched|refreshed|revisited))\b|\bin (a decade|years|ages)\b|\bneeds? help (with|\w+ing)\b/, 2],
    [/\b(outsourc\w+|in-house|turnaround|lead time|wait ?times?|waitlists?|waiting lists?|delays?|delayed|(\d+|weeks|months|days) out|going live|go-?live|goes live|cutover|too (dependent|reliant)|over-?reliant|heavily (dependent|reliant)|relies? (too much |heavily )?on|single point of failure)\b/, 2],
    [/\b(losing|bleeding) (\w+ ){1,3}to\b|\b(is|are|been|keep|keeps|they're|we're) (losing|bleeding)\b|\bburn(ing|ed|t)? ?out\b/, 2],
    [/\b(\d+|one|two|three|four|five|six|seven|eight|a few|several|a couple of) ([\w-]+ )?(short|down|open|vacant|unfilled)\b/, 3],
    [/\b(they|we|team|company|branch|clinic|school|unit)( also)? (don't|do not|doesn't|does not) have (a|an|any)\b|\ball in (\w+'s|his|her|their|someone's|one person's) head\b|\b(everyone|everybody) (does|do) (it|things) (their|his|her) own way\b|\b(goals?|targets?|quotas?|kpis?)\b/, 2],
    [/\bsince (last \w+|the (fall|spring|summer|winter)|(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter))\b/, 1]
  ],
  culture: [
    [/\bcultur(e|al)\b|\bvalues?\b|\bmotto\b|\bmission\b|\bphilosophy\b|\bways? of working\b/, 3],
    [/\b(blameless|no[- ]blame|post-?mortems?|no hero(es)?|heroics|async(hronous)?(-first)?|meeting[- ]free|no meetings|demo day|show[- ]and[- ]tell|hack ?(week|day|athon)|family meal|eats? lunch|lunch together|team lunch|promote (from|within)|mentor\w*|work[- ]life|psychological safety|open[- ]door|closed doors?|tip pool|huddles?)\b/, 3],
    [/\b(fully )?remote\b|\bhybrid\b|\b(in[- ]office|in[- ]person|wfh|work from home|four[- ]day week|flexible hours|flex time|comp time)\b/, 2],
    [/\b(after|past|before) \d+ ?(pm|am)\b|\bon weekends\b|\bweekend (work|releases|emails)\b/, 2],
    [/\brespect\w*\b|\bon-?call\b|\b(feedback|critique|transparen\w*|collaborat\w*|autonomy|ownership|flexib\w*|trust|inclusive|supportive|kind|scrappy|competitive|leaderboard|tight[- ]knit|like a family|humble|hands-on culture)\b/, 2],
    [/\b(big on|huge here|is huge|care (a lot )?about|they value|we value|they believe|we believe|we don't|they don't|nobody (schedules|does|works|emails|gets)|everyone (is expected|sits|shares|pitches|helps|eats|gets)|everybody)\b/, 2],
    [/\b(write (it|things) down|design docs?|rfcs?|decision logs?|documentation|pair(s|ing)? (a lot|program\w*|up|on)|they pair|ship(s)? every|release(s)? every|deploy(s)? (every|daily)|feature flags|stand-?ups?|retros?|one-on-ones|1:1s)\b/, 2],
    [/\b(pays?|budget|stipend) for (one |a |an |your )?(\w+ )?(course|training|conference|education|con-?ed|learning|certification|books)\b/, 3],
    [/\b(weekly|monthly|daily|quarterly|bi-?weekly|annual|yearly|every \w+) (design |team |code |product )?(crits?|critiques?|demos?|syncs?|retros?|stand-?ups?|reviews?|all-hands|offsites?|1:1s|one-on-ones|lunch(es)?|huddles?|happy hours?|book clubs?|hack\w*|shout-?outs?( board)?|town halls?|bug bash(es)?|game nights?|celebrations?)\b/, 3],
    [/\b(self-care|well-?being|burnout|protect(s|ing|ed)? (\w+ )?time|(weekly|monthly|daily|regular) (group |team |peer |clinical )?(supervision|check-ins?|debriefs?|trainings?|case reviews?))\b/, 3],
    [/\bno[- ](mandatory )?(emails?|meetings?|slack|weekend|overtime|ot|blame|ego)\b|\b(proud of|pride in)\b|\bcelebrat\w+|\bshout-?outs?\b|\brecogni[sz]\w+/, 3],
    [/\b(metrics[- ]driven|data[- ]driven|fast[- ]paced|laid[- ]back|chill|friendly|approachable|team[- ]first|people[- ]first|close[- ]knit|family[- ]like|mandatory|rotate|rotation|everyone \w+s|they (write|do|run|hold|use) \w+( \w+)? (for every|for each|every|each))\b/, 2],
    [/\b(every|each) (other )?((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thurs|fri)\b|\b(twice|once|three times) a (week|month|year)\b|\b(small|tight) team\b|\bsharp\b|\bno (weekend|late|after-hours|phones)\b/, 1],
    [new RegExp(String.raw`^(?=[^]*\b${CADENCE}\b)(?=[^]*\b${RITUAL}\b)`), 3],
    [new RegExp(String.raw`\b${CADENCE}\b`), 1],
    [/\b(potlucks?|cookouts?|bbqs?|barbecues?|happy hours?|game nights?|book clubs?|reading clubs?|team (lunch|dinner|outing|rides?|breakfast|trip|retreat)s?|staff (meeting|lunch|dinner|party|appreciation|tasting|potluck)s?|recognition|awards?|gong)\b/, 2],
    [/\b(honest(y)?|integrity|humility|humble|curiosity|accountab\w+|fairness|kindness|empathy|inclusion|inclusive|diversity|belonging|no[- ]ego|ego-?free|micromanag\w+|drama|politics|toxic)\b/, 2],
    [/\b(nobody|no one) (gets|is|will|should|ever) (\w+ )?(yelled|blamed|punished|shamed|judged|pressured|thrown under)\b|\b(don't|doesn't|won't|never|do not|will not) (tolerate|yell|micromanage|blame|punish|judge)\b|\bwithout blame\b|\bblame-?free\b|\bno judge?ment\b|\bsafe to (fail|ask|speak|push back)\b|\b(have|has|got) (your|our|my|their|each other's) backs?\b/, 3],
    [/\b(speak up|question (orders|decisions|anything|everything|the \w+)|challenge (each other|decisions|ideas|the \w+)|disagree (openly|and commit)|ask why)\b|\b(encouraged|allowed|free|expected) to (speak|ask|question|push|challenge|disagree|share|take|try|experiment|fail)\b/, 2],
    [/\b(paid|protected|dedicated|blocked|sacred|free|personal|mental health|volunteer) (\w+ )?(time|hours?|days?|lunch(es)?)\b|\b(give|gives|offer|offers) (staff|employees|everyone|people|teachers|nurses|engineers|the team)\b|\bpeer support\b|\b(lunch|time|fridays?|mondays?|mornings?|afternoons?|weekends?) (is|are) (protected|sacred|blocked|off-limits|meeting-free|for learning|for deep work)\b|\bfor learning\b|\blearning (time|budget|days?|hours)\b/, 3],
    [/\b(promote|promotes|promoting|hire|hires|hiring|grow|grows) (from within|within|internally)\b|\bfrom within\b|\bcareer (path|ladder|growth|development)\b|\bpromotions? (to|is|are)\b|\bstarted (out )?as (a |an )?\w+/, 3],
    [/\b(four|4)[- ]day (work ?)?weeks?\b|\bwellness\b|\bstipend\b|\b(pays?|paid|covers?|reimburses?) (for )?(your |our |the |a |an |one )?([\w-]+ ){0,2}(exam|prep|courses?|training|conferences?|education|con-?ed|certifications?|certs?|books|tuition|licen[cs]e|ceus?|degree|classes)\b/, 3],
    [/\b(strict|sticklers?|serious|particular) (about|abt|on)\b|\b(they|we|he|she)('d| would) rather\b/, 3],
    [new RegExp(String.raw`\b${DAY} (\w+ )?${RITUAL}\b|\bno (work|emails?|calls|meetings|slack|texts) (on|after|before|during) (weekends|${DAY}s|nights|holidays|vacation|pto|\d)|\b(shut|shuts|close|closes|closed) (down )?(the )?(office|clinic|shop|store|kitchen|school|restaurant|lab)? ?(for|between|over|during) (the )?(holidays|week|christmas|summer|two weeks|a week)\b`), 3],
    [/\b(open to|anyone can|everyone can|anybody can)\b|\bown (their|our|your) (own )?(tests|code|deploys|releases|decisions|work|schedules?|calendars?|projects)\b|\b(people|ppl|staff|everyone|folks) (stay|stays|have been (here|there)) (forever|for years|a long time)\b|\bgatekeep\w*/, 2],
    [/\b(first-class|non-negotiable|taken seriously|top priority)\b/, 1],
    [/\b\d+ ?% time\b|\b(actually|is|are|fully|really) protected\b|\b(staff|employees|everyone|teachers|nurses|engineers|techs|we|you) (get|gets|receive|receives) (a |an )?(free|paid|discount|bonus|stipend|extra)\b/, 3],
    [/\b(bonus pool|profit[- ]sharing|team bonus|bonus)\b/, 2],
    [/\b(training|learning|education|conference|development|book|wellness|tuition) (budget|stipend|allowance|reimbursement)\b|\b(they're|they are|we're|it's|very much|a real) (a |an )?"[^"]{3,40}" (shop|place|team|company|culture|org|kitchen|office|house)\b|\b(nobody|no one) (hoards|hides|gatekeeps|competes|hogs|takes credit|steals)\b|\b(share|shares|sharing) (all )?(materials|resources|everything|lesson plans|templates|notes|files|knowledge|leads)\b/, 3],
    // Doing things as a group: "eats lunch together", "plays the build together".
    [/\b(do|does|eat|eats|have|has|play|plays|go|goes|meet|meets|sit|sits|cook|cooks|train|trains|run|runs|celebrate|celebrates|review|reviews|watch|watches) (\w+ ){0,4}together\b/, 2],
    [/\b(walks? the floor|skip[- ]levels?|open[- ]door|flat (structure|hierarchy|org)|no hierarchy|no titles)\b/, 3],
    [/\bshare(s|d)? (their |our |the )?(wins|failures|mistakes|learnings|lessons|credit)\b|\bhides? (\w+ )?mistakes\b|\bmistakes (are|is) (fine|ok|okay|expected|learning)\b/, 3],
    [/\bpair(s|ed|ing)? (\w+ ){0,2}with\b|\beach other'?s? (work|code|designs?|drafts?|writing|cases|charts)\b|\bthe whole (team|floor|staff|office|company|crew|kitchen|department|unit|school|clinic|shop)\b|\b\w+-(based|first|driven|centered|centred|led)\b|\bwork(s)? from the office\b/, 1]
  ],
  'next-step': [
    [/\bnext (step|steps|round|stage|interview|conversation)\b|\b(final|second|2nd|third|3rd|another|last|onsite|on-site|panel|peer|technical|follow-up|in-person) (round|interview|stage|conversation|chat|call)\b/, 3],
    [/\btake[- ]home\b|\bdemo (lesson|round|presentation)\b|\bfinalists?\b|\bmoves? on\b|\bmove (me )?forward\b|\bmoving forward\b|\bshortlist\w*\b/, 3],
    [/\b(decide|decision|decided)\b|\b(get|getting|come|circle) back to (me|us|everyone|candidates|people|you)\b|\bhear (back|from (them|her|him))\b|\blet (me|us|everyone|candidates|you) know\b|\b(be|get) (back )?in touch\b/, 3],
    [/\b(?<!\bi )(reach|reaching) out\b|\bmake (a|the) call\b|\bmake (an )?offers?\b|\b(have|give) (me |us )?an? (answer|decision|update|response)\b|\banswer (by|within|in)\b/, 3],
    [/\b(he|she|they|hr|recruiter|manager|someone)(('ll)| will| would|'d) (call|email|text|contact|update|respond|reply|send|schedule|set up|follow up)\b|(?:'ll| will)(?<!\b(?:i|we|you)(?:'ll| will)) (call|email|text|contact|reach out|send (me |us )?(a |an |the )?(calendar|invite|link|details|date|times|slots|assignment|case|prompt|take-home))\b/, 3],
    [/\b(meet|meeting) (with )?(the|their|our) (cfo|ceo|cto|coo|vp|director|founder|team|head|manager|hiring manager|owner|principal|board|gm|chef)\b|\b(reference|background) checks?\b/, 3],
    [/\b(have|get|give|send|share)( me| us)? (some |their |his |her |the )?(feedback|an answer|a decision|an update|word|news|results?)( (for|to) (me|us))?\b|\b(get|send|put|have) (the |their |an? )?offers? out\b|\boffers? (go|going|will go) out\b/, 3],
    [/\binterviewing (\d+|two|three|four|a few|several|other)\b|\bother candidates\b|\btimeline\b/, 2],
    [/\b(interviews|panels|rounds) (will )?(start|begin|wrap|finish|continue|happen)\b/, 3],
    [/\bschedul\w+\b|\b(set|setting) (it |that |this |one )?up\b|\boffers?\b/, 1],
    // A reply promised for a time is the next step itself: "get back to me in a couple of weeks".
    [/\b(decide|decision|get back|getting back|hear back|let (me|us|everyone) know|(an|their) answer|(?<!-)call|text|email|reach out|be in touch|update)\b[^.]{0,40}?\b(by|within|in (a|an|the|\d+|one|two|three|a few)|before|next (week|\w+day)|end of|tomorrow|this week|on (mon|tues|wednes|thurs|fri)day)\b/, 2]
  ],
  action: [
    [/^\s*(?:(?:also|and|then|plus|oh and|maybe|still|definitely|def|pls|please|todo|to do)[,:]?\s+)?(?:(?:i )?(?:want|need|have|got|plan|hope|should|must|gotta)(?: to)?\s+)?(send|email|e-mail|write|read|look|follow|prep|prepare|practice|research|check|clarify|ask|text|message|sign up|update|add|mention|include|put|thank|connect|review|brush up|study|fix|draft|pull|share|find|confirm|think about|figure out|revise|record|attach|forward|reply|respond|dig|learn|bring|order|renew|register|apply|finish|complete|submit|upload|redo|rewrite|polish|get back|reach out|watch|listen|take|try|call|schedule|book|set up|buy|make|build|create|print|request|look into|sign|fill out|bookmark|rehearse|work on|visit|test|memori[sz]e|download|install)\b/, 3],
    [/\b(i )?(need|needs) to\b(?<!\b(?:i'd|i would|would|you'd|you would|they'd|he'd|she'd) (?:i )?needs? to)|\b(remember|reminder) to\b|\bdon't forget\b|\bmake sure (i|to)\b|\bforgot to (mention|tell|say|bring|ask|include|add|share|show|talk)\b|(?:^|\b(?:things|stuff|list|items|lots|more|also|still|my|the))\s*to do\b|\bto do:|\baction( item)?s?\b/, 3],
    [/\bi (should|must|have to|gotta|got to|want to|plan to|will|'ll)\b|(?<!\b(he|she|they|it|that|this|there|which) )\bshould\b|\bhave to\b/, 2],
    [/\b(send|email|text|forward|share|mail|attach|drop|write|shoot)(?<!\b(?!i\b)[a-z]+(?: will|'ll| would|'d|'s going to| is going to) [a-z]+) (him|her|them|over|it|back|a|an|the|my|some|two|three|\d+|((dr|mr|ms|mrs|prof)\.? )?\w+( \w+)? (a|an|the|my|two|some|our|that|this))\b|\bi'?ll send\b/, 3],
    [/\b(said|told (him|her|them)|promised) i'?d (send|share|follow|get back|email|write|look|check|forward|provide|think|come back|put|try|update|circle back|reach out|confirm|call)\b|\bget back to (him|her|them)\b|\bfollow up (with|on)\b/, 3],
    [/\b(follow[- ]up|thank[- ]you|thank you|ty) (email|note|message|letter|card)\b|\bin (my|the) (thank[- ]you|thank you|follow[- ]up|email|note)\b|\bmention (it|that|this)\b/, 2],
    [/\b(look (into|up)|read up|brush up|write up|sign up|pull (together|the|my)|put together|dig into)\b|\basked (me )?(for|to send|to share|to email|to forward)\b/, 2],
    [/\b(tonight|tomorrow morning|asap|this weekend|before friday|next time)\b/, 1]
  ]
}

/** Logistics and the candidate's own feelings: never key points on their own. */
export const NOISE_CUES: Cue[] = [
  [/\b(park(ing|ed)?|garage|parking meter|the meter|got a ticket|stuck in traffic|traffic was|on the (bus|train|subway)|uber|lyft|taxi|lobby|badge|visitor|signed? in|elevator|receptionist|front office|conference room|waiting room|wi-?fi|bad connection|my connection|kept crashing|zoom (background|link|kept|crashed|froze)|virtual background|fake beach|mic\b|microphone|headset|headphones|my camera|webcam|laptop|charger|battery|on the way (there|in|over|home|back|out)|(the|my) (drive|ride|walk|commute|bus|train) (home|there|in|back)|in (my|the) car|my (truck|car) (was|is|kept|died|broke|made|making)|got lost|had to wait|waited (\d+|a few|like \d+) (min|minutes|mins)|vestibule|buzz(ed)? in|locked doors?|humid|muggy|sweltering|freezing|slept|no sleep|blisters?|my feet|wore|wearing|outfit|blazer|my suit|shoes|heels|vest|coffee|water bottle|snack|tacos|breakfast|cafeteria|chili|the food|sandwich(es)?|donuts?|bagels?|pastr(y|ies)|cookies|cold brew|kombucha|smelled|smell of|neighbou?r|mowing|leaf blower|lawn ?mower|barking|howl(ed|ing)|meowing|walked across|jumped on|keyboard|weather|raining|snowing|too (hot|cold|warm)(?<!\b(?:get|gets|getting|got) too \w+)|\d+ degrees|(i was|i'm|i am) running late|running late (for|to)|spilled|burned my|bathroom|restroom|lunch was|min late|minutes late|rejoin|audio echo|echo)\b/, 3],
  [/\b(nervous(?<!\b(?:a|an|the) nervous)|anxious(?<!\b(?:a|an|the) anxious)|anxiety|stressed|sweat(y|ing)?|shaking|pounding|racing heart|butterflies|mortif\w+|embarrass\w*|exhausted|tired|hungry|starving|gut feeling|fingers crossed|hopeful|i think it went|went (well|ok|okay|great|badly|fine|better|worse)|good energy|felt (ok|okay|good|great|bad|awful|nervous|confident|really|a bit|like)|feel (good|ok|okay|great|bad|confident)|\d+ ?\/ ?10\b|\d+% chance|killing me|no big deal|excuse the mess|while it'?s fresh|writing this|so excited|i'm excited)\b/, 3],
  [/\b(relief|relieved|awkward|chaotic|my heart)\b/, 1],
  // How the day felt, not what was said: "vibe was really good", "the interview felt off".
  [/\b(vibes?|energy|atmosphere|the interview|the day|overall it|it all) (was|were|felt|seemed) (really |very |super |pretty |so |kind of )?(good|great|nice|positive|fine|ok|okay|awesome|off|weird|bad|chill|relaxed)\b/, 3],
  [/\bforgot (my|the) (?!(to|about))\w+/, 2],
  // When the candidate would start is logistics, not a point about the job or the interview.
  [/\bstart date\b|\b(to|can|could|would|'d) start (before|by|on|in|after|mid|early|late|asap|right away|immediately)\b|\bin seat\b|\b(on ?board(ed)?|trained up|up to speed) by\b|\b(school|fiscal|residency|academic) year (starts|begins)\b|\b(season|cohort|orientation|class) (starts|begins)\b/, 1]
]
