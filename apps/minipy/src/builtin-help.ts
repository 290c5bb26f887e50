/**
 * `help(obj)` as CPython 3.11's `pydoc` prints it when not at a terminal
 * (`pydoc.Helper.help` -> `render_doc` with the `TextDoc` renderer, plain
 * text): `Help on ...:`, a blank line, the document, a blank line.
 *
 * Documented: builtin functions and methods (bound or not), method and slot
 * descriptors, getset descriptors, functions defined in Python, types
 * (methods, static methods, data descriptors, attributes defined by the
 * type itself) and modules (NAME, DESCRIPTION, FUNCTIONS, DATA, FILE). Any
 * other object is documented by its type (`Help on memoryview object:`).
 * A signature comes from the doc's `name(sig)\n--\n\n` head, as CPython's
 * `__text_signature__`; without one pydoc shows `name(...)`.
 */
import {
  type KwArgs,
  PyCFunctionObject,
  PyExc_TypeError,
  PyGetSetDescrObject,
  PyMethodDescrObject,
  PyMethodWrapperObject,
  PyModule_Check,
  PyModule_GetDict,
  type PyModuleObject,
  type PyObject,
  PySlotDescrObject,
  PyType_Check,
  type PyTypeObject,
  PyUnicode_Check,
  type PyUnicodeObject,
  PyBaseObject_Type,
  Py_RETURN_NONE,
  raise,
  repr,
} from "@py/object";
import { PyFunctionObject } from "./function.js";
import { SLOT_DOCS } from "./help-slot-docs.js";
import { cleandoc, indent, renderSignature, splitDoc } from "./help-signature.js";
import { typeDir } from "./builtin-dir.js";

/** `classname(cls, mod)` of pydoc: `builtins.memoryview` unless `cls` is of module `mod`. */
function className(t: PyTypeObject, mod: string | null): string {
  return t.moduleName === mod ? t.shortName : `${t.moduleName}.${t.shortName}`;
}

/** `docroutine`'s text: `name(sig)note` then the indented doc. */
function routine(name: string, sig: string | null, note: string, doc: string): string {
  const decl = `${name}${sig ?? "(...)"}${note}`;
  const d = cleandoc(doc);
  return `${decl}\n${d === "" ? "" : `${indent(d)}\n`}`;
}

/** A builtin function or bound builtin method (`builtin_function_or_method`). */
function cfunctionDoc(f: PyCFunctionObject): { title: string; body: string } {
  const { signature, doc } = splitDoc(f.name, f.doc);
  const self = f.self;
  const bound = self !== null && !PyModule_Check(self);
  const sig = signature === null ? null : renderSignature(signature, true);
  if (bound) {
    const note = ` method of ${className(self!.ob_type, null)} instance`;
    return { title: `built-in function ${f.name}`, body: routine(f.name, sig, note, doc) };
  }
  const mod = self !== null ? (self as PyModuleObject).name : (f.module ?? "builtins");
  return { title: `built-in function ${f.name} in module ${mod}`, body: routine(f.name, sig, "", doc) };
}

/** The text signature and doc of a slot wrapper. */
function slotDoc(name: string): { sig: string | null; doc: string } {
  const d = SLOT_DOCS.get(name);
  return d === undefined ? { sig: null, doc: "" } : { sig: d[0], doc: d[1] };
}

/** A user function: its parameters with their defaults' reprs. */
function functionSignature(f: PyFunctionObject): string {
  const p = f.params;
  const parts: string[] = [];
  // defaults[i] is the default of names[i] (null: none).
  p.names.forEach((n, i) => {
    const d = f.defaults[i];
    parts.push(d == null ? n : `${n}=${repr(d)}`);
  });
  if (p.vararg !== null) parts.push(`*${p.vararg}`);
  else if (p.kwonly.length > 0) parts.push("*");
  p.kwonly.forEach((n, i) => {
    const d = f.kwDefaults[i];
    parts.push(d == null ? n : `${n}=${repr(d)}`);
  });
  if (p.kwarg !== null) parts.push(`**${p.kwarg}`);
  return `(${parts.join(", ")})`;
}

/** A Python function's docstring: its body's first statement when it is a string. */
function functionDocstring(f: PyFunctionObject): string {
  if (!Array.isArray(f.body)) return "";
  const first = f.body[0];
  return first?.kind === "Expr" && first.value.kind === "Str" ? first.value.value : "";
}

