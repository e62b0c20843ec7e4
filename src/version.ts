/**
 * Which rules and parameter values produced a result: short hashes of the rule files this build
 * screens with, and of the seeded parameters with the staff values layered on them. Printed on the
 * resident's results and kept with every saved case (src/api/cases.ts). WebCrypto only (Workers too).
 */
import { programFiles } from '../rules/index.js';
import { parameterFiles } from '../seeds/index.js';
import { sha256Hex } from './auth/crypto.js';
import type { ParameterOverride } from './params/parameters.js';

/** Characters of a version hash kept (64 bits of SHA-256: tells versions apart, stays readable). */
const VERSION_CHARS = 16;

let rules: Promise<string> | undefined;
/** A hash of the rule files this build screens with. */
export function rulesVersion(): Promise<string> {
  rules ??= sha256Hex(JSON.stringify(programFiles)).then((h) => h.slice(0, VERSION_CHARS));
  return rules;
}

let seeds: Promise<string> | undefined;
/** A hash of the seeded parameters and the staff values layered on them. */
export async function parametersVersion(overrides: readonly ParameterOverride[]): Promise<string> {
  seeds ??= sha256Hex(JSON.stringify(parameterFiles));
  const staff = overrides.map((o) => [o.id, o.from, o.value]);
  return (await sha256Hex(`${await seeds}/${JSON.stringify(staff)}`)).slice(0, VERSION_CHARS);
}
