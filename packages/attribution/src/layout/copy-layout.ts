import type { Lang } from './lang.ts';
import {
  AtomTokenizer,
  blockStyle,
  isWhiteSpaceCode,
  isWordBoundaryCode,
  layoutBlocks,
  layoutDocument,
  metricsFor,
  type Atom,
  type AtomMetrics,
  type DocumentLayout,
} from './line-breaker.ts';
import { parseTextBlocks } from './text-blocks.ts';

/**
 * A text with interchangeable spans: `literals[0] v_0 literals[1] v_1 … literals[n]`, where
 * v_i is one of `variants[i]` (a marked document and its recipients' copies).
 */
export interface VariantText {
  literals: readonly string[];
  variants: ReadonlyArray<readonly string[]>;
  /** The variant taken when a symbol is out of range (the author's own). */
  original: readonly number[];
}

export const variantTextOf = (text: VariantText, symbols: ArrayLike<number>): string => {
  const parts: string[] = [];
  text.variants.forEach((variants, i) => {
    parts.push(text.literals[i]!, variants[symbols[i]!] ?? variants[text.original[i]!]!);
  });
  parts.push(text.literals[text.literals.length - 1]!);
  return parts.join('');
};

/**
 * The master, and for every v the copy in which each span takes its v-th variant (or its last):
 * together they contain every word any copy can contain, except one formed across two adjacent
 * spans.
 */
export const variantSamples = (text: VariantText): number[][] => {
  const alphabet = text.variants.reduce((max, variants) => Math.max(max, variants.length), 0);
  return [
    [...text.original],
    ...Array.from({ length: alphabet }, (_, v) =>
      text.variants.map((variants) => Math.min(v, variants.length - 1)),
    ),
  ];
};

/**
 * Lays out copies of a variant text. `layoutDocument` of a copy parses its blocks and cuts every
 * word of it again; here the text between variant spans is parsed and tokenized once, and a copy
 * only tokenizes the few characters around each span, then breaks lines — the same layout,
 * several times faster. Used only where that equivalence is checked: variants that contain no
 * Markdown syntax and no line break, block parsing that does not depend on the variants chosen
 * (`substitutionIsLocal`), and the fast layouts of the sample copies identical to
 * `layoutDocument`'s. Otherwise every copy is laid out from its text.
 */
export interface CopyLayouter {
  layout(symbols: ArrayLike<number>): DocumentLayout;
  /** Whether copies are laid out from the pre-tokenized template (false: from their text). */
  fast: boolean;
}

