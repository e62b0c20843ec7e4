/** The shared suite of parameter values through the window (test/suites/parameters.ts), inside workerd on D1. */
import { parametersSuite } from '../suites/parameters.js';
import { workerdApp } from './harness.js';

parametersSuite(workerdApp());
