// @ts-check
/**
 * A TypeDoc plugin: puts every export of newsfacts in a category of the API
 * site (Extract, Results, Document, Command line, Render, Evaluation) from
 * docs/tools/categories.json, unless its doc comment names one with
 * `@category`, and orders each category's exports as that file does (the
 * order of the categories is typedoc.json's categoryOrder). Keeping the map in
 * one file keeps the source comments free of site layout. An export in no
 * category is a validation warning, which typedoc.json turns into an error.
 */
import { readFileSync } from 'node:fs';
import { Application, Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import { KINDS } from './typedoc-require-example.mjs';

const map = JSON.parse(readFileSync(new URL('./categories.json', import.meta.url), 'utf8'));
/** @type {Map<string, string>} */
const categoryOf = new Map();
for (const [category, names] of Object.entries(map)) {
  if (category.startsWith('$')) continue;
  for (const name of names) categoryOf.set(name, category);
}

/** @param {import('typedoc').Comment | undefined} comment */
const hasCategory = (comment) => comment?.blockTags.some((t) => t.tag === '@category') ?? false;

/** @param {Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const refl of context.project.getReflectionsByKind(KINDS)) {
        if (refl.parent === undefined || !refl.parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) continue;
        const signatures = 'signatures' in refl && Array.isArray(refl.signatures) ? refl.signatures : [];
        if (hasCategory(refl.comment) || signatures.some((s) => hasCategory(s.comment))) continue;
        const category = categoryOf.get(refl.name);
        if (category === undefined) {
          app.logger.validationWarning(
            `${refl.getFriendlyFullName()} is in no category: add it to docs/tools/categories.json or tag it @category`,
          );
          continue;
        }
        refl.comment ??= new Comment();
        refl.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
      }
    },
    100,
  );
  // Within a category, the order of categories.json (`extract` before the single extractors),
  // after TypeDoc's own categorising (priority -200) has sorted them.
  const rank = (/** @type {import('typedoc').Reflection} */ r) => {
    const names = map[categoryOf.get(r.name) ?? ''] ?? [];
    const i = names.indexOf(r.name);
    return i < 0 ? names.length : i;
  };
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const refl of [context.project, ...context.project.getReflectionsByKind(ReflectionKind.Module)]) {
        if (!('categories' in refl) || !Array.isArray(refl.categories)) continue;
        for (const category of refl.categories) category.children.sort((a, b) => rank(a) - rank(b));
      }
    },
    -300,
  );
}
