import { expect, test } from './support/test';

test('search is a real combobox: counts said, arrows after Escape start at the first option, no blur timer', async ({
  page,
}) => {
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill('knee');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('option');
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.getByTestId('search-count')).toHaveText(new RegExp(`^${count} suggestions`));

  await input.press('ArrowDown');
  const second = await options.nth(1).getAttribute('id');
  await expect(input).toHaveAttribute('aria-activedescendant', second!);
  await input.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('knee');
  await input.press('ArrowDown');
  const first = await options.nth(0).getAttribute('id');
  await expect(input).toHaveAttribute('aria-activedescendant', first!);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  // Leaving the field closes the list at once: nothing waits on a timer.
  await input.press('Tab');
  await expect(input).toHaveAttribute('aria-expanded', 'false', { timeout: 50 });

  await input.focus();
  await input.press('Escape');
  await expect(input).toHaveValue('');

  await input.fill('qzxv');
  await expect(page.getByTestId('search-none')).toHaveRole('status');
  await expect(page.getByTestId('search-count')).toHaveText('');
});
