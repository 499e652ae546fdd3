import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '@vigil/event-store';
import { ingestDirectory } from '../ingest-directory.ts';

/** A well-formed logon row, or a line of arbitrary printable text (including commas and quotes). */
const validRow = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    user: fc.stringMatching(/^[A-Z]{3}[0-9]{4}$/),
    activity: fc.constantFrom('Logon', 'Logoff'),
  })
  .map((r) => ({
    valid: true,
    text: `ID,${String(r.month).padStart(2, '0')}/${String(r.day).padStart(2, '0')}/2010 ${String(r.hour).padStart(2, '0')}:00:00,${r.user},PC-1,${r.activity}`,
  }));
const junkRow = fc
  .string({ unit: fc.constantFrom(...'ab,;:"/ {}0123456789-LogonPC'.split('')), maxLength: 60 })
  .filter((s) => s.trim() !== '')
  .map((text) => ({ valid: false, text }));

describe('CERT log parser (property)', () => {
  it('never crashes and never loses a line: every data line is stored or quarantined', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(validRow, junkRow), { minLength: 1, maxLength: 40 }),
        async (lines) => {
          // Unique ids so that de-duplication cannot hide a loss.
          const body = lines.map((l, i) => (l.valid ? l.text.replace(/^ID/, `{ID-${i}}`) : l.text));
          const dir = mkdtempSync(path.join(tmpdir(), 'vigil-prop-'));
          writeFileSync(
            path.join(dir, 'logon.csv'),
            `id,date,user,pc,activity\n${body.join('\n')}\n`,
          );
          const store = await openEventStore({ home: ':memory:' });
          try {
            const summary = await ingestDirectory(store, dir);
            const stored = await store.all<{ id: string }>('SELECT id FROM logon');
            const quarantined = await store.all<{ line: bigint; raw: string }>(
              'SELECT line, raw FROM quarantine',
            );
            // A quoted field may legally span lines, so a record can cover several lines; every
            // line must still be found either stored or inside a quarantined record's raw text.
            expect(stored.length + quarantined.length).toBeLessThanOrEqual(lines.length);
            for (let i = 0; i < lines.length; i++) {
              const storedHere = stored.some((s) => s.id === `{ID-${i}}`);
              const quarantinedHere = quarantined.some((q) => q.raw.includes(body[i]!.trim()));
              expect(
                storedHere || quarantinedHere,
                `line ${i + 2} "${body[i]}" is neither stored nor quarantined`,
              ).toBe(true);
            }
            for (let i = 0; i < lines.length; i++) {
              if (lines[i]!.valid && !body.slice(0, i).some((t) => t.includes('"'))) {
                expect(
                  stored.some((s) => s.id === `{ID-${i}}`),
                  `valid line ${i + 2} stored`,
                ).toBe(true);
              }
            }
            expect(summary.accepted).toBe(stored.length);
          } finally {
            store.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 60, seed: 20261124 },
    );
  });
});
