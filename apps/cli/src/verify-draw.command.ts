import { verifyEntityDraw } from '@app/audit';
import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { STORES } from './stores.provider';

/** Re-runs a task's entity draw from the event log, offline, and says whether it holds. */
@Command({
  name: 'verify-draw',
  arguments: '<taskId>',
  description:
    "Re-runs a task's draw from the event log up to its recorded position and compares (docs/draw.md)",
})
export class VerifyDrawCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run([taskId]: string[]): Promise<void> {
    try {
      const result = await verifyEntityDraw(this.stores.events, taskId);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exitCode = result.verified ? 0 : 1;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
    }
  }
}
