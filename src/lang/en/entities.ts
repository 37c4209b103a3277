/**
 * English lexicon for names: titles and honorifics, role words, organisation and place head words,
 * words that are never names on their own, reporting verbs, given names, known acronyms.
 *
 * Data only (typed constants); the rules that use it are in `names.ts`. Words are compared
 * case-sensitively unless a list says otherwise: lists of lower-case words are matched against the
 * lower-cased token. Multi-word entries are written with single spaces.
 *
 * @example
 * ```ts
 * HONORIFICS.has('Shri'); // true
 * OFFICE_ROLES.get('Raksha Mantri'); // 'Defence Minister'
 * ```
 */

import { MONTHS_EN, REPORTING_NOUN_VERBS_EN, REPORTING_VERBS_EN, STANCE_VERBS_EN, WEEKDAYS_EN } from './lexicon.js';

function words(s: string): string[] {
  return s
    .split(/[|\n]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Honorifics: kept in `title`, never a role. A trailing full stop (`Mr.`) is allowed by the extractor. */
/**
 * Rank abbreviations that are also given names, with the rank they abbreviate. `Gen Nakatani` names a
 * man whose given name is Gen; `General Nakatani` in the same report is a mistaken expansion of that
 * name, a mention of the same person.
 */
export const RANK_ABBREVIATION_OF: ReadonlyMap<string, string> = new Map([
  ['Gen', 'General'], ['Col', 'Colonel'], ['Capt', 'Captain'], ['Maj', 'Major'], ['Brig', 'Brigadier'], ['Adm', 'Admiral'], ['Lt', 'Lieutenant'],
]);

export const HONORIFICS: ReadonlySet<string> = new Set(
  words(`Mr|Mrs|Ms|Miss|Mx|Dr|Shri|Sri|Shree|Smt|Shrimati|Kumari|Sushri|Sir|Dame|Prof|Professor|Lord|Lady|Hon|
Honourable|Honorable|Janab|Begum|Sheikh|Rev|Reverend|Father|Sister|Mister|Madam|Sahib|Thiru|Tmt|Selvi|Dato|Datuk`),
);

/** Ranks and forms of address that go into `title` without making a role (`Gen`, `Lt Gen`). */
export const RANKS: ReadonlySet<string> = new Set(
  words(`Gen|General|Lt Gen|Lieutenant General|Maj Gen|Major General|Brig|Brigadier|Col|Colonel|Lt Col|
Lieutenant Colonel|Capt|Captain|Lt|Lieutenant|Maj|Major|Adm|Admiral|Vice Admiral|Rear Admiral|Air Marshal|
Air Chief Marshal|Air Vice Marshal|Field Marshal|Marshal|Sgt|Sergeant|Cdr|Commander|Wing Commander|
Group Captain|Squadron Leader|Insp|Inspector|Constable|Havildar|Subedar|Naik|Sepoy|Cpl|Corporal|Pvt|Private|
Major-General|Lieutenant-General|Lieutenant-Colonel|Brigadier-General|Vice-Admiral|Rear-Admiral|Lt-Gen|Maj-Gen`),
);

/**
 * Offices written in front of a name, mapped to the normalised English role. Includes Hindi titles
 * written in Latin script (`Raksha Mantri` is the Defence Minister). Roles of the form
 * `<Area> Minister` / `Minister of <Area>` are recognised by rule and need not be listed.
 */
export const OFFICE_ROLES: ReadonlyMap<string, string> = new Map([
  ['Prime Minister', 'Prime Minister'],
  ['PM', 'Prime Minister'],
  ['Deputy Prime Minister', 'Deputy Prime Minister'],
  ['Pradhan Mantri', 'Prime Minister'],
  ['Raksha Mantri', 'Defence Minister'],
  ['Grih Mantri', 'Home Minister'],
  ['Videsh Mantri', 'External Affairs Minister'],
  ['Vitta Mantri', 'Finance Minister'],
  ['Rashtrapati', 'President'],
  ['Up Rashtrapati', 'Vice President'],
  ['President', 'President'],
  ['Vice President', 'Vice President'],
  ['Vice-President', 'Vice President'],
  ['EAM', 'External Affairs Minister'],
  ['Chief Minister', 'Chief Minister'],
  ['CM', 'Chief Minister'],
  ['Deputy Chief Minister', 'Deputy Chief Minister'],
  ['Governor', 'Governor'],
  ['Lieutenant Governor', 'Lieutenant Governor'],
  ['Lt Governor', 'Lieutenant Governor'],
  ['Mayor', 'Mayor'],
  ['Senator', 'Senator'],
  ['Sen', 'Senator'],
  ['Rep', 'Representative'],
  ['Representative', 'Representative'],
  ['Congressman', 'Representative'],
  ['Congresswoman', 'Representative'],
  ['MP', 'Member of Parliament'],
  ['MLA', 'Member of the Legislative Assembly'],
  ['Secretary of State', 'Secretary of State'],
  ['Secretary-General', 'Secretary-General'],
  ['Secretary General', 'Secretary-General'],
  ['Ambassador', 'Ambassador'],
  ['High Commissioner', 'High Commissioner'],
  ['Chancellor', 'Chancellor'],
  ['Premier', 'Premier'],
  ['King', 'King'],
  ['Queen', 'Queen'],
  ['Prince', 'Prince'],
  ['Princess', 'Princess'],
  ['Crown Prince', 'Crown Prince'],
  ['Emperor', 'Emperor'],
  ['Empress', 'Empress'],
  ['Pope', 'Pope'],
  ['Speaker', 'Speaker'],
  ['Chief of Defence Staff', 'Chief of Defence Staff'],
  ['Chief of Army Staff', 'Chief of Army Staff'],
  ['Army Chief', 'Army Chief'],
  ['Navy Chief', 'Navy Chief'],
  ['Air Chief', 'Air Chief'],
  ['National Security Adviser', 'National Security Adviser'],
  ['National Security Advisor', 'National Security Adviser'],
  ['NSA', 'National Security Adviser'],
  ['Attorney General', 'Attorney General'],
  ['Solicitor General', 'Solicitor General'],
  ['Chief Justice', 'Chief Justice'],
  ['Justice', 'Justice'],
  ['Judge', 'Judge'],
  ['Chairman', 'Chairman'],
  ['Chairperson', 'Chairperson'],
  ['Chairwoman', 'Chairperson'],
  ['Chief Executive', 'Chief Executive'],
  ['CEO', 'Chief Executive'],
  ['Director General', 'Director General'],
  ['Director-General', 'Director General'],
  ['Director', 'Director'],
  ['Commissioner', 'Commissioner'],
  ['Spokesperson', 'Spokesperson'],
  ['Spokesman', 'Spokesperson'],
  ['Spokeswoman', 'Spokesperson'],
  ['Coach', 'Coach'],
  ['Minister', 'Minister'],
  ['Union Minister', 'Union Minister'],
  ['Minister of State', 'Minister of State'],
  ['Cabinet Secretary', 'Cabinet Secretary'],
  ['Foreign Secretary', 'Foreign Secretary'],
  ['Defence Secretary', 'Defence Secretary'],
  ['Defense Secretary', 'Defence Secretary'],
  ['Home Secretary', 'Home Secretary'],
]);

/** Offices that belong to one country whatever the text says around them (Hindi titles, `Union Minister`). */
export const OFFICE_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['raksha mantri', 'India'],
  ['pradhan mantri', 'India'],
  ['grih mantri', 'India'],
  ['videsh mantri', 'India'],
  ['vitta mantri', 'India'],
  ['rashtrapati', 'India'],
  ['up rashtrapati', 'India'],
  ['union minister', 'India'],
]);

