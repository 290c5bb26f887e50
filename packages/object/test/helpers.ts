import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as O from "../src/index.js";

/** The CPython answers written by fixtures/gen_fixtures.py. */
export const fx = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/fixtures.json", import.meta.url)), "utf8"),
);

/** An int object from its decimal text. */
export function int(s: string | number): O.PyObject {
  return typeof s === "number" ? O.PyLong_FromNumber(s) : O.longFromString(s, 10);
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

const transcripts = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/transcripts.json", import.meta.url)), "utf8"),
) as { sessions: Record<string, [string, string][]> };

/**
 * A session of fixtures/gen_transcripts.py: `py(line)` is what CPython 3.11
 * printed for `line` (repr of the value, print()'s text, or `Type: message`;
 * addresses as `0x?`), the line's first occurrence after the previous look-up,
 * so repeated lines (`l` after each mutation) follow the session's order.
 */
export function transcript(name: string): (line: string) => string {
  const rows = transcripts.sessions[name];
  if (!rows) throw new Error(`no session ${JSON.stringify(name)} in transcripts.json (gen_transcripts.py)`);
  let next = 0;
  return (line) => {
    for (let i = next; i < rows.length; i++) {
      if (rows[i]![0] === line) {
        next = i + 1;
        return rows[i]![1];
      }
    }
    throw new Error(`session ${JSON.stringify(name)} has no line ${JSON.stringify(line)} after row ${next}`);
  };
}
