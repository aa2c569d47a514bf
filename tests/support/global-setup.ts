import { execFileSync } from "node:child_process"
import fs from "node:fs"
import type { TestProject } from "vitest/node"
import { testSettings } from "../../scripts/lib/env.ts"
import { startStack, type Stack } from "../../scripts/lib/stack.ts"

export interface StackInfo {
  medusaUrl: string
  storefrontUrl: string
  publishableKey: string
  databaseUrl: string
  medusaPort: number
  uploadDir: string
  /** the built storefront (its server is `<dir>/server/entry.mjs`) */
  storefrontBuildDir: string
  /** the published content (a git repository of its own) and the editor's folder */
  contentDir: string
  editorDir: string
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

let stack: Stack | undefined

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
    contentDir: settings.contentDir,
    editorDir: settings.editorDir,
  })
}

export async function teardown() {
  await stack?.stop()
  fs.rmSync(testSettings().uploadDir, { recursive: true, force: true })
  fs.rmSync(testSettings().storefrontBuildDir, { recursive: true, force: true })
  fs.rmSync(`${testSettings().storefrontBuildDir}-releases`, { recursive: true, force: true })
  fs.rmSync(testSettings().contentDir, { recursive: true, force: true })
  fs.rmSync(testSettings().editorDir, { recursive: true, force: true })
}
