// Preloaded (`node --import`) into `next start` by scripts/start.mjs, which opens an IPC channel
// to it. When the start script dies without stopping its children (SIGKILL, OOM), the channel
// closes; the web server then stops itself instead of holding the port as an orphan.
if (process.send) {
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // An open IPC channel would otherwise keep the process alive after the server closes.
  process.channel?.unref();
}
