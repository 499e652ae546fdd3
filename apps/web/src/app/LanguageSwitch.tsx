import { LOCALES, useI18n, type Locale } from '../i18n/i18n.ts';

const NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language-switch">
      <span>{t('shell.language')}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as Locale)}
        data-testid="language"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
