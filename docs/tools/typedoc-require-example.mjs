// @ts-check
/**
 * A TypeDoc plugin: every symbol newsfacts exports must show an `@example`.
 * A missing example is a validation warning, and typedoc.json turns warnings
 * into errors, so `npm run docs` fails until the example is written.
 */
import { Application, ReflectionKind } from 'typedoc';

/** The kinds of reflection a package exports (shared with typedoc-categories.mjs). */
export const KINDS =
  ReflectionKind.Function |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Variable |
  ReflectionKind.Enum;

/** @param {import('typedoc').Comment | undefined} comment */
const hasExample = (comment) => comment?.blockTags.some((t) => t.tag === '@example') ?? false;

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const refl of project.getReflectionsByKind(KINDS)) {
      // Only what the package exports: children of the project (or of an entry-point module).
      if (refl.parent === undefined || !refl.parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) continue;
      const signatures = 'signatures' in refl && Array.isArray(refl.signatures) ? refl.signatures : [];
      if (hasExample(refl.comment) || signatures.some((s) => hasExample(s.comment))) continue;
      app.logger.validationWarning(
        `${refl.getFriendlyFullName()} (${ReflectionKind.singularString(refl.kind)}) has no @example in its TSDoc comment`,
      );
    }
  });
}
