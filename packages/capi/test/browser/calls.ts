/**
 * The calls the browser test makes on C modules, run the same way in Node and
 * in Chromium (bundled into page.ts): each line is `what -> repr(result)` or
 * `what !! Type: message`, so the two transcripts can be compared as text.
 */
import { PyBytes_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject } from "@py/memoryview";
import {
  isPyError,
  PyFloat_FromDouble,
  PyLong_FromNumber,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetItem,
  PySlice_New,
  Py_None,
  Py_True,
  PyUnicode_FromString,
  repr,
} from "@py/object";

/** The modules built in Node and loaded in that order (liba before libb, which links against it). */
export const MODULES = ["matrix", "cbuf", "fmt", "kwargs", "hello", "liba", "libb"] as const;

type Mods = Record<string, PyObject>;

const int = (n: number) => PyLong_FromNumber(n);
const str = (s: string) => PyUnicode_FromString(s);

function attr(o: PyObject, dotted: string): PyObject {
  let x = o;
  for (const part of dotted.split(".")) x = PyObject_GetAttr(x, part);
  return x;
}

function call(o: PyObject, dotted: string, args: PyObject[] = [], kw?: Record<string, PyObject>): PyObject {
  const kwargs = kw === undefined ? null : new Map(Object.entries(kw));
  return PyObject_Call(attr(o, dotted), args, kwargs);
}

/** Runs `f`, recording its result's repr or the Python exception it raised. */
function recorder(lines: string[]) {
  return (what: string, f: () => PyObject): PyObject | null => {
    try {
      const r = f();
      lines.push(`${what} -> ${repr(r)}`);
      return r;
    } catch (e) {
      if (!isPyError(e)) throw e;
      lines.push(`${what} !! ${e.type.tp_name}: ${e.message}`);
      return null;
    }
  };
}

/** The calls on the modules built in Node (MODULES). */
export function runCalls(mods: Mods): string[] {
  const lines: string[] = [];
  const rec = recorder(lines);
  const { matrix, cbuf, fmt, kwargs, hello, libb } = mods as Record<(typeof MODULES)[number], PyObject>;
  // A C exporter (matrix) read by other C modules (cbuf, fmt): buffers cross modules.
  const m = rec("m = matrix.Matrix(2, 3)", () => call(matrix, "Matrix", [int(2), int(3)]))!;
  rec("m.trace()", () => call(m, "trace"));
  rec("cbuf.sum(m)", () => call(cbuf, "sum", [m]));
  rec("fmt.values(m)", () => call(fmt, "values", [m]));
  rec("memoryview(m).tolist()", () => call(PyMemoryView_FromObject(m), "tolist"));
  const t = rec("t = m.T", () => attr(m, "T"))!;
  rec("cbuf.sum(memoryview(t)[::-1])", () => {
    const reversed = PySlice_New(Py_None, Py_None, int(-1));
    return call(cbuf, "sum", [PyObject_GetItem(PyMemoryView_FromObject(t), reversed)]);
  });
  rec("m.exports", () => attr(m, "exports"));
  const g = rec("g = cbuf.Grid(3, 4)", () => call(cbuf, "Grid", [int(3), int(4)]))!;
  rec("fmt.values(g)", () => call(fmt, "values", [g]));
  rec("cbuf.sum(g)", () => call(cbuf, "sum", [g]));
  // A bytes object made by C (its storage in the WebAssembly memory), read by another C module.
  const b = rec("b = hello.ramp(10)", () => call(hello, "ramp", [int(10)]))!;
  rec("cbuf.sum(b)", () => call(cbuf, "sum", [b]));
  rec("cbuf.sum(bytes([1, 2, 250]))", () =>
    call(cbuf, "sum", [PyBytes_FromBytes(new Uint8Array([1, 2, 250]))]),
  );
  rec("hello.greet('browser')", () => call(hello, "greet", [str("browser")]));
  rec("kwargs.point(5, label='Q')", () => call(kwargs, "point", [int(5)], { label: str("Q") }));
  rec("kwargs.clamp(5, hi=3, lo=1)", () => call(kwargs, "clamp", [int(5)], { hi: int(3), lo: int(1) }));
  rec("kwargs.point(1.5)", () => call(kwargs, "point", [PyFloat_FromDouble(1.5)]));
  rec("fmt.parse('x')", () => call(fmt, "parse", [str("x")]));
  rec("fmt.parse('<q')", () => call(fmt, "parse", [str("<q")]));
  rec("matrix.Matrix(-1, 2)", () => call(matrix, "Matrix", [int(-1), int(2)]));
  // Functions, data and function pointers across modules (libb calls liba).
  rec("libb.use()", () => call(libb, "use"));
  return lines;
}

/** The calls on `dsum` (compiled in the page, or in Node for the reference), with the modules of `runCalls`. */
export function runDsumCalls(dsum: PyObject, mods: Mods): string[] {
  const lines: string[] = [];
  const rec = recorder(lines);
  const m = rec("m = matrix.Matrix(3, 2)", () => call(mods.matrix!, "Matrix", [int(3), int(2)]))!;
  rec("dsum.total(m)", () => call(dsum, "total", [m]));
  rec("dsum.twice(m)", () => call(dsum, "twice", [m]));
  rec("memoryview(m).tolist()", () => call(PyMemoryView_FromObject(m), "tolist"));
  rec("dsum.total(m)", () => call(dsum, "total", [m]));
  rec("dsum.total(cbuf.Grid(2, 2))", () => call(dsum, "total", [call(mods.cbuf!, "Grid", [int(2), int(2)])]));
  const ro = rec("r = matrix.Matrix(1, 2, readonly=True)", () =>
    call(mods.matrix!, "Matrix", [int(1), int(2)], { readonly: Py_True }),
  )!;
  rec("dsum.twice(r)", () => call(dsum, "twice", [ro]));
  return lines;
}
