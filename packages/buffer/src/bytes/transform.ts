/**
 * The byte methods that build a transformed copy: replace, strip,
 * partition, removeprefix/removesuffix, padding (center, ljust, rjust,
 * zfill, expandtabs), translate and maketrans, as CPython 3.11's
 * `Objects/bytesobject.c` and `Objects/stringlib/transmogrify.h`.
 */
import {
  checkPositional,
  type KwArgs,
  noKeywords,
  parseArgs,
  Py_NewRef,
  Py_None,
  PyExc_ValueError,
  type PyObject,
  PyTuple_Pack,
  raise,
} from "@py/object";
import { isSpaceByte } from "./ctype.js";
import { asCInt, fillChar, ssizeArg } from "./method-args.js";
import { findBytes, rfindBytes } from "./search.js";
import {
  allocByteArray,
  type ByteKind,
  type ByteSpan,
  getByteSpan,
  releaseByteSpan,
  selfSpan,
} from "./storage.js";

/** `stringlib replace`: up to `count` (< 0: all) occurrences of `from` by `to`. */
export function replaceBytes(s: ByteSpan, from: ByteSpan, to: ByteSpan, count: number): Uint8Array {
  const u8 = s.u8;
  const end = s.off + s.len;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const fromB = from.u8.slice(from.off, from.off + from.len);
  const toB = to.u8.slice(to.off, to.off + to.len);
  const parts: Uint8Array[] = [];
  let total = 0;
  if (fromB.length === 0) {
    // Insert `to` before every byte and at the end, `count` times at most.
    let n = Math.min(count, s.len + 1);
    let i = s.off;
    while (n-- > 0) {
      parts.push(toB);
      total += toB.length;
      if (i < end) {
        parts.push(u8.subarray(i, i + 1));
        total++;
        i++;
      }
    }
    parts.push(u8.subarray(i, end));
    total += end - i;
  } else {
    // Two passes: find the matches, then copy the pieces into the exact result.
    const hits: number[] = [];
    const flen = fromB.length;
    if (flen === 1) {
      const c = fromB[0]!;
      for (let i = s.off; i < end && hits.length < count; i++) if (u8[i] === c) hits.push(i);
    }
    for (let i = s.off; flen > 1 && hits.length < count; ) {
      const j = findBytes(u8, i, end, fromB, 0, flen);
      if (j < 0) break;
      hits.push(j);
      i = j + flen;
    }
    if (hits.length === 0) return u8.slice(s.off, end);
    const out = new Uint8Array(s.len + hits.length * (toB.length - flen));
    let p = 0;
    let i = s.off;
    const tlen = toB.length;
    for (let h = 0; h < hits.length; h++) {
      const j = hits[h]!;
      if (j - i > 32) {
        out.set(u8.subarray(i, j), p);
        p += j - i;
      } else while (i < j) out[p++] = u8[i++]!;
      if (tlen === 1) out[p++] = toB[0]!;
      else if (tlen > 0) {
        out.set(toB, p);
        p += tlen;
      }
      i = j + flen;
    }
    out.set(u8.subarray(i, end), p);
    return out;
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

export function replaceImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.replace`, kwargs);
    checkPositional("replace", args.length, 2, 3);
    const from = getByteSpan(args[0]!);
    try {
      const to = getByteSpan(args[1]!);
      try {
        const count = ssizeArg(args[2] ?? null, -1);
        return kind.adopt(replaceBytes(selfSpan(self), from, to, count));
      } finally {
        releaseByteSpan(to);
      }
    } finally {
      releaseByteSpan(from);
    }
  };
}

export function stripImpl(kind: ByteKind, fname: string, left: boolean, right: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.${fname}`, kwargs);
    checkPositional(fname, args.length, 0, 1);
    const s = selfSpan(self);
    const u8 = s.u8;
    let i = s.off;
    let j = s.off + s.len;
    const arg = args[0];
    if (arg === undefined || arg === Py_None) {
      if (left) while (i < j && isSpaceByte(u8[i]!)) i++;
      if (right) while (j > i && isSpaceByte(u8[j - 1]!)) j--;
    } else {
      const chars = getByteSpan(arg);
      try {
        const set = new Uint8Array(256);
        for (let k = 0; k < chars.len; k++) set[chars.u8[chars.off + k]!] = 1;
        if (left) while (i < j && set[u8[i]!]) i++;
        if (right) while (j > i && set[u8[j - 1]!]) j--;
      } finally {
        releaseByteSpan(chars);
      }
    }
    return kind.adopt(u8.slice(i, j));
  };
}

export function partitionImpl(kind: ByteKind, right: boolean) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    // bytearray_partition copies the separator with _PyByteArray_FromBufferObject
    // (any buffer, contiguous or not); bytes_partition takes a simple buffer
    const sep =
      kind.name === "bytes"
        ? getByteSpan(args[0]!)
        : (() => {
            const u8 = kind.contiguousCopy!(args[0]!);
            return { u8, off: 0, len: u8.length, view: null } satisfies ByteSpan;
          })();
    try {
      if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
      const s = selfSpan(self);
      const u8 = s.u8;
      const end = s.off + s.len;
      const i = right
        ? rfindBytes(u8, s.off, end, sep.u8, sep.off, sep.len)
        : findBytes(u8, s.off, end, sep.u8, sep.off, sep.len);
      if (i < 0) {
        const whole = kind.adopt(u8.slice(s.off, end));
        const e1 = kind.adopt(new Uint8Array(0));
        const e2 = kind.adopt(new Uint8Array(0));
        return PyTuple_Pack(right ? [e1, e2, whole] : [whole, e1, e2]);
      }
      // bytes_partition puts the separator object itself in the result;
      // bytearray_partition a bytearray copy of it
      // The parts are copied out before any becomes an object (making one may
      // allocate from a storage allocator and grow the memory `u8` is a view of).
      const head = u8.slice(s.off, i);
      const tail = u8.slice(i + sep.len, end);
      const sepObj =
        kind.name === "bytes" ? Py_NewRef(args[0]!) : kind.adopt(sep.u8.slice(sep.off, sep.off + sep.len));
      return PyTuple_Pack([kind.adopt(head), sepObj, kind.adopt(tail)]);
    } finally {
      releaseByteSpan(sep);
    }
  };
}

