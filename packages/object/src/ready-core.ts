/**
 * Readies the core types (see api-core.ts), in base-before-subtype order:
 * each module below fills the slots of the types it gathers the methods of
 * (`PyType_Ready`). Only imported for its effect (package.json
 * `sideEffects`).
 */
import "./exception-types.js";
import "./typeobject.js";
import "./int.js";
import "./bool.js";
import "./float.js";
import "./str.js";
import "./tuple.js";
import "./slice.js";
import "./generic-alias.js";
import "./union-type.js";
