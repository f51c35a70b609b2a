// The examples gallery: the seed post's snippets first, then common patterns.
// Each entry names the Python version it is meant for; choosing it sets the
// version select. Sources live in web/examples/*.py (bundled as text).

const files = import.meta.glob('./examples/*.py', { query: '?raw', import: 'default', eager: true });
const src = (name) => files[`./examples/${name}.py`];

export const EXAMPLES = [
  // From the seed post (a 2021 blog post about asyncio), kept close to verbatim.
  { id: 'seed-coroutine-decorator', group: 'From the blog post', title: 'Old-style coroutine (@asyncio.coroutine)', python: '3.9' },
  { id: 'seed-async-def', group: 'From the blog post', title: 'New-style coroutine (async def)', python: '3.12' },
  { id: 'seed-never-awaited', group: 'From the blog post', title: 'Calling a coroutine without await', python: '3.12' },
  { id: 'seed-await-outside', group: 'From the blog post', title: 'await outside a function', python: '3.12' },
  { id: 'seed-run-until-complete', group: 'From the blog post', title: 'get_event_loop + run_until_complete', python: '3.9' },
  { id: 'seed-two-tasks', group: 'From the blog post', title: 'Two tasks interleaving (asyncio.wait)', python: '3.9' },
  { id: 'seed-done-callback', group: 'From the blog post', title: 'create_task + add_done_callback', python: '3.9' },
  { id: 'seed-ensure-future', group: 'From the blog post', title: 'ensure_future', python: '3.9' },
  // Patterns.
  { id: 'gather', group: 'Patterns', title: 'gather: run coroutines concurrently', python: '3.12' },
  { id: 'wait-for-timeout', group: 'Patterns', title: 'wait_for with a timeout', python: '3.12' },
  { id: 'cancellation', group: 'Patterns', title: 'Cancelling a task', python: '3.12' },
  { id: 'taskgroup', group: 'Patterns', title: 'TaskGroup (3.11+)', python: '3.12' },
  { id: 'queue', group: 'Patterns', title: 'Queue: producer / consumers', python: '3.12' },
  { id: 'semaphore', group: 'Patterns', title: 'Semaphore: at most 2 at a time', python: '3.12' },
  { id: 'blocking-sleep', group: 'Patterns', title: 'time.sleep blocks every task', python: '3.12' },
  { id: 'cpu-bound', group: 'Patterns', title: 'CPU-bound work in a coroutine', python: '3.12' },
].map((e) => ({ ...e, source: src(e.id) }));

export const DEFAULT_EXAMPLE = 'gather';

export function findExample(id) {
  return EXAMPLES.find((e) => e.id === id) ?? null;
}
