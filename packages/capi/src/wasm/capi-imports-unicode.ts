/**
 * CPython's str internals for C (PEP 393, `cpython/unicodeobject.h` of 3.11):
 * `PyUnicode_New(size, maxchar)`, `PyUnicode_KIND`, `PyUnicode_DATA` (and the
 * `1BYTE/2BYTE/4BYTE` forms), `PyUnicode_IS_ASCII`, `PyUnicode_READY`, which
 * our headers make calls to `_Pyobj_Unicode*` (`PyUnicode_READ/WRITE/READ_CHAR`
 * and `PyUnicode_MAX_CHAR_VALUE` are inline over those).
 *
 * A str lives in the runtime (a JS string); C sees its characters in a
 * *representation block* in the linear memory, at its kind's width with a
 * trailing NUL, as CPython's compact str holds them. Invariants:
 * - a str made by the runtime gets its block when C first asks for its data;
 *   the block is a copy the str owns (freed after the str is deallocated), and
 *   C must not write into it (CPython forbids changing a str C did not just
 *   make; checked mode reports such writes at the next checkpoint, as the
 *   str's value would not change);
 * - a str made by `PyUnicode_New` is *C-backed*: its block IS its characters
 *   while C fills them; its value is read from the block the first time the
 *   runtime needs it (it crossed back: returned, printed, hashed, compared...),
 *   after which it is an ordinary str whose block C must no longer write
 *   (checked mode reports later writes). Its length, kind and data pointer are
 *   answered from the block without reading the value.
 */
import {
  PyExc_SystemError,
  PyExc_TypeError,
  type PyObject,
  PyUnicode_Check,
  PyUnicode_Type,
  PyUnicodeObject,
  raise,
} from "@py/object";
import { capiReport, cCaller, describeObject } from "../checked.js";
import { adopt, borrow } from "../refcount.js";
import { registerCacheSweep } from "../runtime.js";
import { isCheckedMode } from "@py/object";
import { cRuntime } from "./c-runtime.js";
import { defineImports } from "./registry.js";

type Kind = 1 | 2 | 4;

/** The block of a str C has seen. */
interface Rep {
  addr: number;
  kind: Kind;
  /** Code points. */
  length: number;
  ascii: boolean;
  /** True while a str from PyUnicode_New has not been read by the runtime. */
  cBacked: boolean;
  /** Checked mode: the bytes C may not change (null: not checked, or still C's to fill). */
  snapshot: Uint8Array | null;
  /** Checked mode: where C got the pointer (`PyUnicode_DATA in C function f`). */
  by: string;
}

const reps = new Map<PyUnicodeObject, Rep>();

function kindOf(maxchar: number): Kind {
  return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

function blockBytes(r: Rep): Uint8Array {
  return new Uint8Array(cRuntime().mem.heapDV().buffer, r.addr, r.length * r.kind);
}

function allocBlock(length: number, kind: Kind): number {
  const c = cRuntime();
  const size = (length + 1) * kind;
  const addr = c.mem.allocator.malloc(size);
  if (addr === 0) raise(PyExc_SystemError, "out of memory for a str's characters");
  c.mem.zero(addr, size);
  return addr;
}

/** The characters at the block as a JS string (`PyUnicode_FromKindAndData`). */
function decodeBlock(r: Rep): string {
  const dv = cRuntime().mem.heapDV();
  const parts: string[] = [];
  const CHUNK = 4096;
  for (let i = 0; i < r.length; i += CHUNK) {
    const n = Math.min(CHUNK, r.length - i);
    const cps = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const p = r.addr + (i + j) * r.kind;
      const cp = r.kind === 1 ? dv.getUint8(p) : r.kind === 2 ? dv.getUint16(p, true) : dv.getUint32(p, true);
      if (cp > 0x10ffff)
        raise(PyExc_SystemError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
      cps[j] = cp;
    }
    parts.push(String.fromCodePoint(...cps));
  }
  return parts.join("");
}

/** The representation of a runtime str (made on first request). */
function repOf(s: PyUnicodeObject): Rep {
  const known = reps.get(s);
  if (known !== undefined) return known;
  const cps: number[] = [];
  let max = 0;
  for (const ch of s.value) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > max) max = cp;
  }
  const kind = kindOf(max);
  const addr = allocBlock(cps.length, kind);
  const dv = cRuntime().mem.heapDV();
  for (let i = 0; i < cps.length; i++) {
    const p = addr + i * kind;
    if (kind === 1) dv.setUint8(p, cps[i]!);
    else if (kind === 2) dv.setUint16(p, cps[i]!, true);
    else dv.setUint32(p, cps[i]!, true);
  }
  const r: Rep = {
    addr,
    kind,
    length: cps.length,
    ascii: max < 0x80,
    cBacked: false,
    snapshot: null,
    by: "",
  };
  if (isCheckedMode()) r.snapshot = blockBytes(r).slice();
  reps.set(s, r);
  return r;
}

