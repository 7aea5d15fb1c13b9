import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { loadConfig } from '@sanggar/core';
import { readPages } from '../../../apps/api/src/http/web-app.js';
import { type Browser, DESKTOP, launchBrowser, openContext, screenshot } from '../../support/browser.js';
import { TestApp } from '../../support/harness.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('web app: how the api serves it', () => {
  let app: TestApp;
  let scripts: string[];

  beforeAll(async () => {
    app = await TestApp.start();
    const index = await readFile('dist/web/index.html', 'utf8');
    scripts = [...index.matchAll(/src="([^"]+\.js)"/g)].map((match) => match[1]);
  });
  afterAll(() => app.close());

  it('answers every browser navigation with the app, never cached, under a same-origin-only CSP', async () => {
    for (const path of ['/', '/login', `/cohorts/7a0d3f7e-0000-4000-8000-000000000000/lessons/x`, '/check-in?session=a&code=ABCDEF']) {
      const response = await fetch(`${app.url}${path}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self';/);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('caches hashed assets for a year and sends them precompressed', async () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toMatch(/\.[0-9a-f]{8,}\.js$/);
      const brotli = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'br' } });
      expect(brotli.status).toBe(200);
      expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(brotli.headers.get('content-encoding')).toBe('br');
      const gzip = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
    }
  });

  it('answers 404 to what is neither an asset nor a page, and never serves HTML as a cached file', async () => {
    const missing = await fetch(`${app.url}/static/js/missing.0123456789.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    for (const file of ['/index.html', '/explorer.html']) {
      const response = await fetch(`${app.url}${file}`, { headers: HTML });
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBeNull();
    }
    // The api's own routes are not swallowed by the app.
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    expect((await fetch(`${app.url}/verify/ABCDEFGHJKMN`, { headers: HTML })).status).toBe(404);
  });

  it('serves the bundled GraphiQL outside production only, and it runs queries with nothing from elsewhere', async () => {
    const production = readPages(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(36).toString('base64url'), PUBLIC_URL: 'https://sanggar.example' }),
    );
    expect(production?.explorer).toBeNull();
    expect(production?.app).toContain('<div id="root"></div>');

    const browser: Browser = await launchBrowser();
    try {
      const { context, foreign } = await openContext(browser, app.url, DESKTOP);
      const page = await context.newPage();
      const developer = await app.factory.coordinator((await app.factory.hub()).id);
      await page.goto('/login');
      await page.getByLabel('Email').fill(developer.email);
      await page.locator('input[type="password"]').fill(developer.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/graphiql');
      // The editors load in the background; the query runs once they are there.
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
      const answered = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && response.request().postData()!.includes('fullName'),
      );
      await page.getByRole('button', { name: /Execute query/ }).click();
      expect(await (await answered).json()).toEqual({ data: { me: { fullName: developer.user.fullName, role: 'COORDINATOR' } } });
      await page.locator('.graphiql-response').getByText('"COORDINATOR"').waitFor();
      await screenshot(page, 'developer-graphiql');
      expect(foreign).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
