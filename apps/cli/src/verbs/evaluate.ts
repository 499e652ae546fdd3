import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerEvaluate(program: Command): void {
  defineVerb(program, 'evaluate', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil evaluate is not available in this build yet');
  });
}
