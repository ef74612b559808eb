import { expect, test } from './support/test';

test.describe('the list view', () => {
  test('selects the rectus femoris by keyboard and shows hip and knee with the K2 quote', async ({
    page,
  }) => {
    await page.goto('/');
    const button = page.getByTestId('structure-rectus_femoris');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const info = page.getByTestId('info-structure');
    await expect(info.getByRole('heading', { level: 2 })).toContainText('Right');
    await expect(page.getByTestId('spread-front_of_hip-right')).toBeVisible();
    await expect(page.getByTestId('spread-front_of_knee-right')).toBeVisible();
    await expect(info.getByTestId('quote-K2').first()).toContainText(
      'Tightness to the rectus femoris muscles, a muscle responsible for straightening the knee',
    );
    await expect(page).toHaveURL(/structure=rectus_femoris/);
  });

  test('selects the rectus femoris by click, and a region shows its sources', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Left' }).check();
    await page.getByTestId('structure-rectus_femoris').click();
    await expect(page.getByTestId('spread-front_of_knee-left')).toBeVisible();
    await expect(page.getByTestId('quote-K2').first()).toBeVisible();

    await page.getByTestId('region-outside_of_knee').click();
    const region = page.getByTestId('info-region');
    await expect(region).toBeVisible();
    await expect(region.getByTestId('source-iliotibial_band')).toBeVisible();
    await region.getByTestId('source-iliotibial_band').click();
    await expect(page.getByTestId('quote-K1').first()).toBeVisible();
  });

  test('an unknown id in the URL says so and selects nothing', async ({ page }) => {
    await page.goto('/?structure=nonsense');
    await expect(page.getByTestId('notice')).toContainText('nonsense');
    await expect(page.getByTestId('info-structure')).toHaveCount(0);
    await expect(page.locator('[aria-pressed="true"].chip')).toHaveCount(0);
  });
});
