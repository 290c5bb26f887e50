/**
 * Calling a `PyMethodDef` with the checks CPython's call machinery does
 * from its `ml_flags` (`method_check_args`, `cfunction_call` in
 * `Objects/descrobject.c` and `Objects/methodobject.c`).
 */
import { checkNoArgs, checkOneArg } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import {
  type KwArgs,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type PyObject,
  type PyMethodDef,
} from "./object.js";

/**
 * Whether a method rejects keyword arguments before it runs: METH_VARARGS or
 * METH_FASTCALL without METH_KEYWORDS (positional only in CPython 3.11). A
 * call `obj.meth(k=v)` goes through the method descriptor's vectorcall
 * (`method_check_args`), which rejects keywords before looking at the
 * arguments: `bytes.count() takes no keyword arguments`.
 */
function isPositionalOnly(flags: number): boolean {
  return (flags & (METH_VARARGS | METH_FASTCALL)) !== 0 && (flags & METH_KEYWORDS) === 0;
}

/**
 * Calls a method definition with CPython's METH_NOARGS / METH_O checks.
 * Keywords to a positional-only method are rejected before anything else.
 * `viaDescriptor`: the call goes through the method descriptor (`obj.meth(...)`
 * compiled to LOAD_METHOD, or `type.meth(obj, ...)`), whose message names the
 * qualified method; a bound method object called later names a METH_VARARGS
 * method bare (`count() takes no keyword arguments`).
 * @returns New reference.
 */
export function callMethodDef(
  def: PyMethodDef,
  qualname: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  viaDescriptor = true,
): PyObject {
  const flags = def.flags ?? 0;
  if (kwargs !== null && kwargs.size > 0 && isPositionalOnly(flags)) {
    // a bound method object names a METH_VARARGS method bare (`cfunction_call`);
    // METH_FASTCALL ones keep the qualified name either way
    const shown =
      !viaDescriptor && flags & METH_VARARGS ? qualname.slice(qualname.indexOf(".") + 1) : qualname;
    raise(PyExc_TypeError, `${shown}() takes no keyword arguments`);
  }
  if (flags & METH_NOARGS) checkNoArgs(`${qualname}()`, args, kwargs);
  else if (flags & METH_O) checkOneArg(`${qualname}()`, args, kwargs);
  return def.meth(self, args, kwargs);
}
