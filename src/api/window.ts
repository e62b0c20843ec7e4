/**
 * What the staff routes share: the store, the clock, the keyed hash of ID numbers, the cores (the
 * one in force and those of earlier parameter values, to re-render a saved screening as it was).
 * The versions a saved screening records are in src/version.ts.
 */
import type { Context } from 'hono';
import { hmacHex, hmacKey, randomToken } from '../auth/crypto.js';
import { type Core, createCore } from '../core.js';
import { settingOrCreate } from '../db/settings.js';
import type { Store } from '../db/store.js';
import type { ParameterOverride } from '../params/parameters.js';

export interface CoreEntry {
  core: Core;
  overrides: ParameterOverride[];
}

export interface CoreCache {
  /** The core with the overrides in force (checked against the store's stamp). */
  get(): Promise<Core>;
  /** The same, with the overrides it was built from. */
  entry(): Promise<CoreEntry>;
  /** Forgets the stamp: the next request reads the overrides again (after this process wrote them). */
  invalidate(): void;
}

export interface WindowDeps {
  store: Store;
  now: () => number;
  /** PBKDF2 iterations of new password hashes. */
  iterations: number;
  /** The client's address for the sign-in rate limit, when the platform knows it. */
  clientAddress: (c: Context) => string | undefined;
  /** HMAC-SHA-256 of a normalised ID number, hex. */
  idHash: (idNumber: string) => Promise<string>;
  cores: CoreCache;
  /** A core for a set of staff values (a saved screening's, or a candidate value's); cached. */
  coreFor: (overrides: readonly ParameterOverride[]) => Core;
}

/** The setting that keeps the ID hash key when ID_HASH_KEY is not set. */
export const ID_HASH_SETTING = 'id_hash_key';
/** A generated ID hash key: 32 random bytes, as HMAC-SHA-256's block-sized secret. */
const GENERATED_KEY_BYTES = 32;

/** An ID number as hashed: without surrounding spaces, with an upper-case check character X. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * The keyed hash of ID numbers. The key is ID_HASH_KEY when the platform passes it (production);
 * otherwise a random key made once and kept in the settings table, so that a development database
 * stays searchable across restarts.
 */
export function idHasher(store: Store, secret?: string): (idNumber: string) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  const load = async () =>
    hmacKey(secret ?? (await settingOrCreate(store.db, ID_HASH_SETTING, () => randomToken(GENERATED_KEY_BYTES))));
  return async (idNumber) => {
    key ??= load().catch((e) => {
      key = undefined; // the database may come back: try again next time
      throw e;
    });
    return hmacHex(await key, normalizeIdNumber(idNumber));
  };
}

/** What a saved screening keeps of the staff values it used: enough to build its core again. */
export function snapshot(overrides: readonly ParameterOverride[]): ParameterOverride[] {
  return overrides.map(({ id, from, value, source }) => ({ id, from, value, source }));
}

/** How many cores of other parameter values are kept (each is about a megabyte, built in ~15 ms). */
const CORES_KEPT = 8;

export function coreMemo(): (overrides: readonly ParameterOverride[]) => Core {
  const cores = new Map<string, Core>();
  return (overrides) => {
    const key = JSON.stringify(overrides.map((o) => [o.id, o.from, o.value]));
    let core = cores.get(key);
    if (core) {
      cores.delete(key);
      cores.set(key, core); // most recently used last
      return core;
    }
    core = createCore(overrides);
    cores.set(key, core);
    if (cores.size > CORES_KEPT) cores.delete(cores.keys().next().value as string);
    return core;
  };
}
