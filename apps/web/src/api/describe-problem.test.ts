import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '@vigil/server';
import { translate } from '../i18n/i18n.ts';
import { describeProblem, fieldLabel } from './describe-problem.ts';
import { FIELD_LABELS } from './field-labels.ts';

const reader = (locale: 'en' | 'zh-CN') => ({
  t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars),
});

describe('field labels', () => {
  it('name every body and query field of every route, so no problem shows a bare field name', () => {
    const fields = new Set<string>();
    for (const route of ALL_ROUTES)
      for (const schema of [route.body, route.query, route.params]) {
        const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
        for (const name of Object.keys(shape ?? {})) fields.add(name);
      }
    expect(fields.size).toBeGreaterThan(30);
    expect([...fields].filter((f) => !FIELD_LABELS[f])).toEqual([]);
  });

  it('read a list item and the whole request in words', () => {
    expect(fieldLabel('accountIds.0', reader('en'))).toBe('People, item 1');
    expect(fieldLabel('', reader('zh-CN'))).toBe('请求');
    expect(fieldLabel('mystery', reader('en')), 'a name not yet labelled shows as sent').toBe(
      'mystery',
    );
  });
});

describe('describeProblem', () => {
  it('says "more than" for an exclusive bound and falls back when the bound is missing', () => {
    const en = reader('en');
    expect(
      describeProblem(
        { field: 'amount', message: 'Too small', kind: 'too_small', limit: 0, inclusive: false },
        en,
      ).text,
    ).toBe('Amount: must be more than 0.');
    expect(
      describeProblem({ field: 'title', message: 'too short', kind: 'too_short' }, en),
    ).toEqual({ text: 'Title: this value was not accepted.', detail: 'too short' });
  });
});
