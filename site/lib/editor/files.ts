/** Small file helpers of the editor: git blob hashes (Keystatic names files by them), listing, atomic writes. */
import crypto from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"
import { entryFileOf } from "./entries"

/** The hash git (and Keystatic's tree) gives a file's contents. */
export function blobSha(contents: Uint8Array): string {
  return crypto.createHash("sha1").update(`blob ${contents.byteLength}\0`).update(contents).digest("hex")
}

/** Every editable file under `root` (see entries.ts), as content-relative path → blob hash. */
export async function listEntryFiles(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (rel: string, depth: number) => {
    if (depth > 3) return
    const dirents = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => [])
    for (const d of dirents) {
      const child = rel ? `${rel}/${d.name}` : d.name
      if (d.isDirectory()) await walk(child, depth + 1)
      else if (d.isFile() && entryFileOf(child)) out.set(child, blobSha(await fs.readFile(path.join(root, child))))
    }
  }
  for (const top of ["stories", "events", "pages"]) await walk(top, 1)
  return out
}

export async function readIfExists(file: string): Promise<Buffer | null> {
  return fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null
    throw e
  })
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, contents: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`
  await fs.writeFile(tmp, contents)
  await fs.rename(tmp, file)
}

/** Removes a file and the folders it leaves empty, up to (not including) `root`. */
export async function removeFile(root: string, rel: string): Promise<void> {
  await fs.rm(path.join(root, rel), { force: true })
  let dir = path.dirname(rel)
  while (dir && dir !== ".") {
    const left = await fs.readdir(path.join(root, dir)).catch(() => null)
    if (!left || left.length) break
    await fs.rmdir(path.join(root, dir)).catch(() => {})
    dir = path.dirname(dir)
  }
}

/** Runs `fn` after every earlier call has finished: one workspace change at a time in this process. */
let chain: Promise<unknown> = Promise.resolve()
export function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn)
  chain = run.catch(() => {})
  return run
}
