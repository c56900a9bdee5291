/**
 * The read side on its own, for the EventStoreDB + MongoDB deployment: runs every projection from
 * its checkpoint and keeps it live, and delivers the public feed to its subscribers (FEED_SUBSCRIBERS,
 * docs/exchange.md). The api then runs with RUN_PROJECTIONS=false and only reads.
 */
import { FeedDelivery, allProjections } from '@app/projections';
import { loadConfigOrExit, openStores } from '@app/runtime';
import { Logger } from '@nestjs/common';

async function main(): Promise<void> {
  const logger = new Logger('Projector');
  const config = loadConfigOrExit(process.env, (message) => logger.error(message));
  const stores = await openStores(config, { projections: allProjections, runProjections: true });
  for (const line of stores.describe()) logger.log(line);
  await stores.projections.start();
  await stores.transparency.start();
  const feeds = new FeedDelivery(stores.events, stores.records, config.feed);
  feeds.start();
  logger.log(`Running ${stores.projections.names().join(', ')}`);
  const pushed = feeds.all().map((d) => d.subscriber.id);
  if (pushed.length > 0) logger.log(`Delivering the public feed to ${pushed.join(', ')}`);
  const report = setInterval(() => {
    void stores.projections.status().then((all) => {
      for (const s of all) {
        const error = s.lastError ? ` FAILED at ${s.lastError.position}: ${s.lastError.message}` : '';
        logger.log(`${s.name} g${s.generation} ${s.state} checkpoint ${s.checkpoint} lag ${s.lag}${error}`);
      }
    });
  }, 60_000);
  const shutdown = async (signal: string): Promise<void> => {
    logger.log(`${signal}: stopping`);
    clearInterval(report);
    await feeds.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

void main();
