// Screenshots of the n8n editor in headless Chromium: the owner is set up through n8n's REST API (a fresh
// instance has none), then the example workflow's canvas and the Send Code parameters panel are captured.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '@plivo-verify/test-browser';

const OWNER = { email: 'owner@example.com', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Password-2026' };

/** Creates the instance owner and returns the session cookie's value. */
export async function ownerCookie(baseUrl) {
  const response = await fetch(`${baseUrl}/rest/owner/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  if (!response.ok) throw new Error(`owner setup failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
  if (cookie === undefined) throw new Error('owner setup gave no n8n-auth cookie');
  return cookie.split(';')[0].slice('n8n-auth='.length);
}

export async function takeScreenshots({ baseUrl, workflowId, outDir, token }) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 820 }, colorScheme: 'light' });
    await context.addCookies([{ name: 'n8n-auth', value: token, domain: '127.0.0.1', path: '/' }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/workflow/${workflowId}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    const node = page.locator('[data-test-id="canvas-node"]', { hasText: 'Send Code' }).first();
    await node.waitFor({ state: 'visible', timeout: 90_000 });
    await page.keyboard.press('Escape');
    // Fit the workflow to the view (n8n's "1" shortcut), then let the canvas settle.
    await page.keyboard.press('1');
    await page.waitForTimeout(1500);
    const canvasPath = join(outDir, 'n8n-canvas.png');
    await page.screenshot({ path: canvasPath });
    await node.dblclick();
    const panel = page.locator('[data-test-id="ndv"]').first();
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByText('Recipient', { exact: false }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const panelText = (await panel.textContent()) ?? '';
    const panelPath = join(outDir, 'n8n-send-code-panel.png');
    await page.screenshot({ path: panelPath });
    return {
      canvas: { path: canvasPath, bytes: statSync(canvasPath).size },
      panel: { path: panelPath, bytes: statSync(panelPath).size },
      panelText,
    };
  } finally {
    await browser.close();
  }
}
