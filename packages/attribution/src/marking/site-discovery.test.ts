import { describe, expect, it } from 'vitest';
import { discoverSites } from './site-discovery.ts';
import { compileTemplate, renderCopy, renderOriginal } from './mark-template.ts';
import { ENGLISH_FAMILIES } from './english-variants.ts';
import { CHINESE_FAMILIES } from './chinese-variants.ts';

const spans = (text: string, lang: 'en' | 'zh') =>
  discoverSites(text, lang).map((s) => `${text.slice(s.start, s.end)}→${s.variants.join('|')}`);

describe('English mark sites', () => {
  it('GIVEN policy prose WHEN discovered THEN finds modal, phrase, spelling, number, date and serial-comma sites', () => {
    const text =
      'Staff shall report within five days, in order to organize the review. Logs, badges and keys are due on 12 March 2025.';
    const found = spans(text, 'en');
    expect(found).toContain('shall→shall|must|will');
    expect(found).toContain('five→five|5');
    expect(found).toContain('in order to→in order to|so as to');
    expect(found).toContain('organize→organize|organise');
    expect(found).toContain('→|,');
    expect(found).toContain('12 March 2025→12 March 2025|March 12, 2025|2025-03-12');
  });

  it('GIVEN capitalised or identifier-like text WHEN discovered THEN keeps case and leaves section numbers alone', () => {
    const found = spans('Shall we? See Section 5 of the annex, then 3 reports.', 'en');
    expect(found).toContain('Shall→Shall|Must|Will');
    expect(found.some((s) => s.startsWith('5→'))).toBe(false);
    expect(found).toContain('3→three|3');
  });

  it('GIVEN author-declared variants and frozen text WHEN discovered THEN declared sites win and URLs/code are untouched', () => {
    const text =
      'We {{approve|endorse}} the plan; see https://example.gov/shall and `shall` in code.';
    const sites = discoverSites(text, 'en');
    expect(sites.map((s) => s.family)).toEqual(['declared']);
    const template = compileTemplate(text, sites);
    expect(renderOriginal(template)).toBe(
      'We approve the plan; see https://example.gov/shall and `shall` in code.',
    );
    expect(renderCopy(template, [1])).toContain('We endorse the plan');
  });

  it('GIVEN the dictionaries THEN no trigger belongs to two families and every family has distinct variants', () => {
    for (const families of [ENGLISH_FAMILIES, CHINESE_FAMILIES]) {
      const owner = new Map<string, string>();
      for (const f of families) {
        expect(new Set(f.variants).size, f.id).toBe(f.variants.length);
        for (const t of f.triggers ?? f.variants) {
          expect(owner.get(t.toLowerCase()), `${t} in ${f.id}`).toBeUndefined();
          owner.set(t.toLowerCase(), f.id);
        }
      }
    }
  });
});

describe('Chinese mark sites', () => {
  it('GIVEN 公文 prose WHEN discovered THEN finds word, numeral, date and punctuation sites', () => {
    const found = spans('各部门必须在2025年3月1日之前进行自查，并在五个工作日内报告。', 'zh');
    expect(found).toContain('必须→必须|务必|须');
    expect(found).toContain('进行→进行|开展');
    expect(found).toContain('2025年3月1日→2025年3月1日|2025-03-01|2025年03月01日');
    expect(found).toContain('五→五|5');
    expect(found).toContain('，→，|,');
    expect(found).toContain('之前→之前|以前');
  });

  it('GIVEN compounds that only look like a trigger WHEN discovered THEN they are left alone', () => {
    const found = spans('所有权归国家。我们不得不加班。', 'zh');
    expect(found.some((s) => s.startsWith('所有→'))).toBe(false);
    expect(found.some((s) => s.startsWith('不得→'))).toBe(false);
  });

  it('GIVEN a copy WHEN rendered from a codeword THEN only site spans change', () => {
    const text = '目前，各单位应当加强管理。';
    const template = compileTemplate(text, discoverSites(text, 'zh'));
    const copy = renderCopy(
      template,
      template.sites.map(() => 1),
    );
    expect(copy).toBe('当前,各单位应该强化管理。');
  });
});
