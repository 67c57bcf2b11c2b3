// A job-queue worker on its own (the app's server instances run one each through
// instrumentation.ts): `node --conditions=react-server --import tsx scripts/jobs-worker.ts`.
// Stops gracefully on SIGTERM/SIGINT; a job it was running is retried by another instance.
import 'dotenv/config';
import { disconnectDb } from '@/lib/db';
import { startJobsFromEnv } from '@/lib/services/jobs/start-from-env';

const boss = await startJobsFromEnv();
if (!boss) process.exit(1);
console.log('jobs worker started');
const stop = async () => {
  await boss.stop({ graceful: true, timeout: 5000 });
  await disconnectDb();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
