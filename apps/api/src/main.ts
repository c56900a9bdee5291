import { existsSync } from 'node:fs';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DRAW_PART_THREAD, serveDrawPart, useDrawPartThreads } from '@app/audit';
import { allProjections } from '@app/projections';
import {
  PROJECTION_THREAD,
  loadAuthSecret,
  loadConfigOrExit,
  serveProjectionThread,
  useProjectionThreads,
} from '@app/runtime';
import { FirstAdministrator } from './sign-in/setup/first-administrator';
import { SETUP_LINK_MINUTES } from './sign-in/setup/setup-link';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const logger = new Logger('Shuangsuiji');
  const config = loadConfigOrExit(process.env, (message) => logger.error(message));
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  logger.log(`Listening on http://${config.host}:${config.port} (GET /health, API docs at /api/docs)`);
  if (!config.eventStoreUrl || !config.mongodbUrl) logger.log(`Embedded data file: ${config.sqliteFile}`);
  const consoleBuilt = existsSync(join(config.webDir, 'index.html'));
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.log(
    consoleBuilt
      ? `Web console at http://${shown}:${config.port}/`
      : `The web console is not built (npm run build:web; npm start builds it): ${config.webDir}`,
  );
  if (config.simulatedClock) {
    logger.warn(
      'SIMULATED_CLOCK=true: an administrator can set the time acts are recorded at (PUT /api/admin/clock). Never in production.',
    );
  }
  const auth = loadAuthSecret(config);
  if (auth.source === 'file') logger.log(`Signing secret: ${auth.file} (set AUTH_SECRET to use your own)`);
  // Until a first administrator exists: a one-time link where they set their own password.
  const code = await app.get(FirstAdministrator).link.issue(Date.now());
  if (code) {
    logger.log(
      `First start: the first administrator sets up their account within ${SETUP_LINK_MINUTES} minutes at ` +
        `http://${shown}:${config.port}/setup#code=${code} (a new link at each start until then)`,
    );
  }
}

const thread = isMainThread ? undefined : (workerData as Record<string, unknown> | null);
if (thread?.[DRAW_PART_THREAD]) {
  // This bundle started again as a draw's second thread (ADR 56).
  serveDrawPart();
} else if (thread?.[PROJECTION_THREAD]) {
  // …or as the thread that runs the projections (ADR 58).
  void serveProjectionThread(allProjections);
} else {
  // Built, this file is the bundle and can start itself as a thread; run from source it cannot.
  if (__filename.endsWith('.js')) {
    useDrawPartThreads(() => new Worker(__filename, { workerData: { [DRAW_PART_THREAD]: true } }));
    useProjectionThreads((data) => new Worker(__filename, { workerData: data }));
  }
  void main();
}
