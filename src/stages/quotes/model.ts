import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (all 84 articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.960). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [1.0864, -0.254, 1.7177, -0.3481, -0.8128, -0.0229, 3.0136, 3.5524, 0.4594, 1.2199, 0.0927, -1.3127, -2.3213, -0.0881, 0.0563, -0.1094, 1.0673, -1.4566, -0.7746, -0.5073, -0.0082, -0.3581, 1.8114, 0.2232],
};
