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
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

let stack: Stack | undefined

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
  })
}

export async function teardown() {
  await stack?.stop()
  fs.rmSync(testSettings().uploadDir, { recursive: true, force: true })
  fs.rmSync(testSettings().storefrontBuildDir, { recursive: true, force: true })
}
