/**
 * Packs every published package of the workspace with `pnpm pack` (which
 * rewrites `workspace:*` ranges and applies `publishConfig`, as `pnpm publish`
 * does) and checks each tarball's contents: LICENSE, README and package.json
 * present, every relative link of the README resolving to a file of the
 * tarball, and the files a package names as required (capi's wasm).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execOk } from "./exec.js";

/** A published package of the workspace and its tarball. */
export interface Packed {
  name: string;
  version: string;
  dir: string;
  tarball: string;
  files: string[];
  /** The package.json inside the tarball (as published: workspace ranges and publishConfig applied). */
  manifest: Record<string, unknown>;
}

/** The non-private packages under `packages/`, by directory. */
export function publishedPackages(root: string): { name: string; version: string; dir: string }[] {
  const out = [];
  for (const d of readdirSync(join(root, "packages")).sort()) {
    const dir = join(root, "packages", d);
    const pj = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      name: string;
      version: string;
      private?: boolean;
    };
    if (pj.private !== true) out.push({ name: pj.name, version: pj.version, dir });
  }
  return out;
}

/** Packs one package into `dest`; returns the tarball's path and file list (without the `package/` prefix). */
export async function pack(
  pkg: { name: string; version: string; dir: string },
  dest: string,
): Promise<Packed> {
  const printed = await execOk("pnpm", ["pack", "--pack-destination", dest], pkg.dir);
  const tarball = printed
    .trim()
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.endsWith(".tgz"))
    .pop();
  if (tarball === undefined) throw new Error(`pnpm pack printed no tarball for ${pkg.name}:\n${printed}`);
  const list = await execOk("tar", ["-tzf", tarball], dest);
  const files = list
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.replace(/^package\//, ""));
  const manifest = JSON.parse(
    await execOk("tar", ["-xzOf", tarball, "package/package.json"], dest),
  ) as Record<string, unknown>;
  return { ...pkg, tarball, files, manifest };
}

/** Files each tarball must hold beyond package.json, README.md and LICENSE. */
const REQUIRED: Record<string, string[]> = {
  "@py/capi": ["dist/libpyobj.wasm", "include/Python.h"],
};

/** Problems with a tarball's contents (empty: none). */
export async function checkContents(p: Packed): Promise<string[]> {
  const problems: string[] = [];
  const have = new Set(p.files);
  for (const f of ["package.json", "README.md", "LICENSE", ...(REQUIRED[p.name] ?? [])]) {
    if (!have.has(f)) problems.push(`${p.name}: ${f} is not in the tarball`);
  }
  if (have.has("README.md")) {
    const readme = await execOk("tar", ["-xzOf", p.tarball, "package/README.md"], ".");
    for (const link of relativeLinks(readme)) {
      const target = link.replace(/^\.\//, "").replace(/[#?].*$/, "");
      if (
        target === "" ||
        have.has(target) ||
        p.files.some((f) => f.startsWith(`${target.replace(/\/$/, "")}/`))
      ) {
        continue;
      }
      problems.push(
        `${p.name}: README.md links ${link}, which is not in the tarball (link it by absolute URL)`,
      );
    }
  }
  return problems;
}

/** The targets of a markdown text's links and images that are not absolute URLs or anchors. */
export function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  const noCode = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  for (const m of noCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1] ?? "";
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    out.push(target);
  }
  for (const m of noCode.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)) {
    const target = m[1] ?? "";
    if (!/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#")) out.push(target);
  }
  return out;
}
