import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by `npm run train:quotes`
 * on PolNeAR's development relations (the 56 training articles; top-1 accuracy on a held-back third
 * when fitted on the other two: 0.942). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [1.7015, 1.0374, 0.427, -1.5732, -0.4756, -0.9861, 3.0434, 2.4081, -0.443, 1.8259, -1.9912, 0.1652, -1.1166, -1.2498, 0.2386, 0.4871, 1.0249, -0.9725, -0.9734, -0.5755, -2.1799, -0.8643, 2.3352],
};
