// 1,000 nested `if` statements, one space of indentation per level (10,000
// would be 50 MB of indentation; CPython stops at level 100 either way).
const n = 1000;
let s = 'print("start")\n';
for (let i = 0; i < n; i++) s += `${' '.repeat(i)}if True:\n`;
s += `${' '.repeat(n)}print("deep")\n`;
process.stdout.write(s);
