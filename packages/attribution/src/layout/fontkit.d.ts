/**
 * The part of fontkit (the font engine under pdfkit, which Vigil no longer uses) that the print
 * path uses: opening a font, shaping a run (cmap, GSUB ligatures, GPOS kerning) and TrueType
 * subsetting. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    /** Advance width in font units. */
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  export interface Subset {
    /** Original glyph id of every subset glyph, in subset order (glyph 0 is .notdef). */
    glyphs: number[];
    /** Adds a glyph (by original id) and returns its id in the subset. */
    includeGlyph(glyph: number): number;
    /** The subset as a standalone TrueType font program. */
    encode(): Uint8Array;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    post: { isFixedPitch: number | boolean };
    head: { macStyle: { italic: boolean } };
    'OS/2'?: { sFamilyClass?: number };
    layout(text: string): GlyphRun;
    getGlyph(id: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
