import { Command } from 'commander';
import path from 'node:path';
import { isVigilError } from '@vigil/core';
import { terminalProgress, type ProgressListener } from './progress.ts';

/** Options every verb takes. */
export interface CommonOptions {
  home: string;
  json: boolean;
}

export interface VerbContext {
  home: string;
  json: boolean;
  progress: ProgressListener & { stop(): void };
  /** Print a result: the caller gives both a human rendering and the JSON value. */
  print(human: string, json: unknown): void;
}

/** Adds --home and --json to a verb and runs its action with errors translated in one place. */
export function defineVerb<O extends object>(
  program: Command,
  name: string,
  describe: (cmd: Command) => Command,
  action: (args: string[], options: O & CommonOptions, ctx: VerbContext) => Promise<void>,
): Command {
  const cmd = describe(program.command(name))
    .option('--home <dir>', 'where Vigil keeps its stores', process.env.VIGIL_HOME ?? './.vigil')
    .option('--json', 'machine-readable output', false);
  cmd.action(async (...raw: unknown[]) => {
    const command = raw[raw.length - 1] as Command;
    const options = command.opts<O & CommonOptions>();
    const args = command.args;
    const progress = terminalProgress(options.json && !process.stderr.isTTY);
    const ctx: VerbContext = {
      home: path.resolve(options.home),
      json: options.json,
      progress,
      print(human, json) {
        process.stdout.write(options.json ? `${JSON.stringify(json, null, 2)}\n` : `${human}\n`);
      },
    };
    try {
      await action(args, options, ctx);
    } catch (error) {
      progress.stop();
      reportError(error, options.json);
      process.exitCode = isVigilError(error) && error.category !== 'internal' ? 2 : 1;
    } finally {
      progress.stop();
    }
  });
  return cmd;
}

function reportError(error: unknown, json: boolean): void {
  if (isVigilError(error)) {
    if (json) {
      process.stderr.write(
        `${JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } })}\n`,
      );
    } else {
      process.stderr.write(`vigil: ${error.message}\n`);
    }
    return;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`vigil: internal error: ${message}\n`);
}
