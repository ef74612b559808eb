/**
 * The patient's visit on the clinic tablet's viewport, as a new user does it: mark the places that hurt,
 * see what could connect them, keep it across reload, language and mode.
 */
import { expect, test, type Page } from './support/test';
import { emphasis, openScene, pagePointOn, waitForIdle } from './support/scene';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

const tapOn = async (page: Page, node: string) => {
  const { x, y } = await pagePointOn(page, node);
  await page.touchscreen.tap(x, y);
};

const hurtsOf = (page: Page) => new URL(page.url()).searchParams.get('hurts');

test.describe('several places hurt: what could connect them', () => {
  test('the right side of the hip and the right outside of the knee put the IT band first, with H3 and K1', async ({
    page,
  }) => {
    await openScene(page);
    await page.getByTestId('where-does-it-hurt').tap();
    await waitForIdle(page);
    await tapOn(page, 'side_of_hip_r');
    await expect(page.getByTestId('mark-side_of_hip-right')).toBeVisible();
    // One place: what can hurt there, and a word on marking another.
    await expect(page.getByTestId('info-region')).toBeVisible();
    await waitForIdle(page);
    await tapOn(page, 'outside_of_knee_r');

    const visit = page.getByTestId('visit');
    await expect(visit.getByTestId('marked-sentence')).toHaveText(
      'On the right: side of the hip and outside of the knee.',
    );
    const first = visit.getByTestId('connectors').locator('.connector').first();
    await expect(first).toHaveAttribute('data-testid', 'connector-iliotibial_band-right');
    await expect(first.getByTestId('link-side_of_hip-right')).toHaveAttribute('data-claims', 'H3,K1');
    await expect(first.getByTestId('link-outside_of_knee-right')).toHaveAttribute('data-claims', 'K1');
    await expect(first).toContainText('Right IT band');
    await expect(first).toContainText('The article says');
    // The mechanics and gait claims that link the knee and the hip come as entries of their own.
    await expect(visit.getByTestId('connector-claim-B5-right')).toContainText(
      'A knee injury, then a limp (B5)',
    );
    await expect(
      visit.getByTestId('connector-claim-H4-right').getByTestId('link-outside_of_knee-right'),
    ).toHaveAttribute('data-effect', 'function');

    // The scene shows it: both places lit, the band lit as their source, its pathways drawn, each place
    // labelled with its side.
    await expect.poll(async () => (await emphasis(page)).sources).toContain('iliotibial_band_r');
    const lit = await emphasis(page);
    expect(lit.regions.sort()).toEqual(['outside_of_knee_r', 'side_of_hip_r']);
    expect(lit.hatchedSources).not.toContain('iliotibial_band_r');
    expect(lit.arrows).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('mark-label-side_of_hip_r')).toHaveText('Right side of the hip');
    await expect(page.getByTestId('mark-label-outside_of_knee_r')).toHaveText('Right outside of the knee');
    expect(hurtsOf(page)).toBe('side_of_hip:right,outside_of_knee:right');

    // "Why" opens the article's words with the claim ids.
    await first.locator('summary').tap();
    await expect(first.getByTestId('quote-H3')).toBeVisible();
    await expect(first.getByTestId('quote-K1')).toBeVisible();

    // A second tap takes a mark away.
    await waitForIdle(page);
    await tapOn(page, 'side_of_hip_r');
    await expect(page.getByTestId('mark-side_of_hip-right')).toHaveCount(0);
    expect(hurtsOf(page)).toBe('outside_of_knee:right');
  });

  test('survives a reload, a change of language and of mode; Spanish throughout', async ({ page }) => {
    await openScene(page, '?hurts=side_of_hip:right,outside_of_knee:right');
    await page.reload();
    await expect(page.getByTestId('connector-iliotibial_band-right')).toHaveAttribute('data-rank', '1');
    await page.getByTestId('lang-es').tap();
    await page.getByTestId('mode-student').tap();
    await expect(page).toHaveURL(/lang=es/);
    await expect(page).toHaveURL(/mode=student/);
    expect(hurtsOf(page)).toBe('side_of_hip:right,outside_of_knee:right');
    const visit = page.getByTestId('visit');
    await expect(visit.getByTestId('marked-sentence')).toContainText('Del lado derecho');
    await expect(visit.getByRole('heading', { name: 'Qué podría unirlos' })).toBeVisible();
    await expect(page.getByTestId('connector-iliotibial_band-right')).toContainText('Tracto iliotibial');
    await expect(page.getByTestId('mark-label-side_of_hip_r')).toContainText('(lado derecho)');
    await page.reload();
    await expect(page.getByTestId('connector-iliotibial_band-right')).toHaveAttribute('data-rank', '1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('a right hip and a left knee: the sides in words, never merged; marked from the list by keyboard', async ({
    page,
  }) => {
    await page.goto('/');
    const list = page.getByTestId('list-regions');
    await page.getByRole('radio', { name: 'Right' }).check();
    await list.getByTestId('region-side_of_hip').focus();
    await page.keyboard.press('Enter');
    await expect(list.getByTestId('region-side_of_hip')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('radio', { name: 'Left' }).check();
    await expect(list.getByTestId('region-side_of_hip')).toHaveAttribute('aria-pressed', 'false');
    await list.getByTestId('region-outside_of_knee').focus();
    await page.keyboard.press('Space');
    await expect(list.getByTestId('region-outside_of_knee')).toHaveAttribute('aria-pressed', 'true');
    await expect(list.getByTestId('region-outside_of_knee')).toContainText('Left');

    const visit = page.getByTestId('visit');
    await expect(visit.getByTestId('marked-sentence')).toHaveText(
      'On the right: side of the hip. On the left: outside of the knee.',
    );
    // A band, muscle or nerve of one side never reaches the other side's knee.
    const entries = await visit
      .locator('.connector')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(
      entries.filter((id) => /-(left|right)$/.test(id ?? '') && !id?.startsWith('connector-claim-')),
    ).toEqual([]);
    expect(hurtsOf(page)).toBe('side_of_hip:right,outside_of_knee:left');
    // Removing by keyboard, from the marked list.
    await visit.getByTestId('mark-remove-outside_of_knee-left').focus();
    await page.keyboard.press('Enter');
    expect(hurtsOf(page)).toBe('side_of_hip:right');
  });

  test('a broken list keeps its valid part and says what it left out', async ({ page }) => {
    const junk = Array.from({ length: 300 }, (_, i) => `nowhere${i}:left`).join(',');
    await page.goto(`/?hurts=side_of_hip:right,moon:left,side_of_hip:right,outside_of_knee:right,${junk}`);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('moon:left');
    await expect(notice).toContainText('repeats were counted once (1 left out)');
    await expect(notice).toContainText('the first 256 entries');
    await expect(page.getByTestId('connector-iliotibial_band-right')).toHaveAttribute('data-rank', '1');
  });
});

