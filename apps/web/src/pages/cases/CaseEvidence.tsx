import { useState, type FormEvent } from 'react';
import {
  EVIDENCE_KINDS,
  type CaseDetail,
  type Evidence,
  type EvidenceKind,
} from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

export function CaseEvidence({
  current,
  mayAdd,
  onAdded,
}: {
  current: CaseDetail;
  mayAdd: boolean;
  onAdded(): void;
}) {
  const { t, dateTime } = useI18n();
  const api = useApiClient();
  const [kind, setKind] = useState<EvidenceKind>('document');
  const [ref, setRef] = useState('');
  const [note, setNote] = useState('');
  const add = useApiAction(() =>
    api.post<Evidence>(`/api/cases/${current.id}/evidence`, {
      kind,
      ref: ref.trim(),
      note: note.trim(),
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run()) {
      setRef('');
      setNote('');
      onAdded();
    }
  }
  return (
    <div className="panel">
      <h2>{t('cases.evidence')}</h2>
      {current.evidence.length === 0 ? (
        <p>{t('cases.noEvidence')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cases.evidenceKind')}</th>
              <th scope="col">{t('cases.evidenceRef')}</th>
              <th scope="col">{t('cases.evidenceNote')}</th>
              <th scope="col">{t('cases.added')}</th>
            </tr>
          </thead>
          <tbody>
            {current.evidence.map((e) => (
              <tr key={e.id} data-testid="evidence-row">
                <td>{t(`evidence.kind.${e.kind}`)}</td>
                <td className="pseudonym">{e.ref}</td>
                <td>{e.note}</td>
                <td>{dateTime(e.addedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayAdd && (
        <form onSubmit={(e) => void submit(e)} aria-busy={add.pending}>
          <h3>{t('cases.addEvidence')}</h3>
          <div className="form-grid">
            <Field label={t('cases.evidenceKind')}>
              <select value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
                {EVIDENCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`evidence.kind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('cases.evidenceRef')} hint={t('cases.evidenceRefHint')}>
              <input
                value={ref}
                onChange={(e) => setRef(e.target.value)}
                required
                maxLength={500}
              />
            </Field>
          </div>
          <Field label={t('cases.evidenceNote')}>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
          </Field>
          <ErrorNotice error={add.error} />
          <button type="submit" disabled={add.pending || ref.trim() === ''}>
            {add.pending ? t('common.working') : t('cases.addEvidence')}
          </button>
        </form>
      )}
    </div>
  );
}
