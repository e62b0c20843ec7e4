/** The shared suite of cases: saved, found, read, re-screened, audited, exported (test/suites/cases.ts), inside workerd on D1. */
import { casesSuite } from '../suites/cases.js';
import { workerdApp } from './harness.js';

casesSuite(workerdApp());
