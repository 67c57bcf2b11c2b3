// Process supervision for the start script. Long-running services (PGlite, next start) and one-shot
// steps (build, migrate, seed) are all tracked here, so that Ctrl-C, SIGTERM or the unexpected
// death of any service stops every other child before the script exits: nothing is left holding
// the data folder or the port.
import { spawn } from 'node:child_process';

/** How long a child gets to shut down after SIGTERM before it is killed. */
const GRACE_MS = 10_000;

/**
 * @typedef {import('node:child_process').ChildProcess} ChildProcess
 * @typedef {{ name: string, child: ChildProcess, exited: Promise<void> }} Tracked
 * @typedef {(info: { name: string, code: number | null, signal: NodeJS.Signals | null }) => void} OnDeath
 */

export function createSupervisor() {
  /** @type {Tracked[]} */
  const tracked = [];
  let stopping = false;
  /** @type {(code: number) => void} */
  let finish = () => {};
  /** Settles with the exit code once everything has been stopped. */
  const done = /** @type {Promise<number>} */ (
    new Promise((resolve) => {
      finish = resolve;
    })
  );
  /** @type {OnDeath} */
  let onServiceDeath = () => {};

  /**
   * @param {string} name
   * @param {string} command
   * @param {string[]} args
   * @param {import('node:child_process').SpawnOptions} options
   */
  function track(name, command, args, options) {
    // Each child leads its own process group: a terminal Ctrl-C then reaches only this script,
    // which stops the children in order (web server before database) instead of all at once,
    // and signalling the group also reaches grandchildren (npm → sh → next build workers).
    // stdin is not passed on: a process group that is not the terminal's foreground group would be
    // stopped (SIGTTIN) if it read from it.
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: process.platform !== 'win32', ...options });
    const exited = new Promise((resolve) => {
      child.once('exit', () => resolve(undefined));
      // A child that cannot even be spawned emits 'error' and no 'exit'.
      child.once('error', () => resolve(undefined));
    });
    const entry = { name, child, exited: /** @type {Promise<void>} */ (exited) };
    tracked.push(entry);
    exited.then(() => tracked.splice(tracked.indexOf(entry), 1));
    return entry;
  }

  return {
    done,
    get stopping() {
      return stopping;
    },

    /** @param {OnDeath} handler called when a service exits while nothing asked it to */
    onServiceDeath(handler) {
      onServiceDeath = handler;
    },

    /**
     * Starts a long-running child. Its exit before stop() is treated as a failure.
     * @param {string} name
     * @param {string} command
     * @param {string[]} args
     * @param {import('node:child_process').SpawnOptions} [options]
     */
    service(name, command, args, options = {}) {
      const { child } = track(name, command, args, options);
      child.once('exit', (code, signal) => {
        if (!stopping) onServiceDeath({ name, code, signal });
      });
      child.once('error', (error) => {
        if (!stopping) {
          console.error(`[start] ${name}: ${error.message}`);
          onServiceDeath({ name, code: null, signal: null });
        }
      });
      return child;
    },

    /**
     * Runs a one-shot command to completion; rejects when it fails or is interrupted.
     * @param {string} name
     * @param {string} command
     * @param {string[]} args
     * @param {import('node:child_process').SpawnOptions} [options]
     * @returns {Promise<void>}
     */
    run(name, command, args, options = {}) {
      const { child } = track(name, command, args, options);
      return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => {
          if (code === 0) resolve();
          else reject(new Error(`${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
        });
      });
    },

    /**
     * Stops every child, newest first (the web server before the database it uses), then settles
     * `done` with the exit code. Safe to call more than once; the first code wins.
     * @param {number} code
     */
    async stop(code) {
      if (stopping) return done;
      stopping = true;
      for (const entry of [...tracked].reverse()) await terminate(entry);
      finish(code);
      return done;
    },

    /** Second Ctrl-C: the user does not want to wait for a graceful stop. */
    killAll() {
      for (const { child } of tracked) signalGroup(child, 'SIGKILL');
    },
  };
}

/** @param {Tracked} entry */
async function terminate({ child, exited }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * @param {ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  try {
    if (child.pid && process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    child.kill(signal); // the group is gone already; the child itself may not be
  }
}
