/** Where the hover card goes: beside the word, never over it, always inside the viewport. Pure geometry. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Whether the card sits below the word (else above it). */
  below: boolean;
  /** The card's height once clamped; it scrolls inside when the viewport is shorter. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the word when it fits, else above, else on the side with more room with a reduced height.
 * In right-to-left text the card's right edge lines up with the word's right edge; in left-to-right, left edges.
 */
export function placeCard(word: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, direction: 'rtl' | 'ltr' = 'rtl'): Placement {
  const roomBelow = viewport.height - (word.top + word.height) - GAP - MARGIN;
  const roomAbove = word.top - GAP - MARGIN;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(0, Math.min(card.height, below ? roomBelow : roomAbove));
  const top = below ? word.top + word.height + GAP : word.top - GAP - maxHeight;

  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const aligned = direction === 'rtl' ? word.left + word.width - width : word.left;
  const left = Math.min(Math.max(aligned, MARGIN), viewport.width - MARGIN - width);
  return { left, top, below, maxHeight };
}
