/**
 * The browser the tests and the keypress bench drive: Debian's Chromium headless shell (Playwright's own download is
 * not reachable from our machines; scripts/ensure-chromium.sh installs it and says why the shell). CHROMIUM_PATH
 * names another.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell";
