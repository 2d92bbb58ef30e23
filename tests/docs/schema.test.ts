import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// docs/guides/schema.md is written by hand; this keeps it from drifting away from src/types.ts.
const source = ts.createSourceFile(
  'types.ts',
  readFileSync(join(root, 'src', 'types.ts'), 'utf8'),
  ts.ScriptTarget.Latest,
  true,
);
const schema = readFileSync(join(root, 'docs', 'guides', 'schema.md'), 'utf8');

const interfaces = new Map<string, string[]>();
const unions = new Map<string, string[]>();
for (const node of source.statements) {
  if (ts.isInterfaceDeclaration(node)) {
    interfaces.set(
      node.name.text,
      node.members.filter(ts.isPropertySignature).map((m) => (m.name as ts.Identifier).text),
    );
  } else if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
    const literals = node.type.types
      .filter(ts.isLiteralTypeNode)
      .map((t) => t.literal)
      .filter(ts.isStringLiteral)
      .map((l) => l.text);
    if (literals.length > 0) unions.set(node.name.text, literals);
  }
}

/** The text under a `## Name` or `### Name` heading, up to the next heading. */
function section(name: string): string | null {
  const m = new RegExp(`^#{2,3} ${name}\\n([\\s\\S]*?)(?=^#{1,3} |(?![\\s\\S]))`, 'm').exec(schema);
  return m === null ? null : m[1]!;
}

describe('docs/guides/schema.md', () => {
  it('finds the public types to check', () => {
    expect([...interfaces.keys()]).toEqual(expect.arrayContaining(['Extraction', 'Quote', 'CasualtyFigure', 'Count']));
    expect(unions.get('ClaimStatus')).toEqual(['claimed', 'hedged', 'denied', 'attributed', 'unclaimed']);
  });

  it('has a section for every output interface listing each of its fields', () => {
    for (const [name, fields] of interfaces) {
      const text = section(name);
      expect(text, `no section "## ${name}" or "### ${name}"`).not.toBeNull();
      for (const f of fields) expect(text, `${name}.${f} is not described`).toContain(`\`${f}\``);
    }
  });

  it('names every value of every string union', () => {
    for (const [name, values] of unions) {
      for (const v of values) expect(schema, `${name} value '${v}' is not named`).toMatch(new RegExp(`['\`]${v}['\`]`));
    }
  });
});
