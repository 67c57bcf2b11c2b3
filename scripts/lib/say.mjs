// Terminal messages for the start scripts. Every line comes in Chinese first, then English, because
// the portal's operators read Chinese and its developers may not.

const TAG = '[start]';
const PAD = ' '.repeat(TAG.length);

/**
 * @param {string} zh
 * @param {string} en
 */
export function say(zh, en) {
  console.log(`${TAG} ${zh}\n${PAD} ${en}`);
}

/**
 * @param {string} zh
 * @param {string} en
 */
export function warn(zh, en) {
  console.warn(`${TAG} ⚠ ${zh}\n${PAD}   ${en}`);
}

/**
 * @param {string} zh
 * @param {string} en
 */
export function fail(zh, en) {
  console.error(`${TAG} ✗ ${zh}\n${PAD}   ${en}`);
}

/**
 * Runs one start-up step, printing what it does and how long it took, so a slow first start
 * shows where the time goes.
 * @template T
 * @param {string} zh
 * @param {string} en
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function timed(zh, en, fn) {
  say(zh, en);
  const started = Date.now();
  const result = await fn();
  console.log(`${PAD} ✓ ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Hides a password in a connection string before it is printed. */
export function redactUrl(/** @type {string} */ raw) {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
