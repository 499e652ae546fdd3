// The web app's type check reaches this module through the server without including the
// declaration file, so the module names it (an import cannot name a global declaration file).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./fontkit.d.ts" />
import { existsSync, readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { VigilError } from '@vigil/core';

/**
 * Fonts embedded in every print. Both come from Debian packages (no download at run time):
 * DejaVu Sans (`fonts-dejavu-core`) for Latin script and WenQuanYi Micro Hei
 * (`fonts-wqy-microhei`, TrueType outlines in a TTC, which subset reliably, unlike the
 * CFF-based Noto CJK collection) for Chinese.
 */
export type FontFace = 'latin' | 'latinBold' | 'cjk';

export const FONT_FACES: readonly FontFace[] = ['latin', 'latinBold', 'cjk'];

interface FontSource {
  face: FontFace;
  candidates: string[];
  /** PostScript name inside a TrueType collection. */
  collectionName?: string;
  debianPackage: string;
}

const FONT_SOURCES: FontSource[] = [
  {
    face: 'latin',
    candidates: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
    debianPackage: 'fonts-dejavu-core',
  },
  {
    face: 'latinBold',
    candidates: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
    debianPackage: 'fonts-dejavu-core',
  },
  {
    face: 'cjk',
    candidates: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
    collectionName: 'WenQuanYiMicroHei',
    debianPackage: 'fonts-wqy-microhei',
  },
];

export interface ResolvedFont {
  face: FontFace;
  path: string;
  collectionName?: string;
}

let resolved: ResolvedFont[] | undefined;

/** Font files on this machine; a clear error names the Debian package when one is missing. */
export const resolveFonts = (): ResolvedFont[] => {
  if (resolved) return resolved;
  resolved = FONT_SOURCES.map((source) => {
    const path = source.candidates.find((candidate) => existsSync(candidate));
    if (!path) {
      throw new VigilError(
        'layout.font_missing',
        'unavailable',
        `Font for ${source.face} text not found (looked in ${source.candidates.join(', ')}). Install it with: apt-get install ${source.debianPackage}`,
      );
    }
    return source.collectionName
      ? { face: source.face, path, collectionName: source.collectionName }
      : { face: source.face, path };
  });
  return resolved;
};

const opened = new Map<FontFace, fontkit.Font>();

/**
 * The parsed font of a face, opened once per process (or worker): parsing the 5 MB CJK
 * collection and its tables costs tens of milliseconds, which the old per-copy pdfkit document
 * paid for every recipient.
 */
export const openFont = (face: FontFace): fontkit.Font => {
  let font = opened.get(face);
  if (!font) {
    const source = resolveFonts().find((candidate) => candidate.face === face);
    if (!source) throw new Error(`no font source for ${face}`);
    font = fontkit.create(readFileSync(source.path), source.collectionName);
    opened.set(face, font);
  }
  return font;
};
