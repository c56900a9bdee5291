import { ConfigurationError, loadConfig } from './app-config';
import { readEvidenceSettings } from './evidence-config';

describe('evidence settings', () => {
  it('keeps files under DATA_DIR/blobs for 30 years by default', () => {
    expect(loadConfig({ DATA_DIR: '/srv/ssj' }).evidence).toEqual({
      blobStore: { kind: 'filesystem', dir: '/srv/ssj/blobs' },
      retentionYears: 30,
    });
  });

  it('reads an S3-compatible store (MinIO: path-style addressing)', () => {
    const read = readEvidenceSettings(
      {
        BLOB_STORE: 's3',
        S3_BUCKET: 'ssj-evidence',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_FORCE_PATH_STYLE: 'true',
        EVIDENCE_RETENTION_YEARS: '10',
      },
      '/data',
    );
    expect(read).toEqual({
      settings: {
        blobStore: {
          kind: 's3',
          bucket: 'ssj-evidence',
          region: 'us-east-1',
          endpoint: 'http://127.0.0.1:9000',
          accessKeyId: 'k',
          secretAccessKey: 's',
          forcePathStyle: true,
        },
        retentionYears: 10,
      },
    });
  });

  it.each([
    [{ BLOB_STORE: 'ftp' }, 'BLOB_STORE'],
    [{ BLOB_STORE: 's3', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, 'S3_BUCKET'],
    [{ BLOB_STORE: 's3', S3_BUCKET: 'b-1', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ BLOB_STORE: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'k' }, 'S3_ACCESS_KEY_ID'],
    [{ BLOB_STORE: 's3', S3_BUCKET: 'b-1', S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE'],
    [{ EVIDENCE_RETENTION_YEARS: '0' }, 'EVIDENCE_RETENTION_YEARS'],
    [{ EVIDENCE_RETENTION_YEARS: '2.5' }, 'EVIDENCE_RETENTION_YEARS'],
  ])('refuses %j at start-up, naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });
});
