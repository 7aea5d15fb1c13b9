/**
 * `npm run bench:web`: what the web app costs a trainee on a slow phone connection. Starts the built
 * api (demo data, its own empty database and Redis prefix), opens the login page and the trainee home
 * in Debian's Chromium with an empty cache on emulated slow 3G (400 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up) and prints a table: JS and CSS gzip sizes, bytes moved, and the time from navigation
 * until the page is usable (median of RUNS); then the home again from the browser's cache.
 * Targets (the web app issue): initial JS ≤ 170 KB gzip, first visit ≤ 220 KB moved, usable ≤ 3.5 s.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@sanggar/core';
import { DEMO_PASSWORD, demoLogins } from '../apps/api/src/seed/demo-data.js';
import { launchBrowser } from '../test/support/browser.js';
import { freePort } from '../test/support/processes.js';
import { onServer, startApi } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const TARGET = { jsKb: 170, movedKb: 220, usableS: 3.5 };

interface Visit {
  jsGzip: number;
  cssGzip: number;
  moved: number;
  requests: number;
  usableMs: number;
}

/** The gzip size of an asset as the api sends it (dist/web/….gz), 0 for what is not a file there. */
const gzipSize = (url: string) =>
  stat(`dist/web${new URL(url).pathname}.gz`).then(
    (info) => info.size,
    () => 0,
  );

/** Loads `path` throttled and returns what it cost until `usable` holds in the page. */
async function visit(context: BrowserContext, path: string, usable: (page: Page) => Promise<number>, cached = false): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (!cached) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const types = new Map<string, { url: string; type: string }>();
  const moved = new Map<string, number>();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => types.set(requestId, { url: response.url, type }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => moved.set(requestId, encodedDataLength));
  await page.goto(path, { waitUntil: 'commit' });
  const usableMs = await usable(page);
  await page.waitForLoadState('networkidle');
  const loaded = [...types.entries()].filter(([id]) => moved.has(id));
  const sizeOf = async (type: string) =>
    (await Promise.all(loaded.filter(([, r]) => r.type === type).map(([, r]) => gzipSize(r.url)))).reduce((a, b) => a + b, 0);
  const result = {
    jsGzip: await sizeOf('Script'),
    cssGzip: await sizeOf('Stylesheet'),
    moved: [...moved.values()].reduce((a, b) => a + b, 0),
    requests: moved.size,
    usableMs,
  };
  await page.close();
  return result;
}

/** Milliseconds from navigation start until `text` appears on the page. */
const until = (text: string) => async (page: Page) => {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
  return page.evaluate(() => Math.round(performance.now()));
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function measure(browser: Browser, origin: string) {
  const PHONE = { baseURL: origin, locale: 'id-ID', viewport: { width: 360, height: 740 }, isMobile: true };
  const trainee = demoLogins().find((login) => login.role === Role.TRAINEE)!;
  /** A context where she logged in earlier (a fresh refresh token in storage, nothing cached): she opens the app on a later day. */
  const returningTrainee = async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { refreshToken } }',
        variables: { input: { email: trainee.email, password: DEMO_PASSWORD } },
      }),
    });
    const { data } = (await response.json()) as { data: { login: { refreshToken: string } } };
    const localStorage = [{ name: 'sanggar.refresh', value: data.login.refreshToken }];
    return browser.newContext({ ...PHONE, storageState: { cookies: [], origins: [{ origin, localStorage }] } });
  };

  const rows: { name: string; visits: Visit[] }[] = [
    { name: 'login (first visit)', visits: [] },
    { name: 'trainee home (first visit)', visits: [] },
    { name: 'trainee home (cached)', visits: [] },
  ];
  for (let run = 0; run < RUNS; run++) {
    const anonymous = await browser.newContext(PHONE);
    rows[0].visits.push(await visit(anonymous, '/login', until('Lupa kata sandi?')));
    await anonymous.close();
    const returning = await returningTrainee();
    rows[1].visits.push(await visit(returning, '/', until('Kelompok belajar saya')));
    rows[2].visits.push(await visit(returning, '/', until('Kelompok belajar saya'), true));
    await returning.close();
  }
  return rows;
}

async function main() {
  const database = `sanggar_bench_web_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${database}`);
  const port = await freePort();
  let api: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    api = await startApi(database, port);
    browser = await launchBrowser();
    const rows = await measure(browser, `http://127.0.0.1:${port}`);
    console.log(`\nWeb app on emulated slow 3G (400 ms RTT, 1.6 Mbit/s), 360×740, median of ${RUNS} runs\n`);
    console.log('| page | JS gzip (KB) | CSS gzip (KB) | moved (KB) | requests | usable (s) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const { name, visits } of rows) {
      const [first] = visits;
      const usable = (median(visits.map((v) => v.usableMs)) / 1000).toFixed(2);
      console.log(`| ${name} | ${kb(first.jsGzip)} | ${kb(first.cssGzip)} | ${kb(first.moved)} | ${first.requests} | ${usable} |`);
    }
    console.log(`\nTargets: initial JS ≤ ${TARGET.jsKb} KB gzip, first visit ≤ ${TARGET.movedKb} KB moved, usable ≤ ${TARGET.usableS} s.`);
    console.log('JS and CSS: the gzip size of every script and style sheet the page loaded; moved: bytes over the wire, headers included.');
  } finally {
    await browser?.close();
    api?.kill('SIGTERM');
    await new Promise((resolve) => (api ? api.once('exit', resolve) : resolve(undefined)));
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();
