// Database URLs. DATABASE_URL names the owner (used by migrations). The portal itself connects as
// the ordinary role `portal_app` that the first migration creates: APP_DATABASE_URL when set,
// otherwise DATABASE_URL with its user swapped for portal_app (password dropped: trust/peer locally).
export const APP_DB_ROLE = 'portal_app';

export function appDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.APP_DATABASE_URL) return env.APP_DATABASE_URL;
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const url = new URL(env.DATABASE_URL);
  url.username = APP_DB_ROLE;
  url.password = '';
  return url.toString();
}
