// Types for loopscope's JS API (wasm/index.mjs). Events: docs/events.md (v3).

export type Clock = 'real' | 'virtual';

export interface BaseEvent {
  kind: string;
  /** Program clock, seconds since the program started. */
  t: number;
  /** Real milliseconds since the program was loaded. */
  rt: number;
}
export interface OutputEvent extends BaseEvent {
  kind: 'stdout' | 'stderr';
  text: string;
  /** The task that wrote it (1-based), or null for the main program. */
  task: number | null;
  taskName?: string;
  /** The line of the program (its own file) that wrote it, or null (v3). */
  line: number | null;
}
export interface EndEvent extends BaseEvent {
  kind: 'end';
  exitCode: number;
}
export interface TaskCreatedEvent extends BaseEvent {
  kind: 'task_created';
  task: number;
  name: string;
  coro: string;
  line: number | null;
  parent: number | null;
}
export interface StepEvent extends BaseEvent {
  kind: 'step_start' | 'step_end';
  task: number;
  /** step_end: real ms the step ran (host pauses excluded). */
  cpu?: number;
}
export interface TaskSuspendedEvent extends BaseEvent {
  kind: 'task_suspended';
  task: number;
  on: string;
  where?: string;
  line?: number;
  until?: number;
  awaits?: number;
}
export interface TaskStateEvent extends BaseEvent {
  kind: 'task_resumed' | 'task_finished' | 'task_failed' | 'task_cancelled';
  task: number;
  result?: string;
  exception?: string;
}
export interface TimerEvent extends BaseEvent {
  kind: 'timer_scheduled' | 'timer_fired' | 'timer_cancelled';
  timer: number;
  when: number;
  callback: string;
  task: number | null;
}
export interface LoopIterationEvent extends BaseEvent {
  kind: 'loop_iteration';
  ready: number;
}
export interface BlockingEvent extends BaseEvent {
  kind: 'blocking';
  call: string;
  seconds: number;
  task: number | null;
}
/** Where a warning or diagnostic points: 1-based line and character columns, endColumn exclusive; null = unknown. */
export interface SourceSite {
  filename: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}
/** v3: the warnings machinery printed a warning (its text is also on stderr, just before). */
export interface WarningEvent extends BaseEvent, SourceSite {
  kind: 'warning';
  /** 'DeprecationWarning', 'RuntimeWarning', 'UserWarning', 'SyntaxWarning', ... */
  category: string;
  message: string;
  /** Exactly what was printed on stderr. */
  text: string;
  task: number | null;
}
/** v3: the program failed: a SyntaxError, or an uncaught exception at its innermost frame in the program's file. */
export interface DiagnosticEvent extends BaseEvent, SourceSite {
  kind: 'diagnostic';
  /** 'SyntaxError', 'IndentationError', 'ZeroDivisionError', '__main__.MyError' (3.9), ... */
  type: string;
  message: string;
  /** The function of the failing frame ('<module>', 'main', ...); absent for a SyntaxError. */
  function?: string;
}
export type LoopscopeEvent =
  | OutputEvent | EndEvent | TaskCreatedEvent | StepEvent | TaskSuspendedEvent | TaskStateEvent
  | TimerEvent | LoopIterationEvent | BlockingEvent | WarningEvent | DiagnosticEvent
  | (BaseEvent & Record<string, unknown>);