/** Last words of an office that can be preceded by an area (`Railway Minister`, `Home Secretary`). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  words(`Minister|Ministers|Mantri|Secretary|Spokesperson|Spokesman|Spokeswoman|Chief|Adviser|Advisor|Commissioner|
Magistrate|Officer|Director|Governor|Mayor|Chairman|Chairperson|Chairwoman|Inspector|Superintendent|Collector|
Ambassador|Envoy|Judge|Justice|Commander|President|Chancellor|Premier|Head|Administrator|Registrar|Controller|
Auditor|Treasurer|Coordinator|Manager|Executive|Engineer|Ombudsman|Prosecutor|Attorney|Counsel|Consul|Speaker|
Leader|MP|MLA|MLC|CEO|CFO|COO|CTO`),
);

/** Modifiers that may stand inside an office (`Deputy Defence Minister`, `Acting President`). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(words(`Deputy|Acting|Junior|Senior|Interim|Vice|Principal|Additional|Joint|Special|Chief|Cabinet|State|Union`));

/** Spelling normalisation inside roles (area words of offices). */
export const ROLE_SPELLING: ReadonlyMap<string, string> = new Map([
  ['Defense', 'Defence'],
  ['Labor', 'Labour'],
]);

/** A modifier that makes the office Indian (`Union Defence Minister` → `Defence Minister of India`). */
export const ROLE_COUNTRY_MODIFIERS: ReadonlyMap<string, string> = new Map([['Union', 'India']]);

