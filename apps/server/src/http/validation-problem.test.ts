import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createAccountBody } from '../routes/accounts/schema.ts';
import { familyBody, financialBody, travelBody } from '../routes/personnel/schema.ts';
import { createDocumentBody, decisionBody, distributeBody } from '../routes/registry/schema.ts';
import { errorResponse, validationError } from './http-errors.ts';

/** What the API answers when `input` fails `schema`, as a client reads it. */
function problemsFor(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to fail');
  const { status, body } = errorResponse(
    validationError('body', parsed.error, { schema, input }),
    () => {},
  );
  expect(status).toBe(400);
  expect(body.error.code).toBe('request.invalid');
  return (body.error.details as { problems: unknown[] }).problems;
}

describe('validation problems', () => {
  it('tell a field left out from one of the wrong type, and name the date fields as dates', () => {
    // GIVEN a trip with no country, a departure that is no calendar day and a return that is not a date
    const problems = problemsFor(travelBody, {
      departOn: '2026-02-30',
      returnOn: 'next week',
      purpose: 42,
    });
    // THEN each field says what is wrong with it, in a kind a client can translate
    expect(problems).toEqual([
      expect.objectContaining({ field: 'country', kind: 'required', code: 'invalid_type' }),
      expect.objectContaining({ field: 'departOn', kind: 'invalid_date', code: 'custom' }),
      // zod goes on checking after the pattern fails: two issues, one kind
      expect.objectContaining({ field: 'returnOn', kind: 'invalid_date', code: 'invalid_format' }),
      expect.objectContaining({ field: 'returnOn', kind: 'invalid_date', code: 'custom' }),
      expect.objectContaining({ field: 'purpose', kind: 'wrong_type' }),
    ]);
    // AND the server's English sentence stays beside it, unchanged
    expect(problems[1]).toMatchObject({ message: 'not a real calendar date' });
    // AND a rule of the whole body about a field left out reads as that field being required
    expect(problemsFor(decisionBody, { approve: true })).toEqual([
      expect.objectContaining({ field: 'expiresOn', kind: 'required', code: 'custom' }),
    ]);
  });

  it('give the bound of a field that is too short, too long, too few or out of range', () => {
    expect(
      problemsFor(createDocumentBody, {
        title: 'ab',
        classification: 'SECRET',
        owner: 'x'.repeat(201),
        body: 'short',
        compartments: ['lower'],
      }),
    ).toEqual([
      expect.objectContaining({ field: 'title', kind: 'too_short', limit: 3 }),
      expect.objectContaining({ field: 'compartments.0', kind: 'invalid_format' }),
      expect.objectContaining({ field: 'owner', kind: 'too_long', limit: 200 }),
      expect.objectContaining({ field: 'body', kind: 'too_short', limit: 20 }),
    ]);
    expect(problemsFor(distributeBody, { accountIds: [] })).toEqual([
      expect.objectContaining({ field: 'accountIds', kind: 'too_few', limit: 1 }),
    ]);
    expect(
      problemsFor(financialBody, { date: '2026-01-02', category: 'debt', amount: -5 }),
    ).toEqual([expect.objectContaining({ field: 'amount', kind: 'too_small', limit: 0 })]);
  });

  it('name an e-mail address and a choice outside the list, with the accepted values', () => {
    expect(
      problemsFor(familyBody, {
        country: 'Freedonia',
        relativeName: 'Ann',
        relativeEmail: 'ann at home',
        relationship: 'sister',
      }),
    ).toEqual([expect.objectContaining({ field: 'relativeEmail', kind: 'invalid_email' })]);
    const [role] = problemsFor(createAccountBody, {
      username: 'someone',
      displayName: 'Some One',
      role: 'king',
      password: 'a long enough password',
    });
    expect(role).toMatchObject({ field: 'role', kind: 'invalid_choice' });
    expect((role as { values: string[] }).values).toContain('analyst');
  });

  it('read an empty text as required, since `.min(1)` means "not empty"', () => {
    expect(problemsFor(createAccountBody, { username: 'someone', displayName: '  ' })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'displayName', kind: 'required' }),
        expect.objectContaining({ field: 'role', kind: 'required' }),
      ]),
    );
  });
});
