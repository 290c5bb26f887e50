// Load order matters only for module-level values: `bool` is entered first so
// that `int` (its base type) is fully evaluated before `bool` creates its type.
export * from "./object.js";
export * from "./refcount.js";
export * from "./exceptions.js";
export * from "./none.js";
export * from "./bool.js";
export * from "./int.js";
export * from "./float.js";
export * from "./str.js";
export * from "./tuple.js";
export * from "./list.js";
export * from "./slice.js";
export * from "./range.js";
export * from "./iterators.js";
export * from "./function.js";
export * from "./module.js";
export * from "./typeobject.js";
export * from "./abstract.js";
export * from "./number.js";
export * from "./args.js";
export * from "./hash.js";
export * from "./bytes-hooks.js";
export * from "./owned.js";
export * from "./dict.js";