/** Name suffixes that are forms of address, not part of the name (`Nakatani San`, `Modi Ji`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(words(`San|san|Ji|ji|Sahab|Saheb|Sahib|Sama|sama|Kun|Chan`));

/** Hyphenated suffixes that are forms of address (`Nakatani-san`, `Modi-ji`). */
export const HYPHEN_SUFFIXES: readonly string[] = ['san', 'ji', 'sama', 'sahab', 'saheb', 'kun', 'chan'];

/**
 * Words whose presence at the end of a name makes it an organisation
 * (`Ministry of Defence`, `The Resistance Front`, `Indian Army`).
 */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  words(`Ministry|Ministries|Department|Dept|Front|Party|Army|Navy|Forces|Force|Council|Commission|Bank|
Corporation|Corp|Agency|Association|Organisation|Organization|University|Court|Committee|Institute|Institution|
Board|Bureau|Authority|Company|Co|Inc|Ltd|Limited|LLC|PLC|Plc|Group|Society|League|Federation|Foundation|Trust|
Service|Services|Police|Parliament|Assembly|Congress|Senate|Cabinet|Government|Office|Secretariat|Tribunal|Club|
Team|Alliance|Coalition|Movement|Brigade|Regiment|Battalion|Command|Corps|Fund|Exchange|Times|Post|News|Express|
Herald|Tribune|Journal|Gazette|Chronicle|Press|Airlines|Airways|Railways|Motors|Industries|Technologies|Systems|
Labs|Laboratories|College|School|Academy|Union|Guards|Mujahideen|Taliban|Brotherhood|
Network|Council|Directorate|Division|Unit|Mission|Embassy|Consulate|Ministry|Legislature|Sabha|Parishad|Sangh|
Dal|Morcha|Vahini|Sena|Samaj|Manch|Nigam|Pharma|Pharmaceuticals|Holdings|Partners|Capital|Securities|Insurance|
Bancorp|Energy|Petroleum|Oil|Steel|Telecom|Communications|Media|Broadcasting|Studios|Pictures|Records|FC|United|
Rovers|Wanderers|City|Nations|Organisations|Organizations|Hospital|Hospitals|Clinic|Infirmary|Chemicals|
Fertilisers|Fertilizers|Refinery|Refineries|Pvt|Enterprises|Mills|Foods|
Beverages|Breweries|Cement|Cements|Constructions|Builders|Developers|Logistics|Lines|Electricals|
Engineering|Agro|Exports|Bancshares|Investments|Ventures|Solutions|Software|Cooperative|Co-operative|Federation|Syndicate|Consortium|Conglomerate|
Polytechnic|Seminary|Conservatory|Orchestra|Choir|Theatre|Gallery|Museum|Library|Archive|Archives|Observatory|
Laboratory|Inspectorate|Commissionerate|Panchayat|Municipality|Sciences`),
);

/** Words after which `of` continues a name (`Ministry of Defence`, `Bank of Japan`, `Prime Minister of Japan`). */
export const OF_HEADS: ReadonlySet<string> = new Set(
  words(`Ministry|Department|Bank|University|Association|Organisation|Organization|Council|Board|Institute|
Commission|Court|Federation|Union|Government|Office|Bureau|Chamber|Church|League|Republic|Kingdom|State|States|
Committee|Academy|College|School|Museum|Society|Gulf|Bay|Isle|Sea|Strait|Line|Statue|City|Province|Port|Duke|
Duchess|Prince|Princess|Bishop|Archbishop|Governor|Mayor|Chief|President|Secretary|Minister|Ministers|Speaker|
Chairman|Director|Head|Leader|Cape|Straits|Islands|Isles|Emirate|Sultanate|Principality|Federation|Party|Assembly|
House|Houses|Parliament|Army|Navy|Corps|Order|Treaty|Convention|Declaration|Battle|Siege|Day|Festival|Bill`),
);

