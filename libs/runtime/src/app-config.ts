import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { resolve } from 'node:path';
import { BEACON_SOURCES, type BeaconPolicy, type ItemClassLimits } from '@app/domain';
import { readItemClassLimits } from './item-class-limits-config';
import { type PlanFilingSettings, readPlanFilingSettings } from './plan-filing-config';
import { type FormSettings, readFormSettings } from './forms-config';
import { type SignInSettings, readSignInSettings } from './sign-in-config';
import { type EvidenceSettings, readEvidenceSettings } from './evidence-config';
import { type FeedSettings, readFeedSettings } from './feed-config';

const BEACON_SOURCE_LIST = new RegExp(
  `^(${Object.keys(BEACON_SOURCES).join('|')})(,(${Object.keys(BEACON_SOURCES).join('|')}))*$`,
);

/** The service's settings, read from environment variables and checked at start-up. */
export class EnvironmentVariables {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  HOST?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @IsOptional()
  @IsIn(['FULL', 'NORMAL'])
  SQLITE_SYNCHRONOUS?: 'FULL' | 'NORMAL';

  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, {
    message: 'must be an esdb:// connection string, e.g. esdb://localhost:2113?tls=false',
  })
  EVENTSTORE_URL?: string;

  @IsOptional()
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// connection string' })
  MONGODB_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'must be a postgres:// connection string, e.g. postgres://ssj:secret@localhost:5432/ssj',
  })
  DATABASE_URL?: string;

  /** Connections each process's shared PostgreSQL pool may open (docs/operations.md, "Sizing"). */
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(200)
  PG_POOL_MAX?: number;

  @IsOptional()
  @IsIn(['true', 'false'])
  MONGODB_TRANSACTIONS?: 'true' | 'false';

  @IsOptional()
  @IsIn(['true', 'false'])
  SIMULATED_CLOCK?: 'true' | 'false';

  @IsOptional()
  @IsIn(['true', 'false'])
  RUN_PROJECTIONS?: 'true' | 'false';

  @IsOptional()
  @IsIn(['true', 'false'])
  PROJECTION_THREAD?: 'true' | 'false';

  /** A demonstration (`npm run demo`): /health says so and the console marks every page 演示数据. */
  @IsOptional()
  @IsIn(['1', '0', 'true', 'false'])
  DEMO?: '1' | '0' | 'true' | 'false';

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60_000)
  READ_MODEL_WAIT_MS?: number;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (a random secret for signing tokens)' })
  AUTH_SECRET?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  RESPONSE_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  PUBLICATION_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  OBJECTION_REVIEW_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  OBJECTION_OUTCOME_NOTICE_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  REFERRAL_ACCEPT_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  REFERRAL_OUTCOME_WORKING_DAYS?: number;

  /** The old name of OBJECTION_OUTCOME_NOTICE_WORKING_DAYS, still accepted. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  FEEDBACK_WORKING_DAYS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  PUBLICATION_PERIOD_YEARS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PUBLIC_RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional()
  @IsInt()
  @Min(4)
  @Max(1_000_000)
  ENTITY_CODE_TRIES_PER_ADDRESS?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  READ_CACHE_ENTRIES?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60_000)
  SQLITE_CHECKPOINT_MS?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8760)
  TOKEN_MAX_LIFETIME_HOURS?: number;

  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(64)
  IMPORT_CONCURRENCY?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  DRAW_YEARLY_CAP?: number;

  @IsOptional()
  @IsIn(['true', 'false'])
  DISCARDED_DRAWS_COUNT?: string;

  @IsOptional()
  @IsIn(['required', 'off'])
  ENFORCEMENT_QUALIFICATION?: string;

  @IsOptional()
  @Matches(/^\d{6}:\d{6}(,\d{6})*(;\d{6}:\d{6}(,\d{6})*)*$/, {
    message: 'must list region:neighbour,neighbour;… with 6-digit codes, e.g. 320102:320104,320105',
  })
  DRAW_NEIGHBOUR_REGIONS?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  TRANSPARENCY_CHECKPOINT_EVERY?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  TRANSPARENCY_CHECKPOINT_MINUTES?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TRANSPARENCY_SIGNING_KEY_FILE?: string;

  @IsOptional()
  @Matches(/^[\x21-\x2a\x2c-\x7e]{1,128}$/, {
    message: 'must be 1–128 printable ASCII characters without spaces or "+", e.g. ssj.example.gov.cn/log',
  })
  TRANSPARENCY_LOG_ORIGIN?: string;

  @IsOptional()
  @Matches(BEACON_SOURCE_LIST, {
    message: `must list beacon sources this version knows, comma-separated: ${Object.keys(BEACON_SOURCES).join(', ')}`,
  })
  DRAW_BEACON_SOURCES?: string;

  @IsOptional()
  @IsIn(['never', 'urgent-adhoc', 'any'])
  DRAW_WITHOUT_BEACON?: 'never' | 'urgent-adhoc' | 'any';
}

/** Deadlines in working days: policy of each deployment (some counties publish in 10). */
export interface DeadlinePolicy {
  /** A participating department responds to a joint task (Gui'an 第四十条). */
  response: number;
  /** A result is published after the task's window ends. */
  publication: number;
  /** An objection is reviewed, from its receipt (Yiyuan 二十七: 20). */
  objectionReview: number;
  /** The business is told the review's outcome, from the review (Yiyuan 二十七: 15). */
  objectionOutcomeNotice: number;
  /** Years a published result stays public before the entity may apply to withdraw it. */
  publicationPeriodYears: number;
  /** A referral is accepted or returned, from its sending (no seed sets it: 7, as Gui'an 第四十七条's reply; ADR 50). */
  referralAccept: number;
  /** Its outcome is recorded, from its acceptance (no seed sets it: 20, as the 20 of Yiyuan 二十七; ADR 50). */
  referralOutcome: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** The embedded store's file: DATA_DIR/shuangsuiji.sqlite. */
  sqliteFile: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  eventStoreUrl?: string;
  mongodbUrl?: string;
  /** PostgreSQL for the log, the read models and the records (DATABASE_URL; ADR 42). */
  databaseUrl?: string;
  /** Connections of the process's shared PostgreSQL pool (PG_POOL_MAX, 2–200, default 20). */
  pgPoolMax: number;
  /** false: MongoDB without transactions; read models use per-document position guards. */
  mongodbTransactions: boolean;
  /** An administrator may set the api's clock (simulations and demonstrations only). */
  simulatedClock: boolean;
  /** false: this process serves read models that apps/projector keeps. */
  runProjections: boolean;
  /**
   * Where this process runs the projections on an embedded SQLite file: in a thread of its own on a
   * second connection (PROJECTION_THREAD, default true; ADR 58), or on the api's thread.
   */
  projectionThread: boolean;
  /** Demonstration data (DEMO=1, set by `npm run demo`): said by /health, marked in the console. */
  demo: boolean;
  /**
   * How long a command waits for the read models its events change before answering
   * (read-your-writes; READ_MODEL_WAIT_MS, default 2,000); 0: it answers once its events are appended.
   */
  readModelWaitMs: number;
  /** HS256 secret for access tokens; unset: the embedded default keeps one in DATA_DIR. */
  authSecret?: string;
  deadlines: DeadlinePolicy;
  /** An entity drawn this many times in a year is left out of further pools (with exemptions). */
  yearlyCap: number;
  /**
   * Whether entities of a draw discarded by a cancellation after the freeze still count toward
   * their yearly draws (default true: cancelling cannot reset the cap). Recorded in each draw.
   */
  discardedDrawsCount: boolean;
  /**
   * Whether team members need 执法资格 valid through the task's window (Yiyuan 十九、二十; default
   * true). Experts and auxiliaries never count, whatever this says.
   */
  enforcementRequired: boolean;
  /** Requests a minute each client may make to the sign-in-free public routes. */
  publicRateLimitPerMinute: number;
  /** One-time codes a client address may try per 15 minutes on the portal; it may ask for a quarter as many. */
  entityCodeTriesPerAddress: number;
  /** Read-model query answers kept while their read model is unchanged (0: none). */
  readCacheEntries: number;
  /**
   * How often a worker thread copies the embedded file's WAL into it (ADR 55); 0: the writing
   * connection does it itself, every 20,000 pages, as SQLite would.
   */
  sqliteCheckpointMs: number;
  /** The longest an access token may live (from its issue and from now); longer ones are refused. */
  tokenMaxLifetimeHours: number;
  /** Sessions of signed-in officials and the unified identity platform (sign-in-config.ts). */
  signIn: SignInSettings;
  /** Each check-item class's yearly ratio limits (item-class-limits-config.ts; docs/operations.md). */
  itemClassLimits: ItemClassLimits;
  /** Plan filing with the joint office and the consolidated plan's deadlines (plan-filing-config.ts). */
  planFiling: PlanFilingSettings;
  /** The printed forms' font and the public address their QR codes link to (forms-config.ts). */
  forms: FormSettings;
  /** The built web console the api serves at `/` (none served when it has not been built). */
  webDir: string;
  /** Imports this process reads at once; one more is answered 503 IMPORT_BUSY. */
  importConcurrency: number;
  /** Regions whose inspectors may help a region with too few (inspector draws; recorded as such). */
  neighbourRegions: Record<string, string[]>;
  /** The transparency log's signed checkpoints (docs/operations.md, "Transparency log"). */
  transparency: {
    origin: string;
    checkpointEvery: number;
    checkpointMinutes: number;
    /** The Ed25519 key (PEM); the embedded default generates one once in DATA_DIR. */
    signingKeyFile: string;
    generateKey: boolean;
  };
  /** The public beacons a task may name, and when a draw may do without one (docs/draw.md §2). */
  beaconPolicy: BeaconPolicy;
  /** Where evidence files are kept, and for how long (evidence-config.ts; docs/operations.md). */
  evidence: EvidenceSettings;
  /** The public feed's push subscribers and their retries (feed-config.ts; docs/exchange.md). */
  feed: FeedSettings;
}

