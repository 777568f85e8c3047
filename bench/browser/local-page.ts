/**
 * A Chromium page that loads only the bench's own documents: requests to other origins and every
 * subresource are aborted, so a corpus page's scripts, styles and images never load or vary.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export async function localOnlyPage(
  browser: Browser,
  origin: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().resourceType() === 'document' && route.request().url().startsWith(origin)
      ? route.continue()
      : route.abort(),
  );
  return { context, page: await context.newPage() };
}
