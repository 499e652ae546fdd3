import path from 'node:path';
import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { markDocument, openSqliteAttributionStore, type MarkResult } from '@vigil/attribution';
import { defineVerb } from '../command.ts';

interface MarkOptions {
  doc?: string;
  recipients?: string;
  out?: string;
  coalition: string;
  epsilon: string;
  pdf: boolean;
  allowWeak: boolean;
  seed?: string;
}

export function registerMark(program: Command): void {
  defineVerb<MarkOptions>(
    program,
    'mark',
    (cmd) =>
      cmd
        .description(
          'give every recipient a uniquely marked copy of a document (Markdown and print-ready PDF)',
        )
        .requiredOption(
          '--doc <file>',
          'the document, Markdown (.md) or plain text (.txt), English or Simplified Chinese',
        )
        .requiredOption('--recipients <file>', 'CSV with columns id,name,email,department')
        .requiredOption('--out <dir>', 'where to write <id>.md and <id>.pdf per recipient')
        .option('--coalition <c>', 'largest coalition of colluding recipients to resist', '2')
        .option('--epsilon <ε>', 'tolerated probability of accusing any innocent recipient', '1e-3')
        .option('--no-pdf', 'write only the Markdown copies (no PDF, no layout marks)')
        .option(
          '--allow-weak',
          'mark even when the document has too few mark sites for (n, c, ε)',
          false,
        )
        .option(
          '--seed <seed>',
          'reproducible codewords (testing only: codewords become predictable)',
        ),
    async (_args, options, ctx) => {
      const coalition = Number(options.coalition);
      const epsilon = Number(options.epsilon);
      if (!Number.isFinite(coalition))
        throw inputError(
          'cli.bad_option',
          `--coalition must be a number (got "${options.coalition}")`,
        );
      if (!Number.isFinite(epsilon))
        throw inputError('cli.bad_option', `--epsilon must be a number (got "${options.epsilon}")`);
      const store = await openSqliteAttributionStore(ctx.home);
      try {
        const result = await markDocument({
          docPath: options.doc!,
          recipientsPath: options.recipients!,
          outDir: path.resolve(options.out!),
          store,
          coalition,
          falseAccusation: epsilon,
          pdf: options.pdf,
          allowWeak: options.allowWeak,
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          onProgress: ctx.progress,
        });
        ctx.progress.stop();
        ctx.print(renderResult(result), {
          documentId: result.documentId,
          markSites: result.textSites + result.layoutSites,
          textSites: result.textSites,
          layoutSites: result.layoutSites,
          codeBits: result.codeBits,
          recipients: result.recipients,
          capacity: result.capacity,
          params: result.params,
          files: result.files,
          outDir: result.outDir,
        });
      } finally {
        await store.close();
      }
    },
  );
}

function renderResult(r: MarkResult): string {
  const lines = [
    `Marked "${r.title}" (${r.lang}) for ${r.recipients} recipients: document id ${r.documentId}`,
    `  mark sites: ${r.textSites} in the text, ${r.layoutSites} in the page layout (${r.codeBits} code bits)`,
    `  code sized for coalitions up to ${r.params.coalition}, false-accusation probability ≤ ${r.params.falseAccusation}: ` +
      `the document offers ${r.capacity.available} binary-equivalent code positions, ${r.capacity.required} needed`,
    `  wrote ${r.files.markdown} Markdown and ${r.files.pdf} PDF copies to ${r.outDir}`,
  ];
  if (!r.capacity.sufficient) {
    lines.push(
      `  WARNING: too few mark sites for these parameters; about ${r.capacity.wordsNeeded} more words would be needed`,
    );
  }
  lines.push(`Trace a leak with: vigil trace --doc ${r.documentId} --leak <file>`);
  return lines.join('\n');
}