/** The methods, static methods, data descriptors and attributes a type defines itself (pydoc's `docclass`). */
function classDoc(t: PyTypeObject): string {
  const base = t.tp_base;
  const bases = base === null ? "" : `(${className(base, t.moduleName)})`;
  const lines: string[] = [];
  const { signature, doc } = splitDoc(t.shortName, t.tp_doc);
  if (signature !== null) lines.push(`${t.shortName}${signature}`, "");
  const d = cleandoc(doc);
  if (d !== "") lines.push(...d.split("\n"), "");
  const own = new Set(typeDir(t));
  // What the bases define is "inherited" (object's is not shown: pydoc skips it), unless this type
  // has its own method, descriptor, or slot function for it.
  if (base !== null) {
    for (const n of typeDir(base)) {
      if (t.tp_methods.has(n) || t.tp_getset.has(n) || t.tp_dict.has(n) || overridesSlot(t, base, n))
        continue;
      own.delete(n);
    }
  }
  const names = [...own].sort();
  const methods: string[] = [];
  const statics: string[] = [];
  const data: string[] = [];
  const attrs: string[] = [];
  for (const n of names) {
    const m = t.tp_methods.get(n);
    const g = t.tp_getset.get(n);
    const v = t.tp_dict.get(n);
    if (m !== undefined) {
      const sd = splitDoc(n, m.doc ?? null);
      const sig = sd.signature === null ? null : renderSignature(sd.signature, !!m.classmethod);
      (m.staticmethod || m.classmethod ? statics : methods).push(routine(n, sig, "", sd.doc));
    } else if (g !== undefined) {
      const gd = cleandoc(g.doc ?? "");
      data.push(`${n}\n${gd === "" ? "" : `${indent(gd)}\n`}`);
    } else if (v !== undefined) {
      attrs.push(`${n} = ${repr(v)}\n`);
    } else if (n.startsWith("__") && n !== "__doc__" && n !== "__class__") {
      const s = slotDoc(n);
      methods.push(routine(n, s.sig === null ? null : renderSignature(s.sig, false), "", s.doc));
    }
  }
  const sections: [string, string[]][] = [
    ["Methods defined here:", methods],
    ["Static methods defined here:", statics],
    ["Data descriptors defined here:", data],
    ["Data and other attributes defined here:", attrs],
  ];
  let first = true;
  for (const [head, items] of sections) {
    if (items.length === 0) continue;
    if (!first) lines.push("-".repeat(70));
    first = false;
    lines.push(head, "");
    for (const it of items) lines.push(...it.replace(/\n$/, "").split("\n"), "");
  }
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return `class ${t.shortName}${bases}\n${lines.map((l) => ` |  ${l}`).join("\n")}\n`;
}

/** The slot behind a special method name, read from a type (undefined when the name has none here). */
function slotOf(t: PyTypeObject, name: string): unknown {
  switch (name) {
    case "__repr__":
      return t.tp_repr;
    case "__str__":
      return t.tp_str;
    case "__hash__":
      return t.tp_hash;
    case "__eq__":
    case "__ne__":
    case "__lt__":
    case "__le__":
    case "__gt__":
    case "__ge__":
      return t.tp_richcompare;
    case "__iter__":
      return t.tp_iter;
    case "__next__":
      return t.tp_iternext;
    case "__call__":
      return t.tp_call;
    case "__getattribute__":
      return t.tp_getattro;
    default:
      return undefined;
  }
}

/** Whether `t` has its own slot function for `name` (not the one it inherited from `base`). */
function overridesSlot(t: PyTypeObject, base: PyTypeObject, name: string): boolean {
  const mine = slotOf(t, name);
  return mine !== undefined && mine !== null && mine !== slotOf(base, name);
}

