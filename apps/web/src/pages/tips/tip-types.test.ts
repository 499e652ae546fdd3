import { describe, expect, it } from 'vitest';
import { normalizeTipCode } from './tip-types.ts';

describe('normalizeTipCode', () => {
  it('restores the dashes and capitals a reader left out', () => {
    expect(normalizeTipCode('abcd efgh jklm npqr stuv')).toBe('ABCD-EFGH-JKLM-NPQR-STUV');
    expect(normalizeTipCode(' ABCD-EFGH-JKLM-NPQR-STUV ')).toBe('ABCD-EFGH-JKLM-NPQR-STUV');
  });
  it('leaves a code of the wrong length for the server to reject with its own message', () => {
    expect(normalizeTipCode('abc-def')).toBe('ABC-DEF');
  });
});
