/**
 * Random multi-line programs (functions, loops, `try`, generators, closures,
 * comprehensions, classes, f-strings and %-formatting over ints, str, bytes,
 * bytearray, array and memoryview) for the script fuzzer: each is run as a script
 * by python3 and by minipy, and stdout, the last line of stderr and the exit
 * status are compared.
 *
 * A program is a list of blocks, each drawn from a tape of numbers (as the
 * transcript fuzzer's `generate.ts` draws its operations): fast-check shrinks
 * a program by dropping blocks and moving numbers toward 0, the simplest
 * choice. Risky operations sit in `try` blocks that print the exception, so a
 * program goes on after an error; its last block may end it uncaught.
 */
import fc from "fast-check";

/** The fast-check value of one program: one tape per block. */
export interface ScriptSeed {
  blocks: number[][];
}

const TAPE = 24;

/** The arbitrary of programs. */
export function scriptArbitrary(maxBlocks = 8): fc.Arbitrary<ScriptSeed> {
  const nums = fc.array(fc.nat({ max: 0xffff }), { minLength: TAPE, maxLength: TAPE });
  return fc.record({ blocks: fc.array(nums, { minLength: 1, maxLength: maxBlocks }) });
}

/** A stream of choices; an exhausted tape gives 0. */
class Tape {
  private i = 0;
  constructor(private readonly nums: number[]) {}
  next(): number {
    return this.nums[this.i++] ?? 0;
  }
  below(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.below(xs.length)] as T;
  }
  chance(pct: number): boolean {
    return this.next() % 100 >= 100 - pct;
  }
}

const INT_SPECS = [
  "",
  "d",
  "5d",
  "<6",
  "^7",
  "+d",
  "08b",
  "x",
  "#x",
  "#o",
  "X",
  ",",
  "_",
  ".2f",
  "e",
  "%",
  "c",
  ".3",
  "z",
];
const FLOAT_SPECS = [
  "",
  ".1f",
  ".3f",
  "10.2f",
  "<9.1f",
  "e",
  ".2E",
  "g",
  ".3g",
  "%",
  ",.2f",
  "+.1f",
  "0=8.2f",
  "d",
  ".0f",
];
const STR_SPECS = ["", "s", ">5", "<5", "^8", "*^9", ".2", "5.1", "d", "=5", "+"];
const FLOATS = ["0.5", "2.5", "-1.25", "3.14159", "1e16", "1234.5678", "0.001", "-0.0", "100.0", "2.675"];
const WORDS = ["'abc'", "'Hello'", "''", "'x y'", "'café'"];
const BYTES = ["b'abc'", "b''", "b'\\x00\\xff'", "bytes(range(5))", "b'hello world'", "bytearray(b'xyz')"];
const PCT_FMTS = [
  "%d",
  "%5d",
  "%-4d|",
  "%x",
  "%#o",
  "%s",
  "%r",
  "%5.2f",
  "%e",
  "%g",
  "%c",
  "%03d",
  "%+d",
  "%%",
];

function pyInt(t: Tape): string {
  return String(t.pick([0, 1, 2, 3, 7, 10, 42, 255, -1, -13, 1000, 65]));
}

function value(t: Tape): string {
  switch (t.below(4)) {
    case 0:
      return pyInt(t);
    case 1:
      return t.pick(FLOATS);
    case 2:
      return t.pick(WORDS);
    default:
      return t.pick(BYTES);
  }
}

/** `try:` around `body` lines, printing the exception's type and message. */
function guarded(body: string[], indent = ""): string[] {
  return [
    `${indent}try:`,
    ...body.map((l) => `${indent}    ${l}`),
    `${indent}except Exception as e:`,
    `${indent}    print(type(e).__name__, e)`,
  ];
}

type Block = (t: Tape, n: number) => string[];

