import { useI18n } from '../i18n/i18n.ts';

/** Shown during every network wait; screen readers hear it through the live region. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
