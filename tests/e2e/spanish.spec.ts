import { expect, test } from './support/test';
import type { Page } from '@playwright/test';

/** English words that must not appear on a Spanish screen (outside the article's quoted words). */
const ENGLISH =
  /\b(the|and|pain|where|spread|selected|clear|right|left|knee|hip|back|nerve|muscle|source|from|article)\b/i;

/** The first English word found, with some text around it, or null. */
function englishIn(text: string): string | null {
  const match = ENGLISH.exec(text);
  return match ? `“${match[0]}” in “…${text.slice(Math.max(0, match.index - 60), match.index + 40)}…”` : null;
}

/** Visible text of the panel and header, leaving out what is marked as English (the article's quotes, titles). */
async function visibleSpanishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const roots = [
      document.querySelector('header'),
      document.querySelector('#panel'),
      document.querySelector('footer'),
    ];
    for (const root of roots) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('[lang="en"], cite, a')) continue;
        if (!parent.checkVisibility()) continue;
        parts.push(node.textContent ?? '');
      }
    }
    return parts.join(' ');
  });
}

test.describe('Spanish', () => {
  test('the switch sets the language, the URL and <html lang>, and leaves no English on the screen', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('lang-es').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveURL(/lang=es/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('cómo se extiende el dolor');

    await page.getByTestId('structure-rectus_femoris').click();
    await expect(page.getByTestId('announcer')).toContainText('Seleccionado');
    let text = await visibleSpanishText(page);
    expect(text).toContain('Dónde se puede sentir el dolor o el problema');
    expect(text).toContain('El artículo dice');
    expect(englishIn(text)).toBeNull();

    await page.getByTestId('region-outside_of_knee').click();
    await page.locator('#article summary').click();
    text = await visibleSpanishText(page);
    expect(text).toContain('Partes cuyo dolor se puede sentir aquí');
    expect(text).toContain('No es un diagnóstico');
    // No wording that reads as a diagnosis.
    expect(text).not.toContain('Posibles causas');
    expect(englishIn(text)).toBeNull();
  });

  test('student mode gives anatomical names, facts and explanations in Spanish', async ({ page }) => {
    await page.goto('/?lang=es&mode=student&structure=rectus_femoris&side=right');
    await expect(page.locator('#info-title')).toHaveText('Recto femoral (lado derecho)');
    const facts = page.locator('.facts');
    await expect(facts).toContainText('Espina ilíaca anterior inferior');
    await expect(facts).toContainText('extensión de rodilla');
    await expect(facts.getByRole('button', { name: 'Nervio femoral' })).toBeVisible();
    const text = await visibleSpanishText(page);
    expect(text).toContain('tuberosidad tibial');
    expect(englishIn(text)).toBeNull();

    // The list view twin and the search use the Spanish anatomical terms too.
    await expect(page.getByTestId('structure-sciatic_nerve').first()).toContainText(
      'Nervio isquiático (ciático)',
    );
    await page.getByTestId('search-input').fill('cintilla ilio');
    await expect(page.getByTestId('search-suggestions')).toContainText('Tracto iliotibial');
  });

  test('quotes stay in English beside a Spanish translation marked as such', async ({ page }) => {
    await page.goto('/?lang=es&structure=iliotibial_band&side=left');
    const quote = page.getByTestId('quote-K1').first();
    await expect(quote.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(quote.locator('.quote__translation')).toHaveAttribute('lang', 'es');
    await expect(quote.locator('.quote__translation')).toContainText('Traducción');
    await expect(page.locator('#info-title')).toContainText('lado izquierdo');
  });

  test('a Spanish link opens in Spanish and a bad link is explained in Spanish', async ({ page }) => {
    await page.goto('/?lang=es&structure=nada');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByTestId('notice')).toContainText('No existe ninguna estructura llamada “nada”');
  });
});
