import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { loadConfigOrExit } from '@app/runtime';

async function main(): Promise<void> {
  const logger = new Logger('Shuangsuiji');
  const config = loadConfigOrExit(process.env, (message) => logger.error(message));
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  logger.log(`Listening on http://${config.host}:${config.port} (GET /health)`);
  if (!config.eventStoreUrl || !config.mongodbUrl) logger.log(`Embedded data file: ${config.sqliteFile}`);
}

void main();
