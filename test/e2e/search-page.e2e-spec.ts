import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { appsDown, appsUp, findRepoRoot, testInstance, type StackOptions } from '@vidx/local-stack';
import { eventually } from '@vidx/testing';
import { alias, dropRunIndices, dropRunTopics, prefix, testElasticsearch, testKafka } from '../integration/support';

/**
 * The search page at `/` in a real browser: the five apps from dist/ against real Kafka and
 * Elasticsearch, the dev fixtures ingested through the gateway, Debian's Chromium driven by
 * playwright-core. VIDX_SCREENSHOTS=1 also writes the screenshots in docs/screenshots/.
 */
const root = findRepoRoot(__dirname);
const instance = testInstance(process.env);
const gateway = `http://127.0.0.1:${instance.gatewayPort}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = process.env.VIDX_SCREENSHOTS === '1' ? join(root, 'docs/screenshots') : undefined;
const dev = readFileSync(join(root, 'test/fixtures/dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; raw: string; format: string });

interface ApiSearch {
  total: number;
  hits: Array<{ id: string; title: string; people: string[] }>;
  nextCursor?: string | null;
  facets: { people: Array<{ name: string; count: number }>; dates: Array<{ period: string; from: string; to: string; count: number }> };
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${gateway}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const QUERY = 'president';

/** Retries an assertion until it holds: the page renders after its fetches answer. */
async function settle(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('search page', () => {
  const log: string[] = [];
  const stack = (): StackOptions => ({ root, instance, env: process.env, log: (l) => log.push(l) });
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  /** Browser console errors and uncaught exceptions (a CSP violation shows up here too). */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await appsUp(stack(), 120_000);
    const ids: string[] = [];
    for (const item of dev) {
      const type = item.format === 'text' ? 'text/plain' : 'application/json';
      const res = await fetch(`${gateway}/v1/videos`, { method: 'POST', headers: { 'content-type': type }, body: item.raw });
      if (res.status !== 202) throw new Error(`POST ${item.id}: ${res.status} ${await res.text()}`);
      ids.push(...((await res.json()) as { ids: string[] }).ids);
    }
    await eventually(
      async () => ((await api<ApiSearch>('/v1/search?size=1')).total >= ids.length ? true : undefined),
      90_000,
      `all ${ids.length} dev documents searchable`,
    );

    userDataDir = mkdtempSync(join(tmpdir(), 'vidx-e2e-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      baseURL: gateway,
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await appsDown(stack());
    await dropRunTopics(testKafka(), prefix());
    const es = testElasticsearch();
    await dropRunIndices(es, alias());
    await es.close();
  }, 60_000);

  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors).toEqual([]);
  });

  const results = () => page.locator('#results > li');
  const statusText = () => page.locator('#status').textContent();

  it('serves the page with a strict content security policy', async () => {
    const res = await fetch(`${gateway}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await fetch(`${gateway}/web/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${gateway}/web/web.module.js`)).status).toBe(404);
  });

  it('searches and shows highlighted results with date and source', async () => {
    const expected = await api<ApiSearch>(`/v1/search?q=${QUERY}`);
    expect(expected.total).toBeGreaterThan(1);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Search news videos' }).fill(QUERY);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await settle(async () => expect(await results().count()).toBe(expected.hits.length));
    expect(new URL(page.url()).searchParams.get('q')).toBe(QUERY);
    expect(await page.locator('#results mark').count()).toBeGreaterThan(0);
    expect((await page.locator('#results mark').first().textContent())?.toLowerCase()).toContain('presid');
    expect(await results().first().locator('time').count()).toBe(1);
    expect(await statusText()).toContain(`${expected.total} results`);
    // The only elements inside highlights are our own <mark>s.
    expect(await page.locator('#results .snippet *:not(mark)').count()).toBe(0);
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: join(screenshots, 'search-results.png'), fullPage: true });
    }
  });

  it('says when results come from close spellings, and marks the corrected word', async () => {
    const typo = 'presidnt';
    const expected = await api<ApiSearch & { fuzzy: boolean; corrections?: Record<string, string> }>(`/v1/search?q=${typo}`);
    expect(expected.fuzzy).toBe(true);
    await page.goto(`/?q=${typo}`);
    await settle(async () => expect(await statusText()).toContain('No exact matches for “presidnt”; showing close spellings'));
    expect(await statusText()).toContain(`(${Object.values(expected.corrections ?? {}).join(', ')})`);
    expect((await page.locator('#results mark').first().textContent())?.toLowerCase()).toContain('presid');
  });

  it('adds a filter chip from a facet, narrows the results, and removes it again', async () => {
    const all = await api<ApiSearch>(`/v1/search?q=${QUERY}`);
    const person = all.facets.people.find((p) => p.count < all.total) ?? all.facets.people[0];
    expect(person).toBeDefined();
    const narrowed = await api<ApiSearch>(`/v1/search?q=${QUERY}&person=${encodeURIComponent(person.name)}`);

    await page.goto(`/?q=${QUERY}`);
    await settle(async () => expect(await results().count()).toBe(all.hits.length));
    await page.locator(`#facet-people button[data-value="${person.name}"]`).click();
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(1));
    expect(await page.locator('#chips .chip').textContent()).toContain(person.name);
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual([person.name]);
    await settle(async () => expect(await results().count()).toBe(narrowed.hits.length));
    expect(await statusText()).toContain(`${narrowed.total} result`);
    expect(await page.locator(`#facet-people button[data-value="${person.name}"]`).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: `Remove filter Person: ${person.name}` }).click();
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(0));
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual([]);
    await settle(async () => expect(await results().count()).toBe(all.hits.length));
  });

  it('narrows to a year from the date facet, then shows that year by month', async () => {
    const all = await api<ApiSearch>(`/v1/search?q=${QUERY}`);
    const year = all.facets.dates[0];
    expect(year.period).toMatch(/^\d{4}$/);
    const inYear = await api<ApiSearch>(`/v1/search?q=${QUERY}&from=${year.from}&to=${year.to}`);

    await page.goto(`/?q=${QUERY}`);
    await page.locator(`#facet-dates button[data-value="${year.period}"]`).click();
    await settle(async () => expect(await page.locator('#chips .chip').textContent()).toContain(`Dates: ${year.period}`));
    expect(new URL(page.url()).searchParams.get('from')).toBe(year.from);
    expect(new URL(page.url()).searchParams.get('to')).toBe(year.to);
    await settle(async () => expect(await statusText()).toContain(`${inYear.total} result`));
    // The facet now lists that year's months.
    const months = await page.locator('#facet-dates button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-value')));
    expect(months.length).toBe(inYear.facets.dates.length);
    expect(months.every((label) => (label ?? '').endsWith(` ${year.period}`))).toBe(true);
  });

  it('pages with nextCursor when the API gives one, else shows "More" disabled', async () => {
    const first = await api<ApiSearch>(`/v1/search?q=${QUERY}&size=1`);
    expect(first.total).toBeGreaterThan(1);
    await page.goto(`/?q=${QUERY}&size=1`);
    await settle(async () => expect(await results().count()).toBe(1));
    const more = page.getByRole('button', { name: 'More results' });
    expect(await more.isVisible()).toBe(true);
    if (first.nextCursor) {
      await more.click();
      await settle(async () => expect(await results().count()).toBe(2));
      const titles = await page.locator('#results h3').allTextContents();
      expect(new Set(titles).size).toBe(2);
    } else {
      expect(await more.isDisabled()).toBe(true);
    }
  });

  it('opens a document with entities marked and the removed boilerplate collapsed', async () => {
    await page.goto(`/?q=${encodeURIComponent('López Obrador')}`);
    await settle(async () => expect(await results().count()).toBeGreaterThan(0));
    await results().first().locator('h3 a').click();
    await page.locator('#doc .body').waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBeTruthy();
    expect(await page.locator('#doc .body mark.ent-person').count()).toBeGreaterThan(0);
    expect(await page.locator('#doc .body mark.ent-location').count()).toBeGreaterThan(0);
    expect(await page.locator('#doc .legend li').count()).toBeGreaterThan(1);
    expect(await page.locator('#doc .body').textContent()).not.toContain('Subscribe to our YouTube channel');
    const removed = page.locator('#doc details.removed');
    expect(await removed.getAttribute('open')).toBeNull();
    expect(await removed.locator('li').first().isVisible()).toBe(false);
    await removed.locator('summary').click();
    expect(await removed.getAttribute('open')).not.toBeNull();
    expect(await removed.textContent()).toContain('Subscribe to our YouTube channel');
    if (screenshots) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(screenshots, 'document-view.png'), fullPage: true });
    }
  });

  it('restores the previous search with the back button', async () => {
    await page.goto(`/?q=${QUERY}`);
    await settle(async () => expect(await results().count()).toBeGreaterThan(1));
    const count = await results().count();
    await page.locator('#facet-people button').first().click();
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(1));
    await results().first().locator('h3 a').click();
    await page.locator('#doc .body').waitFor();

    await page.goBack();
    await settle(async () => expect(await page.locator('#doc').isHidden()).toBe(true));
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(1));
    expect(new URL(page.url()).searchParams.getAll('person')).toHaveLength(1);

    await page.goBack();
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(0));
    await settle(async () => expect(await results().count()).toBe(count));
    expect(await page.locator('#q').inputValue()).toBe(QUERY);

    await page.goForward();
    await settle(async () => expect(await page.locator('#chips .chip').count()).toBe(1));
  });

  it('works with the keyboard alone: focus order, suggestions, Enter, Escape', async () => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to results');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('q');
    // The focused box shows a visible focus ring.
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');

    await page.keyboard.type('harr', { delay: 30 });
    const listbox = page.locator('#suggestions');
    await settle(async () => expect(await listbox.isVisible()).toBe(true), 10_000);
    expect(await page.locator('#q').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await settle(async () => expect(await listbox.isVisible()).toBe(false));

    await page.keyboard.press('ArrowDown');
    await settle(async () => expect(await listbox.isVisible()).toBe(true), 10_000);
    await page.keyboard.press('ArrowDown');
    const option = page.locator('#suggestions [role="option"][aria-selected="true"]');
    expect(await option.count()).toBe(1);
    const chosen = (await option.locator('span').first().textContent()) ?? '';
    expect(await page.locator('#q').getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    await settle(async () => expect(new URL(page.url()).searchParams.get('q')).toBe(chosen));
    expect(chosen.toLowerCase()).toContain('harr');
    await settle(async () => expect(await statusText()).toContain(`for “${chosen}”`));
    expect(await results().count()).toBeGreaterThan(0);
    expect(await page.locator('#results').textContent()).toContain(chosen);

    // Plain Enter searches what was typed.
    await page.locator('#q').fill('');
    await page.keyboard.type('Suez');
    await page.keyboard.press('Enter');
    await settle(async () => expect(new URL(page.url()).searchParams.get('q')).toBe('Suez'));
    await settle(async () => expect(await page.locator('#results h3').first().textContent()).toContain('Suez'));
  });

  it('fits a phone screen with the filters collapsed', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`/?q=${QUERY}`);
      await settle(async () => expect(await results().count()).toBeGreaterThan(0));
      const toggle = page.getByRole('button', { name: 'Filters' });
      expect(await toggle.isVisible()).toBe(true);
      expect(await page.locator('#facets').isVisible()).toBe(false);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await toggle.click();
      expect(await page.locator('#facets').isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      if (screenshots) await page.screenshot({ path: join(screenshots, 'phone.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
