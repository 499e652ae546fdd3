import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../codes/index.ts';
import { compileTemplate, discoverSites } from '../marking/index.ts';
import { generatePolicyDocument } from '../samples/index.ts';
import { createCopyLayouter, variantTextOf, type VariantText } from './copy-layout.ts';
import type { Lang } from './lang.ts';
import { layoutDocument } from './line-breaker.ts';

const variantTextFrom = (source: string, lang: Lang): VariantText => {
  const template = compileTemplate(source, discoverSites(source, lang));
  return {
    literals: template.literals,
    variants: template.sites.map((site) => site.variants),
    original: template.sites.map((site) => site.original),
  };
};

const randomSymbols = (text: VariantText, rng: SeededRandom): number[] =>
  text.variants.map((variants) => rng.nextUint32() % variants.length);

describe('copy layout from a pre-tokenized template', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`GIVEN a marked ${lang} document WHEN copies are laid out THEN each layout is the one of its text`, () => {
      const text = variantTextFrom(generatePolicyDocument(lang, 1200, 8), lang);
      const layouter = createCopyLayouter(text, lang);
      expect(layouter.fast, 'the template qualifies for the fast path').toBe(true);
      const rng = new SeededRandom(`copy-layout-${lang}`);
      for (let copy = 0; copy < 20; copy += 1) {
        const symbols = randomSymbols(text, rng);
        expect(layouter.layout(symbols), `copy ${copy}`).toEqual(
          layoutDocument(variantTextOf(text, symbols), lang),
        );
      }
    });
  }

  it('GIVEN variants that would change the Markdown structure WHEN laid out THEN copies are laid out from their text', () => {
    // "5. Visitors" is a list item, "Five. Visitors" a paragraph; "*" is emphasis syntax.
    const cases: VariantText[] = [
      {
        literals: ['Intro line.\n\n', '. Visitors are escorted at all times.'],
        variants: [['5', 'Five']],
        original: [0],
      },
      {
        literals: ['The rule ', ' applies to everyone.'],
        variants: [['*always*', 'always']],
        original: [0],
      },
    ];
    for (const text of cases) {
      const layouter = createCopyLayouter(text, 'en');
      expect(layouter.fast, JSON.stringify(text.variants)).toBe(false);
      for (const symbols of [[0], [1]]) {
        expect(layouter.layout(symbols)).toEqual(
          layoutDocument(variantTextOf(text, symbols), 'en'),
        );
      }
    }
  });

  it('GIVEN two spans inside one word and spans opening paragraphs WHEN laid out THEN the layouts match', () => {
    const text: VariantText = {
      literals: ['# Policy ', '\n\n', ' staff must ', '', ' the form, then ', '.\n'],
      variants: [
        ['A', 'B'],
        ['All', 'Every'],
        ['re', 'pre'],
        ['view', 'check'],
        ['leave', 'exit'],
      ],
      original: [0, 0, 0, 0, 0],
    };
    const layouter = createCopyLayouter(text, 'en');
    expect(layouter.fast).toBe(true);
    for (const symbols of [
      [0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1],
      [0, 1, 1, 0, 1],
      [1, 0, 0, 1, 0],
    ]) {
      expect(layouter.layout(symbols), symbols.join('')).toEqual(
        layoutDocument(variantTextOf(text, symbols), 'en'),
      );
    }
  });
});
