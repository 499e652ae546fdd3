export { SeededRandom } from './random.ts';
export {
  generateTardosCode,
  sampleCodeword,
  bias,
  cutoffFor,
  offsetsFor,
  DEFAULT_DIRICHLET_SHAPE,
  type TardosCode,
  type TardosParameters,
} from './tardos-code.ts';
export {
  requiredBinaryPositions,
  capacityReport,
  positionWeight,
  leakerDrift,
  type CapacityReport,
} from './code-length.ts';
export { chernoffThreshold, matchScore, mismatchScore } from './accusation-threshold.ts';
export { latticeThreshold } from './lattice-threshold.ts';
export {
  accuse,
  planWindows,
  type Observation,
  type Accused,
  type AccusationResult,
  type ScoreWindow,
} from './accuse.ts';
export { CodewordMatrix } from './codeword-matrix.ts';
