import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerDemo(program: Command): void {
  defineVerb(program, 'demo', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil demo is not available in this build yet');
  });
}
