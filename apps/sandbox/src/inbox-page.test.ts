import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '@plivo-verify/test-browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

let browser: Browser;
beforeAll(async () => {
  // CHROMIUM_PATH, a system Chrome, or the Chromium inside @sparticuz/chromium; fails (never skips) without one.
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('inbox page in a real browser', () => {
  it('shows a new code live, without a reload, on a phone-sized screen', async () => {
    const { sandbox, api } = await sandboxFor();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(sandbox.inboxUrl);
      await page.locator('#live.on').waitFor();
      await expect(page.locator('#empty').isVisible()).resolves.toBe(true);
      let navigations = 0;
      page.on('framenavigated', () => {
        navigations += 1;
      });

      const { session_uuid } = (await api.create({ recipient: '+14155550100', brand_name: 'Acme' })).body;
      const code = await api.codeOf(session_uuid);
      const card = page.locator('section.card[data-recipient="14155550100"]');
      await card.locator('.code', { hasText: code }).waitFor();
      await expect(card.locator('h2').textContent()).resolves.toBe('+14155550100');
      await expect(card.locator('.status').first().textContent()).resolves.toBe('in-progress');
      await expect(card.locator('.text').first().textContent()).resolves.toContain(
        `Your Acme verification code is ${code}`,
      );

      // Verifying the session updates its status on the page, still without a reload.
      await api.validate(session_uuid, code);
      await card.locator('.status.verified').waitFor();

      // A second number gets its own card; newest cards first.
      await api.create({ recipient: '+447700900123' });
      await page.locator('section.card').nth(1).waitFor();
      await expect(page.locator('section.card').first().getAttribute('data-recipient')).resolves.toBe('447700900123');
      expect(navigations).toBe(0);

      // Readable on a phone: nothing wider than the viewport.
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);

      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'inbox.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
