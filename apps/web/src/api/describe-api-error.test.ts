import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n.ts';
import { ApiError, apiErrorFrom } from './api-error.ts';
import { describeApiError } from './describe-api-error.ts';

const reader = (locale: 'en' | 'zh-CN') => ({
  t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars),
});
const en = reader('en');
const zh = reader('zh-CN');

describe('describeApiError', () => {
  it('explains known codes in words, not codes', () => {
    expect(
      describeApiError(
        apiErrorFrom(401, { error: { code: 'auth.bad_credentials', message: 'bad credentials' } }),
        en,
      ),
    ).toBe('The username or password is wrong.');
    expect(describeApiError(new ApiError(0, 'network', 'fetch failed'), en)).toMatch(
      /cannot be reached/,
    );
  });

  it('reads a route the server lacks as a feature not available yet', () => {
    const error = apiErrorFrom(404, {
      error: { code: 'route.not_found', message: 'no route GET /api/campaigns' },
    });
    expect(error.isMissingFeature).toBe(true);
    expect(describeApiError(error, en)).toBe(
      'This feature is not available yet on this Vigil server.',
    );
  });

  it('names each field a validation failure rejected', () => {
    const error = apiErrorFrom(400, {
      error: {
        code: 'request.invalid',
        message: 'invalid',
        details: { problems: [{ field: 'returnOn', message: 'returnOn is before departOn' }] },
      },
    });
    expect(describeApiError(error, en)).toBe(
      'The server did not accept some fields: returnOn: returnOn is before departOn',
    );
  });

  it("keeps the server's own sentence for 4xx codes it does not know, and hides internals of a 500", () => {
    const unknown = apiErrorFrom(400, {
      error: { code: 'training.answer_count', message: 'the quiz has 5 questions; you sent 4' },
    });
    expect(describeApiError(unknown, en)).toBe('the quiz has 5 questions; you sent 4');
    // A Chinese reader is told the detail is the server's, in English.
    expect(describeApiError(unknown, zh)).toBe(
      '服务器未接受此请求（原文为英文）：the quiz has 5 questions; you sent 4',
    );
    expect(describeApiError(apiErrorFrom(502, '<html>bad gateway</html>'), en)).toMatch(
      /ran into a problem/,
    );
  });

  it('explains the failures a page meets in ordinary use, in both languages', () => {
    const closed = apiErrorFrom(409, {
      error: {
        code: 'case.closed',
        message: 'case c-1 is closed; reopen it (status "investigating")',
      },
    });
    expect(describeApiError(closed, en)).toBe(
      'This case is closed. An investigator must reopen it before anything is added.',
    );
    expect(describeApiError(closed, zh)).toBe('此案件已结案。须由调查员重新开启后才能添加内容。');
    const wrongCode = apiErrorFrom(404, {
      error: { code: 'tip.unknown_code', message: 'no tip has this follow-up code' },
    });
    expect(describeApiError(wrongCode, en)).toMatch(/No tip has this code/);
  });

  it('reads a database outage as a wait, not as a bug', () => {
    const outage = apiErrorFrom(503, {
      error: {
        code: 'store.unavailable',
        message: 'the application store (PostgreSQL) cannot be reached',
      },
    });
    expect(describeApiError(outage, en)).toMatch(/Wait a few seconds and try again/);
    expect(describeApiError(outage, zh)).toMatch(/请稍等几秒后重试/);
  });

  it('falls back on the kind of failure for codes it has no sentence for', () => {
    const gone = apiErrorFrom(404, {
      error: { code: 'campaign.not_found', message: 'no campaign x' },
    });
    expect(describeApiError(gone, en)).toMatch(/does not exist, or no longer does/);
    const raced = apiErrorFrom(409, { error: { code: 'x.changed', message: 'changed' } });
    expect(describeApiError(raced, zh)).toBe('其他人刚刚修改了此内容。请刷新页面后重试。');
    const refused = apiErrorFrom(403, { error: { code: 'x.refused', message: 'no' } });
    expect(describeApiError(refused, en)).toBe('Your role does not allow this action.');
  });
});
