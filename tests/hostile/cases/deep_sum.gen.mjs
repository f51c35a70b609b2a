// A 100,000-term sum `x + x + ... + x`: a left-deep tree 100,000 levels deep.
process.stdout.write(`x = 1\ny = x${' + x'.repeat(100000)}\nprint(y)\n`);
