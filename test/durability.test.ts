/** Runs test/durability.ts: kill -9 under load loses no acknowledged case and corrupts nothing. */
import { describe, expect, it } from 'vitest';
import { CLIENTS, runDurability } from './durability.js';

/** Build, two server starts and the load, on a busy machine. */
const TIMEOUT_MS = 300_000;

describe('durability', () => {
  it(
    `keeps every case acknowledged to ${CLIENTS} concurrent clients when the server is killed mid-load`,
    async () => {
      const result = await runDurability();
      console.log(
        `durability: ${result.acknowledged.length} acknowledged, ${result.stored} stored, other answers ${JSON.stringify(result.others)}`,
      );
      expect(result.acknowledged.length).toBeGreaterThan(0);
      expect(result.missing).toEqual([]);
      expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged.length);
      expect(result.integrity).toBe('ok');
      expect(result.served).toBe(true);
    },
    TIMEOUT_MS,
  );
});
