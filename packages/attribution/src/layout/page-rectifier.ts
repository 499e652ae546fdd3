import { resizeGray, type GrayImage } from './image/gray-image.ts';
import { homographyFromPoints, type Point } from './image/homography.ts';
import { warpPerspective } from './image/warp.ts';
import { PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from './page-geometry.ts';

/**
 * Turns a photo of a page into a flat, evenly lit page raster at a known resolution:
 * find the page (the largest bright region), fit its four edges, undo the perspective with a
 * homography, and divide by an estimate of the paper's brightness (uneven light).
 */

/** Otsu's threshold (IEEE SMC 9(1), 1979): maximises the between-class variance of the histogram. */
export const otsuThreshold = (data: Uint8Array): number => {
  const histogram = new Float64Array(256);
  for (const v of data) histogram[v]! += 1;
  let total = 0;
  for (let v = 0; v < 256; v += 1) total += v * histogram[v]!;
  let weightBelow = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 127;
  for (let v = 0; v < 256; v += 1) {
    weightBelow += histogram[v]!;
    if (weightBelow === 0) continue;
    const weightAbove = data.length - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += v * histogram[v]!;
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (total - sumBelow) / weightAbove;
    const between = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = v;
    }
  }
  return threshold;
};

/** Pixels of the largest 4-connected region brighter than `threshold`. */
const largestBrightRegion = (image: GrayImage, threshold: number): Int32Array => {
  const { width, height, data } = image;
  const label = new Int32Array(width * height).fill(-1);
  let best: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start += 1) {
    if (label[start] !== -1 || (data[start] as number) <= threshold) continue;
    const members: number[] = [];
    label[start] = start;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      members.push(i);
      const x = i % width;
      const neighbours = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
      for (const n of neighbours) {
        if (n < 0 || n >= data.length || label[n] !== -1 || (data[n] as number) <= threshold)
          continue;
        label[n] = start;
        stack.push(n);
      }
    }
    if (members.length > best.length) best = members;
  }
  return Int32Array.from(best);
};

const bilinear = (image: GrayImage, x: number, y: number): number | undefined => {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= image.width - 1 || y0 >= image.height - 1) return undefined;
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * image.width + x0;
  const d = image.data;
  return (
    ((d[i] as number) * (1 - fx) + (d[i + 1] as number) * fx) * (1 - fy) +
    ((d[i + image.width] as number) * (1 - fx) + (d[i + image.width + 1] as number) * fx) * fy
  );
};

interface Line {
  point: Point;
  direction: Point;
}

/**
 * Refines one page edge: along the rough edge, walk outward on the normal to where brightness
 * crosses the paper/background threshold, then fit a line through the crossings (total least
 * squares). Returns undefined when the edge is not visible (page cut by the image border).
 */
