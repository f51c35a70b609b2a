// Clocks: virtual time at each speed (instant / 10x / 1x / 0.1x) reads the
// same program time but takes different wall time; Stop on a busy loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedPage as openPage, consoleLines, setSource, runAndWait } from './helpers.mjs';

useBrowser();

const PROGRAM = `import asyncio, time

async def main():
    t0 = time.monotonic()
    print("start", t0)
    await asyncio.sleep(0.3)
    print("after", round(time.monotonic() - t0, 3))

asyncio.run(main())
`;

test('virtual time at each speed: same program clock, scaled wall time, visible badge', async () => {
  const { page } = await openPage();
  await setSource(page, PROGRAM);
  assert.equal(await page.isVisible('#clock-badge'), false, 'no badge on the real clock');
  // Engine real time (the event's rt: ms since the program was loaded) at the
  // line printed after a 0.3 s sleep: [min, max] ms. Playback is paced from the
  // start of the run, so the lower bounds are exact (it never runs ahead); the
  // upper bounds are loose because a loaded CI machine delays everything.
  const speeds = { 'virtual:0': [0, 1500], 'virtual:10': [29, 2000], 'virtual:1': [299, 3000], 'virtual:0.1': [2999, 7000] };
  const walls = {};
  await page.selectOption('#clock', 'virtual:0');
  await runAndWait(page);   // warm up
  for (const [value, [lo, hi]] of Object.entries(speeds)) {
    await page.selectOption('#clock', value);
    assert.equal(await page.isVisible('#clock-badge'), true, `badge for ${value}`);
    assert.match(await page.textContent('#clock-badge'), /virtual time/);
    const lines = await runAndWait(page);
    const out = lines.filter((l) => l.stream === 'stdout');
    assert.deepEqual(out.map((l) => l.text), ['start 1000.0', 'after 0.3'], value);
    assert.equal(out[1].ts, '+0.300s', value);
    const wall = out[1].rt;
    assert.ok(wall >= lo && wall <= hi, `${value}: the sleep took ${wall.toFixed(0)} ms of wall time, expected ${lo}-${hi}`);
    walls[value] = wall;
    assert.match(lines.at(-1).text, /^finished in 0\.300 s of virtual time, exit 0$/, value);
  }
  assert.ok(walls['virtual:0'] < walls['virtual:0.1'] && walls['virtual:1'] < walls['virtual:0.1'], JSON.stringify(walls));
});

test('Stop ends while True: pass and the page stays responsive', async () => {
  const { page } = await openPage();
  await setSource(page, 'print("spinning")\nwhile True:\n    pass\n');
  await page.click('#run');
  await page.waitForSelector('#console .line.stdout', { timeout: 30000 });
  // The page still answers while the program spins.
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 1000, 'page responsive while the program spins');
  await page.click('#stop');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 5000 });
  const lines = await consoleLines(page);
  assert.match(lines.at(-1).text, /^stopped after /);
  assert.equal(await page.isEnabled('#run'), true);
  assert.equal(await page.isEnabled('#stop'), false);
});
