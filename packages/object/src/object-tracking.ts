/**
 * Checked mode's registry of live objects: refcount.ts switches it on (a set)
 * and off (null); the `PyObject` constructor adds every new object while it
 * is on. Kept apart so that the object header needs nothing from refcount.ts.
 */
export const objectTracking: { live: Set<object> | null } = { live: null };
