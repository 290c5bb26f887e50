/**
 * The public API of `@py/object`: every name of api-core.ts and api-full.ts
 * (nothing else in the package is public). Import order does not matter:
 * the modules form no cycle, and each type is made ready (`PyType_Ready`)
 * by the module that gathers its methods.
 *
 * The names come in two parts so that a bundler keeps only what is used:
 * api-core.ts readies the core types (int, bool, float, str, tuple, slice,
 * the exceptions, `type` and `object`); api-full.ts readies every type.
 * Under Node both load, as the whole package did before.
 */
export * from "./api-core.js";
export * from "./api-full.js";
