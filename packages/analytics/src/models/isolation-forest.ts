import { seededRandom } from './seeded-random.ts';

/**
 * Isolation forest (Liu, Ting & Zhou, ICDM 2008). Chosen over density or distance models
 * (LOF, one-class SVM) because user-days number in the hundreds of thousands: training on
 * small subsamples is O(t·ψ·log ψ) and scoring is O(n·t·log ψ), it needs no feature scaling
 * beyond what the baselines already do, and it isolates points that are extreme on a few
 * dimensions, which is what an insider's day looks like against a baseline. Its weakness,
 * axis-parallel splits that blur interactions, is offset by the readable indicators that
 * run beside it.
 */
export interface IsolationForestOptions {
  trees?: number;
  sampleSize?: number;
  seed?: number;
}

interface Node {
  feature: number;
  split: number;
  left: Node | null;
  right: Node | null;
  size: number;
}

/** Average path length of an unsuccessful BST search: the normalizer c(n) of the paper. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + 0.5772156649) - (2 * (n - 1)) / n;
}

/**
 * All trees in flat typed arrays, index 0.. per node: scoring walks 100 trees for each of
 * hundreds of thousands of rows, and arrays of numbers walk several times faster than linked
 * objects. A leaf has `left[k] = -1` and keeps its whole contribution (depth + c(size)).
 */
interface FlatTrees {
  roots: Int32Array;
  feature: Int32Array;
  split: Float64Array;
  left: Int32Array;
  right: Int32Array;
  leafValue: Float64Array;
}

export class IsolationForest {
  private readonly trees: FlatTrees;
  private readonly sampleSize: number;

  private constructor(sampleSize: number, roots: Node[]) {
    this.sampleSize = sampleSize;
    this.trees = flatten(roots);
  }

  /** `data` is row-major: row i, feature j at data[i * dims + j]. */
  static fit(
    data: Float64Array,
    rows: number,
    dims: number,
    options: IsolationForestOptions = {},
  ): IsolationForest {
    const trees = options.trees ?? 100;
    const psi = Math.min(options.sampleSize ?? 256, rows);
    const random = seededRandom(options.seed ?? 42);
    const heightLimit = Math.ceil(Math.log2(Math.max(psi, 2)));
    const roots: Node[] = [];
    for (let t = 0; t < trees; t++) {
      const sample = new Int32Array(psi);
      for (let i = 0; i < psi; i++) sample[i] = Math.floor(random() * rows);
      roots.push(grow(data, dims, sample, 0, heightLimit, random));
    }
    return new IsolationForest(psi, roots);
  }

  /** Anomaly score in (0, 1): about 0.5 for ordinary points, towards 1 for isolated ones. */
  score(data: Float64Array, rows: number, dims: number): Float64Array {
    const out = new Float64Array(rows);
    const c = averagePathLength(this.sampleSize);
    const { roots, feature, split, left, right, leafValue } = this.trees;
    const trees = roots.length;
    for (let i = 0; i < rows; i++) {
      let total = 0;
      const offset = i * dims;
      for (let t = 0; t < trees; t++) {
        let k = roots[t]!;
        while (left[k]! >= 0) k = data[offset + feature[k]!]! < split[k]! ? left[k]! : right[k]!;
        total += leafValue[k]!;
      }
      out[i] = Math.pow(2, -total / trees / c);
    }
    return out;
  }
}

function flatten(roots: Node[]): FlatTrees {
  const count = (node: Node): number =>
    1 + (node.left && node.right ? count(node.left) + count(node.right) : 0);
  const total = roots.reduce((n, r) => n + count(r), 0);
  const flat: FlatTrees = {
    roots: new Int32Array(roots.length),
    feature: new Int32Array(total),
    split: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    leafValue: new Float64Array(total),
  };
  let next = 0;
  const place = (node: Node, depth: number): number => {
    const k = next++;
    if (node.left && node.right) {
      flat.feature[k] = node.feature;
      flat.split[k] = node.split;
      flat.left[k] = place(node.left, depth + 1);
      flat.right[k] = place(node.right, depth + 1);
    } else {
      flat.left[k] = -1;
      flat.right[k] = -1;
      flat.leafValue[k] = depth + averagePathLength(node.size);
    }
    return k;
  };
  roots.forEach((root, t) => (flat.roots[t] = place(root, 0)));
  return flat;
}

function grow(
  data: Float64Array,
  dims: number,
  sample: Int32Array,
  depth: number,
  limit: number,
  random: () => number,
): Node {
  const leaf = { feature: 0, split: 0, left: null, right: null, size: sample.length };
  if (depth >= limit || sample.length <= 1) return leaf;
  // Pick a feature that is not constant in this sample; give up after a few tries.
  for (let attempt = 0; attempt < 8; attempt++) {
    const feature = Math.floor(random() * dims);
    let min = Infinity;
    let max = -Infinity;
    for (const row of sample) {
      const v = data[row * dims + feature]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max <= min) continue;
    const split = min + random() * (max - min);
    const left: number[] = [];
    const right: number[] = [];
    for (const row of sample) (data[row * dims + feature]! < split ? left : right).push(row);
    return {
      feature,
      split,
      size: sample.length,
      left: grow(data, dims, Int32Array.from(left), depth + 1, limit, random),
      right: grow(data, dims, Int32Array.from(right), depth + 1, limit, random),
    };
  }
  return leaf;
}
