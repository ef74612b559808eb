import { readdirSync, statSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { LAYERS } from '../../eslint.config.js';

const eslint = new ESLint();

/** The layering messages ESLint gives a file of this path and text, with the rule that gave each. */
async function layeringErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.message.includes('Layering'))
    .map((m) => `${m.ruleId}: ${m.message.replace(/^.*Layering/, 'Layering')}`);
}

describe('the layering rule (eslint) that npm test runs', () => {
  it('knows every folder of src, so a new folder must take its place in the table', () => {
    const folders = readdirSync('src').filter((name) => statSync(`src/${name}`).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(LAYERS as Record<string, string[]>).sort());
  });

  it('fails an import that points up, naming the rule and both layers', async () => {
    expect(
      await layeringErrors('src/state/wrong.ts', "import { App } from '../ui/App';\nexport const a = App;\n"),
    ).toEqual([
      expect.stringMatching(/^no-restricted-imports: Layering .*src\/state may not import src\/ui/),
    ]);
    expect(
      await layeringErrors(
        'src/content/connections/wrong.ts',
        "export { useExplorer } from '../../state/store';\n",
      ),
    ).toEqual([expect.stringMatching(/src\/content may not import src\/state/)]);
  });

  it('catches import() as well: the UI gets the canvas from the app, never from scene', async () => {
    expect(
      await layeringErrors(
        'src/ui/wrong.ts',
        "export const load = () => import('../scene/ExplorerCanvas');\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: Layering .*src\/ui may not import src\/scene/)]);
  });

  it("lets the scene import the model's node kinds (types) and nothing else of the model", async () => {
    const code = "import type { MeshKind } from '../model/types';\nexport type K = MeshKind;\n";
    expect(await layeringErrors('src/scene/right.ts', code)).toEqual([]);
    expect(
      await layeringErrors('src/scene/wrong.ts', "export { LANDMARKS } from '../model/landmarks';\n"),
    ).toEqual([expect.stringMatching(/src\/scene may not import src\/model/)]);
  });

  it('allows what points down', async () => {
    const code = "import { useExplorer } from '../state/store';\nexport const s = useExplorer;\n";
    expect(await layeringErrors('src/ui/right.ts', code)).toEqual([]);
    expect(await layeringErrors('src/app/right.ts', "export { App } from '../ui/App';\n")).toEqual([]);
  });
});
