import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';

interface Overdue {
  items: unknown[];
}

/** Overdue travel debriefs and training, as counts with a link to the list behind each. */
export function OverdueCards() {
  const { t, number } = useI18n();
  const debriefs = useApiGet<Overdue>('/api/reports/overdue');
  const training = useApiGet<Overdue>('/api/training/overdue');
  return (
    <div className="cards">
      <div className="card">
        <div className="label">{t('overview.overdueDebriefs')}</div>
        <AsyncView value={debriefs}>{(d) => <div className="value">{number(d.items.length)}</div>}</AsyncView>
      </div>
      <div className="card">
        <div className="label">{t('overview.overdueTraining')}</div>
        <AsyncView value={training}>{(d) => <div className="value">{number(d.items.length)}</div>}</AsyncView>
      </div>
    </div>
  );
}
