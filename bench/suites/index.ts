import type { Suite } from '../types.js';
import { casingSuite } from './casing.js';
import { claimsDevSuite } from './claims-dev.js';
import { cliSuite } from './cli.js';
import { corpusSuite } from './corpus.js';
import { devgoldSuite } from './devgold.js';
import { meantimeSuite } from './meantime.js';
import { muc4Suite } from './muc4.js';
import { packageSuite } from './package.js';
import { polnearSuite } from './polnear.js';
import { publicationSuite } from './publication.js';
import { robustSuite } from './robust.js';
import { speedSuite } from './speed.js';
import { wikieventsSuite } from './wikievents.js';

/** Every suite, in the order `npm run bench` runs them. Add a suite by adding one line. */
export const suites: readonly Suite[] = [
  corpusSuite,
  polnearSuite,
  devgoldSuite,
  meantimeSuite,
  publicationSuite,
  wikieventsSuite,
  claimsDevSuite,
  muc4Suite,
  casingSuite,
  speedSuite,
  robustSuite,
  cliSuite,
  packageSuite,
];
