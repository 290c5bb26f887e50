import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as O from "../src/index.js";
import { transcripts } from "../../../tools/fixture-transcripts.js";

/** The CPython answers written by fixtures/gen_fixtures.py. */
export const fx = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/fixtures.json", import.meta.url)), "utf8"),
);

/** An int object from its decimal text. */
export function int(s: string | number | bigint): O.PyObject {
  return typeof s === "string" ? O.longFromString(s, 10) : O.PyLong_FromValue(s);
}

/** A double from the little-endian hex of its bits. */
export function doubleFromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, Number.parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0, true);
}

/** The "Type: message" line of what `f` raises (or null). */
export function errorOf(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    if (e instanceof O.PyError) return e.message;
    throw e;
  }
  return null;
}

export function s(x: string): O.PyObject {
  return O.PyUnicode_FromString(x);
}

/**
 * A session of fixtures/gen_transcripts.py (see `tools/fixture-transcripts.ts`):
 * repeated lines (`l` after each mutation) follow the session's order.
 */
export const transcript = transcripts(new URL("./fixtures/transcripts.json", import.meta.url));
