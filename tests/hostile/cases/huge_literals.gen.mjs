// Huge literals that are legal: a 4 MiB string, a 200,000-element list
// display, a 5,000-digit hex integer and a 100,000-key dict display.
let s = `s = "${'x'.repeat(4 << 20)}"\nprint(len(s))\n`;
s += `l = [${Array.from({ length: 200000 }, (_, i) => i % 10).join(', ')}]\nprint(len(l), sum(l))\n`;
s += `h = 0x${'f'.repeat(5000)}\nprint(h.bit_length(), h % 1000003)\n`;
s += `d = {${Array.from({ length: 100000 }, (_, i) => `${i}: ${i}`).join(', ')}}\nprint(len(d), d[99999])\n`;
process.stdout.write(s);
