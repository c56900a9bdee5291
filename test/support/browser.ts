import { existsSync } from 'node:fs';
import {
  type Browser,
  type BrowserContextOptions,
  type Download,
  type Page,
  chromium,
} from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), as .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. CI sets REQUIRE_BROWSER=1, so that a missing Chromium
 * fails the run instead of skipping the tests.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
  console.warn(`SKIPPED: the web console's browser tests need ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

/** The flags this closed network needs. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the run's shared Chromium listens (test/support/global-setup.ts), when there is one. */
export const SHARED_BROWSER = 'SSJ_BROWSER_WS_ENDPOINT';

/**
 * Headless Chromium: the run's shared one where the global setup started it (closing it then
 * closes only this suite's contexts), else one of this suite's own.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
}

/** A download's bytes, read through the browser's connection (a shared browser has no local path). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** An office screen. */
export const OFFICE: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
/** An inspector's phone on site (issue 23): 390×844, touch. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/**
 * A page on an office screen (1366×768, or the `device` given) that fails the test on any script
 * error, and on anything the api's Content-Security-Policy blocks.
 */
export async function officePage(
  browser: Browser,
  errors: string[],
  device: BrowserContextOptions = OFFICE,
): Promise<Page> {
  const context = await browser.newContext({ ...device, locale: 'zh-CN' });
  // axe-core for accessibilityViolations, in every document before its own scripts: a <script>
  // added later would be inline, which the console's Content-Security-Policy refuses.
  await context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  return page;
}

/**
 * Serious and critical accessibility violations on the page, by axe-core (WCAG 2 A and AA rules;
 * officePage loads it). Only violations are collected: the passes' details were a tenth of each run.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate<{ id: string; impact: string; nodes: { target: string[] }[] }[]>(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'], resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
