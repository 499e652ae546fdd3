/**
 * Plane-to-plane projective maps (homographies), the model of a flat page seen by a pinhole
 * camera (Hartley & Zisserman, Multiple View Geometry, ch. 4: the direct linear transform from
 * four point correspondences).
 */
export type Point = { x: number; y: number };
/** Row-major 3×3 matrix with h[8] = 1. */
export type Homography = number[];

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is n×n, row-major). */
const solveLinear = (a: number[][], b: number[]): number[] => {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1)
      if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new Error('degenerate point configuration for a homography');
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c += 1) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
};

/** The homography that maps each `from[i]` onto `to[i]` (exactly four points). */
export const homographyFromPoints = (from: Point[], to: Point[]): Homography => {
  const a: number[][] = [];
  const b: number[] = [];
  from.forEach((p, i) => {
    const q = to[i] as Point;
    a.push([p.x, p.y, 1, 0, 0, 0, -p.x * q.x, -p.y * q.x]);
    b.push(q.x);
    a.push([0, 0, 0, p.x, p.y, 1, -p.x * q.y, -p.y * q.y]);
    b.push(q.y);
  });
  return [...solveLinear(a, b), 1];
};

export const applyHomography = (h: Homography, p: Point): Point => {
  const w = h[6]! * p.x + h[7]! * p.y + h[8]!;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / w, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / w };
};
