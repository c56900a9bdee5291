/**
 * Public randomness beacons a draw may wait for (docs/draw.md §2): a value nobody can know before
 * its publication time. A task names its source and round at initiation; the pool and every seed
 * are fixed before that time; the value is entered afterwards and confirmed by a second official.
 */
export interface BeaconSource {
  id: string;
  name: { zh: string; en: string };
  /** The round as the source numbers it (an issue number, a drand round). */
  round: { pattern: string; example: string };
  /** The value as entered, after removing all white space (and lower-casing for hex). */
  value: { pattern: string; example: string; description: { zh: string; en: string } };
  /** How the round's publication time is known. */
  publication: DailyPublication | PeriodicPublication;
}

/** A lottery drawn once a day at a fixed Beijing time: the round names its date. */
export interface DailyPublication {
  kind: 'daily';
  /** The scheduled draw time, Beijing time (UTC+8), HH:MM; no result is public before it. */
  at: string;
}

/** A beacon publishing round r at genesis + (r − 1) × period (drand). */
export interface PeriodicPublication {
  kind: 'periodic';
  genesisUnixSeconds: number;
  periodSeconds: number;
}

/** The sources this code knows; a deployment chooses which it accepts (DRAW_BEACON_SOURCES). */
export const BEACON_SOURCES: Readonly<Record<string, BeaconSource>> = {
  'cwl-3d': {
    id: 'cwl-3d',
    name: { zh: '中国福利彩票 福彩3D', en: 'China Welfare Lottery 3D' },
    round: { pattern: '^[0-9]{7}$', example: '2026321' },
    value: {
      pattern: '^[0-9]{3}$',
      example: '528',
      description: { zh: '三位开奖号码，如 528', en: 'the three drawn digits, e.g. 528' },
    },
    publication: { kind: 'daily', at: '21:15' },
  },
  'cslc-pl5': {
    id: 'cslc-pl5',
    name: { zh: '中国体育彩票 排列5', en: 'China Sports Lottery Pick 5' },
    round: { pattern: '^[0-9]{5}$', example: '26321' },
    value: {
      pattern: '^[0-9]{5}$',
      example: '03917',
      description: { zh: '五位开奖号码，如 03917', en: 'the five drawn digits, e.g. 03917' },
    },
    publication: { kind: 'daily', at: '21:25' },
  },
  'drand-quicknet': {
    id: 'drand-quicknet',
    name: { zh: 'drand quicknet 公共随机信标', en: 'drand quicknet beacon' },
    round: { pattern: '^[1-9][0-9]{0,11}$', example: '21000000' },
    value: {
      pattern: '^[0-9a-f]{64}$',
      example: 'a'.repeat(64),
      description: {
        zh: '该轮的 randomness，64 位十六进制',
        en: "the round's randomness, 64 hex digits",
      },
    },
    publication: { kind: 'periodic', genesisUnixSeconds: 1692803367, periodSeconds: 3 },
  },
};

/** A round a task waits for, as recorded at initiation. */
export interface BeaconRound {
  source: string;
  round: string;
  /** The Beijing date of a daily source's round. */
  drawDate?: string;
  /** When the value becomes public (ISO 8601, UTC): the pool is frozen before, the value entered after. */
  publishedAt: string;
}

/** Why a round cannot be named, or undefined. */
export function beaconRoundProblem(
  source: BeaconSource,
  round: string,
  drawDate?: string,
): string | undefined {
  if (!new RegExp(source.round.pattern).test(round)) {
    return `${source.id}: the round is written like ${source.round.example}`;
  }
  if (source.publication.kind === 'daily' && !/^\d{4}-\d{2}-\d{2}$/.test(drawDate ?? '')) {
    return `${source.id}: a daily round names its draw date (YYYY-MM-DD)`;
  }
  return undefined;
}

/** When a round's value is published (ISO 8601, UTC). Call only when beaconRoundProblem found none. */
export function beaconPublishedAt(source: BeaconSource, round: string, drawDate?: string): string {
  const publication = source.publication;
  if (publication.kind === 'daily') {
    return new Date(`${drawDate}T${publication.at}:00+08:00`).toISOString();
  }
  const seconds = publication.genesisUnixSeconds + (Number(round) - 1) * publication.periodSeconds;
  return new Date(seconds * 1000).toISOString();
}

/** The value as compared and hashed: white space removed, hex lower-cased. */
export function normaliseBeaconValue(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

/** Whether a (normalised) value has the source's format. */
export function isBeaconValue(source: BeaconSource, value: string): boolean {
  return new RegExp(source.value.pattern).test(value);
}
