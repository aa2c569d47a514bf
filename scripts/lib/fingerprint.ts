/** A hash of the files a build depends on, to skip rebuilding an unchanged tree. */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".astro", "dist", ".git", ".data"])

export function fingerprint(paths: string[]): string {
  const hash = crypto.createHash("sha256")
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (!SKIP.has(entry)) visit(path.join(p, entry))
    } else {
      hash.update(p)
      hash.update(fs.readFileSync(p))
    }
  }
  for (const p of paths) visit(p)
  return hash.digest("hex")
}

export function isBuilt(stampFile: string, print: string): boolean {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === print
}
