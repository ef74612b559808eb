import { expect, test as base } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';

export { expect };
export type { Page };

/** Console errors and uncaught page errors seen during one test, from every page and frame it opened. */
export interface ConsoleGuard {
  /** Lets through messages a test provokes on purpose (a missing model, a rejected message...). */
  allow(pattern: RegExp): void;
  /** Everything logged as an error so far, allowed or not. */
  readonly errors: readonly string[];
}

/**
 * Every spec imports `test` from here: a test fails on any console error or page error it did not
 * announce with `consoleGuard.allow(...)`, so a fault that only shows in the console cannot pass.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (page: Page) => {
        page.on('console', (message: ConsoleMessage) => {
          if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use({ allow: (pattern) => allowed.push(pattern), errors });
      const unexpected = errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
      if (testInfo.status === testInfo.expectedStatus)
        expect(unexpected, 'no console error or page error during the test').toEqual([]);
    },
    { auto: true },
  ],
});