export function affixImpl(kind: ByteKind, suffix: boolean) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    const a = getByteSpan(args[0]!);
    try {
      const s = selfSpan(self);
      let i = s.off;
      let j = s.off + s.len;
      if (a.len <= s.len) {
        const at = suffix ? j - a.len : i;
        let k = 0;
        while (k < a.len && s.u8[at + k] === a.u8[a.off + k]) k++;
        if (k === a.len) {
          if (suffix) j -= a.len;
          else i += a.len;
        }
      }
      return kind.adopt(s.u8.slice(i, j));
    } finally {
      releaseByteSpan(a);
    }
  };
}

export function padImpl(kind: ByteKind, fname: string) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.${fname}`, kwargs);
    checkPositional(fname, args.length, 1, 2);
    const width = ssizeArg(args[0]!, 0);
    const fill = fillChar(fname, args[1]);
    const s = selfSpan(self);
    if (width <= s.len) return kind.adopt(s.u8.slice(s.off, s.off + s.len));
    const marg = width - s.len;
    let left: number;
    if (fname === "ljust") left = 0;
    else if (fname === "rjust") left = marg;
    else left = Math.floor(marg / 2) + (marg & width & 1);
    const out = allocByteArray(width);
    out.fill(fill);
    out.set(s.u8.subarray(s.off, s.off + s.len), left);
    return kind.adopt(out);
  };
}

export function zfillImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    const width = ssizeArg(args[0]!, 0);
    const s = selfSpan(self);
    if (width <= s.len) return kind.adopt(s.u8.slice(s.off, s.off + s.len));
    const fill = width - s.len;
    const out = allocByteArray(width);
    out.fill(48, 0, fill);
    out.set(s.u8.subarray(s.off, s.off + s.len), fill);
    if (out[fill] === 43 || out[fill] === 45) {
      out[0] = out[fill]!;
      out[fill] = 48;
    }
    return kind.adopt(out);
  };
}

export function expandtabsImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [tabObj] = parseArgs("expandtabs", args, kwargs, { names: ["tabsize"] });
    let tabsize = 8;
    if (tabObj) tabsize = asCInt(tabObj);
    const s = selfSpan(self);
    const out: number[] = [];
    let col = 0;
    for (let i = s.off, end = s.off + s.len; i < end; i++) {
      const c = s.u8[i]!;
      if (c === 9) {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          for (let k = 0; k < n; k++) out.push(32);
          col += n;
        }
      } else {
        out.push(c);
        col++;
        if (c === 10 || c === 13) col = 0;
      }
    }
    return kind.adopt(Uint8Array.from(out));
  };
}

export function translateImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [tableObj, delObj] = parseArgs("translate", args, kwargs, {
      names: ["table", "delete"],
      posonly: 1,
      required: 1,
    });
    let table: Uint8Array | null = null;
    if (tableObj !== null && tableObj !== Py_None) {
      const t = getByteSpan(tableObj);
      try {
        if (t.len !== 256) raise(PyExc_ValueError, "translation table must be 256 characters long");
        table = t.u8.slice(t.off, t.off + 256);
      } finally {
        releaseByteSpan(t);
      }
    }
    const del = new Uint8Array(256);
    if (delObj !== null) {
      const d = getByteSpan(delObj);
      for (let k = 0; k < d.len; k++) del[d.u8[d.off + k]!] = 1;
      releaseByteSpan(d);
    }
    const s = selfSpan(self);
    const out = new Uint8Array(s.len);
    let p = 0;
    for (let i = s.off, end = s.off + s.len; i < end; i++) {
      const c = s.u8[i]!;
      if (del[c]) continue;
      out[p++] = table === null ? c : table[c]!;
    }
    return kind.adopt(p === out.length ? out : out.slice(0, p));
  };
}

/** `bytes.maketrans(frm, to)`: a 256-byte table mapping `frm[i]` to `to[i]`. */
export function maketransImpl(kind: ByteKind) {
  return (_self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords("maketrans", kwargs);
    checkPositional("maketrans", args.length, 2, 2);
    const frm = getByteSpan(args[0]!);
    try {
      const to = getByteSpan(args[1]!);
      try {
        if (frm.len !== to.len) raise(PyExc_ValueError, "maketrans arguments must have same length");
        const out = new Uint8Array(256);
        for (let i = 0; i < 256; i++) out[i] = i;
        for (let i = 0; i < frm.len; i++) out[frm.u8[frm.off + i]!] = to.u8[to.off + i]!;
        return kind.adoptBytes(out);
      } finally {
        releaseByteSpan(to);
      }
    } finally {
      releaseByteSpan(frm);
    }
  };
}
