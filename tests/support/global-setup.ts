import { execFileSync } from "node:child_process"
import fs from "node:fs"
import type { TestProject } from "vitest/node"
import { testSettings } from "../../scripts/lib/env.ts"
import { startStack, type Stack } from "../../scripts/lib/stack.ts"
import { serveStackControl, type StackControl } from "./stack-control.ts"

export interface StackInfo {
  medusaUrl: string
  storefrontUrl: string
  publishableKey: string
  databaseUrl: string
  medusaPort: number
  uploadDir: string
  /** the built storefront (its server is `<dir>/server/entry.mjs`) */
  storefrontBuildDir: string
  /** the engine serving search, and what a `medusa exec` needs to reach it */
  search: { engine: "meilisearch" | "postgres"; embedded: boolean; env: Record<string, string> }
  /** the published content (a git repository of its own) and the editor's folder */
  contentDir: string
  editorDir: string
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo
    stackControl: StackControl
  }
}

let stack: Stack | undefined
let closeControl: (() => Promise<void>) | undefined

/** The test stack's content folder: a copy of content/ in a git repository of its own (publishing commits there). */
function prepareTestContent(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync("content", dir, { recursive: true })
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" })
  git("init", "-q")
  git("add", "-A")
  git("-c", "user.name=Test", "-c", "user.email=test@example.vn", "commit", "-qm", "content/ at the start of the tests")
}

export async function setup(project: TestProject) {
  const t = performance.now()
  const settings = testSettings()
  prepareTestContent(settings.contentDir)
  stack = await startStack(settings, { fresh: true, quiet: true, log: (l) => console.log(`[test stack] ${l}`) })
  console.log(`[test stack] ready in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(stack.timings)}`)
  project.provide("stack", {
    medusaUrl: stack.medusaUrl,
    storefrontUrl: stack.storefrontUrl,
    publishableKey: stack.publishableKey,
    databaseUrl: stack.database.url,
    medusaPort: settings.medusaPort,
    uploadDir: settings.uploadDir,
    storefrontBuildDir: settings.storefrontBuildDir,
    search: { engine: stack.search.engine, embedded: !!stack.search.embedded, env: stack.search.env },
    contentDir: settings.contentDir,
    editorDir: settings.editorDir,
  })
  const { control, close } = await serveStackControl(stack)
  closeControl = close
  project.provide("stackControl", control)
}

export async function teardown() {
  await closeControl?.()
  await stack?.stop()
  fs.rmSync(testSettings().uploadDir, { recursive: true, force: true })
  fs.rmSync(testSettings().storefrontBuildDir, { recursive: true, force: true })
  const search = testSettings().search
  if ("embedded" in search) fs.rmSync(search.embedded.dir, { recursive: true, force: true })
  fs.rmSync(`${testSettings().storefrontBuildDir}-releases`, { recursive: true, force: true })
  fs.rmSync(testSettings().contentDir, { recursive: true, force: true })
  fs.rmSync(testSettings().editorDir, { recursive: true, force: true })
}
