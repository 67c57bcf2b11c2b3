// The production topology, runnable on one machine (ADR 0031): N app instances (`next start` on
// the production build, each on its own loopback port) on one PostgreSQL and one shared object
// store, with nginx in front. Used by `npm run topology`, the topology e2e spec and the benchmark.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NGINX_BIN, writeNginxConf } from './nginx-conf.mjs';
import { isPortFree, waitForPort } from './ports.mjs';

/** Installs nginx from Debian's package when it is missing and this process may (root). */
export function ensureNginx() {
  if (fs.existsSync(NGINX_BIN)) return;
  if (process.getuid?.() !== 0) throw new Error(`nginx is not installed (${NGINX_BIN}); run: apt-get install nginx-light`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Debian's post-install tries to start a system nginx; in a container it is refused, elsewhere
  // it is the usual system service and does not listen on our ports.
  let result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], { stdio: 'inherit', env });
  }
  if (result.status !== 0 || !fs.existsSync(NGINX_BIN)) throw new Error('apt-get install nginx-light failed');
}

/**
 * Starts the instances and the proxy under `supervisor` (scripts/lib/supervisor.mjs).
 * @param {{
 *   root: string, supervisor: ReturnType<typeof import('./supervisor.mjs').createSupervisor>,
 *   env: NodeJS.ProcessEnv, proxyPort: number, instancePorts: number[], proxy?: boolean,
 *   stdio?: import('node:child_process').StdioOptions,
 * }} options
 */
export async function startTopology({ root, supervisor, env, proxyPort, instancePorts, proxy = true, stdio = ['ignore', 'inherit', 'inherit'] }) {
  for (const port of [...(proxy ? [proxyPort] : []), ...instancePorts]) {
    if (!(await isPortFree(port))) throw new Error(`port ${port} is in use (端口已被占用)`);
  }
  const node = process.execPath;
  const exitWithParent = pathToFileURL(path.join(root, 'scripts/lib/exit-with-parent.mjs')).href;
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
  /** @type {import('node:child_process').ChildProcess[]} */
  const instances = [];
  for (const [i, port] of instancePorts.entries()) {
    // Loopback only: the instances trust the proxy's X-Forwarded-For (AUTH_TRUSTED_PROXY_HOPS=1),
    // so nothing else may reach them.
    instances.push(
      supervisor.service(`instance ${i + 1} (:${port})`, node, ['--import', exitWithParent, nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
        cwd: root,
        env: { ...env, PORT: String(port), ROUTE_CACHE_BROADCAST: 'on' },
        stdio: [stdio[0] ?? 'ignore', stdio[1] ?? 'inherit', stdio[2] ?? 'inherit', 'ipc'],
      }),
    );
  }
  await Promise.all(instancePorts.map((port) => waitForPort(port, { host: '127.0.0.1', isAborted: () => supervisor.stopping })));

  let confDir = null;
  if (proxy) {
    ensureNginx();
    confDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
    const conf = writeNginxConf({ dir: confDir, listenPort: proxyPort, upstreamPorts: instancePorts });
    const test = spawnSync(NGINX_BIN, ['-t', '-q', '-p', confDir, '-c', conf], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx refused its configuration: ${test.stderr}`);
    supervisor.service(`nginx (:${proxyPort})`, NGINX_BIN, ['-p', confDir, '-c', conf], { stdio });
    await waitForPort(proxyPort, { host: '127.0.0.1', isAborted: () => supervisor.stopping });
  }
  return {
    proxyUrl: proxy ? `http://127.0.0.1:${proxyPort}` : null,
    instanceUrls: instancePorts.map((port) => `http://127.0.0.1:${port}`),
    instances,
    confDir,
  };
}
