/**
 * The JSON encoding of JS-layer values that the `gen_js_*.py` fixtures use
 * (see their docstrings): what Python gave, as the JS layer should give it.
 */
import type { JsValue } from "../src/index.js";

/** A value as encoded in the fixtures. */
export type Encoded =
  | number
  | boolean
  | string
  | null
  | { bigint: string }
  | { float: string }
  | { bytes: string }
  | Encoded[];

const hex = (u8: Uint8Array): string => Array.from(u8, (b) => b.toString(16).padStart(2, "0")).join("");

/** Bytes from hex. */
export function fromHex(h: string): Uint8Array {
  return Uint8Array.from(h.match(/../g) ?? [], (p) => Number.parseInt(p, 16));
}

/** A JS value in the fixtures' encoding. */
export function encode(v: JsValue): Encoded {
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof Uint8Array) return { bytes: hex(v) };
  if (typeof v === "bigint") return { bigint: String(v) };
  if (typeof v === "number" && !Number.isFinite(v)) {
    return { float: Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf" };
  }
  return v;
}

/** The JS value of an encoded argument. */
export function decode(e: Encoded): JsValue {
  if (Array.isArray(e)) return e.map(decode);
  if (e === null || typeof e !== "object") return e;
  if ("bigint" in e) return BigInt(e.bigint);
  if ("bytes" in e) return fromHex(e.bytes);
  return e.float === "nan" ? Number.NaN : e.float === "inf" ? Infinity : -Infinity;
}

/** What `f` gives, encoded, or `{ error: "Type: message" }` for a Python error (a PyError's message). */
export function outcome(f: () => JsValue): Encoded | { error: string } {
  try {
    return encode(f());
  } catch (e) {
    if (e instanceof Error && e.name === "PyError") return { error: e.message };
    throw e;
  }
}
