/**
 * The `sys` module (`Python/sysmodule.c`), with what a learner uses:
 * `getrefcount`, `version_info`/`version`, `byteorder`, `maxsize`, `argv`,
 * `path`, `stdout`/`stderr`, `exit`, `getrecursionlimit`/`setrecursionlimit`.
 *
 * `getrefcount(o)` is `o`'s `ob_refcnt` at the time of the call, which, as
 * in CPython, includes the reference the call's argument holds: a fresh
 * object bound to one name gives 2. minipy counts the references a CPython
 * program holds (bindings, containers, views' `obj`, C's references), but
 * not those CPython's compiler keeps (a literal in a code object's
 * constants adds references in CPython, not here); inside a Python
 * function an argument is counted once more than in CPython (the caller's
 * temporary and the parameter both hold it; CPython moves the reference);
 * None, True, False, small ints and types are immortal here (CPython 3.11
 * counts them).
 */
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PY_SSIZE_T_MAX,
  PyCFunction_New,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_SystemExit,
  PyExc_ValueError,
  PyExc_TypeError,
  PyList_FromArray,
  PyLong_FromNumber,
  PyLong_FromValue,
  PyModule_AddObject,
  PyModule_New,
  PyNumber_Index,
  Py_DECREF,
  Py_GetRecursionLimit,
  Py_None,
  Py_RecursionDepth,
  Py_SetRecursionLimit,
  type PyObject,
  PyUnicode_FromString,
  Py_NewRef,
  checkPositional,
  newException,
  raise,
  raiseObject,
} from "@py/object";
import { type ModuleHost, NO_HOST } from "../module-host.js";
import { PyTextStreamObject } from "./text-stream.js";
import { VERSION, makeVersionInfo } from "./version-info.js";

export { VERSION } from "./version-info.js";

/** What the command line gives `sys` (CPython: from `PyConfig`). */
export interface SysConfig {
  /** `sys.argv`: the script (or `-c`, or `''` for the prompt) and its arguments. */
  argv?: readonly string[];
  /** `sys.path`: where `import` looks for C extensions (the script's directory first). */
  path?: readonly string[];
}

const GETREFCOUNT_DOC =
  "getrefcount($module, object, /)\n--\n\nReturn the reference count of object.\n\n" +
  "The count returned is generally one higher than you might expect,\n" +
  "because it includes the (temporary) reference as an argument to\ngetrefcount().";

const EXIT_DOC =
  "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status).\n\n" +
  "If the status is omitted or None, it defaults to zero (i.e., success).\n" +
  "If the status is an integer, it will be used as the system exit status.\n" +
  "If it is another kind of object, it will be printed and the system\n" +
  "exit status will be one (i.e., failure).";

/** `sys.getrefcount(object)`: `ob_refcnt`, the argument's own reference included. */
function getrefcount(args: readonly PyObject[]): PyObject {
  return PyLong_FromValue(args[0]!.ob_refcnt);
}

/** `sys.exit(status=None)`: raises `SystemExit(status)`. */
function sysExit(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, "exit() takes no keyword arguments");
  checkPositional("exit", args.length, 0, 1);
  const a = args.length === 0 ? [] : [Py_NewRef(args[0]!)];
  raiseObject(newException(PyExc_SystemExit, undefined, a));
}

const GETRECURSIONLIMIT_DOC =
  "getrecursionlimit($module, /)\n--\n\nReturn the current value of the recursion limit.\n\n" +
  "The recursion limit is the maximum depth of the Python interpreter\n" +
  "stack.  This limit prevents infinite recursion from causing an overflow\n" +
  "of the C stack and crashing Python.";

const SETRECURSIONLIMIT_DOC =
  "setrecursionlimit($module, limit, /)\n--\n\nSet the maximum depth of the Python interpreter stack to n.\n\n" +
  "This limit prevents infinite recursion from causing an overflow of the C\n" +
  "stack and crashing Python.  The highest possible limit is platform-\n" +
  "dependent.";

/** `sys.getrecursionlimit()`. */
function getrecursionlimit(): PyObject {
  return PyLong_FromNumber(Py_GetRecursionLimit());
}

/** `sys.setrecursionlimit(limit)` (`sys_setrecursionlimit_impl`): at least 1, above the current depth. */
function setrecursionlimit(arg: PyObject): PyObject {
  const i = PyNumber_Index(arg);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v !== "number" || v > 0x7fffffff || v < -0x80000000)
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  if (v < 1) raise(PyExc_ValueError, "recursion limit must be greater or equal than 1");
  // the levels taken, this builtin call's own included
  const depth = Py_RecursionDepth();
  if (depth >= v)
    raise(
      PyExc_RecursionError,
      `cannot set the recursion limit to ${v} at the recursion depth ${depth}: the limit is too low`,
    );
  Py_SetRecursionLimit(v);
  return Py_NewRef(Py_None);
}

/** `sys.byteorder`: the platform's (the host's typed arrays are in its byte order). */
function byteorder(): string {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "little" : "big";
}

function strList(items: readonly string[]): PyObject {
  return PyList_FromArray(items.map((s) => PyUnicode_FromString(s)));
}

/** `PyInit_sys`: a new module object (new reference) for the interpreter `host`. */
export function PyInit_sys(host: ModuleHost = NO_HOST, config: SysConfig = {}): PyObject {
  const mod = PyModule_New("sys");
  const v = VERSION;
  const fn = (
    name: string,
    f: (a: readonly PyObject[], k: KwArgs | null) => PyObject,
    doc: string,
    flags = 0,
  ) => PyModule_AddObject(mod, name, PyCFunction_New(name, f, null, { module: "sys", flags, doc }));
  fn("getrefcount", getrefcount, GETREFCOUNT_DOC, METH_O);
  fn("exit", sysExit, EXIT_DOC);
  fn("getrecursionlimit", getrecursionlimit, GETRECURSIONLIMIT_DOC, METH_NOARGS);
  fn("setrecursionlimit", (a) => setrecursionlimit(a[0]!), SETRECURSIONLIMIT_DOC, METH_O);
  PyModule_AddObject(mod, "version_info", makeVersionInfo());
  PyModule_AddObject(mod, "version", PyUnicode_FromString(`${v.major}.${v.minor}.${v.micro} (minipy)`));
  PyModule_AddObject(
    mod,
    "hexversion",
    PyLong_FromNumber((v.major << 24) | (v.minor << 16) | (v.micro << 8) | 0xf0),
  );
  PyModule_AddObject(mod, "byteorder", PyUnicode_FromString(byteorder()));
  PyModule_AddObject(mod, "maxsize", PyLong_FromValue(PY_SSIZE_T_MAX));
  PyModule_AddObject(mod, "argv", strList(config.argv ?? [""]));
  PyModule_AddObject(mod, "path", strList(config.path ?? [""]));
  PyModule_AddObject(mod, "stdout", new PyTextStreamObject("<stdout>", host.stdout));
  PyModule_AddObject(mod, "stderr", new PyTextStreamObject("<stderr>", host.stderr));
  return mod;
}
