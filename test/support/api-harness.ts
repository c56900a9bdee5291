import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RecordedEvent } from '@app/event-store';
import { type Stores, loadConfig, mintAccessToken } from '@app/runtime';
import { createApp } from '../../apps/api/src/bootstrap';
import { STORES } from '../../apps/api/src/stores/stores.providers';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface Caller {
  sub: string;
  department: string;
  /** Known roles and, to test that they are ignored, any others. */
  roles: string[];
  name?: string;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A running api on a fresh embedded data directory, and helpers to call it as someone. */
export class ApiHarness {
  app!: NestFastifyApplication;
  base!: string;
  stores!: Stores;
  dir!: string;

  /** `logger`: where the app logs (default: nowhere), for tests that read what it logs. */
  constructor(private readonly options: { logger?: LoggerService } = {}) {}

  async start(env: Record<string, string> = {}): Promise<this> {
    this.dir = mkdtempSync(join(tmpdir(), 'ssj-api-'));
    return this.open(env);
  }

  /** A second api on another harness's data directory, as a second process on one store would be. */
  async startOn(dir: string, env: Record<string, string> = {}): Promise<this> {
    this.dir = dir;
    return this.open(env);
  }

  /** Closes the api and starts it again on the same data, as a restart of the process would. */
  async restart(env: Record<string, string> = {}): Promise<this> {
    await this.app.close();
    return this.open(env);
  }

  private async open(env: Record<string, string>): Promise<this> {
    // The product's defaults, ENFORCEMENT_QUALIFICATION=required among them: suites register their
    // team members with 执法资格 (enforcementCertificate in task-fixtures.ts).
    const config = loadConfig({ DATA_DIR: this.dir, AUTH_SECRET: TEST_SECRET, ...env });
    this.app = await createApp(config, {
      logger: this.options.logger ?? false,
    });
    await this.app.listen(0, '127.0.0.1');
    this.base = await this.app.getUrl();
    this.stores = this.app.get<Stores>(STORES);
    return this;
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  token(caller: Caller, expiresIn: string | number = '1h'): string {
    return mintAccessToken(
      TEST_SECRET,
      {
        sub: caller.sub,
        name: caller.name ?? caller.sub,
        department: caller.department,
        roles: caller.roles,
      },
      expiresIn,
    );
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: {
      as?: Caller;
      body?: unknown;
      headers?: Record<string, string>;
      rawBody?: RequestInit['body'];
    } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.authorization = `Bearer ${this.token(options.as)}`;
    let body: RequestInit['body'] = options.rawBody;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${this.base}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** GETs a file: its bytes and headers. */
  async download(path: string, as: Caller): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const response = await fetch(`${this.base}${path}`, {
      headers: { authorization: `Bearer ${this.token(as)}` },
    });
    return {
      status: response.status,
      bytes: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  /** Uploads a file as multipart/form-data in the field `file` (fetch sets the boundary). */
  upload<T = Record<string, unknown>>(
    path: string,
    as: Caller,
    file: { name: string; content: Buffer | string; type?: string },
  ): Promise<Answer<T>> {
    const form = new FormData();
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
    return this.call<T>('POST', path, { as, rawBody: form });
  }

  /** Every event of a stream, in order. */
  async streamEvents(stream: string): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    for await (const event of this.stores.events.readStream(stream)) out.push(event);
    return out;
  }

  /** Every event of the log, in order. */
  async allEvents(): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    for await (const event of this.stores.events.readAll()) out.push(event);
    return out;
  }

  /** Position of the newest event in the log (0 when empty). */
  head(): Promise<number> {
    return this.stores.events.headPosition();
  }

  /** Polls `probe` until it returns true, at most `timeoutMs`; false if it never did. */
  async until(probe: () => Promise<boolean>, timeoutMs = 5000, everyMs = 20): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await probe()) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

/** An error answer: `{ statusCode, code, message, details }`. */
export interface ErrorAnswer {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/** A staff member of a department with the given roles. */
export function staff(
  department: string,
  roles: string[],
  sub = `${roles[0] ?? 'nobody'}-${department}`,
): Caller {
  return { sub, department, roles };
}

export const admin: Caller = { sub: 'admin-1', department: 'system', roles: ['admin'] };

/** `expect.any(String)` typed as the string it stands for (the raw matcher is `any`). */
export const anyString = (): string => expect.any(String) as string;

/** `expect.stringMatching(pattern)` typed as the string it stands for. */
export const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
