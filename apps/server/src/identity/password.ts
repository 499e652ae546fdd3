import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt (Percival 2009) is memory-hard: each guess costs 128·N·r bytes of RAM, which is what
 * makes GPU and ASIC cracking of a stolen table expensive. N = 2^17, r = 8, p = 1 (128 MiB) is
 * OWASP's first recommended scrypt setting. Parameters are stored with the hash so they can
 * be raised later without invalidating existing passwords.
 */
export const DEFAULT_SCRYPT_LOG2N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: 256 * n * r * p },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** `log2N` below 17 is for tests only (VIGIL_SCRYPT_LOG2N); the stored hash records it. */
export async function hashPassword(
  password: string,
  log2N = DEFAULT_SCRYPT_LOG2N,
): Promise<string> {
  const N = 2 ** log2N;
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: checked against when the username does not exist, so timing does not reveal which accounts exist. */
const decoys = new Map<number, Promise<string>>();
export function decoyHash(log2N = DEFAULT_SCRYPT_LOG2N): Promise<string> {
  let decoy = decoys.get(log2N);
  if (!decoy) decoys.set(log2N, (decoy = hashPassword(randomBytes(16).toString('hex'), log2N)));
  return decoy;
}
