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
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo
    stackControl: StackControl
  }
}

let stack: Stack | undefined
let closeControl: (() => Promise<void>) | undefined

export async function setup(project: TestProject) {
  const t = performance.now()
  const settings = testSettings()
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
}
