import { decodeGray, encodeTintedJpeg, gaussianBlur, type GrayImage } from './image/gray-image.ts';
import { homographyFromPoints, type Point } from './image/homography.ts';
import { gaussianSource, seededRandom } from './image/seeded-random.ts';
import { warpPerspective } from './image/warp.ts';

export type PhotoSeverity = 'mild' | 'typical' | 'harsh';

/**
 * How a page photographed by a phone or passed through a cheap scanner degrades. `scale` is the
 * output resolution relative to the input raster (0.65 of a 200-dpi raster is ~130 dpi on the
 * page), `tilt` the random displacement of each page corner (perspective) as a fraction of the
 * page width, `blurPx` the defocus in output pixels, `light` the depth of the illumination
 * gradient, `noise` the sensor noise (grey levels, 1 σ) and `jpeg` the quality of the encoder.
 */
interface PhotoParameters {
  scale: number;
  tilt: number;
  rotationDeg: number;
  blurPx: number;
  light: number;
  noise: number;
  jpeg: number;
}

const PARAMETERS: Record<PhotoSeverity, PhotoParameters> = {
  mild: { scale: 0.95, tilt: 0.015, rotationDeg: 1, blurPx: 0.6, light: 0.15, noise: 2, jpeg: 90 },
  typical: { scale: 0.8, tilt: 0.035, rotationDeg: 3, blurPx: 0.9, light: 0.3, noise: 4, jpeg: 75 },
  harsh: { scale: 0.65, tilt: 0.06, rotationDeg: 5, blurPx: 1.2, light: 0.45, noise: 7, jpeg: 55 },
};

export const photographPage = async (
  png: Uint8Array,
  opts: { seed: number; severity?: PhotoSeverity },
): Promise<Uint8Array> => {
  const params = PARAMETERS[opts.severity ?? 'typical'];
  const random = seededRandom(opts.seed);
  const gaussian = gaussianSource(random);
  const uniform = (low: number, high: number): number => low + (high - low) * random();

  const page = await decodeGray(png);
  // Defocus happens in the camera, but blurring the flat page by the same amount scaled back to
  // page pixels is equivalent and also anti-aliases the down-sampling in the warp.
  const blurred: GrayImage = await gaussianBlur(page, params.blurPx / params.scale);

  const pageW = page.width * params.scale;
  const pageH = page.height * params.scale;
  const outW = Math.round(pageW * 1.25);
  const outH = Math.round(pageH * 1.18);
  const angle = (uniform(-1, 1) * params.rotationDeg * Math.PI) / 180;
  const center = {
    x: outW / 2 + uniform(-0.04, 0.04) * pageW,
    y: outH / 2 + uniform(-0.03, 0.03) * pageH,
  };
  const outCorners: Point[] = [
    { x: -pageW / 2, y: -pageH / 2 },
    { x: pageW / 2, y: -pageH / 2 },
    { x: pageW / 2, y: pageH / 2 },
    { x: -pageW / 2, y: pageH / 2 },
  ].map((p) => ({
    x:
      center.x +
      p.x * Math.cos(angle) -
      p.y * Math.sin(angle) +
      uniform(-1, 1) * params.tilt * pageW,
    y:
      center.y +
      p.x * Math.sin(angle) +
      p.y * Math.cos(angle) +
      uniform(-1, 1) * params.tilt * pageW,
  }));
  const pageCorners: Point[] = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ];
  const outputToPage = homographyFromPoints(outCorners, pageCorners);
  const background = uniform(40, 95);
  const photo = warpPerspective(blurred, outputToPage, outW, outH, () => background);

  // Uneven light: a linear fall-off in a random direction plus vignetting, then sensor noise.
  const direction = uniform(0, 2 * Math.PI);
  const dx = Math.cos(direction);
  const dy = Math.sin(direction);
  const diagonal = Math.hypot(outW, outH);
  for (let y = 0; y < outH; y += 1) {
    for (let x = 0; x < outW; x += 1) {
      const along = ((x - outW / 2) * dx + (y - outH / 2) * dy) / diagonal + 0.5;
      const r2 = ((x - outW / 2) ** 2 + (y - outH / 2) ** 2) / (diagonal / 2) ** 2;
      const light = 1 - params.light * along - 0.15 * params.light * r2;
      const i = y * outW + x;
      photo.data[i] = Math.max(
        0,
        Math.min(255, Math.round((photo.data[i] as number) * light + gaussian() * params.noise)),
      );
    }
  }
  return encodeTintedJpeg(photo, params.jpeg);
};
