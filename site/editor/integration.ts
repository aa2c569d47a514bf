/**
 * Builds the editor's browser app (site/editor/app.tsx: Keystatic, ~3 MB) with esbuild into the
 * storefront build's `editor-ui/` folder, apart from the storefront's own assets:
 * - no storefront page references it, so buyers' pages never load it;
 * - it is served only behind the editor sign-in (site/pages/bien-tap/ung-dung/[...file].ts), with
 *   the editor's own Content-Security-Policy (Keystatic injects its styles at run time, which the
 *   storefront's hashed policy forbids);
 * - the bundle is cached by a hash of its inputs, so a publish rebuild reuses it in a second.
 * The server learns where it is through the `__EDITOR_UI_DIR__` constant.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { fileURLToPath } from "node:url"
import type { AstroIntegration } from "astro"
import { build } from "esbuild"
import { keystaticPatches, singleReactAria } from "./keystatic-patches"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const INPUTS = ["site/editor", "site/lib/content-schemas.ts", "site/lib/editor/entries.ts", "site/lib/text.ts", "commerce/src/lib/vietnamese-text.ts", "package-lock.json"]

export interface EditorUiManifest {
  script: string
}

function inputsHash(): string {
  const hash = crypto.createHash("sha256")
  const visit = (p: string) => {
    const stat = fs.statSync(p)
    if (stat.isDirectory()) for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e))
    else hash.update(p).update(fs.readFileSync(p))
  }
  for (const p of INPUTS) visit(path.join(root, p))
  return hash.digest("hex").slice(0, 16)
}

export async function bundleEditorUi(outDir: string, cacheDir: string): Promise<void> {
  const cached = path.join(cacheDir, "editor-ui", inputsHash())
  if (!fs.existsSync(path.join(cached, "manifest.json"))) {
    const tmp = `${cached}.tmp-${process.pid}`
    fs.rmSync(tmp, { recursive: true, force: true })
    const result = await build({
      absWorkingDir: root,
      entryPoints: { app: "site/editor/app.tsx" },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      entryNames: "[name]-[hash]",
      chunkNames: "chunk-[hash]",
      outdir: tmp,
      metafile: true,
      logLevel: "error",
      plugins: [keystaticPatches(), singleReactAria(path.join(root, "node_modules", "@keystatic", "core"))],
    })
    const script = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === "site/editor/app.tsx")?.[0]
    if (!script) throw new Error("editor bundle: no entry output")
    // Keystatic asks for the Inter font from Google; the editor uses the system's fonts (keystatic-patches.ts)
    fs.writeFileSync(path.join(tmp, "fonts.css"), "/* the editor uses the system's fonts */\n")
    for (const file of fs.readdirSync(tmp)) {
      if (/\.(js|css)$/.test(file)) fs.writeFileSync(path.join(tmp, `${file}.gz`), zlib.gzipSync(fs.readFileSync(path.join(tmp, file)), { level: 9 }))
    }
    const manifest: EditorUiManifest = { script: path.basename(script) }
    fs.writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify(manifest))
    fs.rmSync(cached, { recursive: true, force: true })
    fs.renameSync(tmp, cached)
  }
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.cpSync(cached, outDir, { recursive: true })
}

export function editorUi(): AstroIntegration {
  let uiDir = ""
  let cacheDir = ""
  return {
    name: "cho-htx:editor-ui",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        uiDir = command === "build" ? fileURLToPath(new URL("editor-ui/", config.outDir)) : path.join(cacheDir, "editor-ui-dev")
        updateConfig({ vite: { define: { __EDITOR_UI_DIR__: JSON.stringify(uiDir) } } })
      },
      "astro:server:setup": async () => {
        // `astro dev` serves the editor too; Vitest's Astro config does not need it
        if (!process.env.VITEST) await bundleEditorUi(uiDir, cacheDir)
      },
      "astro:build:done": async ({ logger }) => {
        const t = performance.now()
        await bundleEditorUi(uiDir, cacheDir)
        logger.info(`editor app ready in ${Math.round(performance.now() - t)} ms`)
      },
    },
  }
}
