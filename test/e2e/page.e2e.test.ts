import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { launchChromium, startServer } from './server.js';

const shots = join(ROOT, 'docs', 'screenshots');

describe('the web page in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ingests the seeds through the form and shows the new stories without a reload', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('.stories li.empty').count()).toBe(1);
    const seeds = sharedPath('seeds');
    await page.locator('details.ingest summary').click();
    await page.locator('input[type=file]').setInputFiles(readdirSync(seeds).map((f) => join(seeds, f)));
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/Added 5 new articles/);
    await expect.poll(() => page.locator('.stories li[data-story]').count(), { timeout: 10_000 }).toBe(2);
    await page.screenshot({ path: join(shots, 'story-list.png') });
  });

  it('opens the larger story; a citation shows its source on hover and focus, and opens the article', async () => {
    const counts = await page.locator('.stories li[data-story] .meta').allTextContents();
    const larger = counts.map((t) => Number(/^(\d+) article/.exec(t)?.[1] ?? 0));
    const index = larger.indexOf(Math.max(...larger));
    await page.locator('.stories li[data-story] a.story-link').nth(index).click();
    await expect.poll(() => page.locator('ul.summary li').count()).toBeGreaterThan(0);
    expect(larger[index]).toBe(3);

    const cite = page.locator('ul.summary a.cite').first();
    const tip = page.locator('ul.summary .tip').first();
    expect(await tip.isVisible()).toBe(false);
    await cite.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipText = (await tip.textContent()) ?? '';
    expect(tipText.length).toBeGreaterThan(20);
    await page.screenshot({ path: join(shots, 'story-view.png'), fullPage: true });

    await page.mouse.move(0, 0);
    await cite.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sentence.highlighted').count()).toBe(1);
    const highlighted = (await page.locator('.sentence.highlighted').textContent()) ?? '';
    expect(tipText).toContain(highlighted.slice(0, 40));
    await page.goBack();
    await expect.poll(() => page.locator('ul.summary li').count()).toBeGreaterThan(0);
  });

  it('lists who said what, grouped by speaker', async () => {
    await page.goto(server.url);
    const links = page.locator('.stories li[data-story] a.story-link');
    const texts = await page.locator('.stories li[data-story] .meta').allTextContents();
    await links.nth(texts.findIndex((t) => t.startsWith('2 article'))).click();
    await expect.poll(() => page.locator('section.quotes .speaker').count()).toBeGreaterThan(0);
    const speakers = await page.locator('section.quotes .speaker h3').allTextContents();
    expect(speakers.join(' ')).toMatch(/Toner/);
    expect(speakers.join(' ')).toMatch(/Kirby/);
  });

  it('reads at phone width', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto(server.url);
    await expect.poll(() => phone.locator('.stories li[data-story]').count()).toBe(2);
    const overflow = await phone.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(shots, 'story-list-phone.png') });
    await phone.close();
  });

  it('logged no script errors', () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('a hostile article', () => {
  it('is shown as text: its <script> and onerror= do nothing', async () => {
    const server = await startServer();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const hostile =
        'Officials said <script>window.__pwned = 1</script> the vote would happen on Tuesday. ' +
        'The council rejected <img src=x onerror="window.__pwned = 2"> the plan after a long debate in the chamber. ' +
        'Residents called the decision <b onmouseover="window.__pwned = 3">surprising</b> but said they would accept it.';
      await page.locator('details.ingest summary').click();
      await page.locator('textarea').fill(hostile);
      await page.getByRole('button', { name: 'Add' }).click();
      await expect.poll(() => page.locator('.stories li[data-story]').count(), { timeout: 10_000 }).toBe(1);
      await page.locator('a.story-link').first().click();
      await expect.poll(() => page.locator('ul.summary li').count()).toBeGreaterThan(0);
      await page.locator('ul.summary li').first().hover();
      const summary = (await page.locator('ul.summary').textContent()) ?? '';
      expect(summary).toContain('<script>');
      expect(await page.locator('main script, main img, main b').count()).toBe(0);
      expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
