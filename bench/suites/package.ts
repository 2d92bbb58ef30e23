import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Suite } from '../types.js';

/**
 * How a browser app bundles newsfacts (the same flags .ci/browser.sh uses for
 * the headless-Chromium test): the ESM build, everything bundled, minified.
 */
export const BROWSER_BUILD = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  metafile: true,
  logLevel: 'warning',
} as const;

interface PackJson {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Which package a bundled input file belongs to. */
function owner(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m === null ? 'newsfacts' : m[1]!;
}

/** The package as users get it: the npm tarball, and a browser bundle of the ESM build. */
export const packageSuite: Suite = {
  id: 'package',
  task: 'package',
  description: 'size of the npm tarball and of a minified browser bundle (esbuild, gzip)',
  async run(ctx) {
    // npm is a .cmd script on Windows, which only a shell can start.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const shell = process.platform === 'win32';
    execFileSync(npm, ['run', '--silent', 'build'], { cwd: ctx.root, shell, stdio: ['ignore', 'ignore', 'inherit'] });
    const tmp = mkdtempSync(join(tmpdir(), 'newsfacts-pack-'));
    try {
      // The build just ran, so skip prepack; --json describes the tarball.
      const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
        cwd: ctx.root,
        shell,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const pack = (JSON.parse(out) as PackJson[])[0]!;
      const tarball = statSync(join(tmp, pack.filename)).size;

      const result = await build({
        ...BROWSER_BUILD,
        entryPoints: [join(ctx.root, 'dist', 'index.js')],
        outfile: 'newsfacts.js',
      });
      const code = result.outputFiles[0]!.contents;
      const gzip = gzipSync(code, { level: 9 }).length;
      const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      const byOwner = new Map<string, number>();
      for (const o of Object.values(result.metafile.outputs)) {
        for (const [file, v] of Object.entries(o.inputs)) {
          byOwner.set(owner(file), (byOwner.get(owner(file)) ?? 0) + v.bytesInOutput);
        }
      }
      const parts = [...byOwner.entries()].sort((a, b) => b[1] - a[1]);
      const share = (n: number): string => `${((n / code.length) * 100).toFixed(1)} %`;

      const metrics: Record<string, number> = {
        tarballBytes: tarball,
        unpackedBytes: pack.unpackedSize,
        files: pack.entryCount,
        'browser.minifiedBytes': code.length,
        'browser.gzipBytes': gzip,
        'browser.brotliBytes': brotli,
      };
      for (const [name, n] of parts) metrics[`browser.bytes.${name}`] = n;
      return {
        tables: [
          {
            title: 'npm tarball (npm pack)',
            columns: ['file', 'bytes'],
            rows: [
              ...pack.files.map((f) => [f.path, f.size]),
              ['total unpacked', pack.unpackedSize],
              [`${pack.filename} (gzip)`, tarball],
            ],
            notes: [`${pack.entryCount} files; tarball ${kb(tarball)} KB, unpacked ${kb(pack.unpackedSize)} KB.`],
          },
          {
            title: 'Browser bundle (esbuild of dist/index.js: platform browser, ESM, minified)',
            columns: ['part', 'minified bytes', 'share'],
            rows: [
              ...parts.map(([name, n]) => [name, n, share(n)]),
              ['whole bundle', code.length, '100 %'],
              ['whole bundle, gzip -9', gzip, ''],
              ['whole bundle, brotli 11', brotli, ''],
            ],
            notes: [
              'Dependencies are bundled as a browser app would ship them; wink-nlp and its model are CommonJS and bundle as is.',
              'Tree-shaking keeps only what the code reaches: a dependency an extractor does not call yet is absent.',
            ],
          },
        ],
        summary: [
          `npm tarball ${kb(tarball)} KB (${kb(pack.unpackedSize)} KB unpacked, ${pack.entryCount} files); browser bundle ${kb(
            code.length,
          )} KB minified, ${kb(gzip)} KB gzip (the wink model is ${share(
            byOwner.get('wink-eng-lite-web-model') ?? 0,
          )} of the minified bytes).`,
        ],
        metrics,
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
