/** A toy tag set and feature extractor shared by the tagger's tests. */
import { FeatureBuffer, feature, hashString, type SentenceFeatures } from './feature-hash.js';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** Toy features: the word, the previous word, and whether it is capitalised. */
export function toyFeatures(words: readonly string[]): SentenceFeatures {
  const b = new FeatureBuffer();
  words.forEach((w, i) => {
    b.add(feature(1, hashString(w.toLowerCase())));
    b.add(feature(2, hashString((words[i - 1] ?? '<s>').toLowerCase())));
    b.add(feature(3, /^[A-Z]/.test(w) ? 1 : 0));
    b.next();
  });
  return b.done();
}
