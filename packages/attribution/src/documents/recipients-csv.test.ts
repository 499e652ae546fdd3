import { describe, expect, it } from 'vitest';
import { isVigilError } from '@vigil/core';
import { parseRecipientsCsv } from './recipients-csv.ts';
import { detectLanguage } from './language.ts';

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isVigilError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('recipients CSV', () => {
  it('GIVEN a valid file WHEN parsed THEN returns the recipients in order', () => {
    const csv =
      'id,name,email,department\nr1,"Doe, Jane",jane@agency.gov,Legal\nr2,Li Wei,li@agency.gov,\n';
    expect(parseRecipientsCsv(csv, 'r.csv')).toEqual([
      { id: 'r1', name: 'Doe, Jane', email: 'jane@agency.gov', department: 'Legal' },
      { id: 'r2', name: 'Li Wei', email: 'li@agency.gov', department: '' },
    ]);
  });

  it('GIVEN a missing column WHEN parsed THEN the error names the file, line 1 and the column', () => {
    const e = errorOf(() => parseRecipientsCsv('id,name,department\nr1,A,B\n', 'people.csv'));
    expect(e.code).toBe('recipients.missing_column');
    expect(e.message).toContain('people.csv line 1');
    expect(e.message).toContain('"email"');
  });

  it('GIVEN an empty or invalid field WHEN parsed THEN the error names file, line and field', () => {
    const e = errorOf(() =>
      parseRecipientsCsv('id,name,email,department\nr1,A,a@x.gov,D\nr2,,b@x.gov,D\n', 'people.csv'),
    );
    expect(e.code).toBe('recipients.invalid_field');
    expect(e.message).toMatch(/people\.csv line 3: field "name"/);
    const bad = errorOf(() =>
      parseRecipientsCsv('id,name,email,department\n../etc,A,not-an-email,D\n', 'p.csv'),
    );
    expect(bad.message).toMatch(/line 2: field "(id|email)"/);
  });

  it('GIVEN a repeated id WHEN parsed THEN the error points to both lines', () => {
    const e = errorOf(() =>
      parseRecipientsCsv('id,name,email,department\nr1,A,a@x.gov,D\nr1,B,b@x.gov,D\n', 'p.csv'),
    );
    expect(e.code).toBe('recipients.duplicate_id');
    expect(e.message).toContain('line 3');
    expect(e.message).toContain('line 2');
  });

  it('GIVEN a ragged row WHEN parsed THEN it is reported with its line', () => {
    const e = errorOf(() =>
      parseRecipientsCsv('id,name,email,department\nr1,A,a@x.gov\n', 'p.csv'),
    );
    expect(e.code).toBe('recipients.bad_csv');
    expect(e.message).toContain('p.csv');
  });
});

describe('language detection', () => {
  it('tells English from Simplified Chinese', () => {
    expect(detectLanguage('All staff shall complete the briefing.')).toBe('en');
    expect(detectLanguage('全体工作人员必须完成年度保密教育培训。Annex A')).toBe('zh');
  });
});