/** Words at the end of a name that make it a place (`Manekshaw Centre`, `National War Memorial`). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  words(`Centre|Center|Memorial|Stadium|Airport|Square|Temple|Mosque|Masjid|Mandir|Gurdwara|Cathedral|Valley|River|
Mountain|Mountains|Mount|Hills|Hill|Island|Islands|Lake|Road|Street|Avenue|Marg|Nagar|Chowk|Palace|Fort|Port|
Bridge|Park|Station|Base|District|Province|County|Village|Town|Pradesh|Sea|Ocean|Gulf|Bay|Desert|Peninsula|Region|
Sector|Pass|Dam|Canal|Bhavan|Bhawan|Ghat|Beach|Coast|Plateau|Glacier|Falls|Harbour|Harbor|Terminal|Highway|
Expressway|Plaza|Tower|Towers|Gate|Garden|Gardens|Zoo|Forest|Sanctuary|Reserve|Creek|Strait|Straits|Territory|
Territories|Colony|Estate|Complex|Campus|Headquarters`),
);

/**
 * Capitalised words that are not a name on their own (`Defence`, `Minister`, `Government`).
 * A name made only of these words is dropped unless it ends in an organisation head with a modifier
 * (`Defence Ministry`).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  words(`Defence|Defense|Minister|Ministers|Ministerial|Ministry|Government|Govt|Department|Army|Police|Court|
State|States|President|Prime|Chief|Party|Council|Committee|Commission|Office|Union|Centre|Center|National|
International|Federal|Central|Cabinet|Assembly|Bill|Act|Agreement|Meeting|Meetings|Summit|Dialogue|Partnership|
Region|Forces|Force|Navy|Air|Security|Foreign|Home|External|Affairs|Official|Officials|Spokesperson|Northern|
Southern|Eastern|Western|North|South|East|West|Capital|City|District|Village|Town|Day|Week|Year|Month|News|
Update|Updates|Live|Breaking|Exclusive|Video|Photos|Photo|Watch|Read|More|Opinion|Editorial|Analysis|Explained|
Premium|Advertisement|Sponsored|Share|Comment|Comments|Subscribe|Login|Sign|Menu|Home|Search|Business|Sports|
Sport|World|Politics|Entertainment|Lifestyle|Technology|Tech|Science|Health|Education|Minister's|Staff|General|
Special|Strategic|Global|Regional|Bilateral|Joint|Statement|Release|Press|Conference|Talks|Visit|Tour|Level|
Ministers'|Leaders|Leader|Members|Member|Secretary|Director|Headquarters|Parliamentary|Public|Private|Cooperation|
Co-operation|Relations|Relationship|Deputy|Forum|Law|Rule|Rules|Order|Budget|Policy|Plan|Scheme|
Mission|Programme|Program|Project|Initiative|Report|Reports|Economic|Military|Maritime|Industry|Industrial|Trade|
Finance|Financial|Railway|Railways|Health|Information|Broadcasting|Commerce|Labour|Labor|Environment|Energy|Power|
Article|Section|Chapter|Clause|Part|Equipment|Technology|Defence's`),
);

/**
 * Lower-cased words never proposed as (or kept at the start of) a name: function words, pronouns,
 * sentence adverbs, and words that open sentences in news prose.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`the|a|an|this|that|these|those|it|its|it's|he|she|they|we|i|you|his|her|hers|their|theirs|our|ours|my|
your|yours|him|them|us|me|in|on|at|for|from|with|by|of|to|as|but|and|or|nor|if|when|whenever|while|after|before|
during|since|until|till|according|also|however|meanwhile|earlier|later|today|yesterday|tomorrow|tonight|both|all|
some|many|most|several|each|every|such|other|another|there|here|then|now|thus|so|yet|still|where|what|which|who|
whom|whose|why|how|not|no|yes|please|further|furthermore|moreover|although|though|because|despite|over|under|
between|among|amid|amidst|against|without|within|following|via|per|about|above|below|into|onto|upon|toward|
towards|across|along|around|behind|beyond|near|through|throughout|unless|whether|once|than|just|only|even|again|
already|also|instead|indeed|perhaps|maybe|recently|currently|finally|previously|
subsequently|additionally|similarly|notably|importantly|interestingly|unfortunately|fortunately|clearly|
obviously|apparently|reportedly|allegedly|speaking|addressing|asked|responding|replying|besides|except|like|
unlike|regarding|concerning|including|excluding|whatever|whoever|wherever|whichever|anyone|everyone|someone|
nobody|nothing|something|everything|anything|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|
dear|hi|hello|thanks|thank|yes|oh|well|let|lets|let's|do|does|did|is|are|was|were|be|been|
being|have|has|had|will|would|shall|should|can|could|may|might|must|ought|am|our|we'll|we're|i'm|i've|it'll|
there's|that's|what's|here's|he's|she's|they're|you're|don't|didn't|doesn't|won't|can't|isn't|aren't|wasn't|
weren't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|mustn't|again|ever|never|always|often|sometimes|
together|other|others|said|says|say|according|source|sources|photo|image|file|representational|representative|
pic|caption|credit|courtesy|via|also|total|overall|meanwhile|nonetheless|nevertheless|hence|therefore|otherwise|
rather|almost|nearly|around|approximately|roughly|very|quite|much|more|less|least|few|fewer|own|same|different|
various|several|had|having|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|
twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|lakhs|
crore|crores|dozen|dozens|scores|millions|billions|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|
tenth|half|quarter|rs|inr|usd|eur|gbp|jpy|cny|aud|cad|nok|sek|dkk|chf|rmb|yen|yuan|euro|euros|dollar|dollars|
rupee|rupees|pound|pounds|neither|either|next|last`),
);

/** Month names and abbreviations, lower-cased: never a name on their own (`May` included). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTHS_EN));

/** Weekday names and abbreviations, lower-cased. */
export const WEEKDAYS: ReadonlySet<string> = new Set(Object.keys(WEEKDAYS_EN));

