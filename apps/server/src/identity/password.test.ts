import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses scrypt with N = 2^17 by default and verifies only the right password', async () => {
    // GIVEN a hash at the production cost
    const stored = await hashPassword('a long enough passphrase');
    // THEN it records its parameters, and only the original password verifies
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('a long enough passphrase', stored)).toBe(true);
    expect(await verifyPassword('a long enough passphrasf', stored)).toBe(false);
    expect(
      await verifyPassword('a long enough passphrase', 'md5$whatever'),
      'unknown schemes never verify',
    ).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('same password here', 14)).not.toBe(
      await hashPassword('same password here', 14),
    );
  });
});
