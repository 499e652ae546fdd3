import type { Command } from 'commander';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputError } from '@vigil/core';
import {
  collectEvents,
  connectEventStream,
  EventPublisher,
  fileLines,
  streamLines,
  streamSettingsFrom,
  type CollectProgress,
  type RejectedLine,
} from '@vigil/stream';
import { defineVerb } from '../command.ts';

interface CollectOptions {
  nats?: string;
  follow: boolean;
  fromStart: boolean;
}

type Positions = Record<string, { offset: number; line: number }>;

/**
 * `vigil collect [FILE…]`: validates Vigil JSON Lines events (docs/EVENTS.md) from files, or
 * stdin when none is given (or `-`), and publishes them to the NATS event stream. Each file's
 * position is saved under --home once everything before it is in the stream, so a restarted
 * collector resumes where it stopped; anything it sends twice is dropped by the stream's
 * de-duplication. Bad lines are kept in <home>/collect/rejects.jsonl with source, line and reason.
 */
export function registerCollect(program: Command): void {
  defineVerb<CollectOptions>(
    program,
    'collect',
    (cmd) =>
      cmd
        .description(
          'publish activity events (JSON Lines) from files or stdin to the NATS event stream',
        )
        .argument('[files...]', 'JSON Lines files to read (none or - : stdin)')
        .option('--nats <urls>', 'NATS server(s) (default VIGIL_NATS_URL)')
        .option('--follow', 'keep reading files as they grow, like tail -F', false)
        .option('--from-start', 'ignore saved positions and read files from the beginning', false),
    async (files, options, ctx) => {
      const settings = streamSettingsFrom(process.env, { VIGIL_NATS_URL: options.nats });
      const sources = files.length === 0 ? ['-'] : files;
      for (const f of sources)
        if (f !== '-' && !existsSync(f)) throw inputError('collect.no_file', `no such file: ${f}`);
      const dir = path.join(ctx.home, 'collect');
      mkdirSync(dir, { recursive: true });
      const positionsFile = path.join(dir, 'positions.json');
      const rejectsFile = path.join(dir, 'rejects.jsonl');
      const positions: Positions =
        !options.fromStart && existsSync(positionsFile)
          ? (JSON.parse(readFileSync(positionsFile, 'utf8')) as Positions)
          : {};
      const connection = await connectEventStream(settings, 'vigil-collect');
      const abort = new AbortController();
      // Following files never ends by itself: a signal stops reading, and what was read is
      // flushed and its position saved. Without --follow the default (exit) is kept.
      const onSignal = () => abort.abort();
      if (options.follow) {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
      }
      try {
        const publisher = new EventPublisher(connection);
        const onRejected = (r: RejectedLine) => {
          appendFileSync(rejectsFile, `${JSON.stringify(r)}\n`);
          process.stderr.write(`vigil collect: ${r.source}:${r.line}: ${r.reason}\n`);
        };
        const onProgress = (p: CollectProgress) =>
          ctx.progress({
            phase: `collect ${path.basename(p.source)}`,
            done: p.lines,
            unit: 'lines',
          });
        const results = await Promise.all(
          sources.map((source) => {
            if (source === '-')
              return collectEvents('stdin', streamLines(process.stdin), publisher, {
                onRejected,
                onProgress,
              });
            const key = path.resolve(source);
            return collectEvents(
              source,
              fileLines(source, positions[key], { follow: options.follow, signal: abort.signal }),
              publisher,
              {
                onRejected,
                onProgress,
                onCheckpoint(position) {
                  positions[key] = position;
                  writeFileSync(positionsFile, JSON.stringify(positions, null, 2));
                },
              },
            );
          }),
        );
        const stats = await publisher.flush();
        ctx.progress.stop();
        const rejected = results.reduce((n, r) => n + r.rejected, 0);
        ctx.print(
          `Published ${stats.published} events to ${settings.stream} (${stats.duplicates} already there); ` +
            `${rejected} bad lines kept in ${rejectsFile}.`,
          { ...stats, rejected, sources: results },
        );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await connection.close();
      }
    },
  );
}
