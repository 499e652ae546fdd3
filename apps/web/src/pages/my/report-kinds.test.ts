import { describe, expect, it } from 'vitest';
import { emptyDraft, reportRequest, validateDraft, type ReportDraft } from './report-kinds.ts';

const travel: ReportDraft = {
  ...emptyDraft('travel'),
  date: '2026-03-02',
  until: '2026-03-09',
  country: 'Singapore',
  note: 'conference',
};

describe('validateDraft', () => {
  it('accepts a complete travel pre-registration and files it as the server expects', () => {
    expect(validateDraft(travel)).toEqual({});
    expect(reportRequest(travel)).toEqual({
      path: '/api/personnel/travel',
      body: {
        country: 'Singapore',
        departOn: '2026-03-02',
        returnOn: '2026-03-09',
        purpose: 'conference',
      },
    });
  });

  it('names every missing field of a travel report at once', () => {
    expect(validateDraft(emptyDraft('travel'))).toEqual({
      date: 'required',
      until: 'required',
      country: 'required',
      note: 'required',
    });
  });

  it('refuses a return before the departure', () => {
    expect(
      validateDraft({ ...travel, until: '2026-03-01' }),
      'return day precedes departure',
    ).toEqual({ until: 'order' });
  });

  it('asks a foreign contact report for the person met', () => {
    expect(
      validateDraft({ ...emptyDraft('contact'), date: '2026-02-01', country: 'Freedonia' }),
    ).toEqual({ counterparty: 'required' });
  });

  it('asks a relative abroad for a well-formed e-mail address', () => {
    const family: ReportDraft = {
      ...emptyDraft('family'),
      country: 'Freedonia',
      counterparty: 'Li Wei',
      relationship: 'cousin',
      email: 'li.wei@',
    };
    expect(validateDraft(family)).toEqual({ email: 'email' });
    expect(reportRequest({ ...family, email: 'li.wei@example.org' }).body).toEqual({
      country: 'Freedonia',
      relativeName: 'Li Wei',
      relativeEmail: 'li.wei@example.org',
      relationship: 'cousin',
    });
  });

  it('asks a financial disclosure for a category, takes the amount as optional, and no country', () => {
    const draft: ReportDraft = { ...emptyDraft('financial'), date: '2026-01-15', amount: '-5' };
    expect(validateDraft(draft)).toEqual({ category: 'required', amount: 'amount' });
    const ok: ReportDraft = { ...draft, category: 'debt', amount: '25000' };
    expect(validateDraft(ok)).toEqual({});
    expect(reportRequest(ok).body).toEqual({
      date: '2026-01-15',
      category: 'debt',
      amount: 25000,
      note: '',
    });
    expect(
      reportRequest({ ...ok, amount: '' }).body,
      'no amount given, none sent',
    ).not.toHaveProperty('amount');
  });
});
