import type { ReportKind } from '../my/report-kinds.ts';

/** What the subject timeline route answers: a day series and the personnel records beside it. */
export interface SubjectTimeline {
  pseudonym: string;
  days: Array<{
    day: string;
    events: number;
    score: number;
    anomalous: boolean;
    reasons: string[];
  }>;
  records: Array<{
    id: string;
    kind: ReportKind;
    date: string;
    until: string | null;
    summary: string;
  }>;
}
