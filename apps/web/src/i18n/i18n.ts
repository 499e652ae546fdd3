import { createContext, useContext } from 'react';
import { en, type MessageKey } from './messages-en.ts';
import { zh } from './messages-zh.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers go through the locale's number format. */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  const template = CATALOGS[locale][key];
  const numbers = new Intl.NumberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Everything a page needs to speak the reader's language: words, dates and numbers. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  /** A calendar day `YYYY-MM-DD` (no time zone shift: it is a day, not an instant). */
  day(isoDay: string): string;
  /** An instant, in the reader's time zone. */
  dateTime(iso: string): string;
  number(n: number, digits?: number): string;
}

export function makeI18n(locale: Locale, setLocale: (l: Locale) => void): I18n {
  const dayFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    locale,
    setLocale,
    t: (key, vars) => translate(locale, key, vars),
    day: (isoDay) => {
      const d = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? isoDay : dayFormat.format(d);
    },
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
    },
    number: (n, digits) =>
      new Intl.NumberFormat(
        locale,
        digits === undefined
          ? {}
          : { minimumFractionDigits: digits, maximumFractionDigits: digits },
      ).format(n),
  };
}

/** The reader's first choice among the languages Vigil speaks (a stored choice wins). */
export function preferredLocale(stored: string | null, languages: readonly string[]): Locale {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  for (const lang of languages) {
    if (lang.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (lang.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export const I18nContext = createContext<I18n>(makeI18n('en', () => {}));
export const useI18n = (): I18n => useContext(I18nContext);
