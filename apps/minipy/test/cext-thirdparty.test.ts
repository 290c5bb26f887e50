/**
 * Third-party C extensions compiled unchanged (packages/capi/test/thirdparty:
 * CPython's own tutorial and template modules, see its README): each NAME.c is
 * built by @py/cc against @py/capi's headers and run by minipy in checked mode
 * against CPython 3.11's transcript (cext-transcripts.ts).
 */
import { describeCExtensionTranscripts } from "./cext-transcripts.js";

describeCExtensionTranscripts(
  "third-party C extensions (CPython's tutorial and template modules), unchanged: pyobj-cc + minipy (checked) vs gcc + CPython 3.11",
  "thirdparty",
);
