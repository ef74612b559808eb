import { expect, test } from './support/test';
import { openScene } from './support/scene';

// Committed reference images of the scene (tests/e2e/__screenshots__), compared with a tolerance for the
// small noise of software rendering. Regenerate after a deliberate change to the model or the looks:
//   npx vite build && node scripts/run-e2e.mjs tests/e2e/visual.spec.ts --update-snapshots
const VIEWS = [
  { name: 'start', search: '' },
  { name: 'rectus-femoris-right', search: '?structure=rectus_femoris&side=right' },
  { name: 'iliotibial-band-left', search: '?structure=iliotibial_band&side=left' },
  { name: 'sciatic-nerve-right', search: '?structure=sciatic_nerve&side=right' },
  // Issue 21: the views a new user is shown first.
  { name: 'psoas-major-right', search: '?structure=psoas_major&side=right' },
  { name: 'low-back-right-reverse', search: '?region=low_back&side=right' },
  { name: 'spanish-student', search: '?structure=rectus_femoris&side=right&lang=es&mode=student' },
];

test.describe('reference images of the scene', () => {
  for (const view of VIEWS) {
    test(view.name, async ({ page }) => {
      await openScene(page, view.search);
      await expect(page.getByTestId('scene')).toHaveScreenshot(`${view.name}.png`, {
        animations: 'disabled',
        mask: [page.locator('.scene-toolbar'), page.locator('.legend')],
      });
    });
  }
});
