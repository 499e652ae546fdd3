import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import {
  openSqliteAttributionStore,
  readLeakFile,
  traceLeak,
  type TraceResult,
} from '@vigil/attribution';
import { defineVerb } from '../command.ts';

interface TraceOptions {
  doc: string;
  leak?: string;
  epsilon?: string;
  pdfLayout: string;
  evidence: boolean;
}

const PDF_LAYOUT = ['when-needed', 'always', 'never'] as const;

export function registerTrace(program: Command): void {
  defineVerb<TraceOptions>(
    program,
    'trace',
    (cmd) =>
      cmd
        .description(
          'name the recipient(s) whose marked copy a leaked text, PDF or page photo came from',
        )
        .option(
          '--doc <id>',
          'the marked document id, or "auto" to search all marked documents',
          'auto',
        )
        .requiredOption(
          '--leak <file>',
          'the leak: text (any excerpt, retyped or not), PDF, or PNG/JPEG photo or scan of a page',
        )
        .option(
          '--epsilon <ε>',
          "false-accusation probability to guarantee (default: the document's)",
        )
        .option(
          '--pdf-layout <when>',
          `read word- and line-shift marks from a leaked PDF's pages: ${PDF_LAYOUT.join(', ')} (when-needed: only if its text accuses nobody)`,
          'when-needed',
        )
        .option('--evidence', 'list every mark site read (always included with --json)', false),
    async (_args, options, ctx) => {
      const epsilon = options.epsilon !== undefined ? Number(options.epsilon) : undefined;
      if (epsilon !== undefined && !(epsilon > 0 && epsilon < 1))
        throw inputError(
          'cli.bad_option',
          `--epsilon must be between 0 and 1 (got "${options.epsilon}")`,
        );
      const pdfLayout = PDF_LAYOUT.find((v) => v === options.pdfLayout);
      if (!pdfLayout)
        throw inputError(
          'cli.bad_option',
          `--pdf-layout must be one of ${PDF_LAYOUT.join(', ')} (got "${options.pdfLayout}")`,
        );
      const leak = readLeakFile(options.leak!);
      const store = await openSqliteAttributionStore(ctx.home);
      try {
        const result = await traceLeak({
          store,
          documentId: options.doc,
          leak,
          ...(epsilon !== undefined ? { falseAccusation: epsilon } : {}),
          pdfLayout,
          onProgress: ctx.progress,
        });
        ctx.progress.stop();
        ctx.print(renderResult(result, options.evidence), result);
      } finally {
        await store.close();
      }
    },
  );
}

function renderResult(r: TraceResult, evidence: boolean): string {
  const lines = [
    `Document ${r.documentId} "${r.title}" — leak read as ${r.leakKind}${r.ocrConfidence !== undefined ? ` (OCR confidence ${r.ocrConfidence.toFixed(2)})` : ''}`,
    `  mark sites read: ${r.sitesRead.text} text + ${r.sitesRead.layout} layout of ${r.sitesRead.total}`,
    `  threshold ${r.threshold} (whole leak); P(any of ${r.recipients} innocent recipients accused) ≤ ${r.falseAccusationBound}`,
  ];
  if (r.accused.length === 0) lines.push(`No one accused: ${r.message}`);
  for (const a of r.accused) {
    const passage = a.passage ? ` in read sites ${a.passage.from}–${a.passage.to}` : '';
    lines.push(
      `ACCUSED ${a.id}  ${a.name} <${a.email}> ${a.department}: score ${a.windowScore} > threshold ${a.threshold}${passage}; ${a.matchingSites} of ${r.sitesRead.text + r.sitesRead.layout} sites match`,
    );
  }
  if (evidence)
    for (const e of r.evidence)
      lines.push(
        `  site ${e.site} (${e.family}): "${e.read}"${e.read === e.original ? '' : ` (author wrote "${e.original}")`}`,
      );
  return lines.join('\n');
}
