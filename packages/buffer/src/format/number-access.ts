/**
 * Raw number access for native single-code formats: reads and writes JS
 * numbers without Python objects (memoryview's tolist and comparison fast
 * paths), with the sizes of the native struct table.
 */
import { readInt64, readUint64 } from "./convert.js";

/** The code of a native single-code format `X` or `@X` (the switches below accept only numeric codes). */
function nativeCode(fmt: string): string | null {
  if (fmt.length === 1) return fmt;
  return fmt.length === 2 && fmt.charCodeAt(0) === 64 /* @ */ ? fmt[1]! : null;
}

/** Reads one item as a JS value: ints as number|bigint, floats as number, `?` as 0/1. */
export type NumberReader = (dv: DataView, offset: number) => number | bigint;

/** Writes a JS value already in range (wraps like a C cast for ints; no checks). */
export type NumberWriter = (dv: DataView, offset: number, value: number | bigint) => void;

/**
 * Raw reader for a native single-code numeric format (`B`, `@q`, `d`, `?`...),
 * for loops that do not need objects (tolist fast paths, comparisons). Null
 * for `c` and non-native formats.
 */
export function getNumberReader(fmt: string): NumberReader | null {
  const c = nativeCode(fmt);
  switch (c) {
    case "b":
      return (dv, o) => dv.getInt8(o);
    case "B":
      return (dv, o) => dv.getUint8(o);
    case "?":
      return (dv, o) => (dv.getUint8(o) !== 0 ? 1 : 0);
    case "h":
      return (dv, o) => dv.getInt16(o, true);
    case "H":
      return (dv, o) => dv.getUint16(o, true);
    case "i":
      return (dv, o) => dv.getInt32(o, true);
    case "I":
      return (dv, o) => dv.getUint32(o, true);
    case "l":
    case "q":
    case "n":
      return (dv, o) => readInt64(dv, o, true);
    case "L":
    case "Q":
    case "N":
    case "P":
      return (dv, o) => readUint64(dv, o, true);
    case "f":
      return (dv, o) => dv.getFloat32(o, true);
    case "d":
      return (dv, o) => dv.getFloat64(o, true);
  }
  return null;
}

/**
 * Raw writer for a native single-code numeric format. Integers are stored
 * modulo 2**bits (C cast). Null for `c` and formats memoryview does not support.
 */
export function getNumberWriter(fmt: string): NumberWriter | null {
  const c = nativeCode(fmt);
  const num = (v: number | bigint): number => (typeof v === "number" ? v : Number(v));
  switch (c) {
    case "b":
    case "B":
      return (dv, o, v) => dv.setUint8(o, typeof v === "number" ? v & 0xff : Number(BigInt.asUintN(8, v)));
    case "?":
      return (dv, o, v) => dv.setUint8(o, v ? 1 : 0);
    case "h":
    case "H":
      return (dv, o, v) =>
        dv.setUint16(o, typeof v === "number" ? v & 0xffff : Number(BigInt.asUintN(16, v)), true);
    case "i":
    case "I":
      return (dv, o, v) =>
        dv.setUint32(o, typeof v === "number" ? v >>> 0 : Number(BigInt.asUintN(32, v)), true);
    case "l":
    case "q":
    case "n":
    case "L":
    case "Q":
    case "N":
    case "P":
      return (dv, o, v) =>
        dv.setBigUint64(o, BigInt.asUintN(64, typeof v === "number" ? BigInt(Math.trunc(v)) : v), true);
    case "f":
      return (dv, o, v) => dv.setFloat32(o, num(v), true);
    case "d":
      return (dv, o, v) => dv.setFloat64(o, num(v), true);
  }
  return null;
}
