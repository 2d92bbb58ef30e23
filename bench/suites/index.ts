import type { Suite } from '../types.js';
import { claimsDevSuite } from './claims-dev.js';
import { corpusSuite } from './corpus.js';

/** Every suite, in the order `npm run bench` runs them. Add a suite by adding one line. */
export const suites: readonly Suite[] = [corpusSuite, claimsDevSuite];
