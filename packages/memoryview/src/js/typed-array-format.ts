/**
 * TypedArrays and the struct formats of their items: what `memoryview()`
 * gives a TypedArray source by default, and which TypedArray a buffer
 * descriptor's `data` is.
 */
import type { ViewTypedArray } from "../js-access.js";

/** A TypedArray constructor over a buffer window. */
export interface TypedArrayConstructor {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): ViewTypedArray;
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
}

/** The native format of a TypedArray's items (`Float64Array` → `"d"`), or null for another object. */
export function typedArrayFormat(v: unknown): string | null {
  if (v instanceof Uint8Array || v instanceof Uint8ClampedArray) return "B";
  if (v instanceof Int8Array) return "b";
  if (v instanceof Int16Array) return "h";
  if (v instanceof Uint16Array) return "H";
  if (v instanceof Int32Array) return "i";
  if (v instanceof Uint32Array) return "I";
  if (v instanceof BigInt64Array) return "q";
  if (v instanceof BigUint64Array) return "Q";
  if (v instanceof Float32Array) return "f";
  if (v instanceof Float64Array) return "d";
  return null;
}

/** The TypedArray for items of a native single-item format (an optional `@` prefix), or null. */
export function formatTypedArray(format: string): TypedArrayConstructor | null {
  switch (format.charCodeAt(0) === 64 ? format.slice(1) : format) {
    case "B":
    case "c":
    case "?":
      return Uint8Array;
    case "b":
      return Int8Array;
    case "h":
      return Int16Array;
    case "H":
      return Uint16Array;
    case "i":
      return Int32Array;
    case "I":
      return Uint32Array;
    case "l":
    case "q":
    case "n":
      return BigInt64Array;
    case "L":
    case "Q":
    case "N":
    case "P":
      return BigUint64Array;
    case "f":
      return Float32Array;
    case "d":
      return Float64Array;
    default:
      return null;
  }
}
