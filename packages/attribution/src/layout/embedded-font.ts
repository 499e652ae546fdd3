import { createHash } from 'node:crypto';
import { openFont, type FontFace } from './font-files.ts';
import { dictObject, latin1, pdfNumber, streamObject } from './pdf-syntax.ts';

/**
 * A subset of one face embedded as a composite font (Type0 / CIDFontType2, Identity-H, the
 * TrueType program in FontFile2, a ToUnicode map so that text can be extracted), as pdfkit
 * embedded it before. Built once per document from every glyph any recipient's copy can use
 * and written byte for byte into every copy.
 */
export interface EmbeddedFont {
  face: FontFace;
  /** Object number of the Type0 font dictionary. */
  fontObject: number;
  /** Subset glyph id (the CID written in content streams) of every glyph in the full font. */
  cidOf: ReadonlyMap<number, number>;
  /** The serialised objects, numbered from the `firstObject` given. */
  objects: Array<{ objectNumber: number; bytes: Buffer }>;
}

/** Five objects per font: Type0, CIDFont, descriptor, font program, ToUnicode. */
export const OBJECTS_PER_FONT = 5;

const hex4 = (value: number): string => value.toString(16).padStart(4, '0');

const utf16Hex = (codePoints: readonly number[]): string =>
  codePoints
    .map((cp) => {
      if (cp <= 0xffff) return hex4(cp);
      const v = cp - 0x10000;
      return hex4(0xd800 | ((v >>> 10) & 0x3ff)) + hex4(0xdc00 | (v & 0x3ff));
    })
    .join('');

const toUnicodeCmap = (unicode: ReadonlyArray<readonly number[] | undefined>): string => {
  const entries: string[] = [];
  unicode.forEach((codePoints, cid) => {
    if (codePoints && codePoints.length > 0)
      entries.push(`<${hex4(cid)}> <${utf16Hex(codePoints)}>`);
  });
  const blocks: string[] = [];
  // At most 100 entries per bfchar block (PDF Reference, 5.9.2).
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
};

/** Six capital letters naming the subset (ISO 32000-1, 9.6.4), derived from its glyphs. */
const subsetTag = (face: FontFace, glyphIds: readonly number[]): string => {
  const digest = createHash('sha256').update(face).update(glyphIds.join(',')).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join(
    '',
  );
};

export const embedFont = (
  face: FontFace,
  glyphs: ReadonlyMap<number, readonly number[]>,
  firstObject: number,
): EmbeddedFont => {
  const font = openFont(face);
  const scale = 1000 / font.unitsPerEm;
  const subset = font.createSubset();
  const originalIds = [...glyphs.keys()].sort((a, b) => a - b);
  const cidOf = new Map<number, number>();
  for (const id of originalIds) cidOf.set(id, subset.includeGlyph(id));
  const program = subset.encode();
  // Composite glyphs pull their components into the subset; those get widths but no text.
  const widths = subset.glyphs.map((id) => pdfNumber(font.getGlyph(id).advanceWidth * scale));
  const unicode: Array<readonly number[] | undefined> = [];
  for (const [id, codePoints] of glyphs) unicode[cidOf.get(id)!] = codePoints;

  const name = `${subsetTag(face, originalIds)}+${font.postscriptName.replaceAll(' ', '_')}`;
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  let flags = 1 << 2; // symbolic: the glyphs are addressed by CID, not a standard encoding
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  const { bbox } = font;
  const [type0, cidFont, descriptor, fontFile, toUnicode] = [0, 1, 2, 3, 4].map(
    (k) => firstObject + k,
  ) as [number, number, number, number, number];
  const objects = [
    {
      objectNumber: type0,
      bytes: dictObject(
        type0,
        `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
      ),
    },
    {
      objectNumber: cidFont,
      bytes: dictObject(
        cidFont,
        `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [0 [${widths.join(' ')}]] /CIDToGIDMap /Identity >>`,
      ),
    },
    {
      objectNumber: descriptor,
      bytes: dictObject(
        descriptor,
        `<< /Type /FontDescriptor /FontName /${name} /Flags ${flags} /FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => pdfNumber(v * scale)).join(' ')}] /ItalicAngle ${pdfNumber(font.italicAngle)} /Ascent ${pdfNumber(font.ascent * scale)} /Descent ${pdfNumber(font.descent * scale)} /CapHeight ${pdfNumber((font.capHeight || font.ascent) * scale)} /XHeight ${pdfNumber((font.xHeight || 0) * scale)} /StemV 0 /FontFile2 ${fontFile} 0 R >>`,
      ),
    },
    {
      objectNumber: fontFile,
      bytes: streamObject(fontFile, program, { extraDict: ` /Length1 ${program.length}` }),
    },
    { objectNumber: toUnicode, bytes: streamObject(toUnicode, latin1(toUnicodeCmap(unicode))) },
  ];
  return { face, fontObject: type0, cidOf, objects };
};
