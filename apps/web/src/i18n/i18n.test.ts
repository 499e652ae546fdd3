import { describe, expect, it } from 'vitest';
import { makeI18n, preferredLocale, translate } from './i18n.ts';
import { en } from './messages-en.ts';
import { zh } from './messages-zh.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('translate every English message with the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zh[key], `zh has ${key}`).toBeTruthy();
      expect(placeholders(zh[key]), `placeholders of ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('leave no English sentence untranslated in Chinese', () => {
    // Messages that are only placeholders, codes or punctuation may match; prose may not.
    const same = (Object.keys(en) as Array<keyof typeof en>).filter(
      (k) => zh[k] === en[k] && /[a-z]{3}/.test(en[k]),
    );
    expect(same).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'alerts.count', { from: 1, to: 25, total: 1234 })).toBe(
      'Alerts 1–25 of 1,234, highest score first.',
    );
    expect(translate('zh-CN', 'training.progress', { done: 2, total: 5 })).toBe(
      '已完成 2 / 5 门课程',
    );
  });
});

describe('makeI18n', () => {
  it('formats a calendar day without shifting it across time zones', () => {
    expect(makeI18n('en', () => {}).day('2026-03-01')).toBe('Mar 1, 2026');
    expect(makeI18n('zh-CN', () => {}).day('2026-03-01')).toBe('2026年3月1日');
  });
  it('formats numbers with fixed digits when asked', () => {
    expect(makeI18n('en', () => {}).number(7.4, 2)).toBe('7.40');
  });
});

describe('preferredLocale', () => {
  it('prefers a stored choice, then the first language the browser names that Vigil speaks', () => {
    expect(preferredLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(preferredLocale(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(preferredLocale(null, ['de-DE'])).toBe('en');
  });
});