/**
 * `PyUnicode_New(size, maxchar)`: a str of `size` characters C fills through
 * `PyUnicode_DATA` (zeroed until then).
 * @returns New reference.
 */
export function unicodeNew(size: number, maxchar: number): PyUnicodeObject {
  if (size < 0) raise(PyExc_SystemError, "Negative size passed to PyUnicode_New");
  if (maxchar > 0x10ffff) raise(PyExc_SystemError, "invalid maximum character passed to PyUnicode_New");
  const kind = kindOf(maxchar);
  const r: Rep = {
    addr: allocBlock(size, kind),
    kind,
    length: size,
    ascii: maxchar < 0x80,
    cBacked: true,
    snapshot: null,
    by: isCheckedMode() ? pointerFrom("PyUnicode_New") : "",
  };
  const s = new PyUnicodeObject(PyUnicode_Type, "");
  // The value is the block's until the runtime first reads it; from then on a plain string.
  Object.defineProperty(s, "value", {
    configurable: true,
    enumerable: true,
    get(): string {
      const v = decodeBlock(r);
      r.cBacked = false;
      if (isCheckedMode()) r.snapshot = blockBytes(r).slice();
      Object.defineProperty(s, "value", { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set(v: string) {
      Object.defineProperty(s, "value", { value: v, writable: true, configurable: true, enumerable: true });
    },
  });
  reps.set(s, r);
  return s;
}

/** The length of a str C made with PyUnicode_New and still fills (undefined: read the value). */
export function cBackedLength(s: PyObject): number | undefined {
  const r = reps.get(s as PyUnicodeObject);
  return r?.cBacked ? r.length : undefined;
}

function strArg(a: number, fn: string): PyUnicodeObject {
  const s = borrow(a, fn);
  if (!PyUnicode_Check(s)) raise(PyExc_TypeError, "bad argument type for built-in operation");
  return s;
}

/** `fn`, and the C function calling it when known (checked mode). */
function pointerFrom(fn: string): string {
  const caller = cCaller();
  return caller === null ? fn : `${fn} in C function ${caller}`;
}

/**
 * Checked mode: writes C made into the characters of a str it may not change
 * (a str of the runtime, or one from PyUnicode_New after the runtime read it):
 * reported, and the block restored (the str's value never changed).
 */
function checkWrites(s: PyUnicodeObject, r: Rep): void {
  if (r.snapshot === null || r.cBacked) return;
  const now = blockBytes(r);
  for (let i = 0; i < now.length; i++) {
    if (now[i] !== r.snapshot[i]) {
      now.set(r.snapshot);
      capiReport(
        `checkpoint: C wrote into the characters of ${describeObject(s)} (character ${Math.floor(i / r.kind)}; ` +
          `the pointer came from ${r.by}): only a str just made by PyUnicode_New may be written, before ` +
          "anything else sees it; the characters are restored",
      );
      return;
    }
  }
}

/** Frees the blocks of str objects that died (and, checked, reports writes into live ones). */
function sweepReps(): void {
  const checked = isCheckedMode();
  for (const [s, r] of reps) {
    if (s.ob_refcnt <= 0) {
      cRuntime().mem.allocator.free(r.addr);
      reps.delete(s);
    } else if (checked) checkWrites(s, r);
  }
}
registerCacheSweep(sweepReps);

defineImports({
  PyUnicode_New: {
    sig: "o:ii",
    fn: (size: number, maxchar: number) => adopt(unicodeNew(size, maxchar >>> 0)),
  },
  _Pyobj_UnicodeKind: { sig: "i:o", fn: (a: number) => repOf(strArg(a, "PyUnicode_KIND")).kind },
  _Pyobj_UnicodeIsAscii: {
    sig: "i:o",
    fn: (a: number) => (repOf(strArg(a, "PyUnicode_IS_ASCII")).ascii ? 1 : 0),
  },
  _Pyobj_UnicodeData: {
    sig: "p:o",
    fn: (a: number) => {
      const r = repOf(strArg(a, "PyUnicode_DATA"));
      if (isCheckedMode()) r.by = pointerFrom("PyUnicode_DATA");
      return r.addr;
    },
  },
  _Pyobj_UnicodeReady: {
    sig: "i:o",
    fn: (a: number) => {
      strArg(a, "PyUnicode_READY");
      return 0;
    },
  },
});
