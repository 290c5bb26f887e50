/**
 * This package's headers (`Python.h`, `structmember.h`, `pyobj/*.h`) for a
 * compiler that has no disk: the build packs them into one JSON file tree
 * (`dist/capi-include.json`, `pyobj-cc --pack-headers`), which a browser
 * fetches and hands to `@py/cc`'s `compile(files, { include: [tree] })`.
 */

/** A header tree: file names to texts, directories nested. */
export interface HeaderTree {
  [name: string]: HeaderTree | string;
}

/** Where the packed headers lie (in this package's `dist/`; a bundled application copies the file). */
export const capiHeadersUrl: URL = new URL("../../dist/capi-include.json", import.meta.url);

/**
 * Fetches the packed headers (default `capiHeadersUrl`; a relative URL is
 * resolved against the page). Throws an `Error` naming the URL when the fetch fails.
 */
export async function fetchCapiHeaders(url: URL | string = capiHeadersUrl): Promise<HeaderTree> {
  const u = new URL(url, typeof location === "undefined" ? undefined : location.href);
  const response = await fetch(u);
  if (!response.ok) throw new Error(`fetchCapiHeaders: ${u.href}: HTTP ${response.status}`);
  return (await response.json()) as HeaderTree;
}
