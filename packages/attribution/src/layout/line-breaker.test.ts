import { describe, expect, it } from 'vitest';
import { layoutDocument } from './line-breaker.ts';
import { enumerateSites, middleBlock } from './layout-sites.ts';
import { COLUMN_WIDTH_PT, MARGIN_LEFT_PT, SLOTS_PER_PAGE } from './page-geometry.ts';
import { parseTextBlocks } from './text-blocks.ts';

describe('layout on the slot grid', () => {
  it('parses headings, list items and wrapped paragraphs, joining Chinese lines without spaces', () => {
    const blocks = parseTextBlocks(
      '# Title\n\nFirst line\nsecond **line**.\n\n- item one\n- item two\n\n中文第一行\n第二行',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'First line second line.' },
      { kind: 'item', text: '• item one' },
      { kind: 'item', text: '• item two' },
      { kind: 'paragraph', text: '中文第一行第二行' },
    ]);
  });

  it('keeps every line inside the column and leaves one empty slot between blocks', () => {
    const text = `# Heading\n\n${'word '.repeat(200)}\n\n${'another '.repeat(50)}`;
    const layout = layoutDocument(text, 'en');
    for (const line of layout.lines) {
      const last = line.atoms[line.atoms.length - 1]!;
      expect(last.x + last.width, `slot ${line.slot} fits`).toBeLessThanOrEqual(
        MARGIN_LEFT_PT + COLUMN_WIDTH_PT + 0.01,
      );
      expect(line.slot).toBeLessThan(SLOTS_PER_PAGE);
    }
    expect(layout.lines[0]?.slot).toBe(0);
    expect(layout.lines[1]?.slot, 'blank slot after the heading').toBe(2);
  });

  it('never starts a Chinese line with closing punctuation', () => {
    const text = '这是一个很长的句子，'.repeat(40);
    for (const line of layoutDocument(text, 'zh').lines) {
      expect(line.atoms[0]?.text, `slot ${line.slot}`).not.toMatch(/^[，。、]/u);
    }
  });

  it('orders sites page by page, slot by slot, line site before word site', () => {
    const sites = enumerateSites(2);
    expect(sites.slice(0, 4).map((s) => `${s.page}:${s.slot}:${s.kind}`)).toEqual([
      '0:0:word',
      '0:1:line',
      '0:1:word',
      '0:2:word',
    ]);
    expect(sites.every((site, i) => site.index === i)).toBe(true);
    expect(sites.filter((s) => s.page === 1)).toHaveLength(sites.length / 2);
  });

  it('splits full lines into three word blocks around one and two thirds of the column', () => {
    const layout = layoutDocument('alpha beta gamma delta '.repeat(30), 'en');
    const line = layout.lines[0]!;
    const middle = middleBlock(line);
    expect(middle, 'a full line carries a word bit').toBeDefined();
    const [from, to] = middle!;
    expect(line.atoms[from]!.x).toBeGreaterThan(MARGIN_LEFT_PT + COLUMN_WIDTH_PT / 6);
    expect(line.atoms[to]!.x).toBeLessThan(MARGIN_LEFT_PT + (5 * COLUMN_WIDTH_PT) / 6);
    const short = layoutDocument('Too short.', 'en').lines[0]!;
    expect(middleBlock(short), 'a short line carries none').toBeUndefined();
  });
});
