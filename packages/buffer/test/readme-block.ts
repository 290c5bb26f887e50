/**
 * Runs a README's code block as written: the block between
 * `<!-- NAME -->` and `<!-- /NAME -->` is bundled by esbuild from the
 * package's folder (imports of the workspace packages resolve to their
 * TypeScript sources through the `@py/source` condition) and run by Node in
 * a child process. Returns what it printed, and the `// ` comment of each
 * `console.log(...)` line of the block (what the README says it prints).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export interface ReadmeRun {
  /** The lines the block printed. */
  printed: string[];
  /** The trailing `// ...` comment of each console.log line, in order. */
  documented: string[];
}

/** The block `name` of `readme` (a file URL), run; `packageDir` resolves its imports. */
export function runReadmeBlock(readme: URL, name: string, packageDir: URL): ReadmeRun {
  const text = readFileSync(readme, "utf8");
  const m = new RegExp(`<!-- ${name} -->\\s*\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\s*<!-- /${name} -->`).exec(text);
  if (m === null) throw new Error(`no block <!-- ${name} --> in ${readme}`);
  const code = m[1]!;
  const documented = code
    .split("\n")
    .filter((l) => /^\s*console\.log\(/.test(l))
    .map((l) => {
      const c = /\/\/ (.*)$/.exec(l);
      if (c === null) throw new Error(`README line without its output: ${l}`);
      return c[1]!;
    });
  const out = buildSync({
    stdin: { contents: code, loader: "ts", resolveDir: fileURLToPath(packageDir), sourcefile: "README.ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "es2022",
    conditions: ["@py/source"],
    write: false,
    logLevel: "silent",
  });
  const dir = mkdtempSync(join(tmpdir(), "readme-"));
  try {
    const file = join(dir, "readme.mjs");
    writeFileSync(file, out.outputFiles[0]!.text);
    const printed = execFileSync(process.execPath, [file], { encoding: "utf8" });
    return { printed: printed.replace(/\n$/, "").split("\n"), documented };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Block `name` of the README beside the test folder of `testUrl` (a test's
 * `import.meta.url`), run, with the lines CPython printed for the same
 * operations: `key` of the fixture JSON `fixture` (relative to the test).
 */
export function runReadmeAgainstPython(
  testUrl: string,
  name: string,
  fixture: string,
  key: string,
): ReadmeRun & { python: string[] } {
  const run = runReadmeBlock(new URL("../README.md", testUrl), name, new URL("..", testUrl));
  const json = JSON.parse(readFileSync(new URL(fixture, testUrl), "utf8")) as Record<string, string[]>;
  return { ...run, python: json[key]! };
}
