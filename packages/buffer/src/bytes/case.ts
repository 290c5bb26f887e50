/**
 * The ASCII case methods and predicates of bytes and bytearray (lower,
 * upper, swapcase, capitalize, title, isalnum ... istitle), as
 * `_Py_bytes_lower` etc. of CPython 3.11's `Objects/bytes_methods.c`.
 */
import { PyBool_FromBool, type PyObject } from "@py/object";
import { isLower, isUpper } from "./ctype.js";
import { type ByteKind, selfSpan } from "./storage.js";

export function mapImpl(kind: ByteKind, f: (u8: Uint8Array) => void) {
  return (self: PyObject): PyObject => {
    const s = selfSpan(self);
    const out = s.u8.slice(s.off, s.off + s.len);
    f(out);
    return kind.adopt(out);
  };
}

export function lowerInPlace(u8: Uint8Array): void {
  for (let i = 0, n = u8.length; i < n; i++) {
    const c = u8[i]!;
    if (c >= 65 && c <= 90) u8[i] = c + 32;
  }
}

export function upperInPlace(u8: Uint8Array): void {
  for (let i = 0, n = u8.length; i < n; i++) {
    const c = u8[i]!;
    if (c >= 97 && c <= 122) u8[i] = c - 32;
  }
}

export function swapcaseInPlace(u8: Uint8Array): void {
  for (let i = 0; i < u8.length; i++) {
    const c = u8[i]!;
    if (isUpper(c)) u8[i] = c + 32;
    else if (isLower(c)) u8[i] = c - 32;
  }
}

export function capitalizeInPlace(u8: Uint8Array): void {
  if (u8.length > 0 && isLower(u8[0]!)) u8[0] = u8[0]! - 32;
  for (let i = 1; i < u8.length; i++) if (isUpper(u8[i]!)) u8[i] = u8[i]! + 32;
}

export function titleInPlace(u8: Uint8Array): void {
  let prevCased = false;
  for (let i = 0; i < u8.length; i++) {
    const c = u8[i]!;
    if (isLower(c)) {
      if (!prevCased) u8[i] = c - 32;
      prevCased = true;
    } else if (isUpper(c)) {
      if (prevCased) u8[i] = c + 32;
      prevCased = true;
    } else prevCased = false;
  }
}

export function predicate(test: (u8: Uint8Array, start: number, end: number) => boolean) {
  return (self: PyObject): PyObject => {
    const s = selfSpan(self);
    return PyBool_FromBool(test(s.u8, s.off, s.off + s.len));
  };
}

/** All bytes satisfy `f`, and there is at least one. */
export function all(f: (c: number) => boolean) {
  return (u8: Uint8Array, start: number, end: number): boolean => {
    if (start === end) return false;
    for (let i = start; i < end; i++) if (!f(u8[i]!)) return false;
    return true;
  };
}

export function casedTest(wantLower: boolean) {
  return (u8: Uint8Array, start: number, end: number): boolean => {
    let cased = false;
    for (let i = start; i < end; i++) {
      const c = u8[i]!;
      if (wantLower ? isUpper(c) : isLower(c)) return false;
      if (wantLower ? isLower(c) : isUpper(c)) cased = true;
    }
    return cased;
  };
}

export function istitle(u8: Uint8Array, start: number, end: number): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = start; i < end; i++) {
    const c = u8[i]!;
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
