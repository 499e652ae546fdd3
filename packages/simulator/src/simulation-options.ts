import { z } from 'zod';
import { inputError } from '@vigil/core';
import { parseIsoDate } from './calendar/sim-calendar.ts';
import { RELEASES, type Release } from './events/release.ts';

export interface SimulationOptions {
  users: number;
  days: number;
  seed: number;
  out: string;
  release?: Release;
  /** `YYYY-MM-DD`; default 2010-01-04 (a Monday, as CERT r4.2 starts its first full week). */
  start?: string;
  /** Number of malicious insiders; default one per scenario (8) when the organization allows. */
  insiders?: number;
}

export interface ResolvedOptions {
  users: number;
  days: number;
  seed: number;
  out: string;
  release: Release;
  start: Date;
  startText: string;
  insiders: number;
}

const schema = z.object({
  users: z.coerce.number().int().min(1).max(200_000),
  days: z.coerce.number().int().min(1).max(5_000),
  seed: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  out: z.string().min(1),
  release: z.enum(RELEASES).default('r6.2'),
  start: z.string().default('2010-01-04'),
  insiders: z.coerce.number().int().min(0).optional(),
});

/**
 * The most insiders an organization of `users` people holds: one per 14 users, so that CERT
 * r4.2's density (70 in 1,000) can be simulated, but at least one per scenario from 40 users up
 * so small test runs cover all.
 */
export function maxInsiders(users: number): number {
  const perFourteen = Math.floor(users / 14);
  if (users >= 40) return Math.max(8, perFourteen);
  return users >= 8 ? Math.max(1, perFourteen) : 0;
}

/** Validates options at the package edge; errors name the option and the accepted values. */
export function resolveOptions(input: SimulationOptions): ResolvedOptions {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'options');
    throw inputError(
      'simulate.bad_option',
      `Option --${field}: ${issue?.message ?? 'invalid value'}`,
      { field },
    );
  }
  const o = parsed.data;
  const start = parseIsoDate(o.start);
  if (!start)
    throw inputError(
      'simulate.bad_option',
      `Option --start: expected a date YYYY-MM-DD, got "${o.start}"`,
      { field: 'start' },
    );
  const cap = maxInsiders(o.users);
  const insiders = o.insiders ?? Math.min(8, cap);
  if (insiders > cap) {
    throw inputError(
      'simulate.too_many_insiders',
      `Option --insiders: ${insiders} insiders need more users; ${o.users} users allow at most ${cap} (one per 14 users, 8 from 40 users up)`,
      { field: 'insiders', max: cap },
    );
  }
  return {
    users: o.users,
    days: o.days,
    seed: o.seed,
    out: o.out,
    release: o.release,
    start,
    startText: o.start,
    insiders,
  };
}
