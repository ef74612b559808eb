import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layering of shared/design/ARCHITECTURE.md (the README's "Layout" table): each folder of src may import
// only the folders listed for it, so imports point down. Below, the table becomes rules.
export const LAYERS = {
  lib: [],
  content: ['lib'],
  anatomy: ['lib', 'content'],
  model: ['lib', 'content'],
  state: ['lib', 'content', 'anatomy'],
  study: ['lib', 'content', 'anatomy', 'state'],
  // The GLB's node kinds are the one contract between the generator and the scene (types only).
  scene: ['lib', 'content', 'anatomy', 'state', 'study', 'model/types'],
  ui: ['lib', 'content', 'anatomy', 'state', 'study'],
  embed: ['lib', 'content', 'anatomy', 'state', 'study', 'ui', 'scene'],
  app: ['lib', 'content', 'anatomy', 'model', 'state', 'study', 'scene', 'ui', 'embed'],
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The regular expressions of the relative import paths a file in `layer` must not use: every other layer,
 * except those it may import (a `layer/file` entry allows that one file of the layer).
 */
function forbiddenImports(layer) {
  const allowed = LAYERS[layer];
  return Object.keys(LAYERS)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => {
      const files = allowed
        .filter((entry) => entry.startsWith(`${other}/`))
        .map((e) => e.slice(other.length + 1));
      const except = files.length > 0 ? `(?!(${files.map(escape).join('|')})$)` : '';
      return { layer: other, regex: `^(\\.\\./)+${escape(other)}(/${except}|$)` };
    });
}

const layeringMessage = (from, to) =>
  `Layering (README › Layout, eslint.config.js): src/${from} may not import src/${to}; imports point down.`;

/** One rule set per folder of src: static imports, re-exports and import() alike must point down. */
const layering = Object.keys(LAYERS).map((layer) => {
  const forbidden = forbiddenImports(layer);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map(({ layer: to, regex }) => ({ regex, message: layeringMessage(layer, to) })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...forbidden.map(({ layer: to, regex }) => ({
          selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
          message: layeringMessage(layer, to),
        })),
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'docs'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // three.js objects are mutable by design: R3F scenes change materials, uniforms and renderer settings
    // in effects and frames instead of re-rendering React (https://r3f.docs.pmnd.rs/advanced/pitfalls).
    files: ['src/scene/**/*.{ts,tsx}'],
    rules: { 'react-hooks/immutability': 'off' },
  },
  ...layering,
  {
    // zod only where run-time input arrives (the embed's postMessage protocol). The static content is
    // validated by the tests, so the app neither ships zod nor parses at start (bench/README.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/content/schema.ts',
      'src/content/validate.ts',
      'src/content/*Schema.ts',
      'src/embed/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', allowTypeImports: true, message: 'Validate static data in a test.' }],
          patterns: [
            {
              group: ['**/schema', '**/validate', '**/*Schema'],
              allowTypeImports: true,
              message: 'Import types only: a value import ships zod (use content/vocabulary for lists).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
);
