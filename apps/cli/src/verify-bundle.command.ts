import { readFileSync } from 'node:fs';
import { Command, CommandRunner } from 'nest-commander';
import { type TaskBundle, verifyTaskBundle } from '@app/audit';

/** Checks an exported task bundle offline, from the file alone: chains, state, draws. */
@Command({
  name: 'verify-bundle',
  arguments: '<file>',
  description: "Checks a task bundle offline: every stream's hash chain, the task's state, its draws",
})
export class VerifyBundleCommand extends CommandRunner {
  async run([file]: string[]): Promise<void> {
    try {
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as TaskBundle;
      const result = await verifyTaskBundle(bundle);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exitCode = result.verified ? 0 : 1;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
    }
  }
}
