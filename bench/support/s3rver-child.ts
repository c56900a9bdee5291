/**
 * s3rver in a child process, so the bench measures only the client's memory. Prints the endpoint
 * on its first line; stops when its stdin closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const SERVER = `
const S3rver = require('s3rver');
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.argv[1],
  configureBuckets: [{ name: 'evidence' }] });
server.run().then(({ port }) => console.log('http://127.0.0.1:' + port));
process.stdin.on('end', () => server.close().then(() => process.exit(0)));
process.stdin.resume();
`;

export async function startS3rverChild(
  directory: string,
): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER, directory], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}`)));
  });
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
