/**
 * Interned attribute names (`PyUnicode_InternFromString`): one immortal str
 * object per name, so an instance `__dict__` keyed by them finds its entries
 * by identity (the dict's first check) instead of by hash and `==`.
 */
import { IMMORTAL_REFCNT } from "./object.js";
import { untrack } from "./refcount.js";
import { PyUnicode_FromString, type PyUnicodeObject } from "./str-object.js";

const interned = new Map<string, PyUnicodeObject>();

/**
 * `PyUnicode_InternFromString(name)`: the str object for `name` shared by
 * every caller, immortal: never released (CPython interns every attribute
 * name too, those made at run time by `setattr` included).
 * @returns Borrowed reference (immortal).
 */
export function PyUnicode_InternFromString(name: string): PyUnicodeObject {
  let s = interned.get(name);
  if (s === undefined) {
    s = PyUnicode_FromString(name) as PyUnicodeObject;
    s.ob_refcnt = IMMORTAL_REFCNT;
    untrack(s);
    interned.set(name, s);
  }
  return s;
}
