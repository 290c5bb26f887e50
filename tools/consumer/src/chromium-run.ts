/** Runs the bundled consumer page in headless Chromium and reads its output. */
import { launchChromium, serveDirectory } from "@py/browser-test";

/** Loads `www/index.html` over HTTP in Chromium; returns the page's output lines and its console errors. */
export async function runInChromium(www: string): Promise<{ lines: string[]; errors: string[] }> {
  const server = await serveDirectory(www);
  const browser = await launchChromium();
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => "consumerOutput" in globalThis, null, { timeout: 30_000 });
    const text = await page.evaluate(
      () => (globalThis as unknown as { consumerOutput: Promise<string> }).consumerOutput,
    );
    return { lines: text.split("\n"), errors };
  } finally {
    await browser.close();
    await server.close();
  }
}
