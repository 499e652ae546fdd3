import { decodeGray } from './image/gray-image.ts';
import { DEFAULT_DPI } from './page-geometry.ts';
import { findPageQuad, normalizeLight, pageRasterSize, rectifyPage } from './page-rectifier.ts';

/** A photographed or scanned page brought to the print's own coordinates. */
export interface RectifiedPage {
  width: number;
  height: number;
  dpi: number;
  /** Paper-normalised brightness, 1 = paper, 0 = full ink. */
  whiteness: Float32Array;
}

export const rectifiedPageFromImage = async (
  image: Uint8Array,
  dpi = DEFAULT_DPI,
): Promise<RectifiedPage> => {
  const gray = await decodeGray(image);
  const quad = await findPageQuad(gray);
  const flat = rectifyPage(gray, quad, dpi);
  const { width, height } = pageRasterSize(dpi);
  return { width, height, dpi, whiteness: normalizeLight(flat) };
};
