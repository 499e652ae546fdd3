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
const summary = (error: unknown, i18n = en) => describeApiError(error, i18n).summary;

describe('describeApiError', () => {
  it('explains known codes in words, not codes, and adds no server text to them', () => {
    const bad = apiErrorFrom(401, {
      error: { code: 'auth.bad_credentials', message: 'bad credentials' },
    });
    expect(describeApiError(bad, en)).toEqual({
      summary: 'The username or password is wrong.',
      problems: [],
      detail: null,
    });
    expect(summary(new ApiError(0, 'network', 'fetch failed'))).toMatch(/cannot be reached/);
  });

  it('reads a route the server lacks as a feature not available yet', () => {
    const error = apiErrorFrom(404, {
      error: { code: 'route.not_found', message: 'no route GET /api/campaigns' },
    });
    expect(error.isMissingFeature).toBe(true);
    expect(summary(error)).toBe('This feature is not available yet on this Vigil server.');
  });

  it('puts each rejected field in the reader’s language, from the kind of problem the server names', () => {
    // GIVEN a 400 as the server answers it (apps/server/src/http/validation-problem.ts)
    const error = apiErrorFrom(400, {
      error: {
        code: 'request.invalid',
        message: 'invalid request body: …',
        details: {
          problems: [
            { field: 'country', message: 'Invalid input', code: 'invalid_type', kind: 'required' },
            { field: 'returnOn', message: 'expected a date YYYY-MM-DD', kind: 'invalid_date' },
            { field: 'returnOn', message: 'not a real calendar date', kind: 'invalid_date' },
            { field: 'purpose', message: 'Too big', kind: 'too_long', limit: 2000 },
            { field: 'relativeEmail', message: 'is not an e-mail address', kind: 'invalid_email' },
            { field: 'amount', message: 'Too small', kind: 'too_small', limit: 0 },
            { field: 'accountIds.2', message: 'Too big', kind: 'too_long', limit: 100 },
          ],
        },
      },
    });
    // THEN the English reader gets one sentence per field, with the form's own labels
    expect(describeApiError(error, en)).toEqual({
      summary: 'Some fields were not accepted:',
      problems: [
        { text: 'Country: this is required.', detail: null },
        { text: 'Return: enter a real date (YYYY-MM-DD).', detail: null },
        { text: 'Purpose of the trip: write at most 2,000 characters.', detail: null },
        {
          text: "Relative's e-mail address: enter an e-mail address such as name@example.org.",
          detail: null,
        },
        { text: 'Amount: must be at least 0.', detail: null },
        { text: 'People, item 3: write at most 100 characters.', detail: null },
      ],
      detail: null,
    });
    // AND the Chinese reader the same in Chinese, with no English left in it
    const chinese = describeApiError(error, zh);
    expect(chinese.summary).toBe('部分字段未被接受：');
    expect(chinese.problems.map((p) => p.text)).toEqual([
      '国家或地区：此项为必填。',
      '返回日期：请输入有效日期（YYYY-MM-DD）。',
      '出行目的：最多 2,000 个字符。',
      '亲属电子邮箱：请输入电子邮件地址，例如 name@example.org。',
      '金额：不能小于 0。',
      '人员第 3 项：最多 100 个字符。',
    ]);
  });

  it("keeps the server's sentence as a detail where its kind alone does not say what to fix", () => {
    const error = apiErrorFrom(400, {
      error: {
        code: 'request.invalid',
        message: 'invalid',
        details: {
          problems: [
            { field: 'returnOn', message: 'returnOn is before departOn', kind: 'invalid' },
            { field: 'pseudonym', message: 'expected P-ABCD2345', kind: 'invalid_format' },
            // A server older than `kind`
            { field: 'note', message: 'is odd' },
          ],
        },
      },
    });
    expect(describeApiError(error, zh).problems).toEqual([
      { text: '返回日期：此值未被接受。', detail: 'returnOn is before departOn' },
      { text: '化名：格式不正确。', detail: 'expected P-ABCD2345' },
      { text: '备注：此值未被接受。', detail: 'is odd' },
    ]);
  });

  it('falls back on a translated sentence by status for codes it does not know, the server text only as a detail', () => {
    const unknown = apiErrorFrom(400, {
      error: { code: 'training.answer_count', message: 'the quiz has 5 questions; you sent 4' },
    });
    expect(describeApiError(unknown, zh)).toEqual({
      summary: '服务器未接受此请求。请检查填写的内容后重试。',
      problems: [],
      detail: 'the quiz has 5 questions; you sent 4',
    });
    expect(
      summary(apiErrorFrom(429, { error: { code: 'x.slow', message: 'slow down' } }), zh),
    ).toBe('请求过于频繁。请稍候再试。');
    const gone = apiErrorFrom(404, {
      error: { code: 'campaign.not_found', message: 'no campaign x' },
    });
    expect(describeApiError(gone, en)).toMatchObject({
      summary: expect.stringMatching(/does not exist, or no longer does/),
      detail: 'no campaign x',
    });
    const raced = apiErrorFrom(409, { error: { code: 'x.changed', message: 'changed' } });
    expect(summary(raced, zh)).toBe('其他人刚刚修改了此内容。请刷新页面后重试。');
    const refused = apiErrorFrom(403, { error: { code: 'x.refused', message: 'no' } });
    expect(summary(refused)).toBe('Your role does not allow this action.');
  });

  it('hides the internals of a 5xx and of a page that was not the API', () => {
    const bug = apiErrorFrom(500, { error: { code: 'x.bug', message: 'TypeError at line 3' } });
    expect(describeApiError(bug, en)).toMatchObject({ detail: null });
    expect(summary(bug)).toMatch(/ran into a problem/);
    expect(describeApiError(apiErrorFrom(502, '<html>bad gateway</html>'), en)).toMatchObject({
      summary: expect.stringMatching(/ran into a problem/),
      detail: null,
    });
  });

  it('explains the failures a page meets in ordinary use, in both languages', () => {
    const closed = apiErrorFrom(409, {
      error: {
        code: 'case.closed',
        message: 'case c-1 is closed; reopen it (status "investigating")',
      },
    });
    expect(summary(closed)).toBe(
      'This case is closed. An investigator must reopen it before anything is added.',
    );
    expect(summary(closed, zh)).toBe('此案件已结案。须由调查员重新开启后才能添加内容。');
    const wrongCode = apiErrorFrom(404, {
      error: { code: 'tip.unknown_code', message: 'no tip has this follow-up code' },
    });
    expect(summary(wrongCode)).toMatch(/No tip has this code/);
  });

  it('reads a database outage as a wait, not as a bug', () => {
    const outage = apiErrorFrom(503, {
      error: {
        code: 'store.unavailable',
        message: 'the application store (PostgreSQL) cannot be reached',
      },
    });
    expect(summary(outage)).toMatch(/Wait a few seconds and try again/);
    expect(summary(outage, zh)).toMatch(/请稍等几秒后重试/);
  });
});
