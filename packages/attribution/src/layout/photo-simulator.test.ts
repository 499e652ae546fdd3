import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { applyHomography, homographyFromPoints } from './image/homography.ts';
import { decodeGray, encodePng } from './image/gray-image.ts';
import { findPageQuad } from './page-rectifier.ts';
import { photographPage } from './photo-simulator.ts';

const whitePage = async (): Promise<Uint8Array> => {
  const data = new Uint8Array(400 * 566).fill(255);
  for (let y = 100; y < 460; y += 20) data.fill(0, y * 400 + 60, y * 400 + 340);
  return encodePng({ width: 400, height: 566, data });
};

describe('photographPage', () => {
  it('is reproducible from its seed and differs between seeds', async () => {
    const page = await whitePage();
    const a = await photographPage(page, { seed: 1, severity: 'typical' });
    const b = await photographPage(page, { seed: 1, severity: 'typical' });
    const c = await photographPage(page, { seed: 2, severity: 'typical' });
    expect(Buffer.from(a).equals(Buffer.from(b)), 'same seed, same photo').toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c)), 'other seed, other photo').toBe(false);
    expect((await sharp(a).metadata()).format).toBe('jpeg');
  });

  it('leaves a page whose corners the rectifier finds again', async () => {
    const photo = await decodeGray(
      await photographPage(await whitePage(), { seed: 5, severity: 'harsh' }),
    );
    const quad = await findPageQuad(photo);
    // The page (brighter than the background) must be a convex quadrilateral well inside the photo.
    const area = Math.abs(
      quad.reduce((sum, p, i) => {
        const q = quad[(i + 1) % 4]!;
        return sum + p.x * q.y - q.x * p.y;
      }, 0) / 2,
    );
    expect(
      area / (photo.width * photo.height),
      'page covers a large part of the photo',
    ).toBeGreaterThan(0.4);
    expect(area / (photo.width * photo.height), 'but not all of it').toBeLessThan(0.8);
  });
});

describe('homographyFromPoints', () => {
  it('maps the four source points onto the four targets', () => {
    const from = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 140 },
      { x: 0, y: 140 },
    ];
    const to = [
      { x: 12, y: 7 },
      { x: 95, y: 15 },
      { x: 102, y: 150 },
      { x: 3, y: 138 },
    ];
    const h = homographyFromPoints(from, to);
    from.forEach((p, i) => {
      const q = applyHomography(h, p);
      expect(q.x).toBeCloseTo(to[i]!.x, 6);
      expect(q.y).toBeCloseTo(to[i]!.y, 6);
    });
  });
});
