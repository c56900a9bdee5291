import { checkChain } from '@app/audit';
import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { STORES } from './stores.provider';
import { checkConsistencyAction, checkpointsAction, proofAction } from './audit-transparency';

/** Checks the hash chain of every stream of the log, as stored, and reports the first broken link. */
@Command({
  name: 'audit',
  arguments: '<action> [args...]',
  description:
    'audit verify: checks every stream against its hash chain (docs/event-store.md); audit inclusion <eventId|position> [treeSize], audit consistency <fromSize> [toSize], audit checkpoints: transparency-log proofs and checkpoints; audit check-consistency <older.json> <newer.json> <proof.json>: offline',
})
export class AuditCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run([action, ...args]: string[]): Promise<void> {
    if (action !== 'verify') {
      try {
        const outcome =
          action === 'inclusion' || action === 'consistency'
            ? await proofAction(this.stores, action, args)
            : action === 'checkpoints'
              ? await checkpointsAction(this.stores)
              : action === 'check-consistency'
                ? checkConsistencyAction(args)
                : { code: 2, body: { error: `Unknown audit action ${action}` } };
        process.stdout.write(`${JSON.stringify(outcome.body, null, 2)}\n`);
        process.exitCode = outcome.code;
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
      }
      return;
    }
    const head = await this.stores.auditLog.headPosition();
    const chain = await checkChain(this.stores.auditLog.readStreamsByPrefix('', { maxPosition: head }));
    if (chain.brokenLink) {
      process.stdout.write(
        `${JSON.stringify({ verified: false, head, brokenLink: chain.brokenLink }, null, 2)}\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `${JSON.stringify({ verified: true, head, streams: chain.streams, events: chain.events }, null, 2)}\n`,
    );
  }
}
