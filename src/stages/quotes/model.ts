import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (all 84 articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.935). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [0.9426, 0.6038, 1.2971, -0.6353, -0.3458, -0.1118, 2.8999, 2.9355, -0.9264, 0.8959, -0.202, -0.6942, -2.8694, -1.118, 0.0081, -0.5355, 1.2326, -1.3458, -0.4758, -0.1185, -0.8752, -0.4438, 1.8545],
};
