import { readFileSync } from 'node:fs';

/** The kinds of items of the public feed (docs/exchange.md). */
export const FEED_ITEM_KINDS = [
  'plan.published',
  'plan.closed',
  'task.announced',
  'task.cancelled',
  'result.published',
  'result.corrected',
  'result.withdrawn',
  'result.rectified',
] as const;
export type FeedItemKind = (typeof FEED_ITEM_KINDS)[number];

/** One system the deployment pushes the feed to. */
export interface FeedSubscriberSettings {
  id: string;
  url: string;
  kinds: FeedItemKind[];
  secret: string;
}

/** Retries: the first wait, doubled each time up to the longest; after `maxAttempts` the item is a dead letter. */
export interface FeedSettings {
  subscribers: FeedSubscriberSettings[];
  maxAttempts: number;
  retryFirstMs: number;
  retryLongestMs: number;
  timeoutMs: number;
  /** How often an idle deliverer looks for a cursor reset written by another process. */
  resetPollMs: number;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_SUBSCRIBERS = 50;

/**
 * FEED_SUBSCRIBERS: a JSON array, or the path of a file holding one, of
 * `{ id, url, kinds, secret | secretFile }`; FEED_MAX_ATTEMPTS (default 8), FEED_RETRY_FIRST_MS
 * (1000), FEED_RETRY_LONGEST_MS (300000), FEED_TIMEOUT_MS (10000), FEED_RESET_POLL_MS (5000). Checked strictly: a wrong entry
 * stops the start, naming the entry and the field.
 */
export function readFeedSettings(
  env: Record<string, string | undefined>,
): { settings: FeedSettings } | { problems: string[] } {
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const given = env[name]?.trim();
    if (given === undefined || given === '') return fallback;
    const value = Number(given);
    if (!/^\d+$/.test(given) || value < min || value > max) {
      problems.push(`${name}=${JSON.stringify(given.slice(0, 40))}: a whole number, ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const maxAttempts = number('FEED_MAX_ATTEMPTS', 8, 1, 100);
  const retryFirstMs = number('FEED_RETRY_FIRST_MS', 1000, 1, 3_600_000);
  const retryLongestMs = number('FEED_RETRY_LONGEST_MS', 300_000, 1, 86_400_000);
  const timeoutMs = number('FEED_TIMEOUT_MS', 10_000, 10, 300_000);
  const resetPollMs = number('FEED_RESET_POLL_MS', 5000, 10, 600_000);
  const subscribers = readSubscribers(env.FEED_SUBSCRIBERS?.trim(), problems);
  if (problems.length > 0) return { problems };
  return { settings: { subscribers, maxAttempts, retryFirstMs, retryLongestMs, timeoutMs, resetPollMs } };
}

function readSubscribers(given: string | undefined, problems: string[]): FeedSubscriberSettings[] {
  if (given === undefined || given === '') return [];
  let text = given;
  if (!given.startsWith('[')) {
    try {
      text = readFileSync(given, 'utf8');
    } catch (error) {
      problems.push(`FEED_SUBSCRIBERS=${JSON.stringify(given.slice(0, 200))}: ${(error as Error).message}`);
      return [];
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push('FEED_SUBSCRIBERS: not JSON (an array of { id, url, kinds, secret | secretFile })');
    return [];
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_SUBSCRIBERS) {
    problems.push(`FEED_SUBSCRIBERS: an array of at most ${MAX_SUBSCRIBERS} subscribers`);
    return [];
  }
  const out: FeedSubscriberSettings[] = [];
  parsed.forEach((entry: unknown, index) => {
    const where = `FEED_SUBSCRIBERS[${index}]`;
    const subscriber = readSubscriber(entry, where, problems);
    if (!subscriber) return;
    if (out.some((s) => s.id === subscriber.id))
      problems.push(`${where}.id: ${subscriber.id} is given twice`);
    else out.push(subscriber);
  });
  return out;
}

function readSubscriber(
  entry: unknown,
  where: string,
  problems: string[],
): FeedSubscriberSettings | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.push(`${where}: an object { id, url, kinds, secret | secretFile }`);
    return undefined;
  }
  const e = entry as Record<string, unknown>;
  const before = problems.length;
  const unknown = Object.keys(e).filter((k) => !['id', 'url', 'kinds', 'secret', 'secretFile'].includes(k));
  if (unknown.length > 0) problems.push(`${where}: unknown field(s) ${unknown.join(', ')}`);
  if (typeof e.id !== 'string' || !ID.test(e.id))
    problems.push(`${where}.id: 1 to 40 of a-z, 0-9 and -, starting with a letter or digit`);
  if (typeof e.url !== 'string' || e.url.length > 2000 || !isHttpUrl(e.url))
    problems.push(`${where}.url: an http:// or https:// address`);
  const kinds = e.kinds;
  if (
    !Array.isArray(kinds) ||
    kinds.length === 0 ||
    kinds.some((k) => !(FEED_ITEM_KINDS as readonly unknown[]).includes(k)) ||
    new Set(kinds).size !== kinds.length
  )
    problems.push(`${where}.kinds: a non-empty list of distinct kinds among ${FEED_ITEM_KINDS.join(', ')}`);
  let secret: string | undefined;
  if ((e.secret === undefined) === (e.secretFile === undefined)) {
    problems.push(`${where}: give secret or secretFile, one of them`);
  } else if (e.secret !== undefined) {
    secret = typeof e.secret === 'string' ? e.secret : undefined;
  } else if (typeof e.secretFile === 'string') {
    try {
      secret = readFileSync(e.secretFile, 'utf8').trim();
    } catch (error) {
      problems.push(`${where}.secretFile: ${(error as Error).message}`);
      return undefined;
    }
  }
  if (problems.length === before && (secret === undefined || secret.length < 32 || secret.length > 512))
    problems.push(`${where}: the secret is 32 to 512 characters`);
  if (problems.length > before) return undefined;
  return { id: e.id as string, url: e.url as string, kinds: kinds as FeedItemKind[], secret: secret! };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}
