/**
 * `publint --strict` and `attw` (Are the Types Wrong?) on each packed
 * tarball, as a registry user would receive it.
 */
import { join } from "node:path";
import { exec } from "./exec.js";
import type { Packed } from "./pack.js";

/** The `exports` map of the packed package.json. */
function exportsOf(p: Packed): Record<string, unknown> {
  const exports = p.manifest.exports;
  return typeof exports === "object" && exports !== null ? (exports as Record<string, unknown>) : {};
}

/** Problems publint and attw report for a tarball (empty: none). */
export async function lintTarball(root: string, p: Packed): Promise<string[]> {
  const bin = (name: string) => join(root, "node_modules", ".bin", name);
  const problems: string[] = [];
  const publint = await exec(bin("publint"), ["run", p.tarball, "--strict", "--pack", "false"], root);
  if (publint.code !== 0 || /warning|error|suggestion/i.test(publint.stdout)) {
    problems.push(`publint --strict ${p.name}:\n${publint.stdout}${publint.stderr}`);
  }
  // The packages are ESM only ("type": "module", no require condition): the
  // esm-only profile checks node16 (ESM) and bundler resolution. Entry points
  // that are not modules (capi's `./libpyobj.wasm`, `./include/*`) have no
  // types to check: TypeScript does not resolve them, which attw reports.
  const notModules = Object.keys(exportsOf(p)).filter((k) => !/\.json$/.test(k) && /\.[a-z]+$|\*/.test(k));
  const attw = await exec(
    bin("attw"),
    [
      p.tarball,
      "--profile",
      "esm-only",
      "--format",
      "table-flipped",
      "--no-color",
      ...(notModules.length > 0 ? ["--exclude-entrypoints", ...notModules] : []),
    ],
    root,
  );
  if (attw.code !== 0) problems.push(`attw ${p.name}:\n${attw.stdout}${attw.stderr}`);
  return problems;
}
