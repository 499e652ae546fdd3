import { useI18n } from '../../i18n/i18n.ts';
import { courseTitle, type CourseCatalog } from './course-title.ts';

/**
 * A course's title in a table cell. While the catalogue loads the cell says so; if it failed the
 * cell says the title is unavailable (the page shows the error, with a retry, once above the
 * table), so a reader never mistakes an id for a course name.
 */
export function CourseName({ catalog, moduleId }: { catalog: CourseCatalog; moduleId: string }) {
  const { t } = useI18n();
  const title = courseTitle(catalog, moduleId);
  switch (title.state) {
    case 'ready':
      return <>{title.title}</>;
    case 'loading':
      return (
        <span className="hint" data-testid="course-title-loading">
          {t('training.titleLoading')}
        </span>
      );
    case 'error':
      return (
        <span className="hint" data-testid="course-title-unavailable">
          {t('training.titleUnavailable')}
        </span>
      );
    case 'retired':
      return <span className="hint">{t('training.courseRetired')}</span>;
  }
}
