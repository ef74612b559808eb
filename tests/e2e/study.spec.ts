import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { clickOn, docScreenshot, openScene, waitForIdle } from './support/scene';

const current = (page: Page) => page.evaluate(() => window.__explorerQuiz!.current());

/** The first node among the right answers that is front-most somewhere on screen now. */
async function visibleRightNode(page: Page): Promise<string> {
  const names = await page.evaluate(() => window.__explorerQuiz!.rightNodeNames());
  expect(names.length).toBeGreaterThan(0);
  for (const name of names)
    if (await page.evaluate((n) => window.__explorerScene!.pointOn(n) !== null, name)) return name;
  throw new Error(`none of ${names.join(', ')} is visible`);
}

/** Starts a round of these questions, once the study chunk (loaded when the page is idle) is in. */
async function startRound(page: Page, ids: string[]) {
  await page.waitForFunction(() => window.__explorerQuiz !== undefined);
  await page.evaluate((round) => window.__explorerQuiz!.startWith(round), ids);
}

const resetView = (page: Page) => page.evaluate(() => window.__explorerStore!.getState().resetView());

test.describe('study mode', () => {
  test('answers a quiz round by tapping the body, with feedback and a score', async ({ page }) => {
    await openScene(page, '?mode=student');
    await expect(page.getByTestId('quiz-open')).toBeVisible();
    const round = ['claim-source:K2:muscle', 'spread:l4_nerve_root', 'claim-source:H3:tendon'];
    await startRound(page, round);
    for (const id of round) {
      await expect(page.getByTestId('quiz-prompt')).toHaveAttribute('data-question', id);
      await resetView(page);
      await waitForIdle(page);
      const node = await visibleRightNode(page);
      await clickOn(page, node);
      const feedback = page.getByTestId('quiz-feedback');
      await expect(feedback, `${id} via ${node}`).toHaveAttribute('data-right', 'true');
      await expect(page.getByTestId('quiz').locator('[data-testid^="quote-"]').first()).toBeVisible();
      await page.getByTestId('quiz-next').click();
    }
    await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-score', '3');
    await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-total', '3');
  });

  test('a wrong choice shows the right answer and the anatomy reference', async ({ page }) => {
    await openScene(page, '?mode=student');
    await startRound(page, ['innervation:tensor_fasciae_latae']);
    const options = page.locator('[data-testid^="quiz-option-"]');
    await expect(options.first()).toBeVisible();
    const ids = await options.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
    expect(ids).toContain('quiz-option-superior_gluteal_nerve');
    const wrong = ids.find((id) => id !== 'quiz-option-superior_gluteal_nerve')!;
    await page.getByTestId(wrong).click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-right', 'false');
    await expect(page.getByTestId('quiz-innervation')).toContainText('L4');
    await expect(page.getByTestId('quiz-option-superior_gluteal_nerve')).toHaveAttribute(
      'data-verdict',
      'right',
    );
    await page.getByTestId('quiz-next').click();
    await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-score', '0');
  });

  test('a segments question: a muscle without one nerve of its own, answered with a root', async ({
    page,
  }) => {
    await openScene(page, '?mode=student&lang=es');
    await startRound(page, ['segments:quadratus_femoris']);
    await expect(page.getByTestId('quiz-prompt')).toContainText('segmentos espinales');
    const right = page.locator('[data-testid^="quiz-option-"][data-testid$="_nerve_root"]');
    await expect(right.first()).toBeVisible();
    const ids = await right.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
    // nerve to quadratus femoris, L4-S1 (Moore): the one right option is one of them
    const rightId = ids.find((id) => /-(l4|l5|s1)_nerve_root$/.test(id))!;
    await page.getByTestId(rightId).click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-right', 'true');
    await expect(page.getByTestId('quiz-segments')).toContainText('L4, L5, S1');
  });

  test('a full round never repeats a question', async ({ page }) => {
    await openScene(page, '?mode=student');
    await page.getByTestId('quiz-open').click();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const state = await current(page);
      if (state.phase === 'done') break;
      seen.push(state.id!);
      await page.locator('[data-testid^="quiz-option-"]').first().click();
      await page.getByTestId('quiz-next').click();
    }
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
    await expect(page.getByTestId('quiz-score')).toBeVisible();
  });

  test('labels the visible structures with leader lines, without overlaps, and toggles off', async ({
    page,
  }) => {
    await openScene(page, '?mode=student');
    await page.getByTestId('labels-toggle').click();
    const labels = page.locator('[data-testid^="label-"]');
    await expect.poll(() => labels.count()).toBeGreaterThan(6);
    await waitForIdle(page);
    const boxes = await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: el.textContent ?? '' };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      expect(a.text.trim().length).toBeGreaterThan(0);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
    await expect(page.locator('.labels-overlay line')).toHaveCount(boxes.length);
    await docScreenshot(page, 'labels');
    // Hiding the muscles labels what was under them.
    await page.getByTestId('layers').click();
    await page.getByTestId('layer-muscles').uncheck();
    const names = () => labels.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(6)));
    await expect
      .poll(async () => (await names()).some((n) => /^(femur|tibia|hip_bone|patella|fibula)_[lr]$/.test(n)))
      .toBe(true);
    expect(
      (await names()).filter((n) => /^(rectus_femoris|sartorius|gluteus_\w+|vastus_\w+)_[lr]$/.test(n)),
    ).toEqual([]);
    await page.getByTestId('labels-toggle').click();
    await expect(labels).toHaveCount(0);
  });
});
