#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run through tsx, so `npx vigil` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
