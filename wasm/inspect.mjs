// The inspector's JS face (docs/inspector.md): engine.inspect(source, options)
// starts a program paused; each step() runs one event-loop iteration and
// resolves with the loop's real state (the engine's snapshot: ready queue,
// timers, tasks, what runs next) plus the events and output of that step.
// Shared by the main-thread engine (wasm/engine.mjs) and the worker engine
// (wasm/index.mjs), which both provide start(source, {stepping: true}) with
// step()/resume()/stop().

/**
 * @param {(source: string, options: object) => {done: Promise, step(): Promise, resume(): void, stop(): void}} start
 */
export function createInspector(start, source, options = {}) {
  const userOnEvent = options.onEvent || null;
  let stepEvents = [];
  let last = null;   // the last snapshot
  let stepping = null;
  const handle = start(source, {
    ...options,
    stepping: true,
    onEvent: (e) => {
      stepEvents.push(e);
      if (userOnEvent) userOnEvent(e);
    },
  });
  const text = (events, kind) => events.filter((e) => e.kind === kind).map((e) => e.text).join('');

  return {
    /** Resolves with {stdout, stderr, exitCode} when the program has ended. */
    done: handle.done,
    /** The snapshot of the last step (null before the first). */
    get snapshot() { return last; },
    /**
     * Runs one event-loop iteration (the first step also runs the module
     * code up to the loop). Promise<{snapshot, events, stdout, stderr, done, exitCode}>.
     */
    step() {
      if (stepping) return Promise.reject(new Error('loopscope: step() while a step is running'));
      stepping = handle.step().then((snapshot) => {
        stepping = null;
        const events = stepEvents;
        stepEvents = [];
        last = snapshot;
        return {
          snapshot,
          events,
          stdout: text(events, 'stdout'),
          stderr: text(events, 'stderr'),
          done: Boolean(snapshot && snapshot.done),
          exitCode: snapshot && snapshot.done ? snapshot.exitCode : null,
        };
      });
      return stepping;
    },
    /** Stops pausing and runs the program to the end: Promise<{stdout, stderr, exitCode}>. */
    run() {
      handle.resume();
      return handle.done;
    },
    /** Ends the program ("[loopscope] stopped", exit code 130). */
    stop() {
      handle.stop();
      return handle.done;
    },
  };
}
