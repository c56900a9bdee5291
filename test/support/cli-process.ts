import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The cli's entry, run from its sources. */
export const CLI_MAIN = join(ROOT, 'apps', 'cli', 'src', 'main.ts');

/**
 * Node's arguments for `npm run cli -- <args>` from the sources, compiled by swc-register.js as
 * the api's processes are (source-process.ts): what swc made is kept on disk, so a cli command
 * starts in about a third of the time tsx took, and with the decorator metadata the build has.
 */
export function cliArgs(...args: string[]): string[] {
  return ['-r', join(__dirname, 'swc-register.js'), CLI_MAIN, ...args];
}
