import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (the 56 training articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.935). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [1.0771, 0.7401, 0.9576, -0.6323, 0.2352, -0.1326, 3.9446, 3.1554, 0.0984, 1.1826, -0.3336, -0.8492, -1.2359, -1.3747, 0.195, -0.4564, 0.8772, -0.7265, -0.482, -0.6308, -0.7453, -0.6686, 1.8277, 1.0604],
};
