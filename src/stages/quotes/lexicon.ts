/**
 * The shape of a language's quote-attribution data. Each language keeps one typed constant of this
 * shape in `src/lang/<bcp47>/quotes.ts`; the logic in this folder reads nothing else, so a new
 * language is a new data file, not an edit here.
 *
 * Word lists are matched case-insensitively on word boundaries (Unicode letters and combining marks
 * count as word characters, so Devanagari works). Multi-word entries (`pointed out`, `ट्वीट किया`) are
 * allowed anywhere a word is.
 *
 * @example
 * ```ts
 * const xx: QuoteLexicon = { lang: 'xx', reportingVerbs: ['says'], participles: [], cueVerbs: [], sourceOnlyVerbs: [],
 *   objectVerbs: [], sourceNouns: [], pronouns: {}, determiners: [], fillers: [], subjectMarkers: [],
 *   prepositions: [], postpositions: [], complementizers: ['that'], accordingTo: [], accordingToPosition: 'before',
 *   abbreviations: [], sentenceEnders: '.!?', platforms: [], inversion: true, clauseBreakers: [], subordinators: [], contrasts: [], coordinators: [], workNouns: [] };
 * ```
 */
export interface QuoteLexicon {
  /** BCP 47 tag the data is for; also used in `source` (`quotes/<lang>`). */
  lang: string;
  /** Verb forms that introduce speech: `said`, `says`, `tweeted`, `कहा`. */
  reportingVerbs: readonly string[];
  /**
   * Forms that continue a clause whose subject is elsewhere (`stating`, `adding`, `saying`): their
   * speaker is the subject of the reporting verb or sentence before them.
   */
  participles: readonly string[];
  /**
   * Further cue words that attribute a clause holding quoted words (`called the ad “a disgrace”`,
   * `described it as “unhinged”`) but are too loose to introduce a whole quotation on their own.
   */
  cueVerbs: readonly string[];
  /** Verbs that report speech only with a document as subject (`the post read`). */
  sourceOnlyVerbs: readonly string[];
  /** Verbs that may take an object before `that` (`told reporters that`). */
  objectVerbs: readonly string[];
  /** Nouns for written sources whose author is the speaker (`post`, `statement`, `press release`). */
  sourceNouns: readonly string[];
  /** Pronouns that can be the subject of a reporting verb, with the entity type they stand for. */
  pronouns: Readonly<Record<string, 'person' | 'organization' | 'any'>>;
  /** Words that start a noun phrase (`the`, `a`, `his`). */
  determiners: readonly string[];
  /** Words that may sit between a subject and its verb (`further`, `also`, `later`). */
  fillers: readonly string[];
  /** Case markers written after a subject (`ने`); empty for languages without them. */
  subjectMarkers: readonly string[];
  /** Words before a noun that make it a non-subject (`with`, `of`, `to`). */
  prepositions: readonly string[];
  /** Words after a noun that make it a non-subject (`को`, `से`, `के`). */
  postpositions: readonly string[];
  /** Words that open a reported clause (`that`, `कि`). */
  complementizers: readonly string[];
  /** Phrases that attribute a clause to a source (`according to`, `के अनुसार`). */
  accordingTo: readonly string[];
  /** Whether the source follows (`according to X`) or precedes (`X के अनुसार`) the phrase. */
  accordingToPosition: 'before' | 'after';
  /** Abbreviations whose full stop does not end a sentence (`Mr`, `Gen`, `U.S`), without the dot. */
  abbreviations: readonly string[];
  /** Characters that end a sentence (`.!?`, `।`). */
  sentenceEnders: string;
  /** Platform names that follow `on` and are never speakers (`X`, `Twitter`). */
  platforms: readonly string[];
  /** Whether the subject may follow the verb right after a quote (`"…," said Singh`). */
  inversion: boolean;
  /** Words between a name and a verb that show the name is not the verb's subject (`and`, `who`). */
  clauseBreakers: readonly string[];
  /** Words opening a subordinate clause at a sentence start (`though`, `while`): its comma ends it. */
  subordinators: readonly string[];
  /** Words opening a contrasting clause after a comma (`, but …`): a reported clause ends before them. */
  contrasts: readonly string[];
  /** Words joining two predicates (`and`, `but`): right after quoted words, a later cue is the next predicate's. */
  coordinators: readonly string[];
  /** Nouns for named works (`book`, `film`, `song`): a quoted title after one is the work's name, not speech. */
  workNouns: readonly string[];
}
