/** The cases suite (test/suites/cases.ts) on Node: the app on better-sqlite3. */
import { afterAll } from 'vitest';
import { casesSuite } from './suites/cases.js';
import { windowApp } from './window-helpers.js';

const t = windowApp();
afterAll(() => t.store.close());

casesSuite(t);
