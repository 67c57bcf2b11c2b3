// Port checks done before starting anything, so a busy port gives a clear message instead of a
// child process dying with EADDRINUSE halfway through the start.
import net from 'node:net';

/**
 * True when nothing listens on the port. Without a host the probe binds like `next start` does
 * (all interfaces), so it also notices a server bound to 0.0.0.0 or ::.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export function isPortFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen({ port, host, exclusive: true });
  });
}

/**
 * The preferred port if free, else the next free one above it (a stable neighbour is easier to
 * recognise in logs than a random ephemeral port).
 * @param {number} preferred
 * @param {{ host?: string, attempts?: number }} [options]
 * @returns {Promise<number>}
 */
export async function findFreePort(preferred, { host, attempts = 50 } = {}) {
  for (let port = preferred; port < preferred + attempts && port <= 65535; port += 1) {
    if (await isPortFree(port, host)) return port;
  }
  throw new Error(`no free port in ${preferred}-${preferred + attempts - 1}`);
}

/**
 * Resolves once something accepts TCP connections on host:port, i.e. the server is listening.
 * @param {number} port
 * @param {{ host?: string, timeoutMs?: number, isAborted?: () => boolean }} [options]
 * @returns {Promise<void>}
 */
export async function waitForPort(port, { host = '127.0.0.1', timeoutMs = 120_000, isAborted = () => false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isAborted()) throw new Error('aborted');
    const open = await new Promise((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${host}:${port}`);
}
