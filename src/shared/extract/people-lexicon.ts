// Word lists for telling people apart from the other capitalised words in notes.

/** Words that make a phrase a job title ("eng mgr", "Head of Design", "charge nurse"). */
export const ROLE_WORDS = new Set(
  (
    'manager mgr managers director dir head lead leader vp svp evp president ceo cto cfo coo ' +
    'cmo cio ciso cpo founder cofounder co-founder owner ' +
    'recruiter recruiting talent acquisition hr hrbp coordinator engineer eng engineering ' +
    'developer dev designer design pm tpm ' +
    'product analyst analytics scientist architect principal chair teacher nurse chef sous gm ' +
    'supervisor controller accountant ' +
    'partner associate specialist researcher counsel attorney lawyer doctor physician dpt rn ' +
    'md np pa admin administrator officer ' +
    'superintendent dean professor coach rep representative executive exec staff senior sr ' +
    'junior jr intern consultant sales ae ' +
    'sdr bdr csm em hm hiring teammate peer receptionist pharmacist therapist paralegal editor ' +
    'producer ops operations marketing ' +
    'finance accounting ap ar qa sre devops ux ui frontend backend ios android mobile cs assistant aide counselor ' +
    'librarian vice chief tech technician foreman stylist cook captain agent broker buyer ' +
    'planner secretary clerk bookkeeper ' +
    'auditor actuary underwriter adjuster mechanic dispatcher trainer instructor tutor ' +
    'interviewer bar raiser member desk ' +
    'superintendent principal lead-in owner/operator sommelier manager, ops-manager cmo ' +
    'hygienist dentist surgeon resident ' +
    'fellow charge director, chair, officer, programmer strategist copywriter writer journalist officer ' +
    'commander lieutenant sergeant captain detective deputy sheriff chief dispatcher rep ' +
    // other languages' titles notes keep as written
    'rh rrhh gerente jefe jefa ingeniero ingeniera leiter leiterin'
  ).split(/\s+/)
)

/** Prefixes that go before a name and are not part of it. */
export const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'chef', 'coach', 'nurse',
  'dean', 'rev', 'sir', 'madam', 'lt', 'sgt', 'capt', 'det', 'judge', 'pastor', 'officer', 'matron', 'frau', 'herr',
  'ing', 'lic', 'dra', 'sra', 'srta', 'puan', 'encik', 'tuan', 'datuk', 'dato'])

/** Words that end a company or place name ("Hollis Marine Supply", "Pine Hollow High"). */
export const ORG_WORDS = new Set(
  (
    'inc llc ltd corp co company group labs lab systems solutions supply supplies health ' +
    'healthcare medical memorial hospital ' +
    'clinic bank capital partners analytics mutual insurance distribution logistics freight ' +
    'foods sports rehab outdoor outdoors ' +
    'software technologies tech studio studios media marketing consulting energy motors ' +
    'airlines school high elementary middle ' +
    'academy university college institute center centre services industries international ' +
    'global holdings agency bakery kitchen ' +
    'cafe restaurant hotel realty pharma therapeutics networks cloud data works foundation ' +
    'trust credit union financial ' +
    'manufacturing construction dental veterinary pharmacy store stores market markets brewing ' +
    'brewery coffee farms press ' +
    'publishing games robotics dynamics associates legal law firm designs architecture ' +
    'district county city state department ' +
    'ventures fund bio biotech sciences security aerospace automotive electric power water transit rail air systems ' +
    'mall plaza tower avenue boulevard payments storage cold logistics goods brands regional airways aviation builders'
  ).split(/\s+/)
)

/** Capitalised words that are never a person's name on their own in interview notes. */
export const NOT_NAMES = new Set(
  (
    // pronouns, articles, sentence openers
    'i me my we us our you your he him his she her they them their it its this that these those there here then ' +
    'the a an and or but so if also just then next after before when while because since though although overall ' +
    'today tomorrow yesterday tonight everyone everybody nobody someone somebody anyone anybody all both each ' +
    'some most many much more few other another same such what which who whom whose why how where ' +
    'okay ok yes no not maybe honestly actually really definitely probably apparently basically literally ' +
    'good great bad nice fine cool wow hmm um oh lol ugh thanks thank please sorry ' +
    'big main key quick short long new old first second third final last little lots ' +
    // calendar words
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter q1 q2 q3 q4 ' +
    // note structure words
    'interview interviews interviewer interviewers notes note panel round onsite screen call ' +
    'phone video zoom teams meet ' +
    'team culture values next steps step misc random setup schedule context follow followup ' +
    'follow-up todo action actions ' +
    'concern concerns praise topic topics people who what date time location logistics gut feeling vibe wrap lunch ' +
    'portfolio presentation questions question answer summary recap takeaways thoughts reflection reflections things ' +
    'role job position company office remote hybrid salary comp benefits process timeline decision offer ' +
    // roles and honorifics used alone
    'dr mr mrs ms mx prof chef coach nurse principal director manager head lead senior staff junior recruiter hr ' +
    'matron frau herr puan encik tuan datuk dato madam sir ' +
    'ceo cto cfo coo vp gm pm em hm president founder owner chair dean captain ' +
    // departments, as in "(Team Lead, Onboarding)"
    'onboarding support operations finance engineering procurement compliance payroll recruiting quality research ' +
    'product design legal analytics accounts billing claims purchasing facilities maintenance safety training ' +
    'admissions underwriting treasury audit risk strategy partnerships growth marketing sales fundraising ' +
    'communications comms infrastructure platform data security ' +
    // tools, tech and common products
    'kafka go golang postgres postgresql mysql sql redis mongo mongodb python java javascript ' +
    'typescript kotlin swift swiftui ' +
    'uikit react redux vue angular node jest playwright cypress docker kubernetes terraform ' +
    'aws gcp azure linux windows mac ' +
    'excel word powerpoint outlook sheets slides tableau looker snowflake salesforce hubspot ' +
    'klaviyo mailchimp netsuite ' +
    'quickbooks jira confluence notion github gitlab git slack figma sketch maze lookback ' +
    'webpt epic cerner voiceover ' +
    'linkedin google microsoft apple amazon meta facebook instagram tiktok youtube twitter android ios iphone ipad ' +
    'chatgpt openai claude copilot airflow spark dbt pandas rust ruby rails php laravel django ' +
    'flask graphql rest api ' +
    'agile scrum kanban lean ' +
    // places
    'nyc sf la london paris berlin lisbon tokyo chicago boston seattle austin denver toronto remote downtown uptown'
  ).split(/\s+/)
)

/** Words after "my" that make the name the candidate's own contact, not the employer's. */
export const OWN_CONTACTS =
  new RegExp(
    String.raw`\bmy (?:old |former |previous |current |last |ex-|favou?rite |future )?(?:manager|mgr|boss|friend|` +
      String.raw`colleague|coworker|co-worker|reference|referee|mentor|partner|wife|husband|sister|brother|mom|mum|` +
      String.raw`dad|roommate|pm|engineer|teammate|supervisor|professor|teacher|contact|buddy|cousin|neighbou?r|lead|` +
      String.raw`director)s?,? $`,
    'i'
  )