/** Adjectives of religion, ethnicity or region that, like demonyms, are not names on their own. */
export const NON_NAME_ADJECTIVES: ReadonlySet<string> = new Set(
  words(`Hindu|Muslim|Islamic|Christian|Sikh|Buddhist|Jain|Jewish|Arab|Arabic|Western|Eastern|Northern|Southern|
Asian|European|African|Latin|Nordic|Gulf|Pan|Anti|Pro|Non|Ex|Post|Pre|Sunni|Shia|Shiite|Kurdish|Pashtun|Baloch|
Hindi|Urdu|Sanskrit|Tamil|Telugu|Malayalam|Kannada|Marathi|Gujarati|Bengali|Punjabi|Odia|Assamese|English|Spanish|
Portuguese|Mandarin|Cantonese|Persian|Farsi|Dari|Pashto|Kashmiri|Dogri|Nepali|Sindhi`),
);

const SPEECH_AND_STANCE = [...REPORTING_VERBS_EN, ...REPORTING_NOUN_VERBS_EN, ...STANCE_VERBS_EN];

/**
 * Verbs that say someone spoke or thought; a name right before them is a person (`Singh said`). One
 * word each, and no bare present form whose -s form is listed too (`say`): that one follows plural
 * subjects (`Officials say`), not one person.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  SPEECH_AND_STANCE.filter((v) => !v.includes(' ') && !SPEECH_AND_STANCE.includes(`${v}s`)),
);

/** Words before a name that suggest a place (`in Tokyo`, `at Ichigaya`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(words(`in|at|near|from|to|across|outside|inside|towards|toward|around|into|via`));

/** Lower-cased tails of hyphen compounds whose first part is a name (`Pakistan-backed`, `Delhi-based`). */
export const NAME_COMPOUND_TAILS: ReadonlySet<string> = new Set(
  words(`based|headquartered|bound|born|backed|led|sponsored|made|owned|run|controlled|occupied|administered|
specific|style|origin|centric|bred|linked|affiliated|funded|supported|focused|centred|centered|wide|level`),
);

/** Lower-cased words in a hyphenated compound that make the first part a place (`Delhi-based`). */
export const PLACE_COMPOUND_SUFFIXES: ReadonlySet<string> = new Set(words(`based|headquartered|bound|born`));

/** Word after a hyphen linking an organisation name (`Lashkar-e-Taiba`, `Hizb-ul-Mujahideen`). */
export const ORG_NAME_LINKS: ReadonlySet<string> = new Set(words(`e|ul|i|al|ut|ud`));

/** Lower-case particles that may sit inside a name (`Ursula von der Leyen`, `Lashkar e Taiba`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words(`von|van|der|den|de|la|le|da|di|du|del|della|dos|das|bin|bint|ibn|al|el|e|ul|y`));

/**
 * Acronyms known to name organisations. Unknown acronyms stay untyped until a group
 * (their expansion, a parenthesis) decides.
 */
