export { excerpt, typos, mixPassages } from './text-attacks.ts';
