import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (the 56 training articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.951). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [1.1339, 0.6541, 1.1552, -0.4066, -0.1455, -0.8578, 3.4304, 2.1949, -1.0563, 1.2113, -0.9746, -0.2368, -1.188, -1.2389, -0.149, 0.1006, 1.0445, -0.7236, -0.5338, -0.427, -1.9113, -0.6961, 2.2965],
};
