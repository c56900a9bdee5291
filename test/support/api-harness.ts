import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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
  private dir!: string;

  async start(env: Record<string, string> = {}): Promise<this> {
    this.dir = mkdtempSync(join(tmpdir(), 'ssj-api-'));
    this.app = await createApp(loadConfig({ DATA_DIR: this.dir, AUTH_SECRET: TEST_SECRET, ...env }), {
      logger: false,
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
}

export const admin: Caller = { sub: 'admin-1', department: 'system', roles: ['admin'] };
