// Runs once when a server instance starts: each instance joins the job queue (ADR 0026).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobsFromEnv } = await import('./lib/services/jobs/start-from-env');
  await startJobsFromEnv();
}
