import { SENTENCES_EN } from './sentences.js';
import { REPORTING_VERBS_EN } from './lexicon.js';
import type { QuoteLexicon } from '../../stages/quotes/lexicon.js';

/**
 * English quote-attribution data: reporting verbs, pronouns, source nouns and the small words the
 * attribution rules in `src/stages/quotes/` step over. Data only; the rules live in the stage.
 *
 * @example
 * ```ts
 * import { EN_QUOTES } from './quotes.js';
 * EN_QUOTES.reportingVerbs.includes('tweeted'); // true
 * ```
 */
export const EN_QUOTES: QuoteLexicon = {
  lang: 'en',
  reportingVerbs: REPORTING_VERBS_EN,
  participles: ['stating', 'saying', 'adding', 'writing', 'noting', 'declaring', 'asserting', 'remarking',
    'explaining', 'tweeting', 'posting', 'insisting', 'arguing', 'claiming', 'warning', 'recalling',
    'stressing', 'emphasising', 'emphasizing', 'observing', 'telling', 'announcing', 'urging', 'asking',
    'chanting', 'shouting', 'singing', 'yelling', 'replying', 'responding', 'reciting', 'conceding', 'acknowledging',
    'predicting', 'suggesting', 'wondering', 'concluding'],
  cueVerbs: ['called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled', 'labelled',
    'branded', 'referred to', 'refers to', 'accuse', 'accused', 'accuses', 'accusing', 'blasted', 'slammed', 'condemned',
    'praised', 'encouraged', 'encourages', 'exhorted', 'exhorts', 'cited', 'cites', 'citing', 'sings', 'sang', 'chanted', 'mocked',
    'denounced', 'criticized', 'criticised', 'attacked', 'demanded', 'demands', 'pledged', 'joked', 'quoted',
    'quoting', 'reported', 'reports', 'tweets', 'claims', 'claim', 'tell', 'ask', 'argue', 'insist', 'warn',
    'suggest', 'suggests', 'questioned', 'defended', 'characterized', 'characterised', 'touted', 'hailed',
    'promised', 'vowed', 'recalled', 'read', 'reads', 'wrote', 'writes', 'shows', 'found', 'concluded',
    'ruled', 'encouraging', 'urging', 'pointing out', 'calling for', 'called for', 'claiming', 'accusing', 'describing',
    'told', 'telling', 'saying', 'noting', 'adding', 'dismissed', 'lamented', 'bragged', 'boasted', 'scolded', 'scolds',
    'lauded', 'lauds', 'applauded', 'commended', 'ridiculed', 'derided', 'blamed'],
  sourceOnlyVerbs: ['read', 'reads', 'reading', 'added', 'noted', 'stated', 'said', 'says', 'states',
    'announced', 'mentioned'],
  objectVerbs: ['told', 'tells', 'informed', 'assured', 'reminded', 'warned', 'told reporters', 'telling'],
  sourceNouns: ['post', 'tweet', 'statement', 'press release', 'release', 'message', 'letter', 'note',
    'communique', 'communiqué', 'report', 'notice', 'circular', 'blog', 'editorial', 'email', 'e-mail',
    'memo', 'readout', 'affidavit', 'filing', 'complaint', 'order', 'judgment', 'judgement', 'verdict',
    'document', 'announcement', 'advisory', 'bulletin', 'transcript', 'video', 'speech', 'interview',
    'column', 'op-ed'],
  pronouns: { he: 'person', she: 'person', it: 'organization', they: 'any', we: 'any', i: 'person' },
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
    'my', 'your', 'one', 'another'],
  fillers: ['further', 'also', 'later', 'then', 'earlier', 'again', 'once', 'had', 'has', 'have',
    'recently', 'previously', 'subsequently', 'separately', 'reportedly', 'publicly', 'simply', 'just',
    'only', 'still', 'even', 'today', 'yesterday', 'tonight', 'personally', 'flatly',
    'repeatedly', 'frankly', 'bluntly', 'candidly', 'firmly', 'clearly', 'emphatically', 'quickly',
    'immediately', 'angrily', 'finally'],
  subjectMarkers: [],
  prepositions: ['of', 'with', 'by', 'to', 'for', 'between', 'from', 'on', 'at', 'in', 'into', 'about',
    'against', 'among', 'towards', 'toward', 'than', 'like', 'via', 'under', 'over', 'after', 'before',
    'per', 'counterpart', 'met', 'meet', 'meets', 'and', 'or', 'received', 'thanked', 'praised', 'called',
    'visited', 'urged', 'asked', 'told'],
  postpositions: [],
  complementizers: ['that'],
  accordingTo: ['according to', 'as per', 'as stated by', 'as told by'],
  accordingToPosition: 'before',
  abbreviations: SENTENCES_EN.abbreviations,
  sentenceEnders: SENTENCES_EN.enders,
  platforms: ['x', 'twitter', 'facebook', 'instagram', 'linkedin', 'threads', 'truth social', 'youtube',
    'telegram', 'weibo', 'mastodon', 'bluesky', 'koo', 'tiktok', 'whatsapp', 'social media'],
  inversion: true,
  clauseBreakers: ['and', 'but', 'who', 'which', 'that', 'whom', 'whose', 'while', 'when', 'as', 'because',
    'although', 'if', 'where', 'after', 'before', 'since', 'until'],
  subordinators: ['though', 'although', 'while', 'whereas', 'when', 'after', 'before', 'because', 'since', 'if',
    'as', 'even though', 'despite'],
  contrasts: ['but', 'yet'],
  coordinators: ['and', 'but', 'or'],
  workNouns: ['book', 'books', 'memoir', 'novel', 'film', 'films', 'movie', 'movies', 'documentary', 'song', 'songs',
    'album', 'show', 'series', 'episode', 'play', 'musical', 'poem', 'essay', 'article', 'column', 'headline',
    'podcast', 'painting', 'hashtag', 'nickname'],
};
