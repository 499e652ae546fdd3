import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { defineVerb } from '../command.ts';

export function registerMark(program: Command): void {
  defineVerb(program, 'mark', (cmd) => cmd.description('(not yet available)'), async () => {
    throw inputError('cli.unavailable', 'vigil mark is not available in this build yet');
  });
}
