// A 10 MiB source file: many small functions, then calls to some of them.
const target = 10 << 20;
let parts = [];
let size = 0;
let i = 0;
while (size < target) {
  const f = `def f${i}(x):\n    y = x * ${i % 97} + ${i}\n    return y - ${i}\n\n\n`;
  parts.push(f);
  size += f.length;
  i++;
}
parts.push(`print(${i})\nprint(f0(3), f${i - 1}(5), sum(globals()["f%d" % k](1) for k in range(0, ${i}, 1000)))\n`);
process.stdout.write(parts.join(''));
