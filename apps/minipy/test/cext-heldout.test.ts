/**
 * Held-out C extensions (packages/capi/test/heldout/NAME.c): modules written as
 * an outside author would, against /work/shared/cext/API.md alone, in varied
 * styles. Each is compiled once by @py/cc against @py/capi's headers and imported
 * by minipy running NAME.py (and NAME-PART.py) in checked mode; the transcript
 * must be exactly CPython's (NAME.out, written by heldout/regen.py with NAME.c
 * built by gcc against CPython 3.11's headers), no misuse may be reported, and
 * once the program's names are gone C may hold no reference, export or block.
 * When gcc and CPython's headers are here the .out files are checked current.
 */
import { describeCExtensionTranscripts } from "./cext-transcripts.js";

describeCExtensionTranscripts(
  "held-out C extensions: pyobj-cc + minipy (checked) vs gcc + CPython 3.11",
  "heldout",
);
