/**
 * A job on a timer inside one server process: runs never overlap (a tick while one is running is
 * skipped), the timer does not keep the process alive, and stopping waits for a run in progress.
 * Several processes on one database each run their own timer; the jobs lock what they change.
 */
export function runEvery(everyMs: number, job: () => Promise<void>, opts: { atStart?: boolean } = {}): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= job().finally(() => {
      running = null;
    });
  };
  if (opts.atStart) tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
