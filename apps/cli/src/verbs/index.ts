import type { Command } from 'commander';
import { registerIngest } from './ingest.ts';
import { registerScore } from './score.ts';
import { registerTop } from './top.ts';
import { registerEvaluate } from './evaluate.ts';
import { registerSimulate } from './simulate.ts';
import { registerDemo } from './demo.ts';
import { registerMark } from './mark.ts';
import { registerTrace } from './trace.ts';
import { registerQuarantine } from './quarantine.ts';
import { registerServe } from './serve.ts';
import { registerAudit } from './audit.ts';
import { registerCollect } from './collect.ts';

/** Every verb lives in its own file; this is the one list of them. */
export function registerVerbs(program: Command): void {
  registerIngest(program);
  registerScore(program);
  registerTop(program);
  registerEvaluate(program);
  registerSimulate(program);
  registerDemo(program);
  registerMark(program);
  registerTrace(program);
  registerQuarantine(program);
  registerServe(program);
  registerAudit(program);
  registerCollect(program);
}
