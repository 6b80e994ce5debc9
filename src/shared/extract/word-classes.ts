// Small classes of general English words that tell the model what kind of word it sees when it
// has not met the word itself in training: "stellar" is praise even if no note used it. Only
// single words (lemmas), never phrases: the model learns how the words combine.

const words = (list: string) => new Set(list.trim().split(/\s+/))

export const WORD_CLASSES: Record<string, Set<string>> = {
  praise: words(`
    great excellent impressive impressed impress strong solid good nice perfect brilliant fantastic
    outstanding thoughtful sharp smart clever insightful exceptional terrific superb stellar amazing
    awesome wonderful love like enjoy appreciate praise compliment admire exact exactly spot right
    clear refreshing rare best impressed glad happy pleased excited enthusiastic keen fan liked loved
    standout stand polished crisp elegant creative mature strength highlight win nail land resonate
  `),
  doubt: words(`
    worry worried concern concerned doubt doubtful unsure uncertain hesitant hesitation hesitate skeptical
    sceptical gap weakness weak lack lacking limited struggle risk risky question questioned challenge
    challenged push pushback probe press grill unconvinced convinced wary reservation issue problem flag
    red thin light shallow rusty junior overqualified underqualified missing without barely only never
    less not unclear vague caution cautious careful warn warning downside
  `),
  speech: words(`
    say tell mention explain note add describe share stress emphasize emphasise point ask answer reply
    respond admit confirm suggest propose repeat insist joke comment remark state clarify
  `),
  sending: words(`
    send email mail forward share attach submit provide write draft prepare update upload include
    follow reply respond clarify answer research read review check look fix finish complete deliver
    record redo revise list summarize summarise compile gather collect book schedule confirm introduce
    connect thank post link
  `),
  artefact: words(`
    link deck slide slides portfolio sample samples resume cv reference references certificate
    transcript repo code doc document writeup summary paper article example examples case study notes
    list plan proposal draft design mockup video recording spreadsheet report letter form
  `),
  process: words(`
    round interview onsite final finalist stage step loop panel screen screening call offer decision
    decide reference references background check recruiter hr shortlist timeline process candidate
    candidates assessment assignment exercise test trial visit meet meeting chat debrief committee
    approval approve sign hiring hire reply respond revert feedback touch contact update result
  `),
  time: words(`
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
    sun today tomorrow tonight week weekend month day days weeks months year quarter morning afternoon
    evening eod eow soon later next end early late january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec within
  `),
  culture: words(`
    culture value values team remote hybrid office flexible flexibility autonomy ownership trust
    collaborative collaboration pairing pair mentor mentoring mentorship feedback balance learning
    growth transparent transparency async asynchronous standup ritual retro retrospective blameless
    meeting meetings norm norms habit habits people environment inclusive diversity wellbeing family
    quiet friendly supportive relaxed informal formal hierarchy flat rotate rotation weekly daily
    monthly every always usually encourage encouraged expect expected allow allowed budget perk perks
    benefit benefits celebrate volunteer lunch-and-learn offsite hackathon demo
  `),
  work: words(`
    project system problem challenge migration product customer customers client clients data platform
    scale scaling legacy build rebuild launch launching roadmap backlog pipeline service services
    infrastructure architecture feature features integration integrate automate automation strategy
    revenue growth budget cost costs backlog audit compliance quality process processes workflow
    redesign move moving replace replacing rollout expansion turnover shortage churn debt outage
    incident bottleneck hiring staffing pain priority priorities goal goals focus
  `),
  feeling: words(`
    nervous anxious tired exhausted sweaty sweat hungry thirsty stressed relieved nerve nerves
    embarrassed excited happy sad ugh lol phew yay meh
    coffee tea water snack sandwich sandwiches cookie cookies pastry
    parking park traffic train bus taxi uber drive commute rain weather cold hot elevator lobby badge
    wifi zoom internet connection camera mic audio laptop battery phone late early outfit shirt shoes
    tie suit umbrella sleep slept
  `),
  misstep: words(`
    fumble fumbled ramble rambled stumble stumbled flub flubbed fluff fluffed botch botched blank blanked
    freeze froze forget forgot miss missed mess messed struggle struggled overrun lapse lapsed expire
    expired outdated rusty rough shaky awkward weak weakest flat vague fuzzy wobbly shallow mistake
    slip slipped trip tripped
  `),
  intensity: words(`
    really very super quite extremely so totally definitely clearly especially particularly seriously
    genuinely incredibly highly
  `),
  hedge: words(`
    maybe perhaps probably possibly might seem seemed seems somewhat slightly bit little kinda sorta
    think thought guess feel felt
  `)
}

/** Modal verbs, grouped by what they say about the clause. */
export const MODALS: Record<string, string> = {
  will: 'future', would: 'hypothetical', shall: 'future', should: 'obligation', must: 'obligation',
  need: 'obligation', have: 'obligation', could: 'possibility', might: 'possibility', may: 'possibility',
  can: 'ability', want: 'intent', plan: 'intent', promise: 'intent', go: 'intent'
}

/** Verbs through which notes report what somebody on the employer's side said or did. */
export const REPORTING_VERBS = words(`
  say tell mention explain note add describe share stress emphasize emphasise ask worry wonder like
  love praise push press probe grill question flag warn admit suggest want think feel seem sound
  complain compliment appreciate joke laugh nod frown insist repeat confirm promise offer expect hope
`)
