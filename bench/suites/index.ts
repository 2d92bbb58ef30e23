import type { Suite } from '../types.js';
import { casingSuite } from './casing.js';
import { claimsDevSuite } from './claims-dev.js';
import { corpusSuite } from './corpus.js';
import { meantimeSuite } from './meantime.js';
import { packageSuite } from './package.js';
import { polnearSuite } from './polnear.js';
import { robustSuite } from './robust.js';
import { speedSuite } from './speed.js';
import { wikieventsSuite } from './wikievents.js';

/** Every suite, in the order `npm run bench` runs them. Add a suite by adding one line. */
export const suites: readonly Suite[] = [
  corpusSuite,
  polnearSuite,
  meantimeSuite,
  wikieventsSuite,
  claimsDevSuite,
  casingSuite,
  speedSuite,
  robustSuite,
  packageSuite,
];
