// The port of the SMTP server an e2e spec starts and the served app sends to: E2E_SMTP_PORT, else
// the app's port + 1000 (so parallel runs on different ports do not meet).
export function e2eSmtpPort() {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
}

// The job and mail settings of every app process an e2e run starts on its database (the served
// app and the topology spec's instances). pg-boss keeps one schedule per database, written by each
// instance as it starts: an instance with another reminder schedule would replace this one.
export function e2eJobsEnv() {
  return {
    // Mail goes to the SMTP server a spec starts on this port (tests/e2e/workbench.spec.ts), and
    // reminder passes run every minute so a spec sees one.
    SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`,
    MAIL_FROM: 'portal-e2e@test.invalid',
    JOBS_REMINDER_CRON: process.env.JOBS_REMINDER_CRON ?? '* * * * *',
  };
}
