import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerTrace(program: Command): void {
  defineVerb(program, 'trace', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil trace is not available in this build yet');
  });
}