/** Raised when a variable has a wrong value; the message names each variable and why. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

const VARIABLES = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'SQLITE_SYNCHRONOUS',
  'EVENTSTORE_URL',
  'MONGODB_URL',
  'DATABASE_URL',
  'PG_POOL_MAX',
  'MONGODB_TRANSACTIONS',
  'SIMULATED_CLOCK',
  'RUN_PROJECTIONS',
  'PROJECTION_THREAD',
  'DEMO',
  'READ_MODEL_WAIT_MS',
  'AUTH_SECRET',
  'RESPONSE_WORKING_DAYS',
  'PUBLICATION_WORKING_DAYS',
  'OBJECTION_REVIEW_WORKING_DAYS',
  'OBJECTION_OUTCOME_NOTICE_WORKING_DAYS',
  'REFERRAL_ACCEPT_WORKING_DAYS',
  'REFERRAL_OUTCOME_WORKING_DAYS',
  'FEEDBACK_WORKING_DAYS',
  'PUBLICATION_PERIOD_YEARS',
  'PUBLIC_RATE_LIMIT_PER_MINUTE',
  'ENTITY_CODE_TRIES_PER_ADDRESS',
  'READ_CACHE_ENTRIES',
  'SQLITE_CHECKPOINT_MS',
  'TOKEN_MAX_LIFETIME_HOURS',
  'WEB_DIR',
  'IMPORT_CONCURRENCY',
  'DRAW_YEARLY_CAP',
  'DRAW_NEIGHBOUR_REGIONS',
  'DISCARDED_DRAWS_COUNT',
  'ENFORCEMENT_QUALIFICATION',
  'TRANSPARENCY_CHECKPOINT_EVERY',
  'TRANSPARENCY_CHECKPOINT_MINUTES',
  'TRANSPARENCY_SIGNING_KEY_FILE',
  'TRANSPARENCY_LOG_ORIGIN',
  'DRAW_BEACON_SOURCES',
  'DRAW_WITHOUT_BEACON',
] as const;

const NUMERIC = new Set<string>([
  'PORT',
  'PG_POOL_MAX',
  'RESPONSE_WORKING_DAYS',
  'PUBLICATION_WORKING_DAYS',
  'OBJECTION_REVIEW_WORKING_DAYS',
  'OBJECTION_OUTCOME_NOTICE_WORKING_DAYS',
  'REFERRAL_ACCEPT_WORKING_DAYS',
  'REFERRAL_OUTCOME_WORKING_DAYS',
  'FEEDBACK_WORKING_DAYS',
  'PUBLICATION_PERIOD_YEARS',
  'PUBLIC_RATE_LIMIT_PER_MINUTE',
  'ENTITY_CODE_TRIES_PER_ADDRESS',
  'READ_CACHE_ENTRIES',
  'SQLITE_CHECKPOINT_MS',
  'READ_MODEL_WAIT_MS',
  'TOKEN_MAX_LIFETIME_HOURS',
  'IMPORT_CONCURRENCY',
  'DRAW_YEARLY_CAP',
  'TRANSPARENCY_CHECKPOINT_EVERY',
  'TRANSPARENCY_CHECKPOINT_MINUTES',
]);

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const given: Record<string, string | number> = {};
  for (const name of VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') given[name] = value;
  }
  for (const name of NUMERIC) {
    const value = given[name];
    if (typeof value === 'string' && /^\d+$/.test(value)) given[name] = Number(value);
  }
  const parsed = plainToInstance(EnvironmentVariables, given);
  const errors = validateSync(parsed);
  const signIn = readSignInSettings(env);
  const itemClasses = readItemClassLimits(env);
  const notice = outcomeNoticeDays(parsed);
  const planFiling = readPlanFilingSettings(env);
  const forms = readFormSettings(env);
  const evidence = readEvidenceSettings(env, resolve(parsed.DATA_DIR ?? './data'));
  const feed = readFeedSettings(env);
  const mixed =
    parsed.DATABASE_URL && (parsed.EVENTSTORE_URL || parsed.MONGODB_URL)
      ? 'DATABASE_URL: PostgreSQL holds every store; set it, or EVENTSTORE_URL and MONGODB_URL, not both'
      : undefined;
  if (
    errors.length > 0 ||
    'problems' in signIn ||
    'problems' in itemClasses ||
    'problems' in planFiling ||
    'problems' in forms ||
    'problems' in evidence ||
    'problems' in feed ||
    'problem' in notice ||
    mixed
  ) {
    const reasons = errors.map(
      (e) =>
        `${e.property}=${e.property === 'AUTH_SECRET' ? '(hidden)' : JSON.stringify(env[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    if ('problems' in signIn) reasons.push(...signIn.problems);
    if ('problems' in itemClasses) reasons.push(...itemClasses.problems);
    if ('problems' in planFiling) reasons.push(...planFiling.problems);
    if ('problems' in forms) reasons.push(...forms.problems);
    if ('problems' in evidence) reasons.push(...evidence.problems);
    if ('problems' in feed) reasons.push(...feed.problems);
    if ('problem' in notice) reasons.push(notice.problem);
    if (mixed) reasons.push(mixed);
    throw new ConfigurationError(`Invalid configuration: ${reasons.join(' | ')}`);
  }
  const dataDir = resolve(parsed.DATA_DIR ?? './data');
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    dataDir,
    sqliteFile: resolve(dataDir, 'shuangsuiji.sqlite'),
    sqliteSynchronous: parsed.SQLITE_SYNCHRONOUS ?? 'FULL',
    eventStoreUrl: parsed.EVENTSTORE_URL,
    mongodbUrl: parsed.MONGODB_URL,
    databaseUrl: parsed.DATABASE_URL,
    pgPoolMax: parsed.PG_POOL_MAX ?? 20,
    mongodbTransactions: parsed.MONGODB_TRANSACTIONS !== 'false',
    simulatedClock: parsed.SIMULATED_CLOCK === 'true',
    runProjections: parsed.RUN_PROJECTIONS !== 'false',
    projectionThread: parsed.PROJECTION_THREAD !== 'false',
    demo: parsed.DEMO === '1' || parsed.DEMO === 'true',
    readModelWaitMs: parsed.READ_MODEL_WAIT_MS ?? 2000,
    authSecret: parsed.AUTH_SECRET,
    deadlines: {
      response: parsed.RESPONSE_WORKING_DAYS ?? 2,
      publication: parsed.PUBLICATION_WORKING_DAYS ?? 20,
      objectionReview: parsed.OBJECTION_REVIEW_WORKING_DAYS ?? 20,
      objectionOutcomeNotice: notice.days,
      publicationPeriodYears: parsed.PUBLICATION_PERIOD_YEARS ?? 3,
      referralAccept: parsed.REFERRAL_ACCEPT_WORKING_DAYS ?? 7,
      referralOutcome: parsed.REFERRAL_OUTCOME_WORKING_DAYS ?? 20,
    },
    yearlyCap: parsed.DRAW_YEARLY_CAP ?? 2,
    discardedDrawsCount: parsed.DISCARDED_DRAWS_COUNT !== 'false',
    enforcementRequired: parsed.ENFORCEMENT_QUALIFICATION !== 'off',
    publicRateLimitPerMinute: parsed.PUBLIC_RATE_LIMIT_PER_MINUTE ?? 120,
    entityCodeTriesPerAddress: parsed.ENTITY_CODE_TRIES_PER_ADDRESS ?? 20,
    readCacheEntries: parsed.READ_CACHE_ENTRIES ?? 1000,
    sqliteCheckpointMs: parsed.SQLITE_CHECKPOINT_MS ?? 250,
    tokenMaxLifetimeHours: parsed.TOKEN_MAX_LIFETIME_HOURS ?? 168,
    signIn: signIn.settings,
    itemClassLimits: itemClasses.limits,
    planFiling: planFiling.settings,
    forms: forms.settings,
    evidence: evidence.settings,
    feed: feed.settings,
    webDir: resolve(parsed.WEB_DIR ?? 'dist/apps/web'),
    importConcurrency: parsed.IMPORT_CONCURRENCY ?? 2,
    transparency: {
      origin: parsed.TRANSPARENCY_LOG_ORIGIN ?? 'shuangsuiji/transparency-log',
      checkpointEvery: parsed.TRANSPARENCY_CHECKPOINT_EVERY ?? 1000,
      checkpointMinutes: parsed.TRANSPARENCY_CHECKPOINT_MINUTES ?? 10,
      signingKeyFile: resolve(
        parsed.TRANSPARENCY_SIGNING_KEY_FILE ?? resolve(dataDir, 'transparency-ed25519.pem'),
      ),
      generateKey: parsed.TRANSPARENCY_SIGNING_KEY_FILE === undefined,
    },
    neighbourRegions: Object.fromEntries(
      (parsed.DRAW_NEIGHBOUR_REGIONS ?? '')
        .split(';')
        .filter((entry) => entry.length > 0)
        .map((entry) => {
          const [region, neighbours] = entry.split(':');
          return [region, neighbours.split(',')];
        }),
    ),
    beaconPolicy: {
      sources: parsed.DRAW_BEACON_SOURCES?.split(',') ?? Object.keys(BEACON_SOURCES),
      withoutBeacon: parsed.DRAW_WITHOUT_BEACON ?? 'urgent-adhoc',
    },
  };
}

/** OBJECTION_OUTCOME_NOTICE_WORKING_DAYS, or its old name FEEDBACK_WORKING_DAYS; both only if equal. */
function outcomeNoticeDays(parsed: EnvironmentVariables): { days: number } | { problem: string } {
  const { OBJECTION_OUTCOME_NOTICE_WORKING_DAYS: days, FEEDBACK_WORKING_DAYS: oldName } = parsed;
  if (days !== undefined && oldName !== undefined && days !== oldName) {
    return {
      problem: `FEEDBACK_WORKING_DAYS=${oldName}: the old name of OBJECTION_OUTCOME_NOTICE_WORKING_DAYS, and differs from it (${days})`,
    };
  }
  return { days: days ?? oldName ?? 15 };
}

/** The configuration, or, when a variable is wrong, the reason logged and the process ended. */
export function loadConfigOrExit(
  env: Record<string, string | undefined>,
  log: (message: string) => void,
): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    log(error.message);
    process.exit(1);
  }
}
