/**
 * Password hashing with PBKDF2 through WebCrypto (crypto.subtle: Node 20 and Workers), stored as
 * `pbkdf2-<hash>$<iterations>$<salt b64>$<hash b64>` so the cost can rise later without breaking
 * stored hashes: verification reads the algorithm and the count from the stored string.
 *
 * OWASP's 2023 figures are 210,000 iterations for PBKDF2-HMAC-SHA-512 and 600,000 for SHA-256; we
 * use SHA-512 at 210,000 (the same cost on 64-bit CPUs as SHA-256 at 210,000). Cloudflare Workers
 * refuses more than 100,000 iterations in production (workerd issue 1346): the Worker hashes with
 * WORKERS_ITERATIONS, the most it allows.
 */
import { base64, constantTimeEqual, fromBase64, randomBytes } from './crypto.js';

/** OWASP Password Storage Cheat Sheet (2023), PBKDF2-HMAC-SHA-512. */
export const PASSWORD_ITERATIONS = 210_000;
/** The ceiling of PBKDF2 iterations on Cloudflare Workers. */
export const WORKERS_ITERATIONS = 100_000;
/** Per-user salt, 16 bytes (128 bits, NIST SP 800-132's minimum). */
export const SALT_BYTES = 16;
/** Derived key length: the hash's own output, 512 bits. */
const KEY_BITS = 512;
const ALGORITHM = 'pbkdf2-sha512';
const HASHES: Record<string, { name: string; bits: number }> = {
  'pbkdf2-sha512': { name: 'SHA-512', bits: KEY_BITS },
  'pbkdf2-sha256': { name: 'SHA-256', bits: 256 },
};
/** The most iterations a stored hash may ask for: a crafted row cannot make verification hang. */
const MAX_ITERATIONS = 10_000_000;
/** Passwords shorter than this are refused (the admin command and the accounts API). */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer passwords are refused: PBKDF2 hashes the whole input, a megabyte would cost CPU. */
export const MAX_PASSWORD_LENGTH = 200;

const encoder = new TextEncoder();

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, hash: string, bits: number) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash, salt, iterations }, key, bits));
}

export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { name, bits } = HASHES[ALGORITHM];
  const hash = await derive(password, salt, iterations, name, bits);
  return `${ALGORITHM}$${iterations}$${base64(salt)}$${base64(hash)}`;
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, count, salt, hash] = stored.split('$');
  const spec = HASHES[algorithm];
  const iterations = Number(count);
  if (!spec || !Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS || !salt || !hash) {
    return false;
  }
  let expected: Uint8Array;
  let saltBytes: Uint8Array<ArrayBuffer>;
  try {
    expected = fromBase64(hash);
    saltBytes = fromBase64(salt);
  } catch {
    return false;
  }
  const actual = await derive(password, saltBytes, iterations, spec.name, spec.bits);
  return constantTimeEqual(actual, expected);
}

/**
 * A hash to verify against when the username is unknown, so that the answer takes as long as for a
 * known one and timing does not tell which usernames exist. Made once per iteration count.
 */
const dummies = new Map<number, Promise<string>>();
export function dummyHash(iterations = PASSWORD_ITERATIONS): Promise<string> {
  let d = dummies.get(iterations);
  if (!d) {
    d = hashPassword(base64(randomBytes(SALT_BYTES)), iterations);
    dummies.set(iterations, d);
  }
  return d;
}
