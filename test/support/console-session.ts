import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ApiHarness, type Caller } from './api-harness';
import { PHONE, accessibilityViolations, browserAvailable, launchBrowser, officePage } from './browser';
import { consoleBuild } from './console-build';

/** Where SCREENSHOTS=<dir> asks the pages to be saved (docs/screenshots), if it does. */
const SHOTS = process.env.SCREENSHOTS ? resolve(process.env.SCREENSHOTS) : undefined;

export interface ConsoleOptions {
  /** The api's settings besides WEB_DIR, e.g. SIMULATED_CLOCK. */
  env?: Record<string, string>;
  /** Screenshots of the whole page rather than of the office screen (1366×768). */
  fullPage?: boolean;
  /** Put before each screenshot's name. */
  shotPrefix?: string;
  /** On an inspector's phone (390×844, touch) rather than an office screen. */
  phone?: boolean;
}

/**
 * A describe block that runs only where Chromium is (browserAvailable), as the console's browser
 * tests all are.
 */
export function describeInBrowser(name: string, scenario: () => void): void {
  (browserAvailable() ? describe : describe.skip)(name, scenario);
}

/**
 * The web console in Chromium on a fresh api that serves it, for one describe block: started
 * before its tests, closed after them, and every test failed by a script error or a
 * Content-Security-Policy violation on its pages. A spec's own beforeAll, declared after this,
 * seeds the api.
 */
export function consoleInBrowser(options: ConsoleOptions = {}): ConsoleSession {
  const session = new ConsoleSession(options);
  beforeAll(() => session.start(), 180_000);
  afterAll(() => session.stop());
  afterEach(async () => {
    // A step that timed out says only what it waited for: what the page showed instead.
    if ((globalThis as { __testFailed?: boolean }).__testFailed) await session.describePage();
    // A script error on any page fails the step that caused it.
    expect(session.errors).toEqual([]);
  });
  return session;
}

/**
 * One office page on the console, and the steps every scenario takes on it (arrow functions, so
 * that a spec may take them out: `const { signIn, see } = web`).
 */
export class ConsoleSession {
  readonly api = new ApiHarness();
  /** Script errors and CSP violations on the page so far. */
  readonly errors: string[] = [];
  page!: Page;
  private browser?: Browser;

  constructor(private readonly options: ConsoleOptions) {}

  /** Prints the page's address and the start of its text (after a failed test). */
  async describePage(): Promise<void> {
    try {
      const text = await this.page.locator('body').innerText({ timeout: 2000 });
      console.log(`The page after the failure: ${this.page.url()}\n${text.slice(0, 2000)}`);
    } catch (error) {
      console.log(`The page after the failure: ${this.page?.url()} (its text unreadable: ${String(error)})`);
    }
  }

  async start(): Promise<void> {
    const webDir = await consoleBuild();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    await this.api.start({ WEB_DIR: webDir, ...this.options.env });
    this.browser = await launchBrowser();
    this.page = await officePage(this.browser, this.errors, this.options.phone ? PHONE : undefined);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.api.stop();
  }

  /** Signs `who` in with a service token on the sign-in page, after signing out whoever was. */
  readonly signIn = async (who: Caller): Promise<void> => {
    // Forgets the token on the page as it is (one page load less than signOut), then signs in.
    if (this.page.url().startsWith(this.api.base))
      await this.page.evaluate("localStorage.removeItem('ssj.token')");
    await this.page.goto(`${this.api.base}/sign-in?with=token`);
    await this.page.getByLabel('访问令牌').fill(this.api.token(who));
    await this.page.getByRole('button', { name: '登录' }).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  };

  /** Forgets the token; the page stays on the sign-in page. */
  readonly signOut = async (): Promise<void> => {
    await this.page.goto(`${this.api.base}/sign-in`);
    await this.page.evaluate("localStorage.removeItem('ssj.token')");
  };

  /** Opens a task's page (on an entity's results, if named) once its stages are shown. */
  readonly openTask = async (taskId: string, entityId?: string): Promise<void> => {
    await this.page.goto(`${this.api.base}/tasks/${taskId}${entityId ? `?entity=${entityId}` : ''}`);
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
    await this.page.getByRole('button', { name: /发起与响应/ }).waitFor();
  };

  /** Waits until `text` is on the page. */
  readonly see = (text: string | RegExp): Promise<void> => this.page.getByText(text).first().waitFor();

  /** No serious or critical WCAG 2 A/AA violation (axe-core) on the page as it stands. */
  readonly accessible = async (): Promise<void> => {
    expect(await accessibilityViolations(this.page)).toEqual([]);
  };

  /** Saves the page as `<name>.png` when SCREENSHOTS is set, `at` scrolled into view. */
  readonly shot = async (name: string, at?: Locator): Promise<void> => {
    if (!SHOTS) return;
    await this.page.waitForLoadState('networkidle');
    if (at) await at.first().scrollIntoViewIfNeeded();
    await this.page.screenshot({
      path: join(SHOTS, `${this.options.shotPrefix ?? ''}${name}.png`),
      fullPage: this.options.fullPage ?? false,
    });
  };
}
