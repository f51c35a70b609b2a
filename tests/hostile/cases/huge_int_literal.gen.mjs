// A 100,000-digit decimal integer literal.
process.stdout.write(`print("start")\nx = 1${'0'.repeat(99999)}\nprint(x.bit_length())\n`);
