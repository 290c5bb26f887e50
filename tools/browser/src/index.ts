/**
 * The project's browser-test harness: Debian's Chromium (installed by the README's
 * test command, `tools/ensure-chromium.sh`) driven by `playwright-core`, a static
 * file server on loopback, and an esbuild bundle step. Tests only; never shipped.
 */
export { CHROMIUM_PATH, chromiumArgs, launchChromium } from "./chromium.js";
export { bundleForBrowser, type BundleOptions } from "./bundle.js";
export { serveDirectory, type StaticServer } from "./serve.js";
