/**
 * Readies every type of the package: the core (ready-core.ts) first, then
 * the method tables of core types that only a look-up by name reaches
 * (int-methods.ts, float-methods.ts, str-methods.ts), then the types that
 * only the full API reaches (see api-full.ts). `heaptype.ts` comes after
 * `typeobject.ts` (a core module): it extends `type`'s slots for classes
 * made at run time. Only imported for its effect (package.json
 * `sideEffects`).
 */
import "./ready-core.js";
import "./int-methods.js";
import "./float-methods.js";
import "./str-methods.js";
import "./function.js";
import "./list.js";
import "./dict.js";
import "./set.js";
import "./slot-wrapper.js";
import "./heaptype.js";