/** pydoc's module page (NAME, DESCRIPTION, FUNCTIONS, DATA, FILE). */
function moduleDoc(m: PyModuleObject): string {
  const dict = PyModule_GetDict(m);
  const out = [`NAME\n    ${m.name}\n`];
  const docObj = dict.get("__doc__");
  if (docObj !== undefined && PyUnicode_Check(docObj)) {
    out.push(`DESCRIPTION\n${indent(cleandoc((docObj as PyUnicodeObject).value))}\n`);
  }
  const names = [...dict.keys()].filter((n) => !n.startsWith("_")).sort();
  const funcs: string[] = [];
  const data: string[] = [];
  for (const n of names) {
    const v = dict.get(n)!;
    if (v instanceof PyCFunctionObject) funcs.push(indent(cfunctionDoc(v).body.replace(/\n$/, "")));
    else if (!PyType_Check(v) && !PyModule_Check(v))
      data.push(`    ${n} = ${cram(repr(v), 70 - n.length - 3)}`);
  }
  if (funcs.length > 0) out.push(`FUNCTIONS\n${funcs.join("\n\n")}\n`);
  if (data.length > 0) out.push(`DATA\n${data.join("\n")}\n`);
  out.push(`FILE\n    ${m.file ?? "(built-in)"}\n`);
  return out.join("\n");
}

/** `pydoc.cram`: a repr cut in the middle with `...` to fit `maxlen`. */
function cram(text: string, maxlen: number): string {
  if (text.length <= maxlen) return text;
  const pre = Math.max(0, Math.floor((maxlen - 3) / 2));
  const post = Math.max(0, maxlen - 3 - pre);
  return `${text.slice(0, pre)}...${text.slice(text.length - post)}`;
}

/** `render_doc(obj, 'Help on %s:')`: the title's description and the document. */
export function renderHelp(o: PyObject): string {
  let title: string;
  let body: string;
  if (o instanceof PyCFunctionObject) ({ title, body } = cfunctionDoc(o));
  else if (o instanceof PyMethodDescrObject) {
    const sd = splitDoc(o.name, o.def.doc ?? null);
    title = "method_descriptor";
    body = routine(o.name, sd.signature === null ? null : renderSignature(sd.signature, false), "", sd.doc);
  } else if (o instanceof PySlotDescrObject) {
    const s = slotDoc(o.name);
    title = "wrapper_descriptor";
    body = routine(o.name, s.sig === null ? null : renderSignature(s.sig, false), "", s.doc);
  } else if (o instanceof PyMethodWrapperObject) {
    const s = slotDoc(o.name);
    title = "method-wrapper";
    body = routine(o.name, s.sig === null ? null : renderSignature(s.sig, true), "", s.doc);
  } else if (o instanceof PyGetSetDescrObject) {
    const g = o.owner.tp_getset.get(o.name);
    title = `getset descriptor ${className(o.owner, null)}.${o.name}`;
    const d = cleandoc(g?.doc ?? "");
    body = `${o.name}\n${d === "" ? "" : `${indent(d)}\n`}`;
  } else if (o instanceof PyFunctionObject) {
    title = `function ${o.name} in module __main__`;
    body = routine(o.name, functionSignature(o), "", functionDocstring(o));
  } else if (PyModule_Check(o)) {
    const m = o as PyModuleObject;
    title = m.file === null ? `built-in module ${m.name}` : `module ${m.name}`;
    body = moduleDoc(m);
  } else if (PyType_Check(o)) {
    const t = o as PyTypeObject;
    title = `class ${t.shortName}${t.moduleName === "builtins" ? " in module builtins" : ` in module ${t.moduleName}`}`;
    body = classDoc(t);
  } else {
    const t = o.ob_type;
    title = `${t.shortName} object`;
    body = t === PyBaseObject_Type ? "class object\n" : classDoc(t);
  }
  return `Help on ${title}:\n\n${body}`;
}

/** Where `help` writes. */
export interface HelpHost {
  readonly stdout: (s: string) => void;
}

/** `help([object])` (the `_sitebuiltins._Helper` instance): prints the document of `object`. */
export function makeHelp(host: HelpHost): (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject {
  return (args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, "help() takes no keyword arguments");
    if (args.length > 1)
      raise(PyExc_TypeError, `help() takes from 0 to 1 positional arguments but ${args.length} were given`);
    if (args.length === 0) {
      host.stdout("Type help(object) for help about object.\n");
      return Py_RETURN_NONE();
    }
    const o = args[0]!;
    if (PyUnicode_Check(o)) {
      // pydoc looks a string up as a topic, keyword or module name: minipy has no such index.
      host.stdout(
        `No Python documentation found for ${repr(o)}.\nUse help() to get the interactive help utility.\n` +
          "Use help(str) for help on the str class.\n\n",
      );
      return Py_RETURN_NONE();
    }
    host.stdout(`${renderHelp(o)}\n`);
    return Py_RETURN_NONE();
  };
}
