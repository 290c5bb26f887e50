/**
 * A script over `@py/buffer`'s struct names (the `/struct` entry and the
 * main entry), each result as one line. struct-bundle.test.ts bundles it
 * with esbuild (so only what these names ready is there) and runs it as is
 * (everything loaded): the lines must agree.
 */
import { PyError } from "@py/object";
import { calcsize, StructError } from "../../src/struct.js";
import { struct } from "../../src/index.js";

/** The message of the PyError `f` throws, and whether it is a struct.error. */
function errorOf(f: () => unknown): string {
  try {
    return String(f());
  } catch (e) {
    if (e instanceof PyError) return `${e.message} ${e.matches(StructError)}`;
    throw e;
  }
}

/** calcsize only: what a bundle that only measures formats runs. */
export function measure(): string[] {
  return [
    String(calcsize("<iHd")),
    String(calcsize("@bi")),
    String(calcsize("3s2x")),
    errorOf(() => calcsize("z")),
    errorOf(() => calcsize("5")),
    errorOf(() => calcsize("a\0")),
  ];
}

/** pack and unpack through the main entry's `struct`. */
export function roundTrip(): string[] {
  const b = struct.pack("<hd3s?", -2, 0.25, new Uint8Array([97, 98, 99]), true);
  return [
    Array.from(b).join(","),
    JSON.stringify(struct.unpack("<hd3s?", b), (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v)),
    String(struct.calcsize(">q")),
    errorOf(() => struct.unpack("<i", new Uint8Array(3))),
    errorOf(() => struct.pack("<B", 256)),
  ];
}
