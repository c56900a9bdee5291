/**
 * A browser as far as a sign-in needs one: follows redirects by hand, keeps each origin's
 * cookies (by name; a test's hosts reuse none), and fills in the forms it meets.
 */
export class BrowserDriver {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Every address visited, in order. */
  readonly visited: string[] = [];

  /** `route` maps a public address (behind the deployment's proxy) to where the test serves it. */
  constructor(private readonly route: (url: URL) => URL = (url) => url) {}

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    this.jar(origin).set(name, value);
  }

  /** One request, no redirect followed. */
  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = this.route(new URL(url));
    this.visited.push(target.href);
    const cookies = [...this.jar(target.origin)].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers: Record<string, string> = cookies ? { cookie: cookies } : {};
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') this.jar(target.origin).delete(name);
      else this.jar(target.origin).set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url` until an answer that is not one, or until `stop` says a
   * redirect's target is where the test takes over; answers the last response and its address.
   */
  async follow(
    url: string,
    stop: (location: URL) => boolean = () => false,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      const next = new URL(location, current);
      if (stop(next)) return { response, url: current };
      current = next.href;
      response = await this.request(current);
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** Submits the page's first form with its hidden fields and `fields`. */
  async submit(
    page: { response: Response; url: string },
    fields: Record<string, string>,
    stop?: (location: URL) => boolean,
  ): Promise<{ response: Response; url: string }> {
    const html = await page.response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on ${page.url}: ${html.slice(0, 200)}`);
    const form: Record<string, string> = {};
    for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
      form[input[1]] = input[2];
    }
    return this.follow(new URL(action, page.url).href, stop, {
      method: 'POST',
      form: { ...form, ...fields },
    });
  }

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map<string, string>()));
    return jar;
  }
}
