// Just under CPython's compile-time nesting limits: 2,990 unary minus signs,
// a 2,990-term sum and 190 nested parentheses compile and run.
const n = 2990;
let s = `x = ${'-'.repeat(n)}1\nprint(x)\n`;
s += `y = 1${'+1'.repeat(n)}\nprint(y)\n`;
s += `z = ${'('.repeat(190)}7${')'.repeat(190)}\nprint(z)\n`;
process.stdout.write(s);