export const ORG_ACRONYMS: ReadonlySet<string> = new Set(
  words(`UN|UNGA|UNSC|UNHRC|UNESCO|UNICEF|UNHCR|UNDP|WHO|IMF|WTO|ASEAN|NATO|EU|BRICS|SCO|SAARC|BIMSTEC|OPEC|IAEA|
ICJ|ICC|IOC|FIFA|UEFA|BCCI|G20|G7|G8|BJP|INC|CPI|CPM|AAP|TMC|DMK|AIADMK|BSP|SP|RJD|JDU|NCP|RSS|VHP|CBI|NIA|ED|RBI|
SEBI|ISRO|DRDO|HAL|BEL|IAF|NDA|UPA|FBI|CIA|NSA|KGB|FSB|MI5|MI6|ISI|RAW|IB|PLA|IDF|MEA|MHA|MoD|MoHA|PMO|IMD|UPSC|
NITI|AIIMS|IIT|IIM|PTI|ANI|IANS|PIB|AFP|AP|BBC|CNN|NDTV|ISIS|ISIL|JeM|HuM|LTTE|IPL|NASA|ESA|SEC|FDA|CDC|EPA|
OECD|APEC|AU|ECB|WEF|ADB|AIIB|NGO|CRPF|BSF|CISF|ITBP|SSB|NSG|ATS|SIT|NCB|CAG|ECI|SC|HC|NHRC|CII|FICCI|ASSOCHAM|
NASSCOM|SBI|LIC|ONGC|NTPC|BHEL|SAIL|GAIL|IOCL|BPCL|HPCL|TCS|HCL|L&T|DPIIT|DGCA|CBSE|NCERT|UGC|AICTE|ICAR|ICMR|
CSIR|JNU|DU|BHU|AMU`),
);

/** Acronyms that are titles in front of a name, not names (`PM Abe`, `CM Yogi`). Compare OFFICE_ROLES. */
export const TITLE_ACRONYMS: ReadonlySet<string> = new Set(words(`PM|CM|EAM|NSA|MP|MLA|CEO|MD|DG|IG|DIG|SP|SSP|DM|CJI`));

/** Upper-case tokens that are not acronyms of names (`AM`, `IST`, shouted words). */
export const NON_NAME_ACRONYMS: ReadonlySet<string> = new Set(
  words(`AM|PM|IST|GMT|UTC|BST|EST|PST|EDT|PDT|CET|ID|TV|OK|FY|Q1|Q2|Q3|Q4|YoY|QoQ|VS|VIP|CCTV|GDP|GST|FIR|FAQ|
PDF|URL|HTML|API|AI|IT|OTP|SMS|PS|NB|RIP|LOL|HQ|CO|NO|ON|OFF|IN|OF|THE|AND|FOR|TO|AT|BY|NEW|LIVE|WATCH|READ|
MORE|VIDEO|PHOTOS|NEWS|UPDATE|BREAKING|EXCLUSIVE|OPINION|PREMIUM|SHRI|MR|DR`),
);

