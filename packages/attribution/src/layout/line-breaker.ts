import { isCjkChar, measureText } from './fonts.ts';
import type { Lang } from './lang.ts';
import {
  BODY_FONT_PT,
  CJK_TRACKING_PT,
  COLUMN_WIDTH_PT,
  HEADING_FONT_PT,
  MARGIN_LEFT_PT,
  SLOTS_PER_PAGE,
} from './page-geometry.ts';
import { parseTextBlocks, type TextBlock } from './text-blocks.ts';

/** One unbreakable unit of a line: an English word or a single Chinese character. */
export interface PlacedAtom {
  text: string;
  /** Left edge in points, before any word shift. */
  x: number;
  width: number;
  /** Blank space between the previous atom and this one (0 for the first atom of a line). */
  gapBefore: number;
  /** Whether the gap before is a typed space (drawn as a space glyph so text extraction keeps it). */
  spaceBefore: boolean;
}

export interface LaidLine {
  page: number;
  slot: number;
  bold: boolean;
  sizePt: number;
  atoms: PlacedAtom[];
}

export interface DocumentLayout {
  lang: Lang;
  pageCount: number;
  lines: LaidLine[];
}

interface Atom {
  text: string;
  width: number;
  spaceBefore: boolean;
  cjk: boolean;
  /** No line break allowed before this atom (closing punctuation, or after opening punctuation). */
  glued: boolean;
}

/** Kinsoku rules, simplified: these never start a line … */
const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】〕…—·,.;:?!)\]}%”’]/u;
/** … and these never end one. */
const NO_BREAK_AFTER = /[（《「『【〔“‘([{]$/u;

const toAtoms = (text: string, lang: Lang, bold: boolean, sizePt: number): Atom[] => {
  const atoms: Atom[] = [];
  let word = '';
  let pendingSpace = false;
  const push = (piece: string, cjk: boolean): void => {
    const previous = atoms[atoms.length - 1];
    const glued =
      previous !== undefined &&
      !pendingSpace &&
      (NO_BREAK_BEFORE.test(piece) || NO_BREAK_AFTER.test(previous.text));
    atoms.push({
      text: piece,
      width: measureText(piece, lang, bold, sizePt),
      spaceBefore: pendingSpace,
      cjk,
      glued,
    });
    pendingSpace = false;
  };
  const flushWord = (): void => {
    if (word !== '') push(word, false);
    word = '';
  };
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      flushWord();
      pendingSpace = atoms.length > 0;
    } else if (isCjkChar(ch)) {
      flushWord();
      push(ch, true);
    } else {
      word += ch;
    }
  }
  flushWord();
  return atoms;
};

const gapBetween = (left: Atom, right: Atom, spaceWidth: number): number => {
  if (right.spaceBefore) return spaceWidth;
  return left.cjk || right.cjk ? CJK_TRACKING_PT : 0;
};

/** Greedy first-fit line breaking: break opportunities lie before every non-glued atom. */
const breakIntoLines = (atoms: Atom[], spaceWidth: number): PlacedAtom[][] => {
  const lines: PlacedAtom[][] = [];
  let index = 0;
  while (index < atoms.length) {
    let end = index + 1;
    let lastBreak = -1;
    let width = atoms[index]?.width ?? 0;
    while (end < atoms.length) {
      const atom = atoms[end] as Atom;
      const next = width + gapBetween(atoms[end - 1] as Atom, atom, spaceWidth) + atom.width;
      if (!atom.glued) lastBreak = end;
      if (next > COLUMN_WIDTH_PT) break;
      width = next;
      end += 1;
    }
    if (end < atoms.length && (atoms[end] as Atom).glued && lastBreak > index) end = lastBreak;
    const placed: PlacedAtom[] = [];
    let x = MARGIN_LEFT_PT;
    for (let i = index; i < end; i += 1) {
      const atom = atoms[i] as Atom;
      const gap = i === index ? 0 : gapBetween(atoms[i - 1] as Atom, atom, spaceWidth);
      x += gap;
      placed.push({
        text: atom.text,
        x,
        width: atom.width,
        gapBefore: gap,
        spaceBefore: i !== index && atom.spaceBefore,
      });
      x += atom.width;
    }
    lines.push(placed);
    index = end;
  }
  return lines;
};

/**
 * Lays the document out on the slot grid: one empty slot between blocks, headings never left
 * alone on the last slot of a page. Deterministic in the text alone.
 */
export const layoutDocument = (text: string, lang: Lang): DocumentLayout => {
  const blocks: TextBlock[] = parseTextBlocks(text);
  const lines: LaidLine[] = [];
  let page = 0;
  let slot = 0;
  const advance = (): void => {
    slot += 1;
    if (slot >= SLOTS_PER_PAGE) {
      page += 1;
      slot = 0;
    }
  };
  blocks.forEach((block, blockIndex) => {
    const bold = block.kind === 'heading';
    const sizePt = bold ? HEADING_FONT_PT : BODY_FONT_PT;
    const spaceWidth = measureText(' ', lang, bold, sizePt);
    if (blockIndex > 0 && slot !== 0) advance();
    if (bold && slot === SLOTS_PER_PAGE - 1) advance();
    for (const atoms of breakIntoLines(toAtoms(block.text, lang, bold, sizePt), spaceWidth)) {
      lines.push({ page, slot, bold, sizePt, atoms });
      advance();
    }
  });
  const pageCount = lines.length === 0 ? 1 : (lines[lines.length - 1] as LaidLine).page + 1;
  return { lang, pageCount, lines };
};
