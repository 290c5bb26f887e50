/**
 * The WebAssembly runtime: real C (test/wasm/*.c, compiled by @py/cc against
 * our headers) loaded by the dylink loader and run on the façade.
 */
import {
  getBuffer,
  PyBUF_SIMPLE,
  PyBuffer_GetStorageAllocator,
  PyBuffer_Release,
  PyBuffer_SetStorageAllocator,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
} from "@py/buffer";
import {
  isPyError,
  PyExc_BufferError,
  PyExc_ImportError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyList_FromArray,
  PyLong_FromNumber,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_None,
  repr,
  setCheckedMode,
} from "@py/object";
import { beforeAll, describe, expect, it } from "vitest";
import { CRuntime, isCType, loadExtension } from "../src/index.js";
import { rt } from "../src/runtime.js";
import { mainModuleBytes, testModule } from "./wasm-helpers.js";

let c: CRuntime;
let probe: PyObject;
let out = "";
let err = "";

function call(name: string, ...args: PyObject[]): PyObject {
  const f = PyObject_GetAttr(probe, name);
  try {
    return PyObject_Call(f, args, null);
  } finally {
    Py_DECREF(f);
  }
}

function raises(f: () => unknown): { type: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isPyError(e)) return { type: e.type.tp_name, message: e.message };
    throw e;
  }
  throw new Error("did not raise");
}

beforeAll(async () => {
  c = await CRuntime.start({
    mainModule: await mainModuleBytes(),
    stdout: (b) => {
      out += new TextDecoder().decode(b);
    },
    stderr: (b) => {
      err += new TextDecoder().decode(b);
    },
  });
  probe = loadExtension(await testModule("probe"), "probe", "/virtual/probe.wasm");
}, 300_000);

