import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { loadConfig } from '@vigil/server';
import { openStore, storeOptionsFromEnvironment, verifyAuditLog } from '@vigil/store';
import { defineVerb } from '../command.ts';

/**
 * `vigil audit verify`: walks the hash-chained audit log of the application store under --home
 * (or VIGIL_DATABASE_URL) and names the first altered, removed or reordered entry. Exits 1 when
 * the chain is broken, so it can run from cron or CI.
 */
export function registerAudit(program: Command): void {
  defineVerb<object>(
    program,
    'audit',
    (cmd) =>
      cmd.description('check the audit log: `vigil audit verify`').argument('<action>', 'verify'),
    async (args, _options, ctx) => {
      if (args[0] !== 'verify')
        throw inputError(
          'audit.bad_action',
          `unknown audit action "${args[0] ?? ''}": the only action is "verify"`,
        );
      const config = loadConfig(process.env, { home: ctx.home });
      const store = await openStore(storeOptionsFromEnvironment(config.home, config.databaseUrl));
      try {
        const result = await verifyAuditLog(store, ctx.progress);
        ctx.progress.stop();
        const human = result.ok
          ? `Audit log intact: ${result.entries} entries, head ${result.head} (${store.location}).`
          : `Audit log BROKEN at entry ${result.firstBreak!.seq}: ${result.firstBreak!.message}. ${result.entries} entries before it verify.`;
        ctx.print(human, result);
        if (!result.ok) process.exitCode = 1;
      } finally {
        await store.close();
      }
    },
  );
}
