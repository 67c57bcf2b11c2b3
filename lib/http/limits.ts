// Request size limits the proxy enforces before Next.js reads a body (issue 10: a 10 MB server
// action body was a 500). Plain constants: next.config.ts imports this file too.

/** Largest server-action body: contract and opinion files travel inside one (lib/schemas/upload.ts allows 8 MB). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;
