import { expect, test } from './support/test';
import type { Page } from './support/test';
import { clickOn, colourDistance, emphasis, openScene, pagePointOn, waitForIdle } from './support/scene';

const REGION_ORANGE = [255, 122, 26];

/** The colours of a short horizontal row of the page, centred on a point. */
async function rowAt(page: Page, x: number, y: number, width = 14): Promise<number[][]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x - width / 2), y: Math.round(y), width, height: 1 },
  });
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, 1).data;
      return Array.from({ length: bitmap.width }, (_, i) => [
        data[i * 4]!,
        data[i * 4 + 1]!,
        data[i * 4 + 2]!,
      ]);
    },
    [...png],
  );
}

test.describe('two grades of evidence', () => {
  test('the scene draws the article’s spread solid and what anatomy adds striped, as the legend says', async ({
    page,
  }) => {
    await openScene(page, '?structure=l5_nerve_root&side=right');
    await expect.poll(async () => (await emphasis(page)).selected).toEqual(['l5_nerve_root_r']);
    const l5 = await emphasis(page);
    expect(l5.regions).toContain('outside_of_knee_r');
    // Every region the L5 root reaches is standard anatomy: all hatched.
    expect([...l5.hatchedRegions].sort()).toEqual([...l5.regions].sort());
    await waitForIdle(page);
    const { x, y } = await pagePointOn(page, 'back_of_thigh_r');
    const row = await rowAt(page, x, y);
    const near = row.filter((c) => colourDistance(c, REGION_ORANGE) < 90).length;
    const far = row.filter((c) => colourDistance(c, REGION_ORANGE) > 110).length;
    expect(near, `stripes of region colour in ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(2);
    expect(far, `gaps between the stripes in ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(2);

    // The rectus femoris: K2 names it and the hip and knee, so its regions are solid.
    await openScene(page, '?structure=rectus_femoris&side=right');
    await expect.poll(async () => (await emphasis(page)).selected).toEqual(['rectus_femoris_r']);
    const rf = await emphasis(page);
    expect(rf.regions.sort()).toEqual(['front_of_hip_r', 'front_of_knee_r']);
    expect(rf.hatchedRegions).toEqual([]);
    // H5 (position of the low back and sacroiliac joints) is not lit as pain.
    expect(rf.regions).not.toContain('low_back_r');

    await page.getByTestId('legend').locator('summary').click();
    await expect(page.getByTestId('legend')).toContainText('Solid: the article’s own words');
    await expect(page.getByTestId('legend-legendRegionAnatomy')).toContainText('striped');
  });

  test('the panel says what the article says and what standard anatomy adds, in words', async ({ page }) => {
    await page.goto('/?structure=l5_nerve_root&side=right');
    const info = page.getByTestId('info-structure');
    await expect(info.getByTestId('spread-anatomy')).toContainText('Right outside of the knee');
    await expect(info.getByTestId('spread-article')).toHaveCount(0);
    await expect(info.getByTestId('anatomy-adds').first()).toContainText('Standard anatomy adds');
    await expect(info).toContainText(
      'The L5 root reaches the outside of the knee through the sciatic and common fibular nerves.',
    );
    await expect(info.getByTestId('spread-outside_of_knee-right')).toHaveAttribute('data-grade', 'anatomy');

    // The rectus femoris: the article's word for hip and knee, H5 apart as position, not pain.
    await page.goto('/?structure=rectus_femoris&side=right');
    await expect(info.getByTestId('spread-article')).toContainText('Right front of the knee');
    await expect(info.getByTestId('spread-anatomy')).toHaveCount(0);
    await expect(info.getByTestId('changes-regions')).toContainText('Right low back');
    await expect(info.getByTestId('spread-low_back-right')).toHaveCount(0);
    // H5 says "hip flexors": that the rectus femoris is one is what anatomy adds, and the chips say so.
    await expect(info.getByTestId('changes-anatomy')).toContainText('Right low back');
    await expect(info.getByTestId('changes-regions')).toContainText('Standard anatomy adds');
    await expect(info.getByTestId('changes-article')).toHaveCount(0);

    // The list view marks the same grades on its region buttons.
    await expect(page.getByTestId('region-front_of_knee')).toHaveAttribute('data-grade', 'article');
    await page.goto('/?structure=l5_nerve_root&side=right');
    await expect(page.getByTestId('region-outside_of_knee')).toHaveAttribute('data-grade', 'anatomy');
    await expect(page.getByTestId('region-outside_of_knee')).toContainText('(Standard anatomy adds)');
  });

  test('"where does it hurt?" groups sources by grade and keeps position-only parts apart', async ({
    page,
  }) => {
    await page.goto('/?region=front_of_hip&side=right');
    const info = page.getByTestId('info-region');
    const article = info.getByTestId('sources-article');
    const anatomy = info.getByTestId('sources-anatomy');
    await expect(article.getByTestId('source-rectus_femoris')).toBeVisible();
    await expect(article.getByTestId('source-hip_joint')).toBeVisible();
    await expect(anatomy.getByTestId('source-psoas_major')).toBeVisible();
    await expect(article.getByTestId('source-psoas_major')).toHaveCount(0);
    // K2 is about the rectus femoris: its tendons are attachments, not sources of groin pain.
    await expect(info.getByTestId('source-patellar_ligament')).toHaveCount(0);
    await expect(info.getByTestId('source-quadriceps_tendon')).toHaveCount(0);
    await expect(info).not.toContainText(/possible sources named by the article/i);

    await page.goto('/?region=low_back&side=left');
    await expect(info.getByTestId('sources-function').getByTestId('source-sartorius')).toBeVisible();
    await expect(info.getByTestId('sources-article').getByTestId('source-sartorius')).toHaveCount(0);
    await expect(info.getByTestId('sources-anatomy').getByTestId('source-sartorius')).toHaveCount(0);
    // Among position-only sources the grade is said in words too: H5 names no muscle.
    await expect(info.getByTestId('sources-H5')).toContainText('Standard anatomy adds');
    await expect(info.getByTestId('sources-H5')).toContainText('the sartorius is one of the hip flexors');
  });
});

test.describe('red flags', () => {
  test('shown without a tap on the calf and the back of the knee, with the clot warning first', async ({
    page,
  }) => {
    for (const region of ['calf', 'back_of_knee']) {
      await page.goto(`/?region=${region}&side=left`);
      const card = page.getByTestId('info-region').getByTestId('red-flags');
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading', { name: 'When to get urgent care' })).toBeVisible();
      await expect(card.getByTestId('red-flags-clot')).toContainText(
        'Calf pain with swelling, warmth or redness can be a blood clot',
      );
      await expect(card).toContainText('saddle');
      await expect(card).toContainText('NICE NG59');
      await expect(card).toContainText('NICE NG158');
    }
  });

  test('one keyboard press away from every other result and from the disclaimer, as a modal dialog', async ({
    page,
  }) => {
    await page.goto('/?region=outside_of_knee&side=right');
    const info = page.getByTestId('info-region');
    await expect(info.getByTestId('red-flags')).toHaveCount(0);
    const open = info.getByTestId('red-flags-open');
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = info.getByTestId('red-flags-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'When to get urgent care' })).toBeVisible();
    // Focus moved into the dialog; Escape closes it and gives focus back to the button.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expect(dialog).toContainText('weakness in one or both legs that is getting worse');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();

    const footer = page.getByTestId('disclaimer').getByTestId('red-flags-open-footer');
    await footer.click();
    await expect(page.getByTestId('disclaimer').getByTestId('red-flags-dialog')).toBeVisible();
    await page.getByTestId('disclaimer').getByTestId('red-flags-close').click();
    await expect(footer).toBeFocused();
  });

  test('in Spanish', async ({ page }) => {
    await page.goto('/?lang=es&region=calf&side=right');
    const card = page.getByTestId('info-region').getByTestId('red-flags');
    await expect(card.getByRole('heading', { name: 'Cuándo buscar atención urgente' })).toBeVisible();
    await expect(card).toContainText('coágulo de sangre');
    await expect(card).toContainText('silla de montar');
    await expect(page.getByTestId('red-flags-open-footer')).toContainText('Cuándo buscar atención urgente');
  });
});

test.describe('search as people speak', () => {
  test('pain words, sides, lay terms and Spanish; nearest names when nothing matches', async ({ page }) => {
    await page.goto('/');
    const input = page.getByTestId('search-input');
    await input.fill('left knee pain');
    // Enter takes the first suggestion, which is what the query means: the knee, on the left.
    await expect(page.getByTestId('search-suggestions').getByRole('option').first()).toContainText('Knee');
    await input.press('Enter');
    await expect(page).toHaveURL(/structure=knee_joint/);
    await expect(page).toHaveURL(/side=left/);

    await input.fill('IT band syndrome');
    await expect(page.getByTestId('search-suggestions').getByRole('option').first()).toContainText(
      /IT band/i,
    );
    await input.fill('hamstrang muscel grp');
    const none = page.getByTestId('search-none');
    await expect(none).toContainText('The nearest names');
    await expect(none.getByTestId('search-nearest-biceps_femoris')).toBeVisible();
    await none.getByTestId('search-nearest-biceps_femoris').click();
    await expect(page.getByTestId('info-structure')).toContainText('biceps femoris');

    await page.goto('/?lang=es');
    await input.fill('dolor lumbar');
    await expect(page.getByTestId('search-suggestions')).toBeVisible();
    await input.press('Enter');
    await expect(page).toHaveURL(/region=low_back/);
    await expect(page.getByTestId('info-region')).toContainText('Parte baja de la espalda');
  });
});

test.describe('grades on the body in "where does it hurt?"', () => {
  // On the clinic's tablet, where the outer knee is a finger's width from the front (see scene.spec.ts).
  test.use({ viewport: { width: 1180, height: 820 } });
  test('sources drawn striped where only standard anatomy links them', async ({ page }) => {
    await openScene(page);
    await page.getByTestId('where-does-it-hurt').click();
    await waitForIdle(page);
    await clickOn(page, 'outside_of_knee_r');
    await expect.poll(async () => (await emphasis(page)).sources).toContain('iliotibial_band_r');
    const e = await emphasis(page);
    expect(e.hatchedSources).not.toContain('iliotibial_band_r');
    expect(e.hatchedSources).toContain('l5_nerve_root_r');

    // Student labels say the grade of each source they name, as the scene draws it. Marking a place
    // leaves the camera still (the next tap lands where the finger aims); "What can hurt here" frames it.
    await page.getByTestId('mark-details-outside_of_knee-right').click();
    await page.getByTestId('mode-student').click();
    await page.getByTestId('labels-toggle').click();
    const graded = page.locator('[data-testid^="label-"][data-grade]');
    await expect.poll(() => graded.count()).toBeGreaterThan(0);
    const labelled = await graded.evaluateAll((labels) =>
      labels.map((l) => ({
        name: l.getAttribute('data-testid')!.slice('label-'.length),
        grade: l.getAttribute('data-grade'),
      })),
    );
    for (const { name, grade } of labelled) {
      expect(e.sources, `${name} is labelled as a source`).toContain(name);
      expect(grade, name).toBe(e.hatchedSources.includes(name) ? 'anatomy' : 'article');
    }
  });
});
