import type { EventLexicon } from '../../stages/events/lexicon.js';
import { SENTENCES_HI } from './sentences.js';

/**
 * Hindi event triggers, place markers (postpositions) and fact patterns.
 *
 * @example
 * ```ts
 * EVENTS_HI.triggers.meeting?.includes('बैठक'); // true
 * ```
 */
export const EVENTS_HI: EventLexicon = {
  lang: 'hi',
  sentences: SENTENCES_HI,
  triggers: {
    meeting: ['बैठक', 'बैठकों', 'वार्ता', 'मुलाकात', 'मुलाक़ात', 'भेंट', 'शिखर सम्मेलन', 'सम्मेलन', 'बातचीत', 'संवाद'],
    attack: ['हमला', 'हमले', 'हमलों', 'आतंकवादी हमले', 'आतंकी हमले', 'धमाका', 'धमाके'],
    agreement: ['समझौता', 'समझौते', 'करार', 'संधि', 'समझौता ज्ञापन'],
    visit: ['यात्रा', 'दौरा', 'दौरे'],
    flood: ['\u092C\u093E\u0922\u093C', '\u092C\u093E\u095D'], // बाढ़ written decomposed and precomposed
    landslide: ['भूस्खलन'],
    earthquake: ['भूकंप'],
    storm: ['चक्रवात', 'तूफान', 'तूफ़ान'],
    fire: ['आग', 'अग्निकांड'],
    explosion: ['विस्फोट'],
    accident: ['दुर्घटना', 'हादसा', 'हादसे'],
    election: ['चुनाव', 'मतदान'],
    protest: ['प्रदर्शन', 'विरोध प्रदर्शन', 'हड़ताल'],
    exercise: ['अभ्यास', 'युद्धाभ्यास'],
  },
  placeSide: 'before',
  placeMarkers: ['में', 'पर', 'के पास', 'के निकट'],
  collective: ['दोनों', 'हमारी', 'हमारे', 'उनकी'],
  anaphoric: ['यह', 'इस', 'उक्त'],
  facts: [
    { fact: 'killed', pattern: /([\d०-९]+)\s+(?:लोगों|पर्यटकों|नागरिकों|जवानों|सैनिकों|यात्रियों)\s+की\s+(?:मौत|हत्या)/ },
    { fact: 'killed', pattern: /([\d०-९]+)\s+(?:लोग|पर्यटक|नागरिक|जवान|सैनिक|यात्री)\s+(?:मारे\s+गए|मारे\s+गये)/ },
  ],
  // Planned or expected mentions: "आगामी बैठक", "अगले महीने मुलाकात", "मुलाकात करेंगे", "बैठक होगी",
  // "वार्ता प्रस्तावित है", "यात्रा की उम्मीद". The verb follows the trigger in Hindi.
  irrealis: {
    // Not अगले/अगली ("next") alone: "अगले दिन हुई बैठक" is the meeting held the next day.
    before: ['आगामी', 'अगले महीने', 'अगले साल', 'अगले सप्ताह', 'अगले हफ्ते', 'प्रस्तावित', 'होने वाली', 'होने वाले', 'होने वाला', 'भावी'],
    after: [
      'करेंगे', 'करेंगी', 'करेगा', 'करेगी', 'होगी', 'होगा', 'होंगे', 'होंगी', 'जाएंगे', 'जाएगा', 'जाएगी', 'जायेंगे',
      'जायेगा', 'जायेगी', 'प्रस्तावित', 'की उम्मीद', 'की संभावना', 'होने वाली', 'होने वाला', 'होने वाले', 'करने वाले',
      'करने वाली', 'करना चाहते', 'की योजना',
    ],
  },
};
