import type { EventLexicon } from '../../stages/events/lexicon.js';
import { SENTENCES_EN } from './sentences.js';

/**
 * English event triggers, place markers and fact patterns.
 *
 * @example
 * ```ts
 * EVENTS_EN.triggers.meeting?.includes('talks'); // true
 * ```
 */
export const EVENTS_EN: EventLexicon = {
  lang: 'en',
  sentences: SENTENCES_EN,
  triggers: {
    meeting: [
      'meeting', 'meetings', 'met', 'meets', 'meet', 'talks', 'held talks', 'dialogue', 'co-chaired', 'co-chairs',
      'co-chair', 'summit', 'called on', 'interaction', 'bilateral meeting', 'conference', 'consultations',
    ],
    attack: [
      'attack', 'attacks', 'attacked', 'terror attack', 'terrorist attack', 'blast', 'bombing', 'bomb blast',
      'gunned down', 'shooting', 'ambush', 'ambushed', 'massacre', 'suicide bombing',
    ],
    agreement: ['signed', 'agreement', 'pact', 'treaty', 'memorandum of understanding', 'MoU', 'accord', 'deal'],
    visit: ['visit', 'visited', 'visiting', 'state visit', 'trip', 'tour', 'arrived'],
    flood: ['flood', 'floods', 'flooding', 'flash flood', 'flash floods', 'deluge'],
    landslide: ['landslide', 'landslides', 'mudslide', 'mudslides', 'landslip'],
    earthquake: ['earthquake', 'quake', 'tremor', 'tremors'],
    storm: ['cyclone', 'hurricane', 'typhoon', 'storm', 'tornado'],
    wildfire: ['wildfire', 'forest fire', 'bushfire'],
    fire: ['fire', 'blaze', 'fire broke out', 'gutted', 'inferno'],
    explosion: ['explosion', 'exploded'],
    accident: ['crash', 'crashed', 'collision', 'derailed', 'derailment', 'accident'],
    election: ['election', 'elections', 'polls', 'vote', 'referendum'],
    protest: ['protest', 'protests', 'demonstration', 'rally', 'strike'],
    exercise: ['exercise', 'exercises', 'drill', 'drills', 'war games'],
  },
  placeSide: 'after',
  placeMarkers: ['in', 'at', 'near', 'outside', 'inside'],
  collective: ['both', 'our', 'their', 'the two leaders', 'the two ministers', 'the two sides', 'the two', 'we'],
  anaphoric: ['the', 'this', 'these', 'that', 'those'],
  facts: [
    { fact: 'killed', pattern: /\b(\d[\d,]*)\s+(?:people|persons|tourists|civilians|soldiers|pilgrims|passengers|workers|villagers|children|policemen|personnel)?\s*(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|gunned down|shot dead)\b/i },
    { fact: 'killed', pattern: /\bkill(?:ed|ing)\s+(\d[\d,]*)\b/i },
    { fact: 'injured', pattern: /\b(\d[\d,]*)\s+(?:people|persons|others)?\s*(?:were\s+)?(?:injured|wounded|hurt)\b/i },
  ],
  // Planned or expected mentions ("whom he expects to meet", "the upcoming summit", "talks will be
  // held"). Not "may" (the month) nor "could"/"due to" (past and causal readings are common).
  irrealis: {
    before: [
      'will', 'would', 'shall', "'ll", 'will be', 'expects to', 'expected to', 'expect to', 'plans to', 'plan to',
      'planning to', 'planned', 'scheduled to', 'is to', 'are to', 'likely to', 'set to', 'hopes to', 'hope to',
      'intends to', 'looking forward to', 'looks forward to', 'look forward to', 'proposed', 'upcoming',
      'forthcoming', 'next week', 'next month', 'next year', 'future', 'to hold',
    ],
    after: [
      'will be held', 'will take place', 'will be', 'is scheduled', 'are scheduled', 'is expected', 'are expected',
      'is planned', 'are planned', 'is proposed', 'is likely', 'is due', 'are due', 'later this month', 'next week',
      'next month', 'next year',
    ],
  },
};
