import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The command imports the library from the built `./index.js` beside it instead of
 * bundling a second copy of it (the package would ship the library twice).
 */
const libraryExternal: Plugin = {
  name: 'library-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/extract\.js$/ }, () => ({ path: './index.js', external: true }));
  },
};

export default defineConfig([
  {
    // `newsfacts/html` is its own entry, so the core bundle carries no DOM implementation.
    entry: { index: 'src/index.ts', html: 'src/html/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [libraryExternal],
  },
]);
