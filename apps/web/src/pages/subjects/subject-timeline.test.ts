import { describe, expect, it } from 'vitest';
import { recordSpan, timelineSeries, type SubjectTimeline } from './subject-timeline.ts';

const timeline = (over: Partial<SubjectTimeline>): SubjectTimeline => ({
  pseudonym: 'P-AAAA2222',
  days: [],
  records: [],
  ...over,
});
const day = (d: string, events: number, anomalous = false) => ({
  day: d,
  events,
  score: anomalous ? 5 : 0.1,
  anomalous,
  reasons: anomalous ? ['USB copy after hours'] : [],
});

describe('timelineSeries', () => {
  it('puts every calendar day on the axis, quiet ones at zero, so a trip without activity has its place', () => {
    // GIVEN activity before and after a trip, and no logged activity during it
    const series = timelineSeries(
      timeline({
        days: [day('2026-03-01', 40), day('2026-03-06', 90, true)],
        records: [
          {
            id: 'r',
            kind: 'foreign_travel',
            date: '2026-03-02',
            until: '2026-03-04',
            country: 'Freedonia',
            summary: 'foreign travel — Freedonia',
          },
        ],
      }),
    );
    // THEN the days between are there at zero, and the anomalous day keeps its reasons
    expect(series.map((d) => [d.day, d.events])).toEqual([
      ['2026-03-01', 40],
      ['2026-03-02', 0],
      ['2026-03-03', 0],
      ['2026-03-04', 0],
      ['2026-03-05', 0],
      ['2026-03-06', 90],
    ]);
    expect(series[5]).toMatchObject({ anomalous: true, reasons: ['USB copy after hours'] });
  });

  it('stretches the axis to records beyond the activity, up to two years back', () => {
    const series = timelineSeries(
      timeline({
        days: [day('2026-03-01', 1)],
        records: [
          {
            id: 'old',
            kind: 'financial_distress',
            date: '2020-01-01',
            until: null,
            country: null,
            summary: '',
          },
          {
            id: 'new',
            kind: 'foreign_travel',
            date: '2026-03-03',
            until: '2026-03-05',
            country: 'Freedonia',
            summary: '',
          },
        ],
      }),
    );
    expect(series.at(-1)!.day).toBe('2026-03-05');
    expect(series.length).toBe(731);
    expect(
      recordSpan(
        {
          id: 'old',
          kind: 'financial_distress',
          date: '2020-01-01',
          until: null,
          country: null,
          summary: '',
        },
        series,
      ),
    ).toBeNull();
    expect(
      recordSpan(
        {
          id: 'new',
          kind: 'foreign_travel',
          date: '2026-03-03',
          until: '2026-03-05',
          country: null,
          summary: '',
        },
        series,
      ),
    ).toEqual({
      from: '2026-03-03',
      to: '2026-03-05',
    });
  });

  it('is empty for a subject with nothing on record', () => {
    expect(timelineSeries(timeline({}))).toEqual([]);
  });
});