test.describe('places that hurt in the embed', () => {
  const HOST = 'http://127.0.0.1:4174';
  // examples/visit.html: a clinic page with <pain-explorer hurts="side_of_hip:right,outside_of_knee:right">.

  test('attribute, setHurts() (the protocol command) and the hurts-change event', async ({
    page,
    consoleGuard,
  }) => {
    // The example page logs what a list left out as a warning, and the frame's own notice says it.
    consoleGuard.allow(/Left out of "hurts"/);
    await page.addInitScript(() => {
      const events: { type: string; detail: unknown }[] = [];
      (window as unknown as { __events: typeof events }).__events = events;
      for (const type of ['hurts-change', 'error'])
        document.addEventListener(
          type,
          (e) => events.push({ type, detail: (e as CustomEvent).detail }),
          true,
        );
    });
    await page.goto(`${HOST}/visit.html`);
    const events = () =>
      page.evaluate(() => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events);

    // The attribute reaches the explorer, which tells the page what could connect the places.
    await expect(page.locator('#connections')).toContainText('iliotibial_band (right), article', {
      timeout: 60_000,
    });
    const detail = (await events()).find((e) => e.type === 'hurts-change')?.detail as {
      hurts: string[];
      connections: unknown[];
    };
    expect(detail.hurts).toEqual(['side_of_hip:right', 'outside_of_knee:right']);
    expect(detail.connections[0]).toEqual({
      kind: 'structure',
      id: 'iliotibial_band',
      side: 'right',
      grade: 'article',
      links: [
        { region: 'side_of_hip', side: 'right', claims: ['H3', 'K1'], effect: 'pain' },
        { region: 'outside_of_knee', side: 'right', claims: ['K1'], effect: 'pain' },
      ],
    });
    expect(detail.connections).toContainEqual(expect.objectContaining({ kind: 'claim', id: 'B5' }));
    const frame = page.frameLocator('#visit iframe');
    await expect(frame.getByTestId('connector-iliotibial_band-right')).toHaveAttribute('data-rank', '1');

    // The method sends the protocol command; what it cannot use is said, the rest applied.
    await page.evaluate(() =>
      (document.getElementById('visit') as unknown as { setHurts(h: string[]): void }).setHurts([
        'calf:left',
        'moon:left',
        'calf:left',
      ]),
    );
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'hurts-change').at(-1)?.detail)
      .toMatchObject({ hurts: ['calf:left'], connections: [] });
    expect((await events()).find((e) => e.type === 'error')?.detail).toMatchObject({
      code: 'dropped-entries',
    });
    await expect(page.locator('#visit')).toHaveAttribute('hurts', 'calf:left');
    await expect(frame.getByTestId('notice')).toContainText('moon:left');
    await expect(frame.getByTestId('mark-calf-left')).toBeVisible();

    // A reader marking in the frame is heard by the page, and the attribute follows.
    await frame.getByTestId('list-regions').getByTestId('region-back_of_knee').click();
    await expect(page.locator('#visit')).toHaveAttribute('hurts', /calf:left,back_of_knee:(left|right)/);
  });
});
