import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The command, `newsfacts/queue` and `newsfacts/html` import the library from the built `./index.js`
 * (`./index.cjs` in CommonJS) beside them instead of bundling a second copy of it (the
 * package would ship the library twice), and the command loads the queue from `./queue.js`
 * and the highlighted view from `./render.js`.
 */
const libraryExternal: Plugin = {
  name: 'library-external',
  setup(build) {
    const index = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\.\.\/extract\.js$/ }, () => ({ path: index, external: true }));
    build.onResolve({ filter: /^\.\.\/queue\/index\.js$/ }, () => ({ path: './queue.js', external: true }));
    build.onResolve({ filter: /^\.\.\/render\/index\.js$/ }, () => ({ path: './render.js', external: true }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', eval: 'src/eval/index.ts', render: 'src/render/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // newsfacts/queue and newsfacts/html: subpaths of their own, so BullMQ and the DOM
    // implementation stay out of the core bundle; both load the library from ./index.js.
    entry: { queue: 'src/queue/index.ts', html: 'src/html/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [libraryExternal],
  },
  {
    // The command and its pool worker, which loads the library from the same ./index.js.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [libraryExternal],
  },
]);
