/**
 * The method table that bytes and bytearray share (`bytes_methods` /
 * `bytearray_methods` of CPython 3.11 minus the type-specific entries), built
 * from the stringlib-style files beside it, plus decode and hex.
 */
import {
  type KwArgs,
  METH_FASTCALL,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  parseArgs,
  PyExc_IndexError,
  type PyMethodDef,
  type PyObject,
  PyUnicode_FromString,
  raise,
} from "@py/object";
import {
  all,
  capitalizeInPlace,
  casedTest,
  istitle,
  lowerInPlace,
  mapImpl,
  predicate,
  swapcaseInPlace,
  titleInPlace,
  upperInPlace,
} from "./case.js";
import { decodeBytes } from "./codec.js";
import { isAlpha, isDigit, isSpaceByte } from "./ctype.js";
import { bytesToHex, parseHexArgs } from "./hex.js";
import { strArg } from "./method-args.js";
import { countImpl, findImpl, startsEndsWith } from "./search.js";
import { joinImpl, splitImpl, splitlinesImpl } from "./split.js";
import { type ByteKind, selfSpan } from "./storage.js";
import {
  affixImpl,
  expandtabsImpl,
  maketransImpl,
  padImpl,
  partitionImpl,
  replaceImpl,
  stripImpl,
  translateImpl,
  zfillImpl,
} from "./transform.js";

function decodeImpl() {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [encObj, errObj] = parseArgs("decode", args, kwargs, { names: ["encoding", "errors"] });
    const encoding = strArg("decode", "encoding", encObj ?? null, "utf-8");
    const errors = strArg("decode", "errors", errObj ?? null, "strict");
    const s = selfSpan(self);
    return PyUnicode_FromString(decodeBytes(s.u8, s.off, s.len, encoding, errors));
  };
}

function hexImpl() {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const { sep, bytesPerSep } = parseHexArgs(args, kwargs);
    const s = selfSpan(self);
    return PyUnicode_FromString(bytesToHex(s.u8, s.off, s.len, sep, bytesPerSep));
  };
}

/**
 * The method table shared by bytes and bytearray (`bytes_methods` /
 * `bytearray_methods` minus the type-specific entries). Builds closures only.
 */
export function byteStringMethods(kind: ByteKind): Record<string, PyMethodDef> {
  const noargs = (meth: (self: PyObject) => PyObject): PyMethodDef => ({
    meth: (self) => meth(self),
    flags: METH_NOARGS,
  });
  const onearg = (meth: (self: PyObject, args: readonly PyObject[]) => PyObject): PyMethodDef => ({
    meth: (self, args) => meth(self, args),
    flags: METH_O,
  });
  const v = (meth: PyMethodDef["meth"]): PyMethodDef => ({ meth });
  // positional only (no METH_KEYWORDS): the call machinery rejects keywords
  const fastcall = (meth: PyMethodDef["meth"]): PyMethodDef => ({ meth, flags: METH_FASTCALL });
  const varargs = (meth: PyMethodDef["meth"]): PyMethodDef => ({ meth, flags: METH_VARARGS });
  return {
    capitalize: noargs(mapImpl(kind, capitalizeInPlace)),
    center: fastcall(padImpl(kind, "center")),
    count: varargs(countImpl()),
    decode: v(decodeImpl()),
    endswith: varargs(startsEndsWith("endswith", true)),
    expandtabs: v(expandtabsImpl(kind)),
    find: varargs(findImpl("find", 1, false)),
    hex: v(hexImpl()),
    index: varargs(findImpl("index", 1, true)),
    isalnum: noargs(predicate(all((c) => isAlpha(c) || isDigit(c)))),
    isalpha: noargs(predicate(all(isAlpha))),
    isascii: noargs(
      predicate((u8, start, end) => {
        for (let i = start; i < end; i++) if (u8[i]! >= 128) return false;
        return true;
      }),
    ),
    isdigit: noargs(predicate(all(isDigit))),
    islower: noargs(predicate(casedTest(true))),
    isspace: noargs(predicate(all(isSpaceByte))),
    istitle: noargs(predicate(istitle)),
    isupper: noargs(predicate(casedTest(false))),
    join: onearg(joinImpl(kind)),
    ljust: fastcall(padImpl(kind, "ljust")),
    lower: noargs(mapImpl(kind, lowerInPlace)),
    lstrip: fastcall(stripImpl(kind, "lstrip", true, false)),
    maketrans: { meth: maketransImpl(kind), staticmethod: true, flags: METH_FASTCALL },
    partition: onearg(partitionImpl(kind, false)),
    removeprefix: onearg(affixImpl(kind, false)),
    removesuffix: onearg(affixImpl(kind, true)),
    replace: fastcall(replaceImpl(kind)),
    rfind: varargs(findImpl("rfind", -1, false)),
    rindex: varargs(findImpl("rindex", -1, true)),
    rjust: fastcall(padImpl(kind, "rjust")),
    rpartition: onearg(partitionImpl(kind, true)),
    rsplit: v(splitImpl(kind, "rsplit", true)),
    rstrip: fastcall(stripImpl(kind, "rstrip", false, true)),
    split: v(splitImpl(kind, "split", false)),
    splitlines: v(splitlinesImpl(kind)),
    startswith: varargs(startsEndsWith("startswith", false)),
    strip: fastcall(stripImpl(kind, "strip", true, true)),
    swapcase: noargs(mapImpl(kind, swapcaseInPlace)),
    title: noargs(mapImpl(kind, titleInPlace)),
    translate: v(translateImpl(kind)),
    upper: noargs(mapImpl(kind, upperInPlace)),
    zfill: onearg(zfillImpl(kind)),
  };
}

/** Raises `IndexError: <name> index out of range`. */
export function indexOutOfRange(name: string): never {
  raise(PyExc_IndexError, `${name} index out of range`);
}
