import { resolve } from 'node:path';

/**
 * Where evidence files are kept and for how long (docs/operations.md, "Evidence"). BLOB_STORE:
 * `filesystem` (default: files under DATA_DIR/blobs, or BLOB_DIR) or `s3` (an S3-compatible object
 * store: S3_BUCKET, S3_REGION, S3_ENDPOINT for MinIO or a government cloud, S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY (both required), S3_FORCE_PATH_STYLE). EVIDENCE_RETENTION_YEARS: how long evidence is kept
 * after its task (default 30: 归档长期保存, Yiyuan 三十; 长期 is 30 years in today's archive rules).
 */
export type BlobStoreSettings =
  | { kind: 'filesystem'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

export interface EvidenceSettings {
  blobStore: BlobStoreSettings;
  retentionYears: number;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{1,32}$/;

/** The settings, or the reasons the variables are wrong (each `NAME=value: reason`). */
export function readEvidenceSettings(
  env: Record<string, string | undefined>,
  dataDir: string,
): { settings: EvidenceSettings } | { problems: string[] } {
  const problems: string[] = [];
  const given = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const shown = (name: string): string => JSON.stringify(given(name)?.slice(0, 80));

  const years = given('EVIDENCE_RETENTION_YEARS');
  const retentionYears = years === undefined ? 30 : Number(years);
  if (!/^\d+$/.test(years ?? '30') || retentionYears < 1 || retentionYears > 100)
    problems.push(
      `EVIDENCE_RETENTION_YEARS=${shown('EVIDENCE_RETENTION_YEARS')}: a whole number of years, 1 to 100`,
    );

  const kind = given('BLOB_STORE') ?? 'filesystem';
  let blobStore: BlobStoreSettings = {
    kind: 'filesystem',
    dir: resolve(given('BLOB_DIR') ?? resolve(dataDir, 'blobs')),
  };
  if (kind === 's3') {
    const bucket = given('S3_BUCKET');
    const region = given('S3_REGION') ?? 'us-east-1';
    const endpoint = given('S3_ENDPOINT');
    const accessKeyId = given('S3_ACCESS_KEY_ID');
    const secretAccessKey = given('S3_SECRET_ACCESS_KEY');
    const pathStyle = given('S3_FORCE_PATH_STYLE');
    if (!bucket || !BUCKET.test(bucket))
      problems.push(
        `S3_BUCKET=${shown('S3_BUCKET')}: BLOB_STORE=s3 names its bucket (3–63 lower-case letters, digits, . or -)`,
      );
    if (!REGION.test(region))
      problems.push(`S3_REGION=${shown('S3_REGION')}: a region name, e.g. cn-north-1`);
    if (endpoint !== undefined && !/^https?:\/\/\S+$/.test(endpoint))
      problems.push(`S3_ENDPOINT=${shown('S3_ENDPOINT')}: an http:// or https:// address`);
    if (accessKeyId === undefined || secretAccessKey === undefined)
      problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: BLOB_STORE=s3 needs both');
    if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false')
      problems.push(`S3_FORCE_PATH_STYLE=${shown('S3_FORCE_PATH_STYLE')}: true or false`);
    blobStore = {
      kind: 's3',
      bucket: bucket ?? '',
      region,
      ...(endpoint ? { endpoint } : {}),
      accessKeyId: accessKeyId ?? '',
      secretAccessKey: secretAccessKey ?? '',
      forcePathStyle: pathStyle === 'true',
    };
  } else if (kind !== 'filesystem') {
    problems.push(`BLOB_STORE=${shown('BLOB_STORE')}: filesystem or s3`);
  }
  return problems.length > 0 ? { problems } : { settings: { blobStore, retentionYears } };
}