const fitEdge = (
  image: GrayImage,
  a: Point,
  b: Point,
  inward: Point,
  threshold: number,
  reach: number,
): Line | undefined => {
  const crossings: Point[] = [];
  for (let k = 1; k < 40; k += 1) {
    const t = 0.1 + (0.8 * k) / 40;
    const base = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    let previous = bilinear(image, base.x + inward.x * reach, base.y + inward.y * reach);
    for (let s = reach - 0.5; s >= -reach; s -= 0.5) {
      const value = bilinear(image, base.x + inward.x * s, base.y + inward.y * s);
      if (value === undefined || previous === undefined) break;
      if (previous > threshold && value <= threshold) {
        const frac = (previous - threshold) / (previous - value);
        const at = s + 0.5 - 0.5 * frac;
        crossings.push({ x: base.x + inward.x * at, y: base.y + inward.y * at });
        break;
      }
      previous = value;
    }
  }
  if (crossings.length < 12) return undefined;
  const mean = crossings.reduce(
    (m, p) => ({ x: m.x + p.x / crossings.length, y: m.y + p.y / crossings.length }),
    { x: 0, y: 0 },
  );
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of crossings) {
    sxx += (p.x - mean.x) ** 2;
    sxy += (p.x - mean.x) * (p.y - mean.y);
    syy += (p.y - mean.y) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { point: mean, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
};

const intersect = (l1: Line, l2: Line): Point | undefined => {
  const det = l1.direction.x * l2.direction.y - l1.direction.y * l2.direction.x;
  if (Math.abs(det) < 1e-9) return undefined;
  const dx = l2.point.x - l1.point.x;
  const dy = l2.point.y - l1.point.y;
  const t = (dx * l2.direction.y - dy * l2.direction.x) / det;
  return { x: l1.point.x + t * l1.direction.x, y: l1.point.y + t * l1.direction.y };
};

/** Corners of the page (top-left, top-right, bottom-right, bottom-left) in image pixels. */
export const findPageQuad = async (image: GrayImage): Promise<Point[]> => {
  const whole: Point[] = [
    { x: 0, y: 0 },
    { x: image.width, y: 0 },
    { x: image.width, y: image.height },
    { x: 0, y: image.height },
  ];
  const factor = Math.max(1, image.width / 320);
  const small = await resizeGray(
    image,
    Math.max(8, Math.round(image.width / factor)),
    Math.max(8, Math.round(image.height / factor)),
  );
  const threshold = otsuThreshold(small.data);
  const region = largestBrightRegion(small, threshold);
  if (region.length < 0.15 * small.data.length) return whole;
  const extremes = { tl: Infinity, tr: -Infinity, br: -Infinity, bl: Infinity };
  const rough: Point[] = [
    { x: 0, y: 0 },
    { x: 0, y: 0 },
    { x: 0, y: 0 },
    { x: 0, y: 0 },
  ];
  for (const i of region) {
    const x = (i % small.width) + 0.5;
    const y = Math.floor(i / small.width) + 0.5;
    if (x + y < extremes.tl) [extremes.tl, rough[0]] = [x + y, { x, y }];
    if (x - y > extremes.tr) [extremes.tr, rough[1]] = [x - y, { x, y }];
    if (x + y > extremes.br) [extremes.br, rough[2]] = [x + y, { x, y }];
    if (x - y < extremes.bl) [extremes.bl, rough[3]] = [x - y, { x, y }];
  }
  const corners = rough.map((p) => ({
    x: p.x * (image.width / small.width),
    y: p.y * (image.height / small.height),
  }));
  const center = corners.reduce((m, p) => ({ x: m.x + p.x / 4, y: m.y + p.y / 4 }), { x: 0, y: 0 });
  const edges: Array<Line | undefined> = corners.map((a, k) => {
    const b = corners[(k + 1) % 4] as Point;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const length = Math.hypot(mid.x - center.x, mid.y - center.y);
    const inward = { x: (center.x - mid.x) / length, y: (center.y - mid.y) / length };
    return fitEdge(image, a, b, inward, threshold, 3 * factor);
  });
  return corners.map((corner, k) => {
    const before = edges[(k + 3) % 4];
    const after = edges[k];
    const refined = before && after ? intersect(before, after) : undefined;
    return refined && Math.hypot(refined.x - corner.x, refined.y - corner.y) < 4 * factor
      ? refined
      : corner;
  });
};

export const pageRasterSize = (dpi: number): { width: number; height: number } => ({
  width: Math.round((PAGE_WIDTH_PT / 72) * dpi),
  height: Math.round((PAGE_HEIGHT_PT / 72) * dpi),
});

/** The page seen flat, at `dpi`: maps the page quad of the photo onto an A4 raster. */
export const rectifyPage = (image: GrayImage, quad: Point[], dpi: number): GrayImage => {
  const { width, height } = pageRasterSize(dpi);
  const target: Point[] = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const pageToImage = homographyFromPoints(target, quad);
  return warpPerspective(image, pageToImage, width, height, () => 255);
};

/**
 * Whiteness in [0, 1] after dividing by the local paper brightness: the paper level is the
 * maximum over 32-px blocks (text never fills a whole 3×3 neighbourhood of blocks), smoothed and
 * interpolated back, which removes gradients and vignetting from the light.
 */
export const normalizeLight = (image: GrayImage): Float32Array => {
  const block = 32;
  const gw = Math.ceil(image.width / block);
  const gh = Math.ceil(image.height / block);
  const maxima = new Float32Array(gw * gh);
  for (let y = 0; y < image.height; y += 1) {
    const row = Math.floor(y / block) * gw;
    for (let x = 0; x < image.width; x += 1) {
      const cell = row + Math.floor(x / block);
      const v = image.data[y * image.width + x] as number;
      if (v > (maxima[cell] as number)) maxima[cell] = v;
    }
  }
  const paper = new Float32Array(gw * gh);
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      let best = 0;
      for (let j = Math.max(0, gy - 1); j <= Math.min(gh - 1, gy + 1); j += 1)
        for (let i = Math.max(0, gx - 1); i <= Math.min(gw - 1, gx + 1); i += 1)
          best = Math.max(best, maxima[j * gw + i] as number);
      paper[gy * gw + gx] = Math.max(best, 16);
    }
  }
  const out = new Float32Array(image.width * image.height);
  for (let y = 0; y < image.height; y += 1) {
    const gyf = Math.min(gh - 1, Math.max(0, y / block - 0.5));
    const gy0 = Math.floor(gyf);
    const gy1 = Math.min(gh - 1, gy0 + 1);
    const fy = gyf - gy0;
    for (let x = 0; x < image.width; x += 1) {
      const gxf = Math.min(gw - 1, Math.max(0, x / block - 0.5));
      const gx0 = Math.floor(gxf);
      const gx1 = Math.min(gw - 1, gx0 + 1);
      const fx = gxf - gx0;
      const p =
        ((paper[gy0 * gw + gx0] as number) * (1 - fx) + (paper[gy0 * gw + gx1] as number) * fx) *
          (1 - fy) +
        ((paper[gy1 * gw + gx0] as number) * (1 - fx) + (paper[gy1 * gw + gx1] as number) * fx) *
          fy;
      out[y * image.width + x] = Math.min(1, (image.data[y * image.width + x] as number) / p);
    }
  }
  return out;
};

/**
 * Grey image for OCR from paper-normalised whiteness, contrast-stretched so paper is white and
 * ink black. Tesseract binarises it itself (Otsu, on the now even light); a hard threshold of
 * our own lost thin Chinese strokes on harsh photos (CER 16 % against 1.6 %, see LAYOUT-MARKS.md).
 */
export const whitenessToGray = (
  whiteness: Float32Array,
  width: number,
  height: number,
): GrayImage => {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1)
    data[i] = Math.round(255 * Math.min(1, Math.max(0, ((whiteness[i] as number) - 0.2) / 0.7)));
  return { width, height, data };
};
