/**
 * The shared suites of the resident API (test/suites/screenings.ts) and of signing in and out
 * (test/suites/auth.ts), inside workerd on D1. One file, one database: neither suite counts rows
 * the other writes.
 */
import { signInSuite } from '../suites/auth.js';
import { screeningSuite } from '../suites/screenings.js';
import { workerdApp } from './harness.js';

const t = workerdApp();
screeningSuite(t);
signInSuite(t);
