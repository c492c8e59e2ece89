import { foldText } from './foldText';

// Any run of whitespace (including tabs, newlines, no-break spaces) or a single non-space one.
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/;

/**
 * Folds text the way search compares it: case and accents removed (foldText), every run of
 * whitespace one plain space, no space at either end. Row fields and query terms both pass
 * through here, so `"ana  lima"` finds "Ana Lima" and a term never contains a newline (the
 * separator between a row's fields, see influencerSearchText).
 */
export function foldSearchText(text: string): string {
  const folded = foldText(text);
  return UNUSUAL_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded.trim();
}
