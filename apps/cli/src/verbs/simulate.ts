import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerSimulate(program: Command): void {
  defineVerb(program, 'simulate', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil simulate is not available in this build yet');
  });
}
