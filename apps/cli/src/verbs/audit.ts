import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { loadConfig } from '@vigil/server';
import {
  AuditAnchorFile,
  AuditLog,
  openStore,
  parseAnchorArgument,
  storeOptionsFromEnvironment,
  type AuditAnchor,
  type AuditVerification,
} from '@vigil/store';
import { defineVerb } from '../command.ts';

interface AuditOptions {
  expectHead?: string[];
}

const ACTIONS = ['verify', 'anchor'];

/**
 * `vigil audit verify`: walks the hash-chained audit log of the application store under --home
 * (or VIGIL_DATABASE_URL) and names the first altered, removed or reordered entry. Exits 1 when
 * the chain is broken, so it can run from cron or CI. The chain is also checked against the
 * newest head in `<home>/audit-anchors.jsonl` (the server records every head there) and against
 * each `--expect-head SEQ:HASH` an operator kept elsewhere: entries missing after an anchored
 * head (a truncated log) are named with the anchor that proves it.
 *
 * `vigil audit anchor`: verifies the same way, then prints the head as `SEQ:HASH` to keep
 * somewhere the store's administrators cannot write (a ticket, another host, paper) and records
 * it in the anchors file.
 */
export function registerAudit(program: Command): void {
  defineVerb<AuditOptions>(
    program,
    'audit',
    (cmd) =>
      cmd
        .description(
          'check the audit log: `vigil audit verify`; print and record its head: `vigil audit anchor`',
        )
        .argument('<action>', 'verify | anchor')
        .option(
          '--expect-head <seq:hash>',
          'also check against a head printed earlier by `vigil audit anchor` (repeatable)',
          (value: string, previous: string[] = []) => [...previous, value],
        ),
    async (args, options, ctx) => {
      const action = args[0] ?? '';
      if (!ACTIONS.includes(action))
        throw inputError(
          'audit.bad_action',
          `unknown audit action "${action}": the actions are "verify" and "anchor"`,
        );
      const expected = (options.expectHead ?? []).map((text) => {
        const anchor = parseAnchorArgument(text, `--expect-head ${text.slice(0, 24)}…`);
        if (!anchor)
          throw inputError(
            'audit.bad_anchor',
            `--expect-head needs SEQ:HASH as \`vigil audit anchor\` prints it (a number ≥ 1, a colon, 64 hex digits), got "${text.slice(0, 80)}"`,
          );
        return anchor;
      });
      const config = loadConfig(process.env, { home: ctx.home });
      const store = await openStore(
        storeOptionsFromEnvironment(config.home, config.databaseUrl, {
          statementTimeoutMs: config.databaseStatementTimeoutMs,
          queryTimeoutMs: config.databaseQueryTimeoutMs,
        }),
      );
      try {
        const anchors = AuditAnchorFile.inHome(config.home);
        const result = await new AuditLog(store, { anchors }).verify(ctx.progress, expected);
        ctx.progress.stop();
        if (action === 'verify' || !result.ok) {
          ctx.print(verdict(result, store.location), result);
          if (!result.ok) process.exitCode = 1;
          return;
        }
        await printAnchor(result, anchors, store.location, ctx.print);
      } finally {
        await store.close();
      }
    },
  );
}

function verdict(result: AuditVerification, location: string): string {
  return result.ok
    ? `Audit log intact: ${result.entries} entries, head ${result.head} (${location}).`
    : `Audit log BROKEN at entry ${result.firstBreak!.seq}: ${result.firstBreak!.message}. ${result.entries} entries before it verify.`;
}

/** The verified head, printed for an operator to keep and recorded in the anchors file. */
async function printAnchor(
  result: AuditVerification,
  anchors: AuditAnchorFile,
  location: string,
  print: (human: string, json: unknown) => void,
): Promise<void> {
  if (result.entries === 0) {
    print(`Audit log empty (${location}): nothing to anchor yet.`, {
      seq: 0,
      hash: null,
      file: null,
    });
    return;
  }
  const head: Omit<AuditAnchor, 'source'> = { seq: result.entries, hash: result.head };
  await anchors.record(head);
  print(
    [
      `Audit head: entry ${head.seq}, hash ${head.hash} (${location}), verified and recorded in ${anchors.file}.`,
      'Keep this line where the store’s administrators cannot change it, and check later with',
      `  vigil audit verify --expect-head ${head.seq}:${head.hash}`,
    ].join('\n'),
    { seq: head.seq, hash: head.hash, file: anchors.file },
  );
}
