import { resolve } from 'node:path';
import { ConfigurationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('needs nothing: the embedded default on port 3000 under ./data, synchronous FULL', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      sqliteFile: resolve('data', 'shuangsuiji.sqlite'),
      sqliteSynchronous: 'FULL',
      sqliteCheckpointMs: 250,
      eventStoreUrl: undefined,
      mongodbUrl: undefined,
      pgPoolMax: 20,
      mongodbTransactions: true,
      runProjections: true,
      projectionThread: true,
      readModelWaitMs: 2000,
      signIn: { accessTokenMinutes: 10, sessionHours: 12, trustProxy: false },
      itemClassLimits: {
        A: { max: { ratio: 0.1, inclusive: true } },
        B: { min: { ratio: 0.1, inclusive: false } },
      },
      planFiling: { filingDeadline: '01-31', consolidatedDeadline: '03-10' },
      feed: {
        subscribers: [],
        maxAttempts: 8,
        retryFirstMs: 1000,
        retryLongestMs: 300000,
        timeoutMs: 10000,
        resetPollMs: 5000,
      },
      evidence: { blobStore: { kind: 'filesystem', dir: resolve('data', 'blobs') }, retentionYears: 30 },
      forms: {
        font: {
          path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
          postscriptName: 'NotoSansCJKsc-Regular',
        },
      },
      authSecret: undefined,
      deadlines: {
        response: 2,
        publication: 20,
        objectionReview: 20,
        objectionOutcomeNotice: 15,
        publicationPeriodYears: 3,
        referralAccept: 7,
        referralOutcome: 20,
      },
      yearlyCap: 2,
      discardedDrawsCount: true,
      enforcementRequired: true,
      publicRateLimitPerMinute: 120,
      entityCodeTriesPerAddress: 20,
      readCacheEntries: 1000,
      tokenMaxLifetimeHours: 168,
      webDir: resolve('dist', 'apps', 'web'),
      transparency: {
        origin: 'shuangsuiji/transparency-log',
        checkpointEvery: 1000,
        checkpointMinutes: 10,
        signingKeyFile: resolve('data', 'transparency-ed25519.pem'),
        generateKey: true,
      },
      importConcurrency: 2,
      simulatedClock: false,
      demo: false,
      neighbourRegions: {},
      beaconPolicy: { sources: ['cwl-3d', 'cslc-pl5', 'drand-quicknet'], withoutBeacon: 'urgent-adhoc' },
    });
  });

  it('takes the transparency log settings, within bounds, and a key file instead of a generated key', () => {
    expect(
      loadConfig({
        TRANSPARENCY_CHECKPOINT_EVERY: '50',
        TRANSPARENCY_CHECKPOINT_MINUTES: '1440',
        TRANSPARENCY_SIGNING_KEY_FILE: '/etc/ssj/log.pem',
        TRANSPARENCY_LOG_ORIGIN: 'ssj.example.gov.cn/log',
      }).transparency,
    ).toEqual({
      origin: 'ssj.example.gov.cn/log',
      checkpointEvery: 50,
      checkpointMinutes: 1440,
      signingKeyFile: '/etc/ssj/log.pem',
      generateKey: false,
    });
    expect(() => loadConfig({ TRANSPARENCY_CHECKPOINT_EVERY: '0' })).toThrow(/TRANSPARENCY_CHECKPOINT_EVERY/);
    expect(() => loadConfig({ TRANSPARENCY_CHECKPOINT_MINUTES: '1441' })).toThrow(
      /TRANSPARENCY_CHECKPOINT_MINUTES/,
    );
    expect(() => loadConfig({ TRANSPARENCY_LOG_ORIGIN: 'a b' })).toThrow(/TRANSPARENCY_LOG_ORIGIN/);
    expect(() => loadConfig({ TRANSPARENCY_LOG_ORIGIN: 'a+b' })).toThrow(/TRANSPARENCY_LOG_ORIGIN/);
  });

  it('takes the neighbouring regions of the inspector draw', () => {
    expect(
      loadConfig({ DRAW_NEIGHBOUR_REGIONS: '320102:320104,320105;320104:320102' }).neighbourRegions,
    ).toEqual({
      '320102': ['320104', '320105'],
      '320104': ['320102'],
    });
    expect(() => loadConfig({ DRAW_NEIGHBOUR_REGIONS: '3201:x' })).toThrow(/DRAW_NEIGHBOUR_REGIONS/);
  });

  it('takes whether discarded draws count toward the yearly cap: true unless DISCARDED_DRAWS_COUNT=false', () => {
    expect(loadConfig({ DISCARDED_DRAWS_COUNT: 'false' }).discardedDrawsCount).toBe(false);
    expect(loadConfig({ DISCARDED_DRAWS_COUNT: 'true' }).discardedDrawsCount).toBe(true);
    expect(() => loadConfig({ DISCARDED_DRAWS_COUNT: 'no' })).toThrow(/DISCARDED_DRAWS_COUNT="no"/);
  });

  it('takes the maximum lifetime of an access token in hours, within 1–8760', () => {
    expect(loadConfig({ TOKEN_MAX_LIFETIME_HOURS: '12' }).tokenMaxLifetimeHours).toBe(12);
    expect(() => loadConfig({ TOKEN_MAX_LIFETIME_HOURS: '0' })).toThrow(/TOKEN_MAX_LIFETIME_HOURS="0"/);
  });

  it('takes the deadline policy in working days, within 1–60', () => {
    expect(
      loadConfig({
        PUBLICATION_WORKING_DAYS: '10',
        RESPONSE_WORKING_DAYS: '3',
        PUBLICATION_PERIOD_YEARS: '5',
        REFERRAL_ACCEPT_WORKING_DAYS: '5',
        REFERRAL_OUTCOME_WORKING_DAYS: '90',
      }).deadlines,
    ).toEqual({
      response: 3,
      publication: 10,
      objectionReview: 20,
      objectionOutcomeNotice: 15,
      publicationPeriodYears: 5,
      referralAccept: 5,
      referralOutcome: 90,
    });
    expect(() => loadConfig({ REFERRAL_ACCEPT_WORKING_DAYS: '0' })).toThrow(
      /REFERRAL_ACCEPT_WORKING_DAYS="0"/,
    );
    expect(() => loadConfig({ PUBLICATION_PERIOD_YEARS: '0' })).toThrow(/PUBLICATION_PERIOD_YEARS="0"/);
  });

  it('takes the objection outcome notice deadline (Yiyuan 二十七: 15), FEEDBACK_WORKING_DAYS its old name', () => {
    expect(loadConfig({ OBJECTION_OUTCOME_NOTICE_WORKING_DAYS: '10' }).deadlines.objectionOutcomeNotice).toBe(
      10,
    );
    expect(loadConfig({ FEEDBACK_WORKING_DAYS: '12' }).deadlines.objectionOutcomeNotice).toBe(12);
    expect(
      loadConfig({ OBJECTION_OUTCOME_NOTICE_WORKING_DAYS: '12', FEEDBACK_WORKING_DAYS: '12' }).deadlines
        .objectionOutcomeNotice,
    ).toBe(12);
    expect(() =>
      loadConfig({ OBJECTION_OUTCOME_NOTICE_WORKING_DAYS: '10', FEEDBACK_WORKING_DAYS: '12' }),
    ).toThrow(/FEEDBACK_WORKING_DAYS.*differs/);
    expect(() => loadConfig({ OBJECTION_OUTCOME_NOTICE_WORKING_DAYS: '61' })).toThrow(
      /OBJECTION_OUTCOME_NOTICE_WORKING_DAYS="61"/,
    );
    expect(() => loadConfig({ PUBLICATION_WORKING_DAYS: '0' })).toThrow(/PUBLICATION_WORKING_DAYS="0"/);
  });

  it('takes every variable it knows', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/ssj',
      SQLITE_SYNCHRONOUS: 'NORMAL',
      SQLITE_CHECKPOINT_MS: '0',
      EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      MONGODB_URL: 'mongodb://localhost:27017/ssj?replicaSet=rs0',
      MONGODB_TRANSACTIONS: 'false',
      RUN_PROJECTIONS: 'false',
      READ_MODEL_WAIT_MS: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      sqliteFile: '/var/lib/ssj/shuangsuiji.sqlite',
      sqliteSynchronous: 'NORMAL',
      sqliteCheckpointMs: 0,
      eventStoreUrl: 'esdb://localhost:2113?tls=false',
      mongodbUrl: 'mongodb://localhost:27017/ssj?replicaSet=rs0',
      mongodbTransactions: false,
      runProjections: false,
      readModelWaitMs: 0,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['SQLITE_SYNCHRONOUS', 'OFF'],
    ['SQLITE_CHECKPOINT_MS', '60001'],
    ['SQLITE_CHECKPOINT_MS', 'often'],
    ['EVENTSTORE_URL', 'http://localhost:2113'],
    ['MONGODB_URL', 'localhost:27017'],
    ['DATABASE_URL', 'mysql://localhost/ssj'],
    ['RUN_PROJECTIONS', 'yes'],
    ['READ_MODEL_WAIT_MS', '60001'],
    ['READ_MODEL_WAIT_MS', 'never'],
  ])('refuses %s=%s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value}"`));
  });

  it('takes DATABASE_URL for PostgreSQL, and refuses it beside EVENTSTORE_URL or MONGODB_URL', () => {
    const url = 'postgres://ssj:secret@127.0.0.1:5432/ssj';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: url.replace('postgres:', 'postgresql:') }).databaseUrl).toBeDefined();
    expect(() => loadConfig({ DATABASE_URL: url, MONGODB_URL: 'mongodb://localhost/ssj' })).toThrow(
      /DATABASE_URL: PostgreSQL holds every store/,
    );
  });

  it('takes the PostgreSQL pool size PG_POOL_MAX, within 2–200 (default 20), and refuses anything else naming it', () => {
    expect(loadConfig({}).pgPoolMax).toBe(20);
    expect(loadConfig({ PG_POOL_MAX: '2' }).pgPoolMax).toBe(2);
    expect(loadConfig({ PG_POOL_MAX: '200' }).pgPoolMax).toBe(200);
    expect(loadConfig({ PG_POOL_MAX: '' }).pgPoolMax).toBe(20);
    for (const [value, reason] of [
      ['1', /must not be less than 2/],
      ['201', /must not be greater than 200/],
      ['0', /must not be less than 2/],
      ['-5', /must be an integer/],
      ['12.5', /must be an integer/],
      ['many', /must be an integer/],
    ] as const) {
      expect(() => loadConfig({ PG_POOL_MAX: value })).toThrow(ConfigurationError);
      expect(() => loadConfig({ PG_POOL_MAX: value })).toThrow(new RegExp(`PG_POOL_MAX="${value}"`));
      expect(() => loadConfig({ PG_POOL_MAX: value })).toThrow(reason);
    }
  });

  it('ignores empty values and unrelated variables', () => {
    expect(loadConfig({ PORT: '', PATH: '/usr/bin' }).port).toBe(3000);
  });

  it('takes the beacon sources a deployment accepts, and when a draw may go without one', () => {
    expect(
      loadConfig({ DRAW_BEACON_SOURCES: 'drand-quicknet', DRAW_WITHOUT_BEACON: 'never' }).beaconPolicy,
    ).toEqual({ sources: ['drand-quicknet'], withoutBeacon: 'never' });
    expect(() => loadConfig({ DRAW_BEACON_SOURCES: 'drand-quicknet,dice' })).toThrow(/DRAW_BEACON_SOURCES/);
    expect(() => loadConfig({ DRAW_WITHOUT_BEACON: 'sometimes' })).toThrow(/DRAW_WITHOUT_BEACON/);
  });
});
