import { openFont, type FontFace } from './font-files.ts';

/**
 * Shaping as pdfkit did it for the earlier renderer, so that measured widths and drawn glyphs
 * agree to the last bit: the run is cut after every space or tab and each piece is shaped alone
 * (fontkit's default features: ligatures, kerning, mark positioning). All values are in
 * thousandths of an em, the unit of PDF glyph widths and TJ adjustments, so one shaping serves
 * every font size.
 */
export interface ShapedGlyph {
  /** Glyph id in the full font. */
  id: number;
  /** The characters this glyph stands for (several for a ligature such as "ffi"). */
  codePoints: readonly number[];
  /** The glyph's own advance width (what a PDF viewer advances by). */
  width: number;
  /** Where the pen really goes next: the width plus kerning. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  /** Sum of the glyphs' xAdvance. */
  advance: number;
}

const pieceCache = new Map<FontFace, Map<string, ShapedRun>>();
/** Distinct words of a document number in the thousands; the bound only guards odd inputs. */
const MAX_CACHED_PIECES = 200_000;

const shapePiece = (face: FontFace, piece: string): ShapedRun => {
  let cache = pieceCache.get(face);
  if (!cache) {
    cache = new Map();
    pieceCache.set(face, cache);
  }
  const cached = cache.get(piece);
  if (cached) return cached;
  const font = openFont(face);
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(piece);
  const glyphs: ShapedGlyph[] = [];
  let advance = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const xAdvance = position.xAdvance * scale;
    glyphs.push({
      id: glyph.id,
      codePoints: [...glyph.codePoints],
      width: glyph.advanceWidth * scale,
      xAdvance,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
    });
    advance += xAdvance;
  });
  const shaped = { glyphs, advance };
  if (cache.size >= MAX_CACHED_PIECES) cache.clear();
  cache.set(piece, shaped);
  return shaped;
};

/** Shapes a run of text set in one face. */
export const shapeRun = (face: FontFace, text: string): ShapedRun => {
  let last = 0;
  let single: ShapedRun | undefined;
  let glyphs: ShapedGlyph[] | undefined;
  let advance = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && index !== text.length - 1) continue;
    const piece = shapePiece(face, text.slice(last, index + 1));
    last = index + 1;
    advance += piece.advance;
    if (!single) single = piece;
    else glyphs = (glyphs ?? [...single.glyphs]).concat(piece.glyphs);
  }
  if (!single) return { glyphs: [], advance: 0 };
  return glyphs ? { glyphs, advance } : single;
};
