// The port of the SMTP server an e2e spec starts and the served app sends to: E2E_SMTP_PORT, else
// the app's port + 1000 (so parallel runs on different ports do not meet).
export function e2eSmtpPort() {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
}
