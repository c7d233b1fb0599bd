import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '@plivo-verify/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  // CHROMIUM_PATH, a system Chrome, or the Chromium inside @sparticuz/chromium; fails (never skips) without one.
  browser = await launchBrowser();
  mkdirSync(artifacts, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** A page that records every failed request and console error (a favicon 404 would show up here). */
async function openPage(url: string, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(url);
  await page.locator('#live.on').waitFor();
  return { page, problems };
}

const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe('inbox page in a real browser', () => {
  it('shows a new code live, without a reload, on a phone-sized screen', async () => {
    const { sandbox, api } = await sandboxFor();
    const { page, problems } = await openPage(sandbox.inboxUrl, PHONE);
    try {
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
      await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await page.screenshot({ path: join(artifacts, 'inbox.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('the empty state says how to send a code: base URL, auth id and token, a curl line', async () => {
    const { sandbox } = await sandboxFor();
    const { page, problems } = await openPage(sandbox.inboxUrl, PHONE);
    try {
      await page.locator('#curl', { hasText: 'curl' }).waitFor();
      await expect(page.locator('#base').textContent()).resolves.toBe(sandbox.url);
      await expect(page.locator('#auth-id').textContent()).resolves.toBe(sandbox.authId);
      await expect(page.locator('#auth-token').textContent()).resolves.toBe(sandbox.authToken);
      const curl = (await page.locator('#curl').textContent()) ?? '';
      expect(curl).toContain(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`);
      expect(curl).toContain(`-u '${sandbox.authId}:${sandbox.authToken}'`);
      // The line works: send what it sends.
      const body = /-d '([^']+)'/.exec(curl)?.[1] ?? '';
      const sent = await fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body,
      });
      expect(sent.status).toBe(202);
      await page.locator('section.card[data-recipient="14155550100"]').waitFor();
      await expect(page.locator('#empty').isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('never shows a token the user chose', async () => {
    const { sandbox } = await sandboxFor({
      accounts: [{ authId: 'MAMINE00000000000001', authToken: 'my-secret-token' }],
    });
    const { page } = await openPage(sandbox.inboxUrl, PHONE);
    try {
      await page.locator('#curl', { hasText: 'curl' }).waitFor();
      await expect(page.content()).resolves.not.toContain('my-secret-token');
      await expect(page.locator('#auth-token').textContent()).resolves.toBe('(the token you configured)');
    } finally {
      await page.close();
    }
  });

  it('keeps up during a burst: an update every 250 ms of page time while codes and events stream in, then a last one', async () => {
    const { sandbox, api } = await sandboxFor({ rateLimit: false });
    // The page's timers and Date run on Playwright's clock, moved by the test in 40 ms steps: the throttle is
    // checked in page time, so a loaded machine can slow the test but not change what it sees.
    const page = await browser.newPage({ viewport: DESKTOP });
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    try {
      await page.clock.install({ time: new Date('2026-11-26T12:00:00Z') });
      await page.goto(sandbox.inboxUrl);
      await page.locator('#live.on').waitFor();
      // From here on page time moves only when the test moves it.
      await page.clock.pauseAt(new Date('2026-11-26T12:10:00Z'));
      // Each step: maybe a create (a real code arriving), an event as the stream would deliver it, 40 ms of page
      // time, then wait (real time) until any refresh it started has finished, so every step is complete.
      const settle = () => page.waitForFunction('!running && !again', undefined, { timeout: 60_000, polling: 10 });
      const step = async (create: number | undefined) => {
        if (create !== undefined) await api.create({ recipient: `1415555${String(create).padStart(4, '0')}` });
        await page.evaluate(`source.dispatchEvent(new MessageEvent('session', { data: '{}' }))`);
        await page.clock.runFor(40);
        await settle();
      };
      await page.clock.runFor(300);
      await settle();
      await page.evaluate(`(() => {
        const cards = document.getElementById('cards');
        window.updates = [];
        // \`last\`: when the page's throttle started this update (page time; the DOM changes once its fetch is back).
        new MutationObserver(() => window.updates.push([last, cards.children.length])).observe(cards, { childList: true });
      })()`);
      const started = await page.evaluate<number>('Date.now()');
      // 3 s of page time: an event every 40 ms (a continuous stream) and a new code every 80 ms (38 in all).
      for (let i = 0; i < 75; i += 1) await step(i % 2 === 0 ? i / 2 : undefined);
      const ended = await page.evaluate<number>('Date.now()');
      const during = await page.evaluate<Array<[number, number]>>('window.updates');
      // The trailing update: once the events stop, the page shows everything.
      await page.clock.runFor(300);
      await settle();
      expect(await page.locator('section.card').count()).toBe(38);

      // A debounce (the old page) shows nothing until the events stop; the throttle updates all along.
      expect(ended - started).toBe(3_000);
      const times = during.map(([at]) => at - started);
      expect(times.length).toBeGreaterThanOrEqual(11); // 3,000 ms / 250 ms, give or take the first step
      expect(times.length).toBeLessThanOrEqual(13);
      const gaps = times.slice(1).map((at, i) => at - (times[i] as number));
      // Never starves (no gap over 250 ms + one step) and never faster than the throttle.
      expect(Math.max(...gaps)).toBeLessThanOrEqual(290);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
      expect((times[0] as number) <= 290).toBe(true);
      // Codes show up while the burst goes on, growing with it.
      const shown = during.map(([, cards]) => cards);
      expect([...shown].sort((a, b) => a - b)).toEqual(shown);
      expect(shown.at(-1)).toBeGreaterThanOrEqual(34);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000); // ~230 browser round trips: slow on a loaded machine, and never a timing assertion

  it('groups a session attempts under one code, quiets ended sessions, dates old messages; screenshots', async () => {
    const app = { app_uuid: '00000000-0000-4000-8000-000000000001', max_attempts: 20 };
    const { sandbox, api } = await sandboxFor({ apps: [app] });
    // Yesterday: a code from another day shows its date.
    await api.control('POST', 'clock', { now: new Date(Date.now() - 86_400_000).toISOString() });
    const old = (await api.create({ recipient: '+447700900123' })).body.session_uuid;
    await api.validate(old, await api.codeOf(old));
    await api.control('POST', 'clock', { now: new Date().toISOString() });

    let first = '';
    for (let i = 0; i < 12; i += 1) {
      first = (await api.create({ recipient: '+14155550100', channel: i % 3 === 2 ? 'voice' : 'sms' })).body
        .session_uuid;
    }
    const firstCode = await api.codeOf(first);
    await api.validate(first, firstCode);
    const live = (await api.create({ recipient: '+14155550100' })).body.session_uuid;
    const liveCode = await api.codeOf(live);

    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await openPage(sandbox.inboxUrl, viewport);
      try {
        const card = page.locator('section.card[data-recipient="14155550100"]');
        await card.locator(`.session[data-session="${live}"] .code`, { hasText: liveCode }).waitFor();
        // 12 resends: one entry with one code and the count, not 12 copies.
        await expect(card.locator('.session').count()).resolves.toBe(2);
        const grouped = card.locator(`.session[data-session="${first}"]`);
        await expect(grouped.locator('.attempts').textContent()).resolves.toBe('12 attempts');
        await expect(grouped.locator('.code').textContent()).resolves.toBe(firstCode);
        await expect(grouped.getAttribute('class')).resolves.toContain('ended');
        // The live code is first and larger than the verified one.
        await expect(card.locator('.session').first().getAttribute('data-session')).resolves.toBe(live);
        const size = (selector: string) =>
          card
            .locator(`${selector} .code`)
            .evaluate((e) => Number.parseFloat(e.ownerDocument.defaultView?.getComputedStyle(e).fontSize ?? '0'));
        // Polled: a live refresh may replace the element between finding it and reading its style (NaN then).
        await expect
          .poll(
            async () =>
              (await size(`.session[data-session="${live}"]`)) - (await size(`.session[data-session="${first}"]`)),
            {
              timeout: 10_000,
            },
          )
          .toBeGreaterThan(0);
        // The card stays small enough to see other numbers beside or below it.
        await expect
          .poll(async () => (await card.boundingBox())?.height ?? Number.POSITIVE_INFINITY, { timeout: 10_000 })
          .toBeLessThan(400);
        // Yesterday's message shows its date; today's only the time.
        const oldTime = await page.locator(`.session[data-session="${old}"] time`).textContent();
        const yesterday = await page.evaluate(() => new Date(Date.now() - 86_400_000).toLocaleDateString());
        expect(oldTime).toContain(yesterday);
        const today = await page.evaluate(() => new Date().toLocaleDateString());
        await expect(card.locator(`.session[data-session="${live}"] time`).textContent()).resolves.not.toContain(today);
        await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await page.screenshot({ path: join(artifacts, `inbox-${viewport.width}x${viewport.height}.png`) });
      } finally {
        await page.close();
      }
    }
  });

  it('when the sandbox stops, the page says so and marks the codes stale', async () => {
    const { sandbox, api } = await sandboxFor();
    const { page } = await openPage(sandbox.inboxUrl, PHONE);
    try {
      const { session_uuid } = (await api.create({ recipient: '+14155550100' })).body;
      await page.locator(`.session[data-session="${session_uuid}"]`).waitFor();
      await expect(page.locator('#stale').isVisible()).resolves.toBe(false);
      await sandbox.close();
      await page.locator('#stale').waitFor({ state: 'visible' });
      await expect(page.locator('#live').textContent()).resolves.toBe('disconnected');
      const opacity = () =>
        page.locator('main').evaluate((e) => Number(e.ownerDocument.defaultView?.getComputedStyle(e).opacity ?? '1'));
      await expect.poll(opacity, { timeout: 10_000 }).toBeLessThan(0.75);
      await page.screenshot({ path: join(artifacts, 'inbox-disconnected-390x844.png') });
    } finally {
      await page.close();
    }
  });
});
