// A bounded loopback load generator: wrk when installed (apt-get install wrk), else a fixed number
// of concurrent keep-alive HTTP loops in this process for a fixed duration.
import { spawnSync } from 'node:child_process';
import http from 'node:http';

export type LoadResult = { tool: string; requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number };

export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

export async function runLoad(url: string, options: { seconds: number; connections: number }): Promise<LoadResult> {
  return hasWrk() ? runWrk(url, options) : runNode(url, options);
}

function ms(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

function runWrk(url: string, { seconds, connections }: { seconds: number; connections: number }): LoadResult {
  // --timeout 30s: wrk's default of 2 s silently drops slow responses from the percentiles.
  const out = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '30s', url], { encoding: 'utf8' });
  const text = out.stdout;
  const pct = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(text);
    return m ? ms(m[1]!, m[2]!) : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    tool: 'wrk',
    requests: Number(/(\d+) requests in/.exec(text)?.[1] ?? 0),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? 0),
    p50: pct('50'),
    p99: pct('99'),
    errors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0),
  };
}

async function runNode(url: string, { seconds, connections }: { seconds: number; connections: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const end = performance.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = http.get(url, { agent, timeout: 30_000 }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 400) non2xx += 1;
          latencies.push(performance.now() - start);
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { tool: 'node', requests: latencies.length, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors, non2xx };
}
