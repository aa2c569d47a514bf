/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Without Chromium the
 * browser tests skip with a message saying so — unless E2E_REQUIRED=1 (CI), where they fail.
 */
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser } from "playwright-core"

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean) as string[]
export const chromiumPath = candidates.find((p) => fs.existsSync(p))
export const e2eRequired = process.env.E2E_REQUIRED === "1"
export const skipReason = chromiumPath
  ? ""
  : `SKIPPED: no Chromium found (looked at ${candidates.join(", ")}); install it with 'apt-get install -y chromium' or set CHROMIUM_PATH`

if (!chromiumPath) {
  if (e2eRequired) throw new Error(`E2E_REQUIRED=1 but ${skipReason}`)
  console.warn(`\n⚠ browser tests ${skipReason}\n`)
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  })
}

export const screenshotDir = path.resolve("test-results", "screenshots")
fs.mkdirSync(screenshotDir, { recursive: true })
