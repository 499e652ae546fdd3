import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n.ts';
import { ApiError, apiErrorFrom } from './api-error.ts';
import { describeApiError } from './describe-api-error.ts';

const en = {
  t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate('en', key, vars),
};

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

  it("keeps the server's own sentence for codes it does not know, and hides internals of a 500", () => {
    expect(
      describeApiError(
        apiErrorFrom(409, {
          error: { code: 'case.closed', message: 'case c-1 is closed; reopen it first' },
        }),
        en,
      ),
    ).toBe('case c-1 is closed; reopen it first');
    expect(describeApiError(apiErrorFrom(502, '<html>bad gateway</html>'), en)).toMatch(
      /ran into a problem/,
    );
  });
});
