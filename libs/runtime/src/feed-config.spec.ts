import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FeedSettings, readFeedSettings } from './feed-config';

const SECRET = 's'.repeat(40);
const one = (overrides: Record<string, unknown> = {}) => ({
  id: 'gsxt',
  url: 'https://gsxt.example.gov.cn/feed',
  kinds: ['result.published', 'plan.published'],
  secret: SECRET,
  ...overrides,
});
const subscribers = (...entries: unknown[]) => ({ FEED_SUBSCRIBERS: JSON.stringify(entries) });

function settings(env: Record<string, string | undefined>): FeedSettings {
  const read = readFeedSettings(env);
  if (!('settings' in read)) throw new Error(read.problems.join('; '));
  return read.settings;
}

function problems(env: Record<string, string | undefined>): string[] {
  const read = readFeedSettings(env);
  if (!('problems' in read)) throw new Error('accepted');
  return read.problems;
}

describe('readFeedSettings', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ssj-feed-config-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to no subscribers and the documented timings', () => {
    expect(settings({})).toEqual({
      subscribers: [],
      maxAttempts: 8,
      retryFirstMs: 1000,
      retryLongestMs: 300_000,
      timeoutMs: 10_000,
      resetPollMs: 5000,
    });
    expect(settings({ FEED_SUBSCRIBERS: ' ', FEED_MAX_ATTEMPTS: '' }).subscribers).toEqual([]);
  });

  it('reads every timing given', () => {
    expect(
      settings({
        FEED_MAX_ATTEMPTS: '3',
        FEED_RETRY_FIRST_MS: '10',
        FEED_RETRY_LONGEST_MS: '40',
        FEED_TIMEOUT_MS: '300',
        FEED_RESET_POLL_MS: '50',
      }),
    ).toMatchObject({
      maxAttempts: 3,
      retryFirstMs: 10,
      retryLongestMs: 40,
      timeoutMs: 300,
      resetPollMs: 50,
    });
  });

  it.each([
    ['FEED_MAX_ATTEMPTS', '0'],
    ['FEED_MAX_ATTEMPTS', '101'],
    ['FEED_RETRY_FIRST_MS', '0'],
    ['FEED_RETRY_FIRST_MS', '3600001'],
    ['FEED_RETRY_LONGEST_MS', '86400001'],
    ['FEED_TIMEOUT_MS', '9'],
    ['FEED_TIMEOUT_MS', '300001'],
    ['FEED_RESET_POLL_MS', '9'],
    ['FEED_RESET_POLL_MS', '600001'],
    ['FEED_TIMEOUT_MS', '1.5'],
    ['FEED_MAX_ATTEMPTS', '-2'],
    ['FEED_RESET_POLL_MS', 'soon'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(problems({ [name]: value })).toEqual([
      expect.stringMatching(new RegExp(`^${name}=.*whole number`)),
    ]);
  });

  it('reads subscribers from JSON, and from a file', () => {
    const expected = [{ id: 'gsxt', url: one().url, kinds: one().kinds, secret: SECRET }];
    expect(settings(subscribers(one())).subscribers).toEqual(expected);
    const file = join(dir, 'subscribers.json');
    writeFileSync(file, JSON.stringify([one()]));
    expect(settings({ FEED_SUBSCRIBERS: file }).subscribers).toEqual(expected);
  });

  it('refuses a file that holds no array', () => {
    const file = join(dir, 'object.json');
    writeFileSync(file, '{"id":"gsxt"}');
    expect(problems({ FEED_SUBSCRIBERS: file })).toEqual([
      expect.stringMatching(/^FEED_SUBSCRIBERS: an array/),
    ]);
  });

  it('reads a secret from its file, trimmed', () => {
    const file = join(dir, 'secret');
    writeFileSync(file, `${SECRET}\n`);
    const entry = { ...one(), secret: undefined, secretFile: file };
    expect(settings(subscribers(entry)).subscribers[0].secret).toBe(SECRET);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a missing file', { FEED_SUBSCRIBERS: '/nowhere/subscribers.json' }, /^FEED_SUBSCRIBERS="\/nowhere/],
    ['not JSON', { FEED_SUBSCRIBERS: '[nope' }, /^FEED_SUBSCRIBERS: not JSON/],
    [
      'JSON not starting with [ (read as a path)',
      { FEED_SUBSCRIBERS: '{"id":"x"}' },
      /^FEED_SUBSCRIBERS="\{/,
    ],
    [
      '51 subscribers',
      subscribers(...Array.from({ length: 51 }, (_, i) => one({ id: `s${i}` }))),
      /at most 50/,
    ],
  ])('refuses FEED_SUBSCRIBERS as %s', (_case, env, message) => {
    expect(problems(env)).toEqual([expect.stringMatching(message)]);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'gsxt', /^FEED_SUBSCRIBERS\[0\]: an object/],
    ['an unknown field', one({ headers: {} }), /^FEED_SUBSCRIBERS\[0\]: unknown field\(s\) headers/],
    ['a bad id', one({ id: 'GSXT!' }), /^FEED_SUBSCRIBERS\[0\]\.id:/],
    ['an id too long', one({ id: 'a'.repeat(41) }), /^FEED_SUBSCRIBERS\[0\]\.id:/],
    ['a url not http', one({ url: 'ftp://gsxt.example/feed' }), /^FEED_SUBSCRIBERS\[0\]\.url:/],
    ['a url with a password', one({ url: 'https://u:p@gsxt.example/' }), /^FEED_SUBSCRIBERS\[0\]\.url:/],
    ['a url not a url', one({ url: 'gsxt' }), /^FEED_SUBSCRIBERS\[0\]\.url:/],
    ['no kinds', one({ kinds: [] }), /^FEED_SUBSCRIBERS\[0\]\.kinds:/],
    ['an unknown kind', one({ kinds: ['result.deleted'] }), /^FEED_SUBSCRIBERS\[0\]\.kinds:/],
    ['a kind twice', one({ kinds: ['plan.closed', 'plan.closed'] }), /^FEED_SUBSCRIBERS\[0\]\.kinds:/],
    ['no secret', one({ secret: undefined }), /^FEED_SUBSCRIBERS\[0\]: give secret or secretFile/],
    ['both secrets', one({ secretFile: '/x' }), /^FEED_SUBSCRIBERS\[0\]: give secret or secretFile/],
    ['a short secret', one({ secret: 'short' }), /^FEED_SUBSCRIBERS\[0\]: the secret is 32 to 512/],
    ['a long secret', one({ secret: 'x'.repeat(513) }), /^FEED_SUBSCRIBERS\[0\]: the secret is 32 to 512/],
    ['a secret not text', one({ secret: 42 }), /^FEED_SUBSCRIBERS\[0\]: the secret is 32 to 512/],
    ['a secret file missing', one({ secret: undefined, secretFile: '/nowhere' }), /\.secretFile:/],
  ])('refuses a subscriber with %s, naming the entry and field', (_case, entry, message) => {
    expect(problems(subscribers(entry))).toEqual([expect.stringMatching(message)]);
  });

  it('refuses an id given twice, naming the second entry', () => {
    expect(problems(subscribers(one(), one()))).toEqual(['FEED_SUBSCRIBERS[1].id: gsxt is given twice']);
  });

  it('reports every problem at once', () => {
    expect(
      problems({ FEED_MAX_ATTEMPTS: '0', ...subscribers(one({ url: 'x' }), one({ id: '-' })) }),
    ).toHaveLength(3);
  });
});
