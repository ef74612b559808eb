import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What the page's entry imports statically, file by file, from the sources (no build): the start-up
 * JavaScript the bench's "Initial JS" counts from the build (bench/README.md). Type-only imports are left
 * out, as the compiler drops them; import() is the way out of the start-up graph.
 */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(entry)];
  const resolveSpecifier = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null; // packages: counted by the bench, not here
    const base = resolve(dirname(from), specifier);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
    return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file)) ?? null;
  };
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const named = clause?.namedBindings;
        const typeOnly =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (!clause.name &&
              named !== undefined &&
              ts.isNamedImports(named) &&
              named.elements.length > 0 &&
              named.elements.every((e) => e.isTypeOnly)));
        if (!typeOnly) specifier = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        specifier = statement.moduleSpecifier;
      }
      if (specifier && ts.isStringLiteral(specifier)) {
        const target = resolveSpecifier(file, specifier.text);
        if (target) stack.push(target);
      }
    }
  }
  return new Set([...seen].map((file) => relative(process.cwd(), file)));
}

describe('start-up JavaScript (issue 18: initial JS ≤ 120 kB gzip)', () => {
  const startup = staticGraph('src/app/main.tsx');

  it('reaches the app itself (the walk follows imports)', () => {
    for (const file of ['src/ui/App.tsx', 'src/content/index.ts', 'src/ui/TourStudyArea.tsx'])
      expect(startup.has(file), file).toBe(true);
  });

  it('leaves the student facts, the study cards, the search engine (with the synonyms) and the 3D scene to chunks loaded on demand', () => {
    const lazy = [...startup].filter(
      (file) =>
        file.startsWith('src/content/facts/') ||
        file.startsWith('src/content/synonyms/') ||
        file.startsWith('src/scene/') ||
        [
          'src/ui/AnatomyFacts.tsx',
          'src/ui/StudyCards.tsx',
          'src/ui/QuizPanel.tsx',
          'src/ui/TourPanel.tsx',
          'src/ui/LabelsOverlay.tsx',
          'src/study/quiz.ts',
          'src/study/quizSession.ts',
          'src/study/tourController.ts',
          'src/study/tourSteps.ts',
          'src/study/strings.ts',
          'src/anatomy/searchStructures.ts',
          'src/anatomy/searchTerms.ts',
        ].includes(file),
    );
    expect(lazy).toEqual([]);
  });

  it("leaves the structures' plain descriptions to a chunk loaded after the first frame or on a selection", () => {
    expect(startup.has('src/ui/StructureInfo.tsx')).toBe(true);
    expect([...startup].filter((file) => file.startsWith('src/content/descriptions/'))).toEqual([]);
  });
});