export interface RunOptions {
  python?: '3.12' | '3.9' | string;
  clock?: Clock;
  /** Virtual playback: 0 = instant (default), 10 = 10x, 1 = real time, 0.1 = slow motion. */
  speed?: number;
  /** 'output' (default): stdout/stderr, warning, diagnostic, end; 'all': the full v3 stream. */
  events?: 'output' | 'all';
  onEvent?: (e: LoopscopeEvent) => void;
  onEvents?: (batch: LoopscopeEvent[]) => void;
  /** Bytes of Python heap before MemoryError (default 512 MiB). */
  heapLimit?: number;
  /** Bytes of output before the truncation notice (default 1 MiB). */
  outputLimit?: number;
  /** Wall-clock seconds before the run is ended (default: none). */
  timeLimit?: number;
  /** Program-clock seconds before the run is ended (default: none). */
  virtualTimeLimit?: number;
  /** VM instructions per slice (default 20000). */
  sliceBudget?: number;
  /**
   * Seconds a native that calls back into Python (a key= function, sum() over a
   * generator, __repr__) may run before the program is ended: such a call cannot be
   * preempted. Default 5 on a browser page's thread, none in Node or in a worker
   * (Stop terminates the worker); 0 = none. Inside such a call the events so far are
   * still delivered, so onEvent can call stop().
   */
  nestedTimeLimit?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunHandle {
  done: Promise<RunResult>;
  /** Ends the program (exit code 130, "[loopscope] stopped"). */
  stop(): void;
}

/** A ready handle or a timer, as the inspector shows it (docs/inspector.md). */
export interface HandleInfo {
  /** CPython's repr(), e.g. "<Handle Task.task_wakeup(<Future finished result=None>)>". */
  repr: string;
  /** "Task.__step", "Task.task_wakeup", "_set_result_unless_cancelled", a function's qualname... */
  callback: string;
  /** step: Task.__step of `task`; wakeup: Task.task_wakeup of `task`; callback: anything else. */
  kind: 'step' | 'wakeup' | 'callback';
  /** The task it steps or wakes (a timer: the task its future wakes), or null. */
  task: number | null;
  taskName?: string;
  /** The task's coroutine qualname and CPython's description of it ("worker() running at main.py:4"). */
  coro?: string;
  coroRepr?: string;
  /** Timers: id (as in timer_* events) and due time (program seconds). */
  timer?: number;
  when?: number;
  cancelled?: boolean;
}

export interface TaskInfo {
  task: number;
  name: string;
  coro: string;
  /** Line that created it, or null. */
  line: number | null;
  parent: number | null;
  state: 'ready' | 'waiting' | 'done' | 'failed' | 'cancelled';
  /** waiting: what it awaits (as task_suspended's `on`/`where`), the line it awaits at, when a sleep ends, the awaited task. */
  on?: string;
  where?: string;
  at?: number;
  until?: number;
  awaits?: number;
  result?: string;
  exception?: string;
}

/** The event loop after one iteration (docs/inspector.md). */
export interface Snapshot {
  /** Loop iterations run so far. */
  iteration: number;
  /** Program clock, seconds since the start. */
  t: number;
  done: boolean;
  exitCode?: number;
  /** What the last iteration ran: the ready queue when it began. */
  ran: HandleInfo[];
  /** The ready queue now, in order: the next iteration runs these. */
  ready: HandleInfo[];
  /** Scheduled timers in the order they fire. */
  timers: HandleInfo[];
  /** Every task so far, in creation order. */
  tasks: TaskInfo[];
  /** What runs next: ready[0], or the first timer once the loop has waited for it. */
  next: HandleInfo | null;
  /** The first task that runs next, or null. */
  nextTask: number | null;
}

export interface StepResult {
  snapshot: Snapshot;
  /** The events of this step (docs/events.md). */
  events: LoopscopeEvent[];
  stdout: string;
  stderr: string;
  done: boolean;
  exitCode: number | null;
}

export interface Inspector {
  /** Runs one event-loop iteration (the first step also runs the module code before the loop). */
  step(): Promise<StepResult>;
  /** Runs the rest of the program without pausing. */
  run(): Promise<RunResult>;
  /** Ends the program (exit code 130). */
  stop(): Promise<RunResult>;
  /** The last step's snapshot, or null. */
  readonly snapshot: Snapshot | null;
  done: Promise<RunResult>;
}

export interface Engine {
  /** True when the engine runs in a worker. */
  worker: boolean;
  start(source: string | Uint8Array, options?: RunOptions): RunHandle;
  run(source: string | Uint8Array, options?: RunOptions): Promise<RunResult>;
  /** Starts a program paused; step() runs one event-loop iteration at a time. */
  inspect(source: string, options?: RunOptions): Inspector;
  /** Worker engines: terminate the worker (its sessions end); the next start() starts a new one. */
  terminate(): void;
}

export interface EngineConfig {
  /** Run in a Web Worker / Node worker thread. Default: true in browsers, false in Node. */
  worker?: boolean;
  wasmUrl?: string | URL;
  wasmBinary?: ArrayBuffer | Uint8Array;
  wasmModule?: WebAssembly.Module;
  /** How long Stop waits before terminating a worker (ms, default 1000). */
  stopGraceMs?: number;
}

export function createEngine(config?: EngineConfig): Promise<Engine>;
export function run(source: string | Uint8Array, options?: RunOptions): Promise<RunResult>;
export function toChromeTrace(events: LoopscopeEvent[], options?: { name?: string }): { traceEvents: object[] };

declare const _default: { run: typeof run; createEngine: typeof createEngine; toChromeTrace: typeof toChromeTrace };
export default _default;
