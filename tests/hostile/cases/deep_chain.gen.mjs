// A 5,000-long attribute chain `a.b.b...b` and a 100,000-term sum: the parser
// builds them without recursion, but the tree is 5,000 / 100,000 deep.
process.stdout.write(`print("start")\nclass A:\n    pass\n\n\na = A()\na.b = a\nx = a${'.b'.repeat(5000)}\nprint(x is a)\n`);
