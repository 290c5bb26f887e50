/**
 * PIL-style views (suboffsets), PyMemoryView_GetContiguous, memory_getbuf
 * requests, and export/refcount balance. Expected outcomes come from
 * fixtures/memoryview.json (CPython 3.11 with _testbuffer).
 */
import {
  PyBUF_ANY_CONTIGUOUS,
  PyBUF_C_CONTIGUOUS,
  PyBUF_FORMAT,
  PyBUF_FULL_RO,
  PyBUF_F_CONTIGUOUS,
  PyBUF_READ,
  PyBUF_SIMPLE,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBUF_WRITE,
  PyBuffer_Release,
  PyMemory,
  PyObject_GetBuffer,
  emptyPyBuffer,
  writePointer,
} from "@py/buffer";
import {
  type PyObject,
  PyBool_FromBool,
  PyList_FromArray,
  PyObject_Length,
  PyObject_RichCompare,
  PySequence_Contains,
  PySequence_GetItem,
  PySequence_List,
  Py_DECREF,
  Py_EQ,
  Py_REFCNT,
  checkpoint,
  setCheckedMode,
} from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyMemoryView_GET_BASE,
  PyMemoryView_GET_BUFFER,
  PyMemoryView_GetContiguous,
  PyMemoryView_FromObject,
  type PyMemoryViewObject,
} from "../src/index.js";
import {
  B,
  BA,
  type Scope,
  S,
  attr,
  call,
  expected,
  get,
  int,
  ints,
  mv,
  outcome,
  set,
  sl,
  tup,
  leaks,
} from "./helpers.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

function c(name: string, fn: (T: Scope) => PyObject | string | null): void {
  it(name, () => {
    checkpoint();
    expect(expected[name], `fixture ${name}`).toBeDefined();
    expect(outcome(fn)).toBe(expected[name]);
    expect(leaks()).toEqual([]);
  });
}

/** _testbuffer's ND_PIL layout of shape [2, 3] 'B': two row pointers, then the rows. */
function pil(T: Scope, readonly = false): PyObject {
  const mem = new PyMemory(22);
  writePointer(mem, 0, 16);
  writePointer(mem, 8, 19);
  mem.u8.set([0, 1, 2, 3, 4, 5], 16);
  const view = emptyPyBuffer({ mem, offset: 0 });
  Object.assign(view, {
    len: 6,
    itemsize: 1,
    readonly,
    ndim: 2,
    format: "B",
    shape: [2, 3],
    strides: [8, 1],
    suboffsets: [0, -1],
  });
  return T.o(PyMemoryView_FromBuffer(view));
}

describe("PIL-style views", () => {
  c("pil_attrs", (T) => {
    const m = pil(T);
    return tup(
      ...["shape", "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"].map((n) =>
        attr(m, n),
      ),
    );
  });
  c("pil_tolist", (T) => {
    const m = pil(T);
    return tup(
      call(m, "tolist"),
      call(m, "tobytes"),
      call(m, "tobytes", [T.o(S("F"))]),
      call(m, "hex"),
      get(m, tup(int(1), int(2))),
    );
  });
  c("pil_slice", (T) => {
    const m = T.o(get(pil(T), sl(null, null, -1)));
    return tup(call(m, "tolist"), attr(m, "suboffsets"), attr(m, "strides"));
  });
  c("pil_eq", (T) =>
    PyObject_RichCompare(
      pil(T),
      T.o(call(T.o(mv(T.o(B([0, 1, 2, 3, 4, 5])))), "cast", [T.o(S("B")), T.o(ints([2, 3]))])),
      Py_EQ,
    ),
  );
  c("pil_cast", (T) => call(pil(T), "cast", [T.o(S("B"))]));
  c("pil_set", (T) => {
    const m = pil(T);
    set(m, tup(int(1), int(2)), int(99));
    return call(m, "tolist");
  });
  c("pil_getcontig", (T) => {
    const m = pil(T);
    const f = T.o(PyMemoryView_GetContiguous(m, PyBUF_READ, "F"));
    return tup(
      call(T.o(PyMemoryView_GetContiguous(m, PyBUF_READ, "C")), "tolist"),
      attr(f, "strides"),
      call(f, "tobytes", [T.o(S("A"))]),
      attr(T.o(PyMemoryView_GetContiguous(m, PyBUF_READ, "A")), "readonly"),
    );
  });
  c("pil_getcontig_write", (T) => PyMemoryView_GetContiguous(pil(T), PyBUF_WRITE, "C"));
  c("getbuf_pil_strided", (T) => {
    const v = emptyPyBuffer();
    PyObject_GetBuffer(pil(T), v, PyBUF_STRIDES);
    PyBuffer_Release(v);
    return null;
  });
});

