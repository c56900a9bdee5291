import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadAuthSecret, loadConfigOrExit } from '@app/runtime';
import { mintStartUpToken } from './auth/start-up-token';
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
  if (auth.source === 'file') {
    // The embedded default has no sign-in service: an administrator token to begin with.
    const { token, hours } = mintStartUpToken(auth.secret, config.tokenMaxLifetimeHours);
    logger.log(`Signing secret: ${auth.file} (set AUTH_SECRET to use your own)`);
    logger.log(`Administrator token (${hours} h; mint others with npm run cli -- token):\n${token}`);
    if (consoleBuilt) {
      logger.log(
        `Web console, signed in as the administrator: http://${shown}:${config.port}/sign-in#token=${token}`,
      );
    }
  }
}

void main();
