// The event-loop inspector on the page: Step runs one loop iteration of the
// real engine and the panel shows its ready queue, timers, tasks and what
// runs next. The ready queues and timers expected after each step are what
// CPython 3.12 holds (tests/unit/embed/inspector/gather.3.12.probe, made by
// the oracle; see regen.sh there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, setSource, consoleLines, read } from './helpers.mjs';

useBrowser();
const GATHER = read('tests/unit/embed/inspector/gather.py');

/** The probe golden: per iteration, repr() of the ready handles and timers. */
function probe() {
  const text = read('tests/unit/embed/inspector/gather.3.12.probe')
    .replace(/<_asyncio\.TaskStepMethWrapper object at 0x[0-9a-f]+>/g, 'Task.__step');
  const steps = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('--- after iteration')) steps.push({ ready: [], timers: [] });
    else if (line.startsWith('  ready ')) steps.at(-1).ready.push(line.slice(8));
    else if (line.startsWith('  timer ')) steps.at(-1).timers.push(line.slice(8));
  }
  return steps;
}

/** What the panel shows now. */
const panel = (page) => page.evaluate(() => {
  const root = document.getElementById('inspector');
  const handles = (sel) => [...root.querySelectorAll(`${sel} .ins-handle`)].map((li) => ({
    repr: li.querySelector('.ins-repr').textContent,
    task: li.dataset.task ? Number(li.dataset.task) : null,
    kind: li.dataset.kind,
    when: li.querySelector('.ins-when')?.textContent ?? null,
    next: li.classList.contains('next'),
  }));
  return {
    hidden: root.hidden,
    iteration: Number(root.dataset.iteration),
    done: root.dataset.done === 'true',
    head: root.querySelector('.ins-head').textContent,
    next: root.querySelector('.ins-next')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    ran: handles('.ins-ran'),
    ready: handles('.ins-ready'),
    timers: handles('.ins-timers'),
    tasks: [...root.querySelectorAll('.ins-tasks tbody tr')].map((tr) => [tr.cells[0].textContent.trim(), tr.dataset.state, tr.classList.contains('next')]),
  };
});

const output = async (page) => (await consoleLines(page)).filter((l) => l.stream === 'stdout').map((l) => l.text);

async function stepTo(page, n, how = 'click') {
  if (how === 'click') await page.click('#inspector .ins-step');
  else await page.keyboard.press(how);
  await page.waitForSelector(`#inspector[data-iteration="${n}"] .ins-content section`, { timeout: 30000 });
}

test('Step runs one event-loop iteration at a time and shows the loop as it is', { timeout: 120000 }, async () => {
  const expected = probe();
  const { page, errors } = await openPage();
  await page.selectOption('#clock', 'virtual:0');
  await setSource(page, GATHER);
  assert.equal(await page.isHidden('#inspector'), true);

  // Step 1 (the Step button next to Run): main's first step ran; gather()
  // queued the two workers' first steps, in creation order.
  await page.click('#step');
  await page.waitForSelector('#inspector[data-iteration="1"] .ins-content section', { timeout: 60000 });
  let p = await panel(page);
  assert.equal(p.hidden, false);
  assert.match(p.head, /After iteration 1 · clock 0\.000 s/);
  assert.deepEqual(p.ran.map((h) => [h.repr, h.task, h.kind]), [['<Handle Task.__step()>', 1, 'step']]);
  assert.deepEqual(p.ready.map((h) => h.repr), expected[0].ready);
  assert.deepEqual(p.ready.map((h) => [h.task, h.kind, h.next]), [[2, 'step', true], [3, 'step', false]]);
  assert.deepEqual(p.timers, []);
  assert.deepEqual(p.tasks, [['Task-1', 'waiting', false], ['Task-2', 'ready', true], ['Task-3', 'ready', false]]);
  assert.match(p.next, /^Runs next: Task-2 worker\(\) <Handle Task\.__step\(\)>$/);
  assert.deepEqual(await output(page), []);

  // Step 2 (the panel's Step): both workers printed and sleep; two timers by
  // deadline, nothing ready; the loop will wait for B's timer.
  await stepTo(page, 2);
  p = await panel(page);
  assert.deepEqual(p.ran.map((h) => h.task), [2, 3]);
  assert.deepEqual(p.ready, []);
  assert.deepEqual(p.timers.map((h) => h.repr), expected[1].timers);
  assert.deepEqual(p.timers.map((h) => [h.when, h.task, h.next]), [['0.100 s', 3, true], ['0.200 s', 2, false]]);
  assert.deepEqual(p.tasks.map((t) => t[1]), ['waiting', 'waiting', 'waiting']);
  assert.match(p.next, /^Runs next once the clock reaches 0\.100 s: Task-3 worker\(\)/);
  assert.deepEqual(await output(page), ['A: start', 'B: start']);

  // Step 3 by keyboard (F10): the clock jumped to 0.1, B's timer ran and
  // queued B's wake-up.
  await stepTo(page, 3, 'F10');
  p = await panel(page);
  assert.match(p.head, /After iteration 3 · clock 0\.100 s/);
  assert.deepEqual(p.ready.map((h) => h.repr), expected[2].ready);
  assert.deepEqual(p.ready.map((h) => [h.task, h.kind]), [[3, 'wakeup']]);
  assert.deepEqual(p.timers.map((h) => h.repr), expected[2].timers);
  assert.deepEqual(p.tasks.map((t) => t.slice(1)), [['waiting', false], ['waiting', false], ['ready', true]]);
  assert.deepEqual(await output(page), ['A: start', 'B: start']);

  // Continue: the program runs to the end.
  await page.click('#inspector .ins-continue');
  await page.waitForSelector('#inspector[data-done="true"]', { timeout: 30000 });
  p = await panel(page);
  assert.match(p.head, /^Program ended \(exit 0\) after 14 loop iterations, at 0\.200 s$/);
  // asyncio.run's clean-up ran as tasks too (shutdown_asyncgens, shutdown_default_executor).
  assert.deepEqual(p.tasks.map((t) => t.slice(0, 2)), [['Task-1', 'done'], ['Task-2', 'done'], ['Task-3', 'done'],
    ['Task-4', 'done'], ['Task-5', 'done']]);
  assert.deepEqual(await output(page), ['A: start', 'B: start', 'B: done after 0.1', 'A: done after 0.2', "results: ['A', 'B']"]);
  await page.waitForFunction(() => window.loopscope.lastRun !== null);
  assert.equal(await page.evaluate(() => window.loopscope.lastRun.exitCode), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the inspector in the dark theme, driven by the keyboard only', { timeout: 120000 }, async () => {
  const { page, errors } = await openPage({ colorScheme: 'dark' });
  await page.selectOption('#clock', 'virtual:0');
  await setSource(page, GATHER);
  await page.focus('#step');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#inspector[data-iteration="1"] .ins-content section', { timeout: 60000 });
  // In the panel, n steps and Esc closes (stopping the program).
  await page.focus('#inspector .ins-body');
  await page.keyboard.press('n');
  await page.waitForSelector('#inspector[data-iteration="2"] .ins-content section', { timeout: 30000 });
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.querySelector('#inspector .ins-body'));
    const pane = getComputedStyle(document.getElementById('inspector'));
    return { theme: document.documentElement.dataset.theme, fg: body.color, bg: pane.backgroundColor };
  });
  assert.equal(colors.theme, 'dark');
  assert.equal(colors.fg, 'rgb(221, 221, 221)');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#inspector', { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.loopscope.lastRun.stopped), true);
  assert.deepEqual(errors, []);
  await page.close();
});
