/**
 * minipy side of the differential fuzzer: each program runs in-process in a
 * fresh interpreter, as apps/minipy/test/conformance.test.ts runs a case.
 */
import { loadModules, runTranscript } from "minipy";

const ADDR = /0x[0-9a-fA-F]+/g;

let loaded: Promise<void> | null = null;

/** Loads minipy's modules (array, struct, _testbuffer) once. */
export function loadMinipy(): Promise<void> {
  loaded ??= Promise.resolve(loadModules()).then(() => {});
  return loaded;
}

/** minipy's transcript of `src`, addresses masked as `0x?` (await loadMinipy() first). */
export function runMinipy(src: string): string {
  let out = "";
  try {
    const interp = runTranscript(src, { stdout: (s) => (out += s) });
    try {
      interp.clearGlobals();
    } catch {
      // a failing dealloc belongs to another layer; the transcript is what is compared
    }
  } catch (e) {
    out += `<minipy crashed: ${e instanceof Error ? e.message : String(e)}>\n`;
  }
  return out.replace(ADDR, "0x?");
}
