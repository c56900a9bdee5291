import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigurationError, loadConfig } from '@app/runtime';

async function main(): Promise<void> {
  const logger = new Logger('Shuangsuiji');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  logger.log(`Listening on http://${config.host}:${config.port} (GET /health)`);
  if (!config.eventStoreUrl || !config.mongodbUrl) logger.log(`Embedded data file: ${config.sqliteFile}`);
}

void main();
