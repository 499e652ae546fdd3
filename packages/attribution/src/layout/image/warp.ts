import type { GrayImage } from './gray-image.ts';
import type { Homography } from './homography.ts';

/**
 * Inverse-mapping perspective warp with bilinear interpolation: every output pixel asks the
 * homography `outputToSource` where it comes from. Pixels that fall outside the source get
 * `fill(x, y)`.
 */
export const warpPerspective = (
  source: GrayImage,
  outputToSource: Homography,
  width: number,
  height: number,
  fill: (x: number, y: number) => number,
): GrayImage => {
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = outputToSource as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const out = new Uint8Array(width * height);
  const { width: sw, height: sh, data } = source;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const w = h6 * x + h7 * y + h8;
      const sx = (h0 * x + h1 * y + h2) / w;
      const sy = (h3 * x + h4 * y + h5) / w;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= sw - 1 || y0 >= sh - 1) {
        out[y * width + x] = fill(x, y);
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * sw + x0;
      const top = (data[i] as number) * (1 - fx) + (data[i + 1] as number) * fx;
      const bottom = (data[i + sw] as number) * (1 - fx) + (data[i + sw + 1] as number) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
};
