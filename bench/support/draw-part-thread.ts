import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

/** A draw's second thread where tsx loads the TypeScript (the api's bundle starts its own). */
export function startDrawPartThread(): Worker {
  const entry = join(__dirname, '../../libs/audit/src/draw-parts/part-thread-main.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true });
}