/** Characters that Markdown block parsing or inline stripping (text-blocks.ts) reacts to. */
const UNSAFE_IN_VARIANT = /[\n\r[\]()!*_`\ue000-\uf8ff]/u;
/** Span i is written as one private-use character while the template is analysed. */
const PLACEHOLDER_BASE = 0xe000;
const MAX_SPANS = 0xf8ff - PLACEHOLDER_BASE;
const isPlaceholder = (c: number): boolean => c >= PLACEHOLDER_BASE && c <= 0xf8ff;

/**
 * Fixed text between spans, tokenized once: white space before its first atom, that atom (whose
 * spacing and gluing depend on what precedes the stretch), the atoms after it (fixed, shared by
 * every layout), and white space after its last atom.
 */
interface FixedUnit {
  kind: 'fixed';
  spaceBefore: boolean;
  first?: { metrics: AtomMetrics; cjk: boolean };
  rest: Atom[];
  lastNoBreakAfter: boolean;
  spaceAfter: boolean;
}
/** Text around one or more spans up to the nearest word boundaries: literal pieces and spans. */
interface SpanUnit {
  kind: 'span';
  pieces: Array<string | number>;
}

const plainLayouter = (text: VariantText, lang: Lang): CopyLayouter => ({
  layout: (symbols) => layoutDocument(variantTextOf(text, symbols), lang),
  fast: false,
});

/** Cuts a block's text (with placeholders) into fixed stretches and span units. */
const templateBlock = (kind: Parameters<typeof blockStyle>[0], blockText: string, lang: Lang) => {
  const style = blockStyle(kind);
  const units: Array<FixedUnit | SpanUnit> = [];
  const fixed = (from: number, to: number): void => {
    if (from >= to) return;
    // Tokenize the stretch on its own; its edges are word boundaries.
    const piece = blockText.slice(from, to);
    const tokenizer = new AtomTokenizer(lang, style.bold, style.sizePt);
    let spaceBefore = false;
    let first: FixedUnit['first'];
    let atStart = true;
    let wordStart = -1;
    const atom = (text: string, cjk: boolean): void => {
      const metrics = tokenizer.metrics(text);
      if (atStart) first = { metrics, cjk };
      // The first atom only sets the tokenizer's state for those that follow it.
      tokenizer.push(metrics, cjk);
      atStart = false;
    };
    const flush = (end: number): void => {
      if (wordStart >= 0) atom(piece.slice(wordStart, end), false);
      wordStart = -1;
    };
    let spaceAfter = false;
    for (let i = 0; i < piece.length; i += 1) {
      const c = piece.charCodeAt(i);
      if (isWordBoundaryCode(c)) {
        flush(i);
        if (isWhiteSpaceCode(c)) {
          if (atStart) spaceBefore = true;
          tokenizer.space();
          spaceAfter = true;
        } else {
          atom(piece[i]!, true);
          spaceAfter = false;
        }
      } else {
        if (wordStart < 0) wordStart = i;
        spaceAfter = false;
      }
    }
    flush(piece.length);
    const rest = tokenizer.atoms.slice(1);
    units.push({
      kind: 'fixed',
      spaceBefore,
      ...(first ? { first } : {}),
      rest,
      lastNoBreakAfter: first
        ? (rest.length > 0 ? tokenizer.metrics(rest[rest.length - 1]!.text) : first.metrics)
            .noBreakAfter
        : false,
      spaceAfter: first ? spaceAfter : false,
    });
  };
  let cursor = 0;
  let i = 0;
  while (i < blockText.length) {
    if (!isPlaceholder(blockText.charCodeAt(i))) {
      i += 1;
      continue;
    }
    // Widen to the word boundaries around the span (and any span joined to it).
    let start = i;
    while (start > cursor && !isWordBoundaryCode(blockText.charCodeAt(start - 1))) start -= 1;
    let end = i + 1;
    while (end < blockText.length && !isWordBoundaryCode(blockText.charCodeAt(end))) end += 1;
    fixed(cursor, start);
    const pieces: SpanUnit['pieces'] = [];
    let literal = '';
    for (let k = start; k < end; k += 1) {
      const c = blockText.charCodeAt(k);
      if (isPlaceholder(c)) {
        if (literal !== '') pieces.push(literal);
        literal = '';
        pieces.push(c - PLACEHOLDER_BASE);
      } else literal += blockText[k];
    }
    if (literal !== '') pieces.push(literal);
    units.push({ kind: 'span', pieces });
    cursor = end;
    i = end;
  }
  fixed(cursor, blockText.length);
  return { ...style, units };
};

/**
 * Source text cut at blank lines. Block parsing (text-blocks.ts) closes every block at a blank
 * line, so each chunk parses on its own.
 */
const chunksOf = (source: string): string[] => {
  const chunks: string[] = [];
  let lines: string[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      if (lines.length > 0) chunks.push(lines.join('\n'));
      lines = [];
    } else lines.push(line);
  }
  if (lines.length > 0) chunks.push(lines.join('\n'));
  return chunks;
};

const sameBlocks = (
  actual: ReturnType<typeof parseTextBlocks>,
  expected: ReturnType<typeof parseTextBlocks>,
): boolean =>
  actual.length === expected.length &&
  actual.every((block, k) => block.kind === expected[k]!.kind && block.text === expected[k]!.text);

/**
 * Checks that choosing variants changes nothing in the parsed blocks but the spans themselves
 * (no line turns into a heading or list item, no trimming or joining of lines depends on them):
 * within every chunk, each single substitution, every "all spans take variant v", and every
 * combination of two spans that touch give the blocks of the template with the variants in place.
 */
const substitutionIsLocal = (placeholderText: string, text: VariantText): boolean => {
  const chunks = chunksOf(placeholderText);
  if (!sameBlocks(chunks.flatMap(parseTextBlocks), parseTextBlocks(placeholderText))) return false;
  for (const chunk of chunks) {
    const spans = [...chunk]
      .map((ch) => ch.charCodeAt(0))
      .filter(isPlaceholder)
      .map((c) => c - PLACEHOLDER_BASE);
    if (spans.length === 0) continue;
    const template = parseTextBlocks(chunk);
    const check = (choice: ReadonlyMap<number, string>): boolean => {
      const substitute = (source: string): string =>
        source.replace(
          /[\ue000-\uf8ff]/gu,
          (ch) => choice.get(ch.charCodeAt(0) - PLACEHOLDER_BASE) ?? ch,
        );
      return sameBlocks(
        parseTextBlocks(substitute(chunk)),
        template.map((block) => ({ kind: block.kind, text: substitute(block.text) })),
      );
    };
    for (const span of spans) {
      for (const variant of text.variants[span]!)
        if (!check(new Map([[span, variant]]))) return false;
    }
    const alphabet = Math.max(...spans.map((span) => text.variants[span]!.length));
    for (let v = 0; v < alphabet; v += 1) {
      const choice = new Map(
        spans.map((span) => {
          const variants = text.variants[span]!;
          return [span, variants[Math.min(v, variants.length - 1)]!] as const;
        }),
      );
      if (!check(choice)) return false;
    }
    for (let k = 0; k + 1 < chunk.length; k += 1) {
      const left = chunk.charCodeAt(k);
      const right = chunk.charCodeAt(k + 1);
      if (!isPlaceholder(left) || !isPlaceholder(right)) continue;
      for (const a of text.variants[left - PLACEHOLDER_BASE]!) {
        for (const b of text.variants[right - PLACEHOLDER_BASE]!) {
          const choice = new Map([
            [left - PLACEHOLDER_BASE, a],
            [right - PLACEHOLDER_BASE, b],
          ]);
          if (!check(choice)) return false;
        }
      }
    }
  }
  return true;
};

export const createCopyLayouter = (text: VariantText, lang: Lang): CopyLayouter => {
  const spans = text.variants.length;
  if (
    spans > MAX_SPANS ||
    text.literals.some((literal) => /[\ue000-\uf8ff]/u.test(literal)) ||
    text.variants.some((variants) => variants.some((v) => UNSAFE_IN_VARIANT.test(v)))
  )
    return plainLayouter(text, lang);
  const placeholderText = variantTextOf(
    {
      literals: text.literals,
      variants: text.variants.map((_, i) => [String.fromCharCode(PLACEHOLDER_BASE + i)]),
      original: text.variants.map(() => 0),
    },
    [],
  );
  if (!substitutionIsLocal(placeholderText, text)) return plainLayouter(text, lang);
  const blocks = parseTextBlocks(placeholderText).map((block) =>
    templateBlock(block.kind, block.text, lang),
  );
  const seen = blocks
    .flatMap((block) => block.units)
    .flatMap((unit) => (unit.kind === 'span' ? unit.pieces : []))
    .filter((piece) => typeof piece === 'number');
  if (seen.length !== spans || new Set(seen).size !== spans) return plainLayouter(text, lang);

  const layout = (symbols: ArrayLike<number>): DocumentLayout =>
    layoutBlocks(
      blocks.map((block) => {
        const tokenizer = new AtomTokenizer(
          lang,
          block.bold,
          block.sizePt,
          metricsFor(lang, block.bold, block.sizePt),
        );
        for (const unit of block.units) {
          if (unit.kind === 'fixed') {
            if (unit.spaceBefore) tokenizer.space();
            if (unit.first) {
              tokenizer.push(unit.first.metrics, unit.first.cjk);
              tokenizer.append(unit.rest, unit.lastNoBreakAfter);
              if (unit.spaceAfter) tokenizer.space();
            }
          } else {
            let spanText = '';
            for (const piece of unit.pieces) {
              spanText +=
                typeof piece === 'string'
                  ? piece
                  : (text.variants[piece]![symbols[piece]!] ??
                    text.variants[piece]![text.original[piece]!]!);
            }
            tokenizer.text(spanText);
          }
        }
        return { bold: block.bold, sizePt: block.sizePt, atoms: tokenizer.atoms };
      }),
      lang,
    );

  // The equivalence, checked where it is cheap to check: every sample copy.
  for (const symbols of variantSamples(text)) {
    const expected = JSON.stringify(layoutDocument(variantTextOf(text, symbols), lang));
    if (JSON.stringify(layout(symbols)) !== expected) return plainLayouter(text, lang);
  }
  return { layout, fast: true };
};
