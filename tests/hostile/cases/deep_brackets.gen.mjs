// 10,000 nested list displays: [[[[...]]]].
const n = 10000;
process.stdout.write(`x = ${'['.repeat(n)}${']'.repeat(n)}\nprint(len(x))\n`);
