/**
 * Page furniture left inside the part of an HTML page Readability picks as the article, dropped by
 * signals that hold across sites and languages rather than by site rules:
 *
 * - figures: images' captions and credits (`<figure>`, `<figcaption>`, or a few words in a box
 *   around an image) are not the article's text;
 * - link-dense blocks: a paragraph, list item or heading whose text is nearly all link text is
 *   navigation, a teaser or a call to action (data-table cells are left alone);
 * - the top of the pick: short lines before the first real paragraph (bylines, dates, breadcrumbs,
 *   slideshow labels);
 * - the end of the pick: a heading with no real paragraph after it opens a section that is not the
 *   article (related stories, comments, newsletter boxes); it and what follows it go.
 *
 * A repeated short line (`Advert`, `Getty`) looked like a template label too, but interviews repeat
 * their questions and polls their labels: repetition alone is not furniture, so it is not a rule.
 */
import { isRealParagraph, wordCount as words } from './text.js';

/** One block of text of the picked article, with what the filter judges it by. */
export interface Block {
  text: string;
  /** Share of the block's non-space characters inside links (0 to 1). */
  linkShare: number;
  /** Innermost block element that holds the text (`P`, `LI`, `H2`, `TD`, ...). */
  tag: string;
  /** Inside a `<figure>` or `<figcaption>`, or in a small box that holds an image or a video. */
  inFigure: boolean;
}

/** A block with at least this share of link text is navigation or a teaser (unless it reads as a paragraph). */
export const LINK_DENSE_SHARE = 0.8;
/** A line above the first real paragraph is furniture when it has at most this many words. */
const SHORT_LINE_WORDS = 12;

const HEADING = /^H[1-6]$/;
const TABLE_CELL = new Set(['TD', 'TH']);

/**
 * The blocks of the article without the furniture described in the module comment. When no block
 * reads as a real paragraph ({@link isRealParagraph}) the positional rules (top, trailing section)
 * are not applied.
 *
 * @example
 * ```ts
 * const b = (text: string, tag = 'P', linkShare = 0): Block => ({ text, tag, linkShare, inFigure: false });
 * articleBlocks([b('Home', 'LI', 1), b('By Ana Lind'), b('The council approved the harbour budget on Monday evening.')])
 *   .map((x) => x.text); // ['The council approved the harbour budget on Monday evening.']
 * ```
 */
export function articleBlocks(blocks: readonly Block[]): Block[] {
  const kept = blocks.filter(
    (b) => !b.inFigure && !(b.linkShare >= LINK_DENSE_SHARE && !TABLE_CELL.has(b.tag) && !isRealParagraph(b.text)),
  );
  const real = kept.map((b) => isRealParagraph(b.text));
  const first = real.indexOf(true);
  if (first < 0) return kept;
  // The first heading after the last real paragraph opens a section that is not the article.
  let end = kept.length;
  for (let i = real.lastIndexOf(true) + 1; i < kept.length; i++) {
    if (HEADING.test((kept[i] as Block).tag)) {
      end = i;
      break;
    }
  }
  return kept.filter((b, i) => i < end && (i >= first || words(b.text) > SHORT_LINE_WORDS));
}
