/**
 * Interpreter invariants: names own references, temporaries are released at
 * once, a dropped memoryview releases its export (unlocking a bytearray),
 * and the parser's errors name what is wrong.
 */
import { Py_REFCNT, type PyObject } from "@py/object";
import { beforeAll, describe, expect, it } from "vitest";
import { Interpreter } from "../src/interpreter.js";
import { parseModule } from "../src/parse.js";
import { needsMoreInput } from "../src/repl.js";
import { exceptionLastLine, loadModules } from "../src/run.js";
import { transcript } from "./transcript.js";

beforeAll(() => loadModules());

function interp(): { it: Interpreter; out: () => string } {
  let out = "";
  const it = new Interpreter({ stdout: (s) => (out += s) });
  return { it, out: () => out };
}

/** Runs one line as the transcript does; returns the error line or null. */
function line(it: Interpreter, src: string): string | null {
  try {
    it.exec(`${src}\n`, true);
    return null;
  } catch (e) {
    return exceptionLastLine(e);
  }
}

function global(it: Interpreter, name: string): PyObject {
  const v = it.globals.get(name);
  if (v === undefined) throw new Error(`no global ${name}`);
  return v;
}

describe("references", () => {
  it("binding, aliasing, containers and del move the count", () => {
    const { it: py } = interp();
    line(py, "x = bytearray(b'a')");
    const x = global(py, "x");
    expect(Py_REFCNT(x)).toBe(1);
    line(py, "y = x");
    expect(Py_REFCNT(x)).toBe(2);
    line(py, "l = [x, x]");
    expect(Py_REFCNT(x)).toBe(4);
    line(py, "del l");
    expect(Py_REFCNT(x)).toBe(2);
    line(py, "y = 0");
    expect(Py_REFCNT(x)).toBe(1);
    line(py, "x");
    expect(Py_REFCNT(x)).toBe(1);
  });

  it("del of the last view unlocks the bytearray at once", () => {
    const cpy = transcript("del of the last view unlocks the bytearray at once");
    const { it: py } = interp();
    line(py, "b = bytearray(b'abc')");
    line(py, "m = memoryview(b)");
    expect(line(py, "b.append(1)")).toBe(cpy("b.append(1)"));
    expect(line(py, "del m")).toBeNull();
    expect(line(py, "b.append(1)")).toBeNull();
  });

  it("temporaries and values of failed lines are released", () => {
    const { it: py } = interp();
    line(py, "b = bytearray(b'abc')");
    expect(line(py, "memoryview(b)[0]")).toBeNull();
    expect(line(py, "b.append(1)")).toBeNull();
    expect(line(py, "memoryview(b).cast('x')")).toMatch(/^ValueError/);
    expect(line(py, "b.append(1)")).toBeNull();
    expect(line(py, "[memoryview(b) for i in range(3)][5]")).toBe(
      transcript("temporaries and values of failed lines are released")(
        "[memoryview(b) for i in range(3)][5]",
      ),
    );
    expect(line(py, "b.append(1)")).toBeNull();
  });

  it("a with block releases its view; a function's locals die with its frame", () => {
    const { it: py } = interp();
    line(py, "b = bytearray(b'abc')");
    expect(line(py, "with memoryview(b) as m: b.append(1)")).toMatch(/^BufferError/);
    expect(line(py, "b.append(1)")).toBeNull();
    line(py, "f = lambda: memoryview(b)[0]");
    expect(line(py, "f()")).toBeNull();
    expect(line(py, "b.append(1)")).toBeNull();
    expect(Py_REFCNT(global(py, "b"))).toBe(1);
  });

  it("the echo keeps no reference", () => {
    const { it: py, out } = interp();
    line(py, "b = bytearray(b'ab')");
    line(py, "memoryview(b)");
    expect(out()).toMatch(/^<memory at 0x[0-9a-f]+>\n$/);
    expect(line(py, "b.append(1)")).toBeNull();
  });
});

describe("parser", () => {
  const err = (src: string): string => {
    try {
      parseModule(src);
      return "ok";
    } catch (e) {
      return exceptionLastLine(e);
    }
  };
  it("reports syntax errors and unsupported constructs by name", () => {
    const cpy = transcript("parser errors");
    expect(err("1 +\n")).toBe(cpy("1 +"));
    expect(err("async def f(): pass\n")).toBe("NotImplementedError: minipy does not support async functions");
    expect(err("match x:\n    case 1: pass\n")).toBe(
      "NotImplementedError: minipy does not support match statements",
    );
    expect(err("b'\u00e9'\n")).toBe(cpy("b'\u00e9'"));
    expect(err("a[1:2, ::-1, ...]\n")).toBe("ok");
  });
  it("turns flat subscripts into slices and tuples", () => {
    const [s] = parseModule("a[1:2, 3]\n");
    expect(s?.kind).toBe("Expr");
    const e = s?.kind === "Expr" ? s.value : null;
    expect(e?.kind).toBe("Subscript");
    if (e?.kind === "Subscript") {
      expect(e.index.kind).toBe("Tuple");
      if (e.index.kind === "Tuple") expect(e.index.elts.map((x) => x.kind)).toEqual(["Slice", "Int"]);
    }
  });
});

describe("repl input", () => {
  it("asks for more lines inside blocks and open brackets", () => {
    expect(needsMoreInput("x = 1")).toBe(false);
    expect(needsMoreInput("for i in x:")).toBe(true);
    expect(needsMoreInput("for i in x:\n    print(i)")).toBe(true);
    expect(needsMoreInput("for i in x:\n    print(i)\n")).toBe(false);
    expect(needsMoreInput("f(1,")).toBe(true);
    expect(needsMoreInput("'(' + x")).toBe(false);
  });
});
