import { PassThrough } from 'node:stream';
import { BundleBuilds } from './bundle-builds';

describe('public bundles built at once', () => {
  it('refuses one past the limit with 503 PUBLIC_DRAW_BUSY, and takes one again once a stream closes', () => {
    const builds = new BundleBuilds(2);
    const first = builds.stream(() => new PassThrough());
    builds.stream(() => new PassThrough());
    expect(() => builds.stream(() => new PassThrough())).toThrow(
      expect.objectContaining({ statusCode: 503, code: 'PUBLIC_DRAW_BUSY', retryAfterSeconds: 10 }) as Error,
    );
    first.destroy();
    return new Promise<void>((resolve) => {
      first.once('close', () => {
        expect(() => builds.stream(() => new PassThrough())).not.toThrow();
        resolve();
      });
    });
  });

  it('gives the slot back when building fails', () => {
    const builds = new BundleBuilds(1);
    expect(() =>
      builds.stream(() => {
        throw new Error('no log');
      }),
    ).toThrow('no log');
    expect(() => builds.stream(() => new PassThrough())).not.toThrow();
  });
});
