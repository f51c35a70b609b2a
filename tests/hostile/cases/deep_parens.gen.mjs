// 10,000 nested parentheses around one expression.
const n = 10000;
process.stdout.write(`print("start")\nx = ${'('.repeat(n)}1${')'.repeat(n)}\nprint(x)\n`);