/**
 * Organisations whose names carry no head word, known by name (`Taliban`, `Hamas`). Kept short:
 * context and head words do most of the typing.
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(
  words(`Taliban|Hamas|Hezbollah|Hizbollah|Al Qaeda|al-Qaeda|Al-Qaeda|Interpol|Europol|Reuters|Bloomberg|Google|
Microsoft|Facebook|Meta|Twitter|Amazon|Apple|Samsung|Toyota|Sony|Tata|Reliance|Infosys|Wipro|Boeing|Airbus|
Lockheed Martin|Huawei|Tesla|OpenAI|Pentagon|Kremlin|Quad|Mossad|Hurriyat|Jaish-e-Mohammed|Jaish-e-Mohammad|
Hizbul Mujahideen|Boko Haram|Al-Shabaab|Wagner|Xinhua|Tass|Pravda|Dawn|Doordarshan|Akashvani|Rajya Sabha|Lok Sabha`),
);

/**
 * Common given names (English, Indian, Japanese and others). A capitalised sequence starting with
 * one of these is a person unless other evidence says otherwise.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  words(`John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|
Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|
Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|
Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Noah|Ethan|Jeremy|Walter|
Christian|Keith|Roger|Terry|Austin|Sean|Gerald|Carl|Harold|Dylan|Arthur|Lawrence|Jordan|Jesse|Bryan|Billy|Bruce|
Gabriel|Joe|Logan|Alan|Juan|Albert|Willie|Elijah|Wayne|Randy|Vincent|Mary|Patricia|Jennifer|Linda|Elizabeth|
Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty|Sandra|Margaret|Ashley|Kimberly|Emily|Donna|Michelle|Carol|
Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Dorothy|Amy|Kathleen|Angela|Shirley|Emma|Brenda|
Pamela|Nicole|Anna|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Maria|Olivia|Heather|Helen|Catherine|
Diane|Julie|Victoria|Joyce|Lauren|Kelly|Christina|Ruth|Joan|Virginia|Judith|Evelyn|Hannah|Andrea|Megan|Cheryl|
Jacqueline|Madison|Teresa|Abigail|Sophia|Martha|Sara|Gloria|Janice|Kathryn|Ann|Isabella|Judy|Charlotte|Julia|
Grace|Amber|Alice|Jean|Denise|Frances|Danielle|Marilyn|Natalie|Beverly|Diana|Brittany|Theresa|Kayla|Alexis|Doris|
Lori|Tiffany|Boris|Vladimir|Emmanuel|Angela|Olaf|Giorgia|Justin|Xi|Kim|Recep|Benjamin|Volodymyr|Sergei|Sergey|
Dmitry|Ali|Mohammed|Muhammad|Mohammad|Ahmed|Ahmad|Hassan|Hussein|Omar|Abdul|Abdullah|Imran|Nawaz|Shehbaz|Asif|
Bilawal|Maryam|Benazir|Pervez|Amit|Rahul|Sonia|Priyanka|Manmohan|Arvind|Mamata|Nitish|Yogi|
Akhilesh|Mayawati|Sharad|Uddhav|Devendra|Eknath|Nirmala|Piyush|Smriti|Sushma|Arun|Subrahmanyam|Ajit|Anil|Sunil|
Rajesh|Suresh|Ramesh|Mahesh|Ganesh|Dinesh|Mukesh|Rakesh|Rajeev|Rajiv|Sanjay|Vijay|Ajay|Vinod|Ashok|Deepak|
Manoj|Prakash|Ravi|Krishna|Gopal|Mohan|Ram|Shyam|Rohit|Virat|Sachin|Sourav|Mahendra|Ravindra|Jasprit|Hardik|
Shikhar|Anushka|Deepika|Aishwarya|Shah|Salman|Aamir|Shahrukh|Akshay|Hrithik|Ranveer|Ranbir|Alia|Kareena|Priya|
Pooja|Neha|Anjali|Sunita|Anita|Kavita|Rekha|Meena|Lakshmi|Sita|Radha|Indira|Jawaharlal|Atal|Lal|Pranab|Droupadi|
Ram Nath|Jagdeep|Venkaiah|Om|Hamid|Mohan|Bhagwant|Hemant|Revanth|Siddaramaiah|Pinarayi|Stalin|Naveen|Jagan|
Chandrababu|Yoshihide|Shigeru|Taro|Minoru|Nobuo|Yoshimasa|Hiroshi|Takashi|Kenji|
Kenta|Haruto|Yuki|Yuko|Akira|Koichi|Kazuo|Yoshihiko|Junichiro|Naoto|Katsuya|Toshimitsu|Yoko|Keiko|Sanae|Seiko|
Jean|Pierre|Francois|Marine|Emmanuel|Angela|Olaf|Friedrich|Jens|Ursula|Josep|Antonio|Pedro|Luiz|Jair|Javier|
Lula|Gustavo|Andres|Claudia|Cyril|Jacob|Nelson|Kofi|Ban|Antonio|Tedros|Mette|Sanna|Jacinda|Scott|Anthony|
Malcolm|Kevin|Rishi|Keir|Theresa|Tony|Gordon|Liz|Kamala|Joe|Barack|Hillary|Bill|Nikki|Ron|Marco|Ted|Bernie|
Elizabeth|Nancy|Chuck|Mitch|Kevin|Mike|Antony|Lloyd|Jake|Elon|Jeff|Mark|Sundar|Satya|Tim|Warren|Li|Wang|Zhang|
Moon|Yoon|Lee|Park|Prabowo|Joko|Anwar|Mahathir|Ferdinand|Rodrigo|Sheikh|Tamim|Salman|Mohammed|Ebrahim|Hassan|
Masoud|Bashar|Abdel|Abiy|Paul|Yoweri|Uhuru|William|Muhammadu|Bola`),
);

/**
 * Role phrases recognised without a name after them (`the Indian defence minister`), lower-cased
 * and mapped to the normalised role. The extractor also accepts any `<area> minister`.
 */