describe("wasm runtime", () => {
  it("hands C header addresses in the shared memory: singletons are the main module's data symbols", () => {
    expect(rt.handles.handleOf(Py_None)).toBe(c.dataSymbol("_Py_NoneStruct"));
    const t = call("singletons");
    expect(repr(t)).toBe("(None, True, False, <class 'int'>)");
    expect(c.mem.readU32(c.dataSymbol("PyExc_TypeError"))).toBe(rt.handles.handleOf(PyExc_TypeError));
  });

  it("lets C read Py_TYPE(o)->tp_name and tp_flags type checks from memory", () => {
    expect(repr(call("type_name", PyLong_FromNumber(5)))).toBe("'int'");
    expect(repr(call("type_name", PyList_FromArray([])))).toBe("'list'");
    expect(repr(call("type_name", PyExc_TypeError))).toBe("'type'");
    expect(repr(call("checks", PyLong_FromNumber(1)))).toBe("(1, 0, 0, 0, 0, 0, 0)");
    expect(repr(call("checks", PyTuple_Pack([])))).toBe("(0, 1, 0, 0, 0, 0, 0)");
    expect(repr(call("checks", PyUnicode_FromString("s")))).toBe("(0, 0, 0, 0, 1, 0, 0)");
    expect(repr(call("checks", PyExc_TypeError))).toBe("(0, 0, 0, 0, 0, 1, 0)");
    expect(repr(call("checks", Py_None))).toBe("(0, 0, 0, 0, 0, 0, 1)");
  });

  it("lets C call slots through a built-in type's mirror (tp_repr, tp_new, tp_hash)", () => {
    expect(repr(call("through_type", PyTuple_Pack([PyLong_FromNumber(1)])))).toBe("('(1,)', 2.5, 0)");
    expect(repr(call("through_type", PyList_FromArray([])))).toBe("('[]', 2.5, -1)");
  });

  it("initialises multi-phase modules: Py_mod_exec runs, m_size state is zeroed and kept", () => {
    expect(repr(PyObject_GetAttr(probe, "phase"))).toBe("'multi'");
    expect(repr(call("count"))).toBe("1");
    expect(repr(call("count"))).toBe("2");
  });

  it("builds heap types from a PyType_Spec (tp_new, tp_repr, nb_add, sq_length, members)", () => {
    const Box = PyObject_GetAttr(probe, "Box");
    expect(repr(Box)).toBe("<class 'probe.Box'>");
    const a = PyObject_Call(Box, [PyLong_FromNumber(3)], null);
    const b = PyObject_Call(Box, [PyLong_FromNumber(4)], null);
    expect(repr(a)).toBe("Box(3)");
    expect(isCType(a.ob_type)).toBe(true);
    expect(repr(PyObject_GetAttr(a, "value"))).toBe("3");
    const add = PyObject_GetAttr(a, "__add__");
    expect(repr(PyObject_Call(add, [b], null))).toBe("7");
    expect(raises(() => PyObject_Call(Box, [PyUnicode_FromString("x")], null))).toEqual({
      type: "TypeError",
      message: "TypeError: 'str' object cannot be interpreted as an integer",
    });
  });

  it("runs a C tp_getattro, falling back to PyObject_GenericGetAttr", () => {
    const Attr = PyObject_GetAttr(probe, "Attr");
    const a = PyObject_Call(Attr, [], null);
    expect(repr(PyObject_GetAttr(a, "xyz"))).toBe("'got xyz'");
    expect(raises(() => PyObject_GetAttr(a, "other")).message).toBe(
      "AttributeError: 'probe.Attr' object has no attribute 'other'",
    );
    Py_DECREF(a);
  });

  it("deallocates C instances: tp_dealloc runs at count 0 and tp_free returns the block", () => {
    const Attr = PyObject_GetAttr(probe, "Attr");
    const before = repr(call("deallocs"));
    const live = c.mem.allocator.liveCount;
    const a = PyObject_Call(Attr, [], null);
    const addr = rt.handles.handleOf(a);
    expect(c.mem.readU32(addr + 4)).toBe(rt.handles.handleOf(Attr));
    expect(c.mem.allocator.liveCount).toBe(live + 1);
    Py_DECREF(a);
    expect(Number(repr(call("deallocs")))).toBe(Number(before) + 1);
    expect(c.mem.allocator.liveCount).toBe(live);
    expect(rt.handles.resolve(addr)).toBe(null);
    expect(rt.handles.lastFailure).toBe("freed");
  });

  it("keeps the storage of new bytes in the shared memory: C reads it in place", () => {
    const b = PyBytes_FromBytes(new Uint8Array([1, 2, 3]));
    expect(PyBuffer_GetStorageAllocator()?.memory).toBe(c.mem.heap);
    expect(repr(call("get_buffer", b))).toBe("6");
    Py_DECREF(b);
  });

  it("moves older storage into the shared memory when C asks for it; an exporting bytearray cannot move", () => {
    const a = PyBuffer_GetStorageAllocator();
    PyBuffer_SetStorageAllocator(null);
    const b = PyBytes_FromBytes(new Uint8Array([1, 2, 3]));
    const ba = PyByteArray_FromBytes(new Uint8Array([4, 5]));
    PyBuffer_SetStorageAllocator(a);
    try {
      expect(repr(call("get_buffer", b))).toBe("6");
      const v = getBuffer(ba, PyBUF_SIMPLE);
      try {
        const e = raises(() => call("get_buffer", ba));
        expect(e.type).toBe(PyExc_BufferError.tp_name);
        expect(e.message).toMatch(/Existing exports of data/);
      } finally {
        PyBuffer_Release(v);
      }
      expect(repr(call("get_buffer", ba))).toBe("9");
    } finally {
      Py_DECREF(b);
      Py_DECREF(ba);
    }
  });

  it("leaves no export record behind when a C exporter's PyBuffer_FillInfo view is released", async () => {
    const mod = loadExtension(await testModule("exporter"), "exporter", "/virtual/exporter.wasm");
    const type = PyObject_GetAttr(mod, "Block");
    const block = PyObject_Call(type, [], null);
    const before = rt.exports.size;
    for (let i = 0; i < 50; i++) {
      const v = getBuffer(block, PyBUF_SIMPLE);
      expect(v.len).toBe(16);
      PyBuffer_Release(v);
    }
    expect(rt.exports.size).toBe(before);
    Py_DECREF(block);
    Py_DECREF(type);
    Py_DECREF(mod);
  });

  it("turns a trap in C into a SystemError and keeps running", () => {
    const e = raises(() => call("crash"));
    expect(e.type).toBe(PyExc_SystemError.tp_name);
    expect(e.message).toMatch(/C code crashed in probe\.crash\(\): memory access out of bounds/);
    expect(repr(call("count"))).toBe("3");
  });

  it("checks results as _Py_CheckFunctionResult does", () => {
    expect(raises(() => call("null_no_error"))).toEqual({
      type: "SystemError",
      message: "SystemError: <built-in function null_no_error> returned NULL without setting an exception",
    });
  });

  it("reports stale and forged PyObject* instead of reading memory", () => {
    setCheckedMode(true);
    try {
      const stale = raises(() => call("stale_use"));
      expect(stale.type).toBe("SystemError");
      expect(stale.message).toMatch(
        /PyObject_Repr: stale PyObject\* 0x[0-9a-f]+: the list object \[\] it referred to was deallocated/,
      );
      const forged = raises(() => call("forged"));
      expect(forged.message).toBe(
        "SystemError: PyObject_Repr: invalid PyObject* 0x123458: not a handle of a live object",
      );
    } finally {
      setCheckedMode(false);
    }
  });

  it("keeps the count in the TypeScript object: Py_REFCNT from C sees it", () => {
    const l = PyList_FromArray([]);
    l.ob_refcnt += 2;
    expect(repr(call("refcnt", l))).toBe("3");
  });

  it("sends C's stdout to the host", () => {
    call("say", PyUnicode_FromString("héllo"));
    expect(out).toBe("C says: héllo (6)\n");
  });

  it("links modules loaded together: functions, data and function pointers across modules", async () => {
    loadExtension(await testModule("liba"), "liba", "/virtual/liba.wasm");
    const b = loadExtension(await testModule("libb"), "libb", "/virtual/libb.wasm");
    const use = PyObject_GetAttr(b, "use");
    expect(repr(PyObject_Call(use, [], null))).toBe("(42, 45, 42)");
  });

  it("fails to import, as dlopen would, a module with an undefined symbol or no PyInit", async () => {
    expect(raises(() => loadExtension(undefined as never, "x", "/nowhere/x.wasm"))).toEqual({
      type: "TypeError",
      message: "TypeError: /nowhere/x.wasm: not a compiled WebAssembly module",
    });
    const undef = await testModule("undef");
    expect(raises(() => loadExtension(undef, "undef", "/virtual/undef.wasm"))).toEqual({
      type: PyExc_ImportError.tp_name,
      message: "ImportError: /virtual/undef.wasm: undefined symbol: no_such_function",
    });
    const noinit = await testModule("noinit");
    expect(raises(() => loadExtension(noinit, "noinit", "/virtual/noinit.wasm"))).toEqual({
      type: "ImportError",
      message: "ImportError: dynamic module does not define module export function (PyInit_noinit)",
    });
  });

  describe("a spread of the C-API", () => {
    let mix: PyObject;
    const callMix = (name: string, ...args: PyObject[]): PyObject => {
      const f = PyObject_GetAttr(mix, name);
      try {
        return PyObject_Call(f, args, null);
      } finally {
        Py_DECREF(f);
      }
    };
    beforeAll(async () => {
      mix = loadExtension(await testModule("apimix"), "apimix", "/virtual/apimix.wasm");
    }, 300_000);

    it("dicts: SetItemString, Next, Size, GetItemString (borrowed)", () => {
      expect(repr(callMix("dict_roundtrip"))).toBe("(['a', 'b'], 2, [2, 'x'])");
    });

    it("PyModule_GetDict is the module's namespace, live both ways", () => {
      expect(repr(callMix("module_dict"))).toBe("'apimix'");
      expect(repr(PyObject_GetAttr(mix, "from_dict"))).toBe("'set through the dict'");
      expect(repr(PyObject_GetAttr(mix, "__doc__"))).toBe("'a spread of calls'");
    });

    it("PyObject_CallFunction builds its arguments with Py_BuildValue", () => {
      const f = PyObject_GetAttr(probe, "type_name");
      const t = PyTuple_Pack([PyLong_FromNumber(1), PyUnicode_FromString("x")]);
      expect(repr(t)).toBe("(1, 'x')");
      expect(raises(() => callMix("call_function", f)).message).toBe(
        "TypeError: probe.type_name() takes exactly one argument (2 given)",
      );
    });

    it("_PyLong_FromByteArray / _PyLong_AsByteArray", () => {
      expect(repr(callMix("bytes_int"))).toBe("(-65023, 16712193, OverflowError('int too big to convert'))");
    });

    it("PySequence_Fast and its ITEMS array", () => {
      expect(repr(callMix("fast_sum", PyList_FromArray([PyLong_FromNumber(2), PyLong_FromNumber(5)])))).toBe(
        "7",
      );
      expect(raises(() => callMix("fast_sum", PyLong_FromNumber(3))).message).toBe(
        "TypeError: fast_sum needs a sequence",
      );
    });

    it("C long is 32 bits: PyLong_AsLong overflows past 2**31 - 1 with CPython's message", () => {
      expect(repr(callMix("overflow", PyLong_FromNumber(2 ** 31 - 1)))).toBe("2147483647");
      expect(raises(() => callMix("overflow", PyLong_FromNumber(2 ** 31))).message).toBe(
        "OverflowError: Python int too large to convert to C long",
      );
    });

    it("imports go through the host (none here: ModuleNotFoundError)", () => {
      expect(raises(() => callMix("imports", PyUnicode_FromString("array"))).message).toBe(
        "ModuleNotFoundError: No module named 'array'",
      );
    });

    it("warnings are written to stderr once", () => {
      callMix("warn");
      callMix("warn");
      expect(err).toBe("<C extension>:0: UserWarning: careful\n");
    });
  });
});
