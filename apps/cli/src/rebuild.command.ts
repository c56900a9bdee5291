import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { STORES } from './stores.provider';

@Command({
  name: 'rebuild',
  arguments: '<projection>',
  description:
    'Asks the process that runs the projections (the api, or apps/projector) to rebuild one from the log, and waits for it',
})
export class RebuildCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run([name]: string[], options: { timeout?: number }): Promise<void> {
    const host = this.stores.projections;
    if (!host.names().includes(name)) {
      process.stderr.write(`No projection is named ${name}. Known: ${host.names().join(', ')}\n`);
      process.exitCode = 2;
      return;
    }
    const before = (await host.status()).find((s) => s.name === name)?.generation ?? 1;
    await host.requestRebuild(name);
    process.stdout.write(`Rebuild of ${name} requested (generation ${before} serves until it is done)\n`);
    const deadline = Date.now() + (options.timeout ?? 3600) * 1000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const status = (await host.status()).find((s) => s.name === name);
      if (status && status.generation > before) {
        process.stdout.write(`${name} rebuilt: generation ${status.generation}, lag ${status.lag}\n`);
        return;
      }
    }
    process.stderr.write(
      `${name} was not rebuilt in time. Is the api (or apps/projector) running? It serves the request when it runs.\n`,
    );
    process.exitCode = 1;
  }

  @Option({ flags: '--timeout <seconds>', description: 'How long to wait (default 3600)' })
  parseTimeout(value: string): number {
    return Number(value);
  }
}
