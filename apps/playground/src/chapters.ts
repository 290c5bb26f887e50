/**
 * The chapters the page can open, as the build gathered them
 * (dist/chapters.json, from docs/learn and the playground's own example).
 */

/** A C file of a chapter and the Python lines that use it. */
export interface ChapterFile {
  file: string;
  source: string;
  python: string[];
  /** What CPython 3.11 prints for those lines (the `.out` beside them), when there is one. */
  expected: string | null;
}

/** One chapter: 0 is the playground's own example. */
export interface Chapter {
  number: number;
  title: string;
  example: ChapterFile | null;
  exercise: ChapterFile | null;
  /** The exercise's fix (the page does not show it; tests check it passes). */
  solution: { file: string; source: string } | null;
}

/** Fetches the chapter list. */
export async function loadChapters(url: URL): Promise<Chapter[]> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url.href}: HTTP ${r.status}`);
  return (await r.json()) as Chapter[];
}
