import { describe, expect, it } from 'vitest';
import { validateDraft, type ReportDraft } from './report-kinds.ts';

const travel: ReportDraft = { kind: 'travel', date: '2026-03-02', until: '2026-03-09', country: 'Singapore', counterparty: '', note: 'conference', details: {} };

describe('validateDraft', () => {
  it('accepts a complete travel pre-registration', () => {
    expect(validateDraft(travel)).toEqual({});
  });

  it('names every missing field of a travel report at once', () => {
    expect(validateDraft({ ...travel, date: '', until: '', country: ' ' })).toEqual({ date: 'required', until: 'required', country: 'required' });
  });

  it('refuses a return before the departure', () => {
    expect(validateDraft({ ...travel, until: '2026-03-01' }), 'return day precedes departure').toEqual({ until: 'order' });
  });

  it('asks a foreign contact report for the person met', () => {
    expect(validateDraft({ ...travel, kind: 'contact', until: undefined, counterparty: '' })).toEqual({ counterparty: 'required' });
  });

  it('asks a financial disclosure for a positive amount, not for a country', () => {
    const draft: ReportDraft = { kind: 'financial', date: '2026-01-15', country: '', counterparty: 'Bank of Example', note: '', details: { amount: '0' } };
    expect(validateDraft(draft)).toEqual({ amount: 'amount' });
    expect(validateDraft({ ...draft, details: { amount: '25000' } })).toEqual({});
  });
});
