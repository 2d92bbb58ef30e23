/**
 * Builds the command as tsup builds it (the real tsup.config.ts, ESM only, no
 * declarations) into `.tmp/<name>/`, so tests spawn the bundle users get —
 * `cli.js` loading the library from `./index.js` and the pool worker from
 * `./cli-worker.js` — without needing `npm run build` first.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Options } from 'tsup';

export async function buildCli(root: string, name: string): Promise<string> {
  const outDir = join(root, '.tmp', name);
  rmSync(outDir, { recursive: true, force: true });
  const configs = (await import('../../tsup.config.js')).default as unknown as Options[];
  for (const c of configs) {
    await build({ ...c, outDir, format: ['esm'], dts: false, clean: false, silent: true, config: false });
  }
  return outDir;
}
