/**
 * C toolchain helpers for the header tests: clang from npm (`@yowasp/clang`,
 * wasm32, runs in-process on a virtual file tree) and the native oracle (gcc
 * with CPython 3.11's own headers, found through `python3`).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Tree, commands } from "@yowasp/clang";

/** `packages/capi/include`: our headers. */
export const OUR_INCLUDE = fileURLToPath(new URL("../include", import.meta.url));
/** `packages/capi/test/c`: the C test sources. */
export const C_DIR = fileURLToPath(new URL("./c", import.meta.url));

/** A directory read into a clang file tree (text files). */
export function readTree(dir: string): Tree {
  const t: Tree = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    t[name] = statSync(p).isDirectory() ? readTree(p) : readFileSync(p, "utf8");
  }
  return t;
}

/** CPython 3.11's include directory (`sysconfig`), or null without python3. */
export function cpythonInclude(): string | null {
  try {
    const dir = execFileSync(
      "python3",
      [
        "-c",
        "import sys,sysconfig;assert sys.version_info[:2]==(3,11);print(sysconfig.get_paths()['include'])",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    return statSync(join(dir, "Python.h")).isFile() ? dir : null;
  } catch {
    return null;
  }
}

/** Whether `gcc` runs. */
export function haveGcc(): boolean {
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * CPython's headers as they would be for wasm32: its x86-64 pyconfig.h with
 * the type sizes taken from the compiler (ILP32), so that clang lays out
 * CPython's own structs as CPython on wasm32 does.
 */
export function cpythonIlp32Tree(dir: string): Tree {
  const t = readTree(dir);
  t["pyconfig.h"] =
    `${t["pyconfig.h"] as string}\n/* wasm32: sizes from the compiler (ILP32) */\n` +
    [
      ["SIZEOF_LONG", "__SIZEOF_LONG__"],
      ["SIZEOF_SIZE_T", "__SIZEOF_SIZE_T__"],
      ["SIZEOF_VOID_P", "__SIZEOF_POINTER__"],
      ["SIZEOF_UINTPTR_T", "__SIZEOF_POINTER__"],
      ["SIZEOF_PTHREAD_T", "__SIZEOF_POINTER__"],
      ["SIZEOF_LONG_DOUBLE", "__SIZEOF_LONG_DOUBLE__"],
    ]
      .map(([k, v]) => `#undef ${k}\n#define ${k} ${v}\n`)
      .join("");
  return t;
}

export interface ClangResult {
  ok: boolean;
  /** stdout (e.g. `-E -dM` or `-ast-dump=json`). */
  stdout: string;
  /** Diagnostics. */
  stderr: string;
  files: Tree;
}

/**
 * Runs clang for wasm32-wasip1 on `files` (the source tree), with `include`
 * mounted at `inc/` and passed as `-Iinc`.
 */
export async function clangWasm(args: string[], include: Tree, files: Tree): Promise<ClangResult> {
  // clang may write a byte at a time: keep the chunks, decode once
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const opts = {
    stdout: (b: Uint8Array | null) => {
      if (b) out.push(b.slice());
    },
    stderr: (b: Uint8Array | null) => {
      if (b) err.push(b.slice());
    },
  };
  const argv = ["--target=wasm32-wasip1", "-Iinc", ...args];
  try {
    const tree = (await commands.clang(argv, { ...files, inc: include }, opts)) ?? {};
    return { ok: true, stdout: decode(out), stderr: clean(decode(err)), files: tree };
  } catch (e) {
    if (e instanceof Error && "code" in e) {
      return { ok: false, stdout: decode(out), stderr: clean(decode(err)), files: {} };
    }
    throw e;
  }
}

function decode(chunks: Uint8Array[]): string {
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return new TextDecoder().decode(all);
}

/** Drops the resource-fetch progress lines of the first run. */
function clean(s: string): string {
  return s
    .split("\n")
    .filter((l) => !l.startsWith("yowasp-llvm:"))
    .join("\n");
}

/** `gcc -fsyntax-only` (plus `args`) of `file` against `include`: null when clean, else the diagnostics. */
export function gccSyntax(file: string, include: string, args: string[] = []): string | null {
  try {
    execFileSync("gcc", ["-fsyntax-only", `-I${include}`, ...args, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return null;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return err.stderr || err.message;
  }
}
