/**
 * Checks that every exported function of @py/object, @py/buffer,
 * @py/memoryview and @py/capi that returns a Python object (a `PyObject`,
 * a subclass, an array of them, or a `PyObjectPtr` handle, null allowed)
 * says in its TSDoc whether the caller owns the result, with the one tag
 *
 *     @returns New reference.        (the caller owns it: Py_DECREF it, or `using r = owned(...)`)
 *     @returns Borrowed reference.   (the caller does not own it)
 *
 * (`New references.` / `Borrowed references.` for arrays; more text may
 * follow on the line). Reads the packages' public doors (`src/index.ts`,
 * namespace re-exports included) with the TypeScript compiler API.
 *
 * usage: tsx tools/check-ownership.ts          report the functions without the tag, exit 1 if any
 *        tsx tools/check-ownership.ts --list   list every such function with its tag
 */
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["object", "buffer", "memoryview", "capi"];
/** The tag, as a regular expression on the text after `@returns`. */
const OWNERSHIP_TAG = /^(New|Borrowed) references?\b/;

interface Finding {
  name: string;
  file: string;
  line: number;
  tag: string | null;
}

/** One program over the four public doors, from the TypeScript sources (the `@py/source` condition). */
function makeProgram(): ts.Program {
  const configPath = join(ROOT, "packages", "capi", "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const roots = PACKAGES.map((pkg) => join(ROOT, "packages", pkg, "src", "index.ts"));
  return ts.createProgram(roots, { ...parsed.options, noEmit: true });
}

/** The `@returns` tag text of a declaration, or null. */
function returnsTag(decl: ts.Node): string | null {
  for (const tag of ts.getJSDocTags(decl)) {
    if (tag.tagName.text === "returns" || tag.tagName.text === "return") {
      return (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
    }
  }
  return null;
}

function check(program: ts.Program, pkg: string): Finding[] {
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(ROOT, "packages", pkg, "src", "index.ts"));
  if (index === undefined) throw new Error(`no index.ts for ${pkg}`);
  const moduleSymbol = checker.getSymbolAtLocation(index)!;

  // PyObject's instance type, from @py/object as this package sees it.
  let pyObject: ts.Type | null = null;
  const findPyObject = (sym: ts.Symbol): void => {
    for (const e of checker.getExportsOfModule(sym)) {
      if (e.name !== "PyObject") continue;
      const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      pyObject = checker.getDeclaredTypeOfSymbol(target);
    }
  };
  findPyObject(moduleSymbol);
  if (pyObject === null) {
    const objIndex = program.getSourceFile(join(ROOT, "packages", "object", "src", "index.ts"));
    if (objIndex !== undefined) findPyObject(checker.getSymbolAtLocation(objIndex)!);
  }
  if (pyObject === null) throw new Error(`${pkg}: PyObject not found`);
  const pyObjectType: ts.Type = pyObject;

  const visiting = new Set<ts.Type>();
  const isPython = (t: ts.Type): boolean => {
    if (visiting.has(t)) return false; // a recursive type (JsValue = ... | JsValue[])
    visiting.add(t);
    try {
      return isPythonType(t);
    } finally {
      visiting.delete(t);
    }
  };
  const isPythonType = (t: ts.Type): boolean => {
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return false;
    if (t.isUnion()) return t.types.some(isPython);
    if (t.aliasSymbol?.name === "PyObjectPtr") return true;
    if (t.isIntersection() && t.getProperty("__brand") !== undefined) {
      const brand = checker.getTypeOfSymbol(t.getProperty("__brand")!);
      if (brand.isStringLiteral() && brand.value === "PyObject*") return true;
    }
    if (checker.isArrayType(t) || checker.isTupleType(t)) {
      return checker.getTypeArguments(t as ts.TypeReference).some(isPython);
    }
    if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return false;
    return checker.isTypeAssignableTo(t, pyObjectType);
  };

  const findings: Finding[] = [];
  const seen = new Set<ts.Node>();
  const visit = (sym: ts.Symbol, prefix: string): void => {
    for (const exported of checker.getExportsOfModule(sym)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = prefix + exported.name;
      if (
        target.flags & ts.SymbolFlags.Module &&
        target.valueDeclaration &&
        ts.isSourceFile(target.valueDeclaration)
      ) {
        visit(target, `${name}.`); // export * as ns from "./file.js"
        continue;
      }
      for (const decl of target.declarations ?? []) {
        let docNode: ts.Node | null = null;
        let signatures: readonly ts.Signature[] = [];
        if (ts.isFunctionDeclaration(decl) && decl.body !== undefined) {
          docNode = decl;
          signatures = [checker.getSignatureFromDeclaration(decl)!];
        } else if (ts.isVariableDeclaration(decl)) {
          const type = checker.getTypeOfSymbol(target);
          signatures = type.getCallSignatures();
          if (signatures.length === 0) continue;
          docNode = decl.parent.parent; // the VariableStatement carries the TSDoc
        } else continue;
        if (seen.has(decl)) continue;
        seen.add(decl);
        if (!signatures.some((s) => isPython(checker.getReturnTypeOfSignature(s)))) continue;
        const sf = decl.getSourceFile();
        const { line } = sf.getLineAndCharacterOfPosition(decl.getStart());
        let tag = returnsTag(docNode);
        if (
          tag === null &&
          ts.isVariableDeclaration(decl) &&
          decl.initializer &&
          ts.isIdentifier(decl.initializer)
        ) {
          // `export const PyObject_Size = PyObject_Length;`: the aliased function's tag.
          let s = checker.getSymbolAtLocation(decl.initializer);
          if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
          const fd = s?.declarations?.find(ts.isFunctionDeclaration);
          if (fd) tag = returnsTag(fd);
        }
        findings.push({ name: `${pkg}: ${name}`, file: relative(ROOT, sf.fileName), line: line + 1, tag });
      }
    }
  };
  visit(moduleSymbol, "");
  return findings;
}

const list = process.argv.includes("--list");
const program = makeProgram();
const all = PACKAGES.flatMap((pkg) => check(program, pkg));
const missing = all.filter((f) => f.tag === null || !OWNERSHIP_TAG.test(f.tag));
if (list) {
  for (const f of all) console.log(`${f.file}:${f.line}\t${f.name}\t${f.tag ?? "-"}`);
} else {
  for (const f of missing) {
    console.log(
      `${f.file}:${f.line}: ${f.name} returns a Python object; its TSDoc needs "@returns New reference." or "@returns Borrowed reference."${f.tag === null ? "" : ` (has "@returns ${f.tag}")`}`,
    );
  }
}
console.log(
  `check-ownership: ${all.length} exported functions return Python objects, ${missing.length} without the tag`,
);
if (!list && missing.length > 0) process.exit(1);