describe("PyMemoryView_GetContiguous", () => {
  c("getcontig_copy", (T) => {
    const g = T.o(
      PyMemoryView_GetContiguous(T.o(get(T.o(mv(T.o(B("abcdef")))), sl(null, null, 2))), PyBUF_READ, "C"),
    );
    return tup(
      ...["readonly"].map((n) => attr(g, n)),
      call(g, "tolist"),
      attr(g, "obj"),
      attr(g, "strides"),
      attr(g, "format"),
    );
  });
  c("getcontig_write_ro", (T) => PyMemoryView_GetContiguous(T.o(B("abc")), PyBUF_WRITE, "C"));
  c("getcontig_same", (T) => {
    const b = T.o(BA("ab"));
    const g = T.o(PyMemoryView_GetContiguous(b, PyBUF_WRITE, "A"));
    return tup(PyBool_FromBool(T.o(attr(g, "obj")) === b), attr(g, "readonly"));
  });
  c("getcontig_fmt", (T) => {
    const i = T.o(call(T.o(mv(T.o(BA(new Array(16).fill(0))))), "cast", [T.o(S("i"))]));
    const g = T.o(PyMemoryView_GetContiguous(T.o(get(i, sl(null, null, 2))), PyBUF_READ, "F"));
    return tup(...["format", "itemsize", "shape", "strides"].map((n) => attr(g, n)), call(g, "tolist"));
  });
});

describe("memory_getbuf requests", () => {
  const req = (name: string, make: (T: Scope) => PyObject, flags: number): void =>
    c(name, (T) => {
      const v = emptyPyBuffer();
      PyObject_GetBuffer(make(T), v, flags);
      PyBuffer_Release(v);
      return null;
    });
  const strided = (T: Scope): PyObject => T.o(get(T.o(mv(T.o(B("abcd")))), sl(null, null, 2)));
  req("getbuf_writable_ro", (T) => T.o(mv(T.o(B("ab")))), PyBUF_WRITABLE);
  req("getbuf_simple_noncontig", strided, PyBUF_SIMPLE);
  req("getbuf_c_noncontig", strided, PyBUF_C_CONTIGUOUS);
  req("getbuf_f_noncontig", strided, PyBUF_F_CONTIGUOUS);
  req("getbuf_any_noncontig", strided, PyBUF_ANY_CONTIGUOUS);
  req("getbuf_format_simple", (T) => T.o(mv(T.o(B("ab")))), PyBUF_FORMAT);
});

describe("managed buffer and exports", () => {
  it("views share one export of the base, released with the last view", () => {
    checkpoint();
    const b = BA("abcd");
    const m = PyMemoryView_FromObject(b) as PyMemoryViewObject;
    const mbuf = m.mbuf!;
    const s = PyMemoryView_FromObject(m) as PyMemoryViewObject; // memoryview(memoryview(x))
    const t = call(m, "toreadonly") as PyMemoryViewObject;
    const fc = S("c");
    const k = call(m, "cast", [fc]) as PyMemoryViewObject;
    Py_DECREF(fc);
    const sl1 = get(m, sl(1, 3)) as PyMemoryViewObject;
    for (const v of [s, t, k, sl1]) expect(v.mbuf).toBe(mbuf);
    expect(mbuf.exports).toBe(5);
    expect(Py_REFCNT(b)).toBe(2); // ours + the one export in mbuf.master
    Py_DECREF(call(m, "release"));
    expect(mbuf.exports).toBe(4);
    expect(Py_REFCNT(b)).toBe(2);
    for (const v of [s, t, k]) Py_DECREF(v);
    expect(Py_REFCNT(b)).toBe(2);
    Py_DECREF(sl1); // the last registered view: the base's export ends
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(m);
    Py_DECREF(b);
    expect(leaks()).toEqual([]);
  });

  it("a view's own exports block release() and are counted", () => {
    checkpoint();
    const m = PyMemoryView_FromObject(BA("ab")) as PyMemoryViewObject;
    Py_DECREF(m.view.obj!); // m keeps the bytearray alive through its export
    const v1 = emptyPyBuffer();
    const v2 = emptyPyBuffer();
    PyObject_GetBuffer(m, v1, PyBUF_FULL_RO);
    PyObject_GetBuffer(m, v2, PyBUF_SIMPLE);
    expect(m.exports).toBe(2);
    expect(outcome(() => call(m, "release"))).toBe(expected.release_views_2);
    PyBuffer_Release(v1);
    expect(outcome(() => call(m, "release"))).toBe(expected.release_views_1);
    PyBuffer_Release(v2);
    expect(outcome(() => call(m, "release"))).toBe(expected.release_views_0);
    Py_DECREF(m);
    expect(leaks()).toEqual([]);
  });

  it("PyMemoryView_FromMemory, GET_BUFFER and GET_BASE", () => {
    checkpoint();
    const mem = new PyMemory(4);
    mem.u8.set([1, 2, 3, 4]);
    const ro = PyMemoryView_FromMemory({ mem, offset: 1 }, 3, PyBUF_READ);
    const rw = PyMemoryView_FromMemory({ mem, offset: 0 }, 4, PyBUF_WRITE);
    expect(outcome(() => call(ro, "tolist"))).toBe(expected.frommemory_ro_tolist);
    expect(outcome(() => attr(ro, "readonly"))).toBe(expected.frommemory_ro_readonly);
    expect(outcome(() => attr(rw, "readonly"))).toBe(expected.frommemory_rw_readonly);
    expect(PyMemoryView_GET_BASE(ro)).toBeNull();
    expect(outcome(() => attr(ro, "obj"))).toBe(expected.frommemory_ro_obj);
    const view = PyMemoryView_GET_BUFFER(rw);
    expect(view).toBe((rw as PyMemoryViewObject).view);
    expect(view.shape).toEqual([4]);
    set(rw, int(0), int(9));
    expect(mem.u8[0]).toBe(Number(expected.frommemory_rw_write));
    const b = B("xy");
    const m = PyMemoryView_FromObject(b);
    expect(PyMemoryView_GET_BASE(m)).toBe(b);
    for (const o of [ro, rw, m, b]) Py_DECREF(o);
    expect(leaks()).toEqual([]);
  });

  it("PyMemoryView_FromBuffer rejects a NULL buf and reconstructs missing shape/strides", () => {
    checkpoint();
    expect(outcome(() => PyMemoryView_FromBuffer(emptyPyBuffer()))).toBe(expected.frombuffer_null);
    const mem = new PyMemory(8);
    mem.u8.set([1, 0, 2, 0, 3, 0, 4, 0]);
    const info = emptyPyBuffer({ mem, offset: 0 });
    Object.assign(info, { len: 8, itemsize: 2, ndim: 1, format: "h" });
    const m = PyMemoryView_FromBuffer(info);
    expect(outcome(() => tup(attr(m, "shape"), attr(m, "strides"), call(m, "tolist")))).toBe(
      expected.frombuffer_no_shape,
    );
    Py_DECREF(m);
    expect(leaks()).toEqual([]);
  });
});

