import { describe, expect, it } from 'vitest';
import { VigilError } from '@vigil/core';
import { storeUnavailableError } from '@vigil/store';
import { errorResponse } from './http-errors.ts';

describe('errorResponse', () => {
  it('answers an unreachable store with 503, Retry-After, and the cause only in the log', () => {
    const log: string[] = [];
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), {
      code: 'ECONNREFUSED',
    });
    const { status, headers, body } = errorResponse(storeUnavailableError(cause), (m) =>
      log.push(m),
    );
    expect(status).toBe(503);
    expect(headers).toEqual({ 'retry-after': '5' });
    expect(body.error.code).toBe('store.unavailable');
    expect(JSON.stringify(body), 'no database address leaves the server').not.toContain('10.1.2.3');
    expect(log.join('\n'), 'the operator sees what failed').toContain('ECONNREFUSED 10.1.2.3');
  });

  it('gives other 503s a default Retry-After and no other status one', () => {
    expect(
      errorResponse(new VigilError('x.down', 'unavailable', 'down'), () => {}).headers,
    ).toEqual({ 'retry-after': '5' });
    expect(errorResponse(new VigilError('x.bad', 'input', 'bad'), () => {}).headers).toEqual({});
    expect(errorResponse(new Error('bug'), () => {}).status).toBe(500);
  });
});
