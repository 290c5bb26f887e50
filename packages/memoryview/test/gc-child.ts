/**
 * Run by js-gc.test.ts in a child `node --expose-gc`: views and descriptors
 * the caller forgot to release are released when the collector takes their
 * wrappers (the FinalizationRegistry fallback of the JS layer). Prints one
 * JSON line: each step's resize outcome (null: the bytearray could resize).
 */
import { PyByteArray_FromBytes, PyByteArray_Resize, type PyByteArrayObject, struct } from "@py/buffer";
import { isPyError } from "@py/object";
import { memoryview } from "../src/index.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");

/** Grows `ba` by one byte and back: null, or the Python error's message. */
function resize(ba: PyByteArrayObject): string | null {
  try {
    PyByteArray_Resize(ba, 3);
    PyByteArray_Resize(ba, 2);
    return null;
  } catch (e) {
    if (isPyError(e)) return e.message;
    throw e;
  }
}

/** Collects until `done()` or 50 rounds; FinalizationRegistry callbacks run after a collection, in a later task. */
async function collect(done: () => boolean): Promise<number> {
  for (let round = 1; round <= 50; round++) {
    gc!();
    await new Promise((r) => setTimeout(r, 10));
    if (done()) return round;
  }
  return -1;
}

// Each forgetful caller runs in its own function, so nothing keeps its wrapper reachable.
function forgetView(ba: PyByteArrayObject): void {
  const m = memoryview(ba, { format: "B", shape: [1, 2] });
  m.at(0, 1);
}
function forgetDescriptor(ba: PyByteArrayObject): void {
  memoryview(ba).getBuffer();
}
function forgetIterator(ba: PyByteArrayObject): void {
  const it = struct.iterUnpack("<b", ba);
  it.next();
}

const out: Record<string, unknown> = {};
for (const [name, forget] of [
  ["view", forgetView],
  ["descriptor", forgetDescriptor],
  ["iterator", forgetIterator],
] as const) {
  const ba = PyByteArray_FromBytes(new Uint8Array([1, 2]));
  forget(ba);
  const locked = resize(ba);
  const rounds = await collect(() => resize(ba) === null);
  out[name] = { locked, released: rounds > 0, after: resize(ba), refcnt: ba.ob_refcnt };
}
console.log(JSON.stringify(out));