/** A view of raw little/big-endian data with any struct format (as _testbuffer's ndarray exports). */
function fmtView(
  T: Scope,
  format: string,
  itemsize: number,
  data: number[],
  shape: number[],
  readonly = true,
): PyObject {
  const mem = new PyMemory(data.length);
  mem.u8.set(data);
  const view = emptyPyBuffer({ mem, offset: 0 });
  const strides: number[] = [];
  let sd = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = sd;
    sd *= shape[i]!;
  }
  Object.assign(view, { len: data.length, itemsize, readonly, ndim: shape.length, format, shape, strides });
  return T.o(PyMemoryView_FromBuffer(view));
}

describe("non-native formats and released iteration", () => {
  c("iter_released_list", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    Py_DECREF(call(m, "release"));
    return PySequence_List(m);
  });
  c("iter_released_in", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    Py_DECREF(call(m, "release"));
    return PyBool_FromBool(PySequence_Contains(m, T.o(int(97))));
  });
  c("reversed_0d", (T) => {
    const z = T.o(
      call(T.o(call(T.o(mv(T.o(B("abcd")))), "cast", [T.o(S("B"))])), "cast", [T.o(S("i")), T.o(ints([]))]),
    );
    const n = Number(PyObject_Length(z));
    const items: PyObject[] = [];
    try {
      for (let i = n - 1; i >= 0; i--) items.push(PySequence_GetItem(z, i));
    } catch (e) {
      for (const x of items) Py_DECREF(x);
      throw e;
    }
    return PyList_FromArray(items);
  });
  c("struct_cmp_endian", (T) => {
    const le = fmtView(T, "<h", 2, [1, 0, 2, 0, 3, 0], [3]);
    return tup(
      PyObject_RichCompare(le, fmtView(T, ">h", 2, [0, 1, 0, 2, 0, 3], [3]), Py_EQ),
      PyObject_RichCompare(le, fmtView(T, ">h", 2, [0, 1, 0, 2, 0, 4], [3]), Py_EQ),
    );
  });
  c("struct_cmp_records", (T) => {
    const a = fmtView(T, "ii", 8, [1, 0, 0, 0, 2, 0, 0, 0], [1]);
    return tup(
      PyObject_RichCompare(a, fmtView(T, "<ii", 8, [1, 0, 0, 0, 2, 0, 0, 0], [1]), Py_EQ),
      PyObject_RichCompare(a, fmtView(T, "ii", 8, [1, 0, 0, 0, 3, 0, 0, 0], [1]), Py_EQ),
    );
  });
  c("unsupported_fmt_item", (T) => get(fmtView(T, "<h", 2, [1, 0, 2, 0], [2]), int(0)));
  c("unsupported_fmt_tolist", (T) => call(fmtView(T, "e", 2, [0, 60, 0, 64], [2]), "tolist"));
  c("unsupported_fmt_set", (T) => {
    set(fmtView(T, "<h", 2, [1, 0, 2, 0], [2], false), int(0), int(1));
    return null;
  });
});
