import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerIngest(program: Command): void {
  defineVerb(program, 'ingest', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil ingest is not available in this build yet');
  });
}
