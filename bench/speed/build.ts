import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchText } from '../data/texts.js';

/** Files the speed suite's child processes run. */
export interface SpeedBuild {
  readonly dir: string;
  readonly lib: string;
  readonly worker: string;
  readonly texts: string;
}

/**
 * Bundles the library from src/ (as tsup does: esbuild, dependencies left to
 * node_modules) and the worker into `<root>/.tmp/bench/`, and writes the texts.
 * The bundles live inside the repository so `wink-nlp` resolves from its
 * node_modules, exactly as in a user's project.
 */
export async function buildSpeed(root: string, texts: readonly BenchText[]): Promise<SpeedBuild> {
  return bundleChild(join(root, '.tmp', 'bench'), join(root, 'bench', 'speed'), texts);
}

/**
 * Bundles `<from>/lib.ts` and `<from>/worker.ts` into `dir` (esbuild, as tsup
 * does: dependencies left to node_modules) and writes the texts beside them.
 */
export async function bundleChild(dir: string, from: string, texts: readonly BenchText[]): Promise<SpeedBuild> {
  mkdirSync(dir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  } as const;
  const lib = join(dir, 'lib.mjs');
  const worker = join(dir, 'worker.mjs');
  await build({ ...common, entryPoints: [join(from, 'lib.ts')], outfile: lib });
  await build({ ...common, entryPoints: [join(from, 'worker.ts')], outfile: worker });
  const textsFile = join(dir, 'texts.json');
  writeFileSync(textsFile, JSON.stringify(texts));
  return { dir, lib, worker, texts: textsFile };
}

/** Runs the worker in a fresh `node` and returns what it printed (JSON). */
export function runWorker<T>(
  b: SpeedBuild,
  mode: string,
  args: readonly string[] = [],
  nodeFlags: readonly string[] = [],
): T {
  const out = execFileSync(process.execPath, [...nodeFlags, b.worker, mode, b.lib, b.texts, ...args], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
