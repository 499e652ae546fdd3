import { measureText } from './fonts.ts';
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

/** An atom before placement: what the tokenizer produces and greedy breaking consumes. */
export interface Atom {
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

/** What line breaking needs to know about an atom's text, measured once per distinct text. */
export interface AtomMetrics {
  /**
   * The text itself, one string shared by every layout that contains it: later look-ups keyed
   * by it (the drawing of each word when printing) reuse its hash instead of hashing a fresh copy.
   */
  text: string;
  width: number;
  /** Starts with a character that must not begin a line. */
  noBreakBefore: boolean;
  /** Ends with a character that must not end a line. */
  noBreakAfter: boolean;
}

const metricsCache = new Map<string, Map<string, AtomMetrics>>();

/**
 * Metrics of an atom text, cached per (language, weight, size): a document has a few thousand
 * distinct words, and marking lays out every recipient's copy, so measuring each word once
 * instead of once per occurrence is most of the line breaker's speed.
 */
export const metricsFor = (lang: Lang, bold: boolean, sizePt: number): Map<string, AtomMetrics> => {
  const cacheKey = `${lang}${bold ? 'b' : 'r'}${sizePt}`;
  let cache = metricsCache.get(cacheKey);
  if (!cache) {
    cache = new Map();
    metricsCache.set(cacheKey, cache);
  }
  if (cache.size > 200_000) cache.clear();
  return cache;
};

/** `/\s/u` on one UTF-16 code unit (every Unicode white-space character is in the BMP). */
export const isWhiteSpaceCode = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** `isCjkChar` on one UTF-16 code unit (the CJK ranges are all in the BMP). */
const isCjkCode = (c: number): boolean =>
  c >= 0x2e80 &&
  (c <= 0x2fdf ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef));

/**
 * Cuts text into atoms — English words (runs between white space) and single Chinese
 * characters — as a state machine, so that a copy can be tokenized piece by piece (see
 * copy-layout.ts). Scans UTF-16 code units: characters outside the BMP are neither white space
 * nor CJK, so they stay inside words exactly as a code-point scan would keep them.
 */
export class AtomTokenizer {
  readonly atoms: Atom[] = [];
  private pendingSpace = false;
  private previousNoBreakAfter = false;

  constructor(
    private readonly lang: Lang,
    private readonly bold: boolean,
    private readonly sizePt: number,
    private readonly cache: Map<string, AtomMetrics> = metricsFor(lang, bold, sizePt),
  ) {}

  /** The metrics of an atom text, measured on first use. */
  metrics(piece: string): AtomMetrics {
    let metrics = this.cache.get(piece);
    if (!metrics) {
      metrics = {
        text: piece,
        width: measureText(piece, this.lang, this.bold, this.sizePt),
        noBreakBefore: NO_BREAK_BEFORE.test(piece),
        noBreakAfter: NO_BREAK_AFTER.test(piece),
      };
      this.cache.set(piece, metrics);
    }
    return metrics;
  }

  push(metrics: AtomMetrics, cjk: boolean): void {
    const { atoms, pendingSpace } = this;
    atoms.push({
      text: metrics.text,
      width: metrics.width,
      spaceBefore: pendingSpace,
      cjk,
      glued:
        atoms.length > 0 && !pendingSpace && (metrics.noBreakBefore || this.previousNoBreakAfter),
    });
    this.previousNoBreakAfter = metrics.noBreakAfter;
    this.pendingSpace = false;
  }

  /**
   * Atoms tokenized earlier from fixed text that follows an atom of this tokenizer directly
   * (their spacing and gluing depend only on each other), shared between layouts as they are.
   */
  append(atoms: readonly Atom[], lastNoBreakAfter: boolean): void {
    if (atoms.length === 0) return;
    for (const atom of atoms) this.atoms.push(atom);
    this.previousNoBreakAfter = lastNoBreakAfter;
    this.pendingSpace = false;
  }

  /** White space: the next atom has a space before it, unless nothing precedes it. */
  space(): void {
    this.pendingSpace = this.atoms.length > 0;
  }

  /** Tokenizes `text`, which must end where a word ends (white space, CJK or the block's end). */
  text(text: string): void {
    let wordStart = -1;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (isWhiteSpaceCode(c)) {
        if (wordStart >= 0) this.push(this.metrics(text.slice(wordStart, i)), false);
        wordStart = -1;
        this.space();
      } else if (isCjkCode(c)) {
        if (wordStart >= 0) this.push(this.metrics(text.slice(wordStart, i)), false);
        wordStart = -1;
        this.push(this.metrics(text[i]!), true);
      } else if (wordStart < 0) {
        wordStart = i;
      }
    }
    if (wordStart >= 0) this.push(this.metrics(text.slice(wordStart)), false);
  }
}

/** Where a word necessarily ends: white space, or a CJK character (an atom of its own). */
export const isWordBoundaryCode = (c: number): boolean => isWhiteSpaceCode(c) || isCjkCode(c);

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

/** Style of a block: headings are bold and larger. */
export const blockStyle = (kind: TextBlock['kind']): { bold: boolean; sizePt: number } => {
  const bold = kind === 'heading';
  return { bold, sizePt: bold ? HEADING_FONT_PT : BODY_FONT_PT };
};

/**
 * Places tokenized blocks on the slot grid: one empty slot between blocks, headings never left
 * alone on the last slot of a page.
 */
export const layoutBlocks = (
  blocks: ReadonlyArray<{ bold: boolean; sizePt: number; atoms: Atom[] }>,
  lang: Lang,
): DocumentLayout => {
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
  blocks.forEach(({ bold, sizePt, atoms }, blockIndex) => {
    const spaceWidth = measureText(' ', lang, bold, sizePt);
    if (blockIndex > 0 && slot !== 0) advance();
    if (bold && slot === SLOTS_PER_PAGE - 1) advance();
    for (const placed of breakIntoLines(atoms, spaceWidth)) {
      lines.push({ page, slot, bold, sizePt, atoms: placed });
      advance();
    }
  });
  const pageCount = lines.length === 0 ? 1 : (lines[lines.length - 1] as LaidLine).page + 1;
  return { lang, pageCount, lines };
};

/** Lays a document out on the slot grid. Deterministic in the text alone. */
export const layoutDocument = (text: string, lang: Lang): DocumentLayout =>
  layoutBlocks(
    parseTextBlocks(text).map((block) => {
      const style = blockStyle(block.kind);
      const tokenizer = new AtomTokenizer(lang, style.bold, style.sizePt);
      tokenizer.text(block.text);
      return { ...style, atoms: tokenizer.atoms };
    }),
    lang,
  );
