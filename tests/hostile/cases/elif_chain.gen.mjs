// An if statement with 10,000 elif branches: nesting in the syntax tree
// (each elif is an If inside the previous one's orelse) without indentation.
const n = 10000;
let s = 'x = 9999\nif x == -1:\n    print(-1)\n';
for (let i = 0; i < n; i++) s += `elif x == ${i}:\n    print(${i})\n`;
s += 'else:\n    print("none")\n';
process.stdout.write(s);
