// 100,000 unary minus signs in a row: deep nesting without any bracket.
const n = 100000;
process.stdout.write(`x = ${'-'.repeat(n)}1\nprint(x)\n`);
