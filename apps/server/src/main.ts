/**
 * `npm start`: one process serving the API and the built web app. The first start migrates
 * the database and seeds the demo city; later starts keep the data.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { openContext } from './platform/bootstrap.js';
import { loadCity } from './city/city-file.js';
import { buildApp } from './app.js';
import { onFirstStart, startupRefusal } from './first-start.js';
import { closeGracefully } from './http/shutdown.js';
import { StartupError } from './platform/startup-error.js';
import { collectProcessMetrics } from './observability/metrics.js';
import { startRegionSchedule } from './region/region-schedule.js';
import { startMutualRecheck } from './region/mutual/mutual-schedule.js';
import { scheduleOfferExpiry } from './events/event-offers.schedule.js';
import { runEvery } from './platform/every.js';

let config: Config;
try {
  config = loadConfig();
  loadCity(config.cityDir);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const ctx = await openContext(config).catch((err: unknown) => {
  if (!(err instanceof StartupError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
collectProcessMetrics(ctx.metrics);
const app = await buildApp({ ctx });
const banner = await onFirstStart(ctx);
const refusal = await startupRefusal(ctx);
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  await app.close();
  await ctx.database.close();
  process.exit(1);
}

// Signed checkpoints of the audit chain into the data folder (see audit/audit-checkpoints.ts).
const checkpointAudit = () => ctx.audit.checkpoint().catch((err: unknown) => app.log.error({ err }, 'audit checkpoint failed'));
await checkpointAudit();
const stopCheckpoints = runEvery(60_000, async () => void (await checkpointAudit()));
// The region's trust list and partners' status lists, fetched now and every BOLE_REGION_REFRESH_SECONDS.
const stopRegion = startRegionSchedule(ctx, app.log);
// Mutual recognitions re-checked against their sources' status lists on the same period.
const stopMutualRecheck = startMutualRecheck(ctx, app.log);
// Waitlist offers of events past their reply window, passed to the next waiting.
const stopOfferExpiry = scheduleOfferExpiry(ctx, app.log);

// SIGTERM/SIGINT: stop listening, let requests in flight finish (new ones get 503), then a last
// audit checkpoint, close the database and exit 0. A sweep cut in the middle resumes from its
// last committed chunk on the next start (benefits/sweep.service.ts).
let stopping = false;
const close = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all([stopCheckpoints(), stopRegion(), stopMutualRecheck(), stopOfferExpiry()]);
  const { cut } = await closeGracefully(app, config.shutdownGraceSeconds * 1000);
  if (cut) app.log.warn('requests still running after the shutdown grace period were cut');
  await checkpointAudit();
  await ctx.database.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
process.stdout.write(
  [
    '',
    `  伯乐 Bole is running at http://${shownHost}:${port}`,
    `  API docs: http://${shownHost}:${port}/api/docs`,
    `  Database: ${ctx.database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    ...banner,
    '',
  ].join('\n') + '\n',
);
