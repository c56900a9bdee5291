import { checkChain } from '@app/audit';
import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { STORES } from './stores.provider';

/** Checks the hash chain of every stream of the log, as stored, and reports the first broken link. */
@Command({
  name: 'audit',
  arguments: '<verify>',
  description: 'audit verify: checks every stream of the log against its hash chain (docs/event-store.md)',
})
export class AuditCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run([action]: string[]): Promise<void> {
    if (action !== 'verify') {
      process.stderr.write(`Unknown audit action ${action}; try: audit verify\n`);
      process.exitCode = 2;
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
