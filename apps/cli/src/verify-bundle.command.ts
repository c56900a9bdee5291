import { readFileSync } from 'node:fs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { type ConsistencyProof, type SavedCheckpoints, type TaskBundle, verifyTaskBundle } from '@app/audit';

interface VerifyBundleOptions {
  checkpoints?: string;
  consistency?: string;
  evidence?: string;
}

/** Checks an exported task bundle offline, from the file alone: chains, state, draws. */
@Command({
  name: 'verify-bundle',
  arguments: '<file>',
  description:
    "Checks a task bundle offline: every stream's hash chain, the task's state, its draws; with --checkpoints, that every event is in a checkpoint saved earlier; with --evidence, every attached file's hash",
})
export class VerifyBundleCommand extends CommandRunner {
  async run([file]: string[], options: VerifyBundleOptions = {}): Promise<void> {
    try {
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as TaskBundle;
      const saved = options.checkpoints
        ? (JSON.parse(readFileSync(options.checkpoints, 'utf8')) as SavedCheckpoints)
        : undefined;
      const consistency = options.consistency
        ? (JSON.parse(readFileSync(options.consistency, 'utf8')) as ConsistencyProof | ConsistencyProof[])
        : [];
      const result = await verifyTaskBundle(bundle, {
        ...(saved ? { saved } : {}),
        consistency: Array.isArray(consistency) ? consistency : [consistency],
        ...(options.evidence ? { evidenceDir: options.evidence } : {}),
      });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exitCode = result.verified ? 0 : 1;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
    }
  }

  @Option({
    flags: '--checkpoints <file>',
    description:
      'Checkpoints saved earlier (a GET /api/public/checkpoints answer): every event must be in one',
  })
  parseCheckpoints(value: string): string {
    return value;
  }

  @Option({
    flags: '--consistency <file>',
    description:
      "Consistency proofs (audit consistency output, one or a list) from saved sizes to the bundle's",
  })
  parseConsistency(value: string): string {
    return value;
  }

  @Option({
    flags: '--evidence <dir>',
    description:
      'The evidence files export --with-evidence wrote: each attached file is checked by its SHA-256',
  })
  parseEvidence(value: string): string {
    return value;
  }
}
