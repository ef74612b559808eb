// Imported for its effect, before the app's other modules run.
/**
 * For automated browsers only (navigator.webdriver): keeps the page's errors on window.__explorerErrors, so
 * tests on engines whose drivers cannot read the console (WebKit's WebDriver) still fail on any error or
 * warning (a clean console is part of done).
 */
import type {} from './testHooks';

function recordErrorsForTests(): void {
  if (!navigator.webdriver || window.__explorerErrors) return;
  const errors: string[] = [];
  window.__explorerErrors = errors;
  window.addEventListener('error', (event) => errors.push(`page error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      errors.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
}

recordErrorsForTests();

export {};
