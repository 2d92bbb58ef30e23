/**
 * Link check for the docs, without network: every relative link and image in
 * README.md, CHANGELOG.md, corpus/README.md and docs/**.md points at a file
 * that exists (and at a heading that exists, for `file.md#heading`); README
 * links use absolute addresses, because npmjs.com shows the README without the
 * repository's files; an absolute link to the published package
 * (`https://unpkg.com/newsfacts/…`) points at a file the package ships
 * (package.json `files`); and no file name was turned into a web address
 * (`http://README.md`). With the API site built (docs/api), every local
 * `href`/`src` of its pages resolves too. `npm run docs` runs it last.
 *
 *   tsx docs/tools/check-links.ts          check; exit 1 and list what is broken
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the README's absolute links to shipped files point: the published package on unpkg. */
export const PACKAGE_URL = /^https:\/\/unpkg\.com\/newsfacts(?:@[^/]+)?\/(.+)$/;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[`*_~]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (`## Known limits` → `known-limits`, repeats numbered). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of stripCode(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Markdown without fenced code blocks and inline code (their text is not links). */
function stripCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Every link target of a Markdown text: `[t](x)`, `![a](x)`, `[id]: x`, `href="x"`, `src="x"`. */
export function linksOf(markdown: string): string[] {
  const text = stripCode(markdown);
  const out: string[] = [];
  for (const m of text.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** The package's shipped paths (package.json `files`), as path prefixes. */
function shipped(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files?: string[] };
  return [...(pkg.files ?? []), 'package.json', 'README.md', 'LICENSE'];
}

function markdownFiles(): string[] {
  const out = ['README.md', 'CHANGELOG.md', 'corpus/README.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (path === 'docs/api') continue;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.push(path);
    }
  };
  walk('docs');
  return out;
}

/** Broken links of the Markdown docs, one line each (`file: target — why`). */
export function checkMarkdown(): string[] {
  const problems: string[] = [];
  const files = shipped();
  for (const file of markdownFiles()) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of stripCode(source).matchAll(/\bhttps?:\/\/[\w-]+\.md\b/gi)) {
      problems.push(`${file}: ${m[0]} — a file name written as a web address`);
    }
    for (const target of linksOf(source)) {
      const pkgPath = PACKAGE_URL.exec(target)?.[1];
      if (pkgPath !== undefined) {
        const path = decodeURIComponent(pkgPath.replace(/#.*$/, ''));
        if (!existsSync(join(root, path))) problems.push(`${file}: ${target} — no such file in the repository`);
        else if (!files.some((f) => path === f || path.startsWith(`${f}/`))) {
          problems.push(`${file}: ${target} — ${path} is not shipped (package.json "files")`);
        }
        continue;
      }
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // other absolute addresses: not fetched
      if (file === 'README.md') {
        problems.push(
          `README.md: ${target} — relative links break on npmjs.com; link the shipped file (https://unpkg.com/newsfacts/…)`,
        );
        continue;
      }
      const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
      const path =
        pathPart === '' ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(pathPart));
      if (!path.startsWith(root + sep) && path !== root) {
        problems.push(`${file}: ${target} — outside the repository`);
        continue;
      }
      if (!existsSync(path)) {
        problems.push(`${file}: ${target} — no such file`);
        continue;
      }
      if (anchor && path.endsWith('.md') && !anchors(readFileSync(path, 'utf8')).has(anchor)) {
        problems.push(`${file}: ${target} — no heading #${anchor} in ${relative(root, path)}`);
      }
    }
  }
  return problems;
}

/** Broken local links of the built API site (docs/api), when it is there. */
export function checkSite(): string[] {
  const site = join(root, 'docs', 'api');
  if (!existsSync(site)) return [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
          const target = m[1]!.replace(/&amp;/g, '&');
          if (/^https?:\/\/[\w-]+\.md\b/i.test(target)) {
            problems.push(`${relative(root, path)}: ${target} — a file name written as a web address`);
            continue;
          }
          if (target === '' || target.startsWith('#') || /^[a-z][a-z+.-]*:/i.test(target)) continue;
          const local = resolve(dir, decodeURIComponent(target.replace(/[#?].*$/, '')));
          if (!existsSync(local)) problems.push(`${relative(root, path)}: ${target} — no such file`);
        }
      }
    }
  };
  walk(site);
  return problems;
}

function main(): number {
  const problems = [...checkMarkdown(), ...checkSite()];
  if (problems.length > 0) {
    console.error(`broken links (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  console.log(
    `links ok: ${markdownFiles().length} Markdown files${existsSync(join(root, 'docs', 'api')) ? ' and the API site' : ''}`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