export const NOMINAL_ROLES: ReadonlyMap<string, string> = new Map([
  ['prime minister', 'Prime Minister'],
  ['defence minister', 'Defence Minister'],
  ['defense minister', 'Defence Minister'],
  ['foreign minister', 'Foreign Minister'],
  ['external affairs minister', 'External Affairs Minister'],
  ['home minister', 'Home Minister'],
  ['finance minister', 'Finance Minister'],
  ['chief minister', 'Chief Minister'],
  ['president', 'President'],
  ['vice president', 'Vice President'],
  ['raksha mantri', 'Defence Minister'],
  ['pradhan mantri', 'Prime Minister'],
  ['foreign secretary', 'Foreign Secretary'],
  ['defence secretary', 'Defence Secretary'],
  ['secretary of state', 'Secretary of State'],
  ['army chief', 'Army Chief'],
  ['chancellor', 'Chancellor'],
  ['premier', 'Premier'],
  ['national security adviser', 'National Security Adviser'],
  ['minister of defence', 'Defence Minister'],
  ['minister of defense', 'Defence Minister'],
]);

/** Words in front of a role without a name that open a nominal mention (`the Indian defence minister`). */
export const NOMINAL_OPENERS: ReadonlySet<string> = new Set(words(`the|The`));

/** Words for a counterpart: `his Japanese counterpart, X` gives X the subject's office with that country. */
export const COUNTERPART_WORDS: ReadonlySet<string> = new Set(words(`counterpart`));

/** Possessive determiners that may open `his Japanese counterpart`. */
export const COUNTERPART_DETERMINERS: ReadonlySet<string> = new Set(words(`his|her|their|its`));

/**
 * Area words of offices (`Defence` in `Defence Minister`, `Home Affairs` in `Minister of Home Affairs`).
 * An office is `<areas> Minister` or `Minister of <areas>`; other words end the office.
 */
export const ROLE_AREAS: ReadonlySet<string> = new Set(
  words(`Defence|Defense|Home|Affairs|External|Foreign|Finance|Railways|Railway|Health|Education|Commerce|Industry|
Trade|Environment|Energy|Power|Labour|Labor|Information|Broadcasting|Law|Justice|Agriculture|Food|Petroleum|Natural|
Gas|Coal|Mines|Steel|Textiles|Tourism|Culture|Civil|Aviation|Road|Transport|Highways|Shipping|Water|Resources|Rural|
Urban|Development|Housing|Science|Technology|Telecom|Communications|Electronics|Sports|Youth|Women|Child|Social|
Welfare|Minority|Tribal|Parliamentary|Chemicals|Fertilisers|Fertilizers|Fisheries|Animal|Husbandry|Dairy|
Cooperation|Economy|Economic|Interior|Security|Planning|Disaster|Management|Heavy|Industries|Corporate|Consumer|
Public|Distribution|Statistics|Skill|Entrepreneurship|Personnel|Ports|Waterways|State|Immigration|Treasury|
Veterans|Employment|Climate|Digital|Equality|Local|Government|Communities|Media|Business|International|Work|
Pensions|Cabinet|Overseas|Relations|Foreign Affairs|Army|Navy|Air|Staff|Minority|Ayush|Tribal|Jal|Shakti|Family|
Deputy|Acting|Junior|Senior|Interim|Vice|Principal|Additional|Joint|Special|Chief|Union|Prime|National|Police|
Election|Revenue|Tax|Customs|Municipal|District|Traffic`),
);

/**
 * Words that do not occur in personal names: heads of events, contests, documents, securities and
 * groups of people. A capitalised phrase containing one is not typed a person by its shape alone.
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set(
  words(`Championship|Championships|Cup|Games|Olympics|Series|Tournament|Trophy|Open|League|Grand|Prix|Derby|
Marathon|Rally|Festival|Awards|Award|Prize|Symposium|Conference|Summit|Forum|Expo|Fair|Show|Debates|Debate|
Election|Elections|Referendum|Plan|Accord|Accords|Treaty|Pact|Act|Bill|Law|Code|Charter|Declaration|Report|
Index|Bonds|Bond|Stock|Stocks|Shares|Futures|Fund|Funds|Bros|Brothers|Sons|Partners|Associates|Men|Women|Boys|
Girls|Players|Fans|Residents|People|War|Wars|Crisis|Revolution|Operation|Project|Programme|Program|Mission|
Street|Road|Avenue|Hall|House|Hole|Fields|Field|Park|Square|Bridge|Tower|Hills|Heights|Springs|Falls|Beach|
Island|Islands|Valley|Lake|River|Canyon|Creek|Bay|Harbour|Harbor|Port|Airport|Station|Centre|Center|Stadium|
Arena|Club|Team|United|Rovers|City|Town|County|State|Province|Region|District|Church|Temple|Mosque|School|
College|University|Hospital|Museum|Gallery|Library|Theatre|Theater|Hotel|Resort|Mall|Market|Exchange`),
);
