import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (all 84 articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.935). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [0.7165, 0.8239, 1.2206, -0.7897, -0.302, 0.0787, 3.2628, 3.4712, 0.1204, 0.9976, -0.2661, -0.7317, -2.8435, -1.1545, 0.1407, -0.5026, 1.1364, -1.073, -0.5076, -0.1538, -0.4767, -0.4063, 1.8928, 0.6735],
};
