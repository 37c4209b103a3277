import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (all 84 articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.927). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [0.4815, 0.4953, 1.9283, -0.118, -0.8216, -0.3094, 2.775, 3.0266, 0.173, 1.2711, 0.05, -1.3213, -2.3655, -0.9346, 0.2144, -0.3529, 0.7541, -1.2256, -0.7333, -0.1131, 0.0726, -0.1672, 2.0629, 0.6812],
};
