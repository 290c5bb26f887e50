import { build } from "esbuild";

/** Options for {@link bundleForBrowser}. */
export interface BundleOptions {
  /** The entry module (TypeScript or JavaScript). */
  entry: string;
  /** The output file (ESM). */
  outfile: string;
  /** Export conditions to resolve workspace packages with (default: the built `dist/`). */
  conditions?: string[];
  /** Minify (default false). */
  minify?: boolean;
}

/**
 * Bundles `entry` for the browser with esbuild (ESM, platform browser), as a
 * user's bundler would. Returns esbuild's warnings as text so that a test can
 * assert there are none.
 */
export async function bundleForBrowser(options: BundleOptions): Promise<string[]> {
  const result = await build({
    entryPoints: [options.entry],
    outfile: options.outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: options.minify ?? false,
    conditions: options.conditions ?? [],
    logLevel: "silent",
  });
  return result.warnings.map((w) => `${w.location?.file ?? ""}:${w.location?.line ?? ""} ${w.text}`);
}