const BLOCKS: Block[] = [
  // a function with defaults, keyword-only parameters, *args and **kwargs
  (t, n) => {
    const a = pyInt(t);
    const b = pyInt(t);
    const op = t.pick(["+", "-", "*", "//", "%", "**", "<<"]);
    const call = t.pick([
      `f${n}(${a})`,
      `f${n}(${a}, ${b})`,
      `f${n}(${a}, k=${b})`,
      `f${n}(${a}, ${b}, ${pyInt(t)}, extra=1)`,
      `f${n}()`,
      `f${n}(${a}, b=${b}, b=1)`.replace(", b=1)", ")"),
      `f${n}(*[${a}, ${b}])`,
      `f${n}(${a}, **{'k': ${b}, 'z': 0})`,
      `f${n}(${t.pick(WORDS)})`,
    ]);
    return [
      `def f${n}(a, b=${b}, *rest, k=${t.int(0, 3)}, **kw):`,
      `    r = (a ${op} b) if b >= 0 or '${op}' not in ('<<', '**') else a`,
      "    return r, rest, k, sorted(kw)",
      ...guarded([`print(${call})`]),
    ];
  },
  // a loop over a byte string with break, continue and else
  (t, n) => {
    const src = t.pick(BYTES);
    const stop = t.int(0, 260);
    return [
      `acc${n} = []`,
      `for i, x in enumerate(${src}):`,
      `    if x % ${t.int(2, 5)} == 0:`,
      "        continue",
      `    if x > ${stop}:`,
      "        break",
      `    acc${n}.append(x ^ i)`,
      "else:",
      `    acc${n}.append(-1)`,
      `print(acc${n})`,
    ];
  },
  // try/except/else/finally around an operation that may fail
  (t, n) => {
    const risky = t.pick([
      `[1, 2, 3][${t.int(-4, 4)}]`,
      `${pyInt(t)} / ${t.int(0, 2)}`,
      `int(${t.pick(["'12'", "'x'", "' 7 '", "'1_0'", "'0x1'"])})`,
      `{'a': 1}[${t.pick(["'a'", "'b'"])}]`,
      `b'abc'[${t.int(-4, 4)}]`,
      `bytearray(b'ab').pop(${t.int(-3, 3)})`,
      `${t.pick(BYTES)}.index(${t.int(0, 3)})`,
      `memoryview(b'abcd')[${t.int(-5, 5)}]`,
    ]);
    return [
      "try:",
      `    v${n} = ${risky}`,
      "except (IndexError, KeyError) as e:",
      "    print('lookup', type(e).__name__, e)",
      "except ValueError as e:",
      "    print('value', e)",
      "except ZeroDivisionError:",
      "    print('zero')",
      "else:",
      `    print('ok', v${n})`,
      "finally:",
      `    print('finally ${n}')`,
    ];
  },
  // a generator function, consumed in several ways
  (t, n) => {
    const k = t.int(0, 6);
    const consume = t.pick([
      `list(g${n}(${k}))`,
      `sum(g${n}(${k}))`,
      `next(g${n}(${k}), 'empty')`,
      `[x for x in g${n}(${k}) if x]`,
    ]);
    return [
      `def g${n}(m):`,
      "    for i in range(m):",
      `        if i == ${t.int(0, 6)}:`,
      "            return",
      `        yield i * ${pyInt(t)}`,
      `    yield from (j for j in range(${t.int(0, 3)}))`,
      `print(${consume})`,
    ];
  },
  // f-strings with format specs
  (t) => {
    const kind = t.below(3);
    const v = kind === 0 ? pyInt(t) : kind === 1 ? t.pick(FLOATS) : t.pick(WORDS);
    const spec = t.pick(kind === 0 ? INT_SPECS : kind === 1 ? FLOAT_SPECS : STR_SPECS);
    const conv = t.chance(15) ? t.pick(["!r", "!s", "!a"]) : "";
    return guarded([`print(f"[{${v}${conv}${spec === "" ? "" : `:${spec}`}}]")`]);
  },
  // %-formatting of str and bytes
  (t) => {
    const fmt = t.pick(PCT_FMTS);
    const v = value(t);
    const isBytes = t.chance(40);
    return guarded([`print(${isBytes ? "b" : ""}'<${fmt}>' % (${v},))`]);
  },
  // comprehensions of every kind
  (t, n) => {
    const src = t.pick(["range(10)", "'hello'", "b'abcab'", "[3, 1, 2, 3]", "(x * x for x in range(5))"]);
    const cond = t.pick(["", " if x", ` if x != ${t.pick(["3", "'l'", "97"])}`]);
    return [
      `src${n} = list(${src})`,
      `print([x for x in src${n}${cond}])`,
      `print(sorted({x for x in src${n}${cond}}, key=repr))`,
      `print({i: x for i, x in enumerate(src${n})${cond.replace("x", "x")}})`,
    ];
  },
  // a closure with nonlocal state
  (t, n) => {
    const step = pyInt(t);
    const calls = t.int(0, 4);
    return [
      `def counter${n}(start=0):`,
      "    total = start",
      "    def add(x=1):",
      "        nonlocal total",
      `        total += x * ${step}`,
      "        return total",
      "    return add",
      `c${n} = counter${n}(${pyInt(t)})`,
      `print([c${n}(i) for i in range(${calls})], c${n}())`,
    ];
  },
  // while with else and augmented assignment
  (t, n) => {
    const lim = t.int(0, 20);
    return [
      `w${n} = ${t.int(0, 5)}`,
      `while w${n} < ${lim}:`,
      `    w${n} += ${t.int(1, 4)}`,
      `    if w${n} == ${t.int(0, 20)}:`,
      "        break",
      "else:",
      `    print('no break', w${n})`,
      `print('w', w${n})`,
    ];
  },
  // unpacking with a starred target
  (t) => {
    const src = t.pick(["[1, 2, 3, 4]", "'ab'", "b'xyz'", "range(1)", "(9,)", "[]"]);
    const target = t.pick(["a, *b", "*a, b", "a, *b, c", "a, b", "a, b, *c"]);
    return guarded([`${target} = ${src}`, `print(${target.replace(/\*/g, "")})`]);
  },
  // a bytearray changed through a memoryview in a function
  (t, n) => {
    const start = t.int(0, 5);
    const stop = t.int(0, 6);
    return [
      `def poke${n}(buf, v):`,
      "    with memoryview(buf) as m:",
      `        m[${start}:${stop}] = bytes([v]) * len(m[${start}:${stop}])`,
      "    return buf",
      ...guarded([
        `print(poke${n}(bytearray(b'abcdef'), ${t.int(0, 300)}))`,
        `print(poke${n}(b'abcdef', 1))`,
      ]),
    ];
  },
  // a class with special methods, used through the builtins
  (t, n) => {
    const v = t.int(-3, 9);
    const dunders: string[] = [];
    if (t.chance(60)) dunders.push("    def __len__(self):", `        return abs(self.v) % ${t.int(1, 5)}`);
    if (t.chance(60))
      dunders.push("    def __eq__(self, o):", `        return isinstance(o, K${n}) and self.v == o.v`);
    if (t.chance(50)) dunders.push("    def __lt__(self, o):", "        return self.v < o.v");
    if (t.chance(50)) dunders.push("    def __getitem__(self, i):", "        return [self.v, -self.v][i]");
    if (t.chance(40)) dunders.push("    def __iter__(self):", "        yield from range(self.v)");
    if (t.chance(40)) dunders.push("    def __bool__(self):", "        return self.v > 2");
    if (t.chance(40))
      dunders.push(
        "    def __add__(self, o):",
        `        return K${n}(self.v + (o.v if isinstance(o, K${n}) else o))`,
      );
    const uses = [
      `repr(K${n}(${v}))`,
      `str(K${n}(${v}))`,
      `len(K${n}(${v}))`,
      `K${n}(${v}) == K${n}(${t.int(-3, 9)})`,
      `sorted([K${n}(3), K${n}(${v}), K${n}(1)])`,
      `K${n}(${v})[${t.int(-3, 2)}]`,
      `list(K${n}(${v}))`,
      `bool(K${n}(${v}))`,
      `K${n}(${v}) + ${t.int(0, 3)}`,
      `len({K${n}(${v}), K${n}(${v})})`,
      `f"{K${n}(${v})!r:>12}"`,
      `K${n}(${v}).twice()`,
    ];
    return [
      `class K${n}:`,
      "    def __init__(self, v):",
      "        self.v = v",
      "    def __repr__(self):",
      `        return f"K${n}({self.v})"`,
      "    def twice(self):",
      "        return self.v * 2",
      ...dunders,
      ...guarded([`print(${t.pick(uses)})`, `print(${t.pick(uses)})`]),
    ];
  },
  // a subclass of an exporter, through a method and a memoryview
  (t, n) => {
    const base = t.pick(["bytearray", "bytes", "array.array"]);
    const init = base === "array.array" ? `'${t.pick(["b", "h", "i", "d"])}', [1, 2, 3, 4]` : "b'abcd'";
    const i = t.int(-5, 4);
    return [
      ...(base === "array.array" ? ["import array"] : []),
      `class X${n}(${base}):`,
      "    def head(self, k=2):",
      "        return self[:k]",
      "    def total(self):",
      "        return sum(self)",
      `x${n} = X${n}(${init})`,
      ...guarded([
        `print(type(x${n}).__name__, list(x${n}.head()), x${n}.total(), len(x${n}))`,
        `with memoryview(x${n}) as m:`,
        `    print(m.format, m.readonly, m.tolist()[${i}])`,
        `    m[0] = m[${i}]`,
        `print(list(x${n}))`,
      ]),
    ];
  },
  // a custom exception class raised through functions
  (t, n) => {
    const base = t.pick(["Exception", "ValueError", "KeyError", "LookupError"]);
    const catchAs = t.pick([`E${n}`, base, "Exception", "ArithmeticError", `(E${n}, TypeError)`]);
    return [
      `class E${n}(${base}):`,
      "    pass",
      `def fail${n}(x):`,
      `    raise E${n}(x)`,
      "try:",
      `    fail${n}(${value(t)})`,
      `except ${catchAs} as e:`,
      "    print(type(e).__name__, e, e.args)",
      "except BaseException as e:",
      "    print('other', type(e).__name__)",
    ];
  },
  // recursion
  (t, n) => {
    const k = t.int(0, 25);
    return [
      `def r${n}(k):`,
      `    return ${t.pick(["1", "0", "k"])} if k <= ${t.int(0, 2)} else r${n}(k - 1) ${t.pick(["+", "*", "-"])} k`,
      `print(r${n}(${k}))`,
    ];
  },
  // with over several items (parenthesized or not), a manager that may swallow the error
  (t, n) => {
    const swallow = t.pick(["True", "False"]);
    const raises = t.chance(50);
    const header = t.pick([
      `with CM${n}('a') as a, CM${n}('b', ${swallow}) as b:`,
      `with (CM${n}('a') as a, CM${n}('b', ${swallow}) as b):`,
      `with (\n    CM${n}('a') as a,\n    CM${n}('b', ${swallow}) as b,\n):`,
    ]);
    return [
      `class CM${n}:`,
      "    def __init__(self, name, swallow=False):",
      "        self.name, self.swallow = name, swallow",
      "    def __enter__(self):",
      "        print('enter', self.name)",
      "        return self.name.upper()",
      "    def __exit__(self, t, v, tb):",
      "        print('exit', self.name, t.__name__ if t else None, v)",
      "        return self.swallow",
      "try:",
      ...header.split("\n").map((l) => `    ${l}`),
      "        print(a, b)",
      ...(raises ? [`        raise ValueError(${value(t)})`] : []),
      "    print('after')",
      "except ValueError as e:",
      "    print('escaped', e)",
    ];
  },
  // exceptions chained by raise ... from and by raising in a handler
  (t, n) => {
    const risky = t.pick(["1 / 0", "[][1]", "{}['k']", "int('q')", "b'a' + 'b'"]);
    const reraise = t.pick([
      "raise RuntimeError('wrapped') from e",
      "raise RuntimeError('hidden') from None",
      "raise LookupError('during')",
      "raise",
      "raise TypeError('t') from ValueError('v')",
    ]);
    return [
      `def inner${n}():`,
      `    return ${risky}`,
      "try:",
      "    try:",
      `        inner${n}()`,
      "    except Exception as e:",
      `        ${reraise}`,
      "except Exception as e:",
      "    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)",
    ];
  },
  // str.format and format_map with specs, conversions, indices and attributes
  (t) => {
    const kind = t.below(3);
    const v = kind === 0 ? pyInt(t) : kind === 1 ? t.pick(FLOATS) : t.pick(WORDS);
    const spec = t.pick(kind === 0 ? INT_SPECS : kind === 1 ? FLOAT_SPECS : STR_SPECS);
    const field = t.pick(["{}", "{0}", "{x}", "{0!r}", "{x!s}", "{[0]}", "{0.real}", "{{}}", "{", "}"]);
    const fmt = `'<${field}|{${t.pick(["", "0", "x"])}${spec === "" ? "" : `:${spec}`}}>'`;
    return guarded([
      `print(${fmt}.format(${v}, x=${v}))`,
      `print('{a}-{b!r}'.format_map({'a': ${v}, 'b': ${t.pick(BYTES)}}))`,
    ]);
  },
  // self-documenting f-strings and bytes %-formatting with mapping keys
  (t) => {
    const v = value(t);
    const spec = t.pick(["", ":>10", "!r", "!s:^12", ":.3"]);
    const key = t.pick(["b'a'", "b'b'", "'a'"]);
    return guarded([
      `v = ${v}`,
      `print(f"{v${spec.startsWith(":") || spec.startsWith("!") ? "=" : " = "}${spec}}", f"{len(str(v))=}")`,
      `print(b'%(a)s|%(a)r|%%' % {${key}: ${t.pick(BYTES)}})`,
    ]);
  },
  // single inheritance with super() and class attributes
  (t, n) => {
    const v = pyInt(t);
    return [
      `class P${n}:`,
      "    kind = 'base'",
      "    def __init__(self, v):",
      "        self.v = v",
      "    def describe(self):",
      "        return f'{self.kind}:{self.v}'",
      `class C${n}(P${n}):`,
      `    kind = ${t.pick(["'child'", `P${n}.kind + '+'`])}`,
      "    def __init__(self, v, w=1):",
      "        super().__init__(v * w)",
      "    def describe(self):",
      "        return 'C(' + super().describe() + ')'",
      ...guarded([
        `c = C${n}(${v}, ${t.int(0, 3)})`,
        `print(c.describe(), isinstance(c, P${n}), C${n}.__mro__[1].__name__, P${n}.kind, c.kind)`,
        `print(${t.pick([`C${n}()`, `C${n}(1, 2, 3)`, `P${n}(1).describe()`, `C${n}(2).v`])})`,
      ]),
    ];
  },
  // recursion that reaches the limit, caught
  (t, n) => [
    `def deep${n}(k):`,
    `    return deep${n}(k + ${t.int(1, 2)})${t.pick(["", " + 1"])}`,
    "try:",
    `    deep${n}(0)`,
    "except RecursionError as e:",
    "    print('recursion:', e)",
  ],
  // del of names, items and slices, and global
  (t, n) => {
    const idx = t.pick(["0", "-1", "1:3", "::2", "5"]);
    return [
      `gl${n} = [10, 20, 30, 40]`,
      `def drop${n}():`,
      `    global gl${n}`,
      `    del gl${n}[${idx}]`,
      `    return gl${n}`,
      ...guarded([
        `print(drop${n}())`,
        `d = {'a': 1, 'b': 2}`,
        `del d[${t.pick(["'a'", "'z'"])}]`,
        "print(d)",
        `tmp${n} = 1`,
        `del tmp${n}`,
        `print('deleted', gl${n})`,
      ]),
    ];
  },
];

/** The last block may end the program with an uncaught error. */
const ENDINGS = [
  "",
  "raise ValueError('the end')",
  "print([1][2])",
  "assert 1 > 2, 'assertion'",
  "raise SystemExit(3)",
  "b'ab' + 'cd'",
  "int('zz')",
  "raise KeyError('outer') from ValueError('inner')",
  "'{0}{}'.format(1, 2)",
  "print(f'{1 / 0 = }')",
];

/** The source of a program. */
export function renderScript(seed: ScriptSeed): string {
  const lines: string[] = [];
  seed.blocks.forEach((nums, n) => {
    const t = new Tape(nums);
    lines.push(...BLOCKS[t.below(BLOCKS.length)]!(t, n));
  });
  const last = new Tape(seed.blocks[seed.blocks.length - 1] ?? []);
  const end = last.next() % 5 === 0 ? ENDINGS[last.next() % ENDINGS.length]! : "";
  if (end !== "") lines.push(end);
  return `${lines.join("\n")}\n`;
}
