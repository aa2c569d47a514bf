/**
 * The editor's browser app: Keystatic with our collections and pickers, mounted on the page
 * /keystatic/… (site/pages/keystatic/[...params].ts) — bundled apart from the storefront
 * (site/editor/bundle.ts) and served only to signed-in Union staff. The bar above it links the
 * entry being edited to its staff preview, where it is published.
 */
import type { Config } from "@keystatic/core"
import { Keystatic } from "@keystatic/core/ui"
import { createRoot } from "react-dom/client"
import { editorConfig } from "./config"
import { pickers } from "./pickers"

const config = editorConfig(pickers)

/** "/keystatic/collection/stories/item/x" → "/bien-tap/xem-truoc/stories/x" */
function previewFor(pathname: string): string | null {
  const m = /^\/keystatic\/collection\/([a-z-]+)\/item\/([a-z0-9-]+)\/?$/.exec(pathname)
  return m ? `/bien-tap/xem-truoc/${m[1]}/${m[2]}` : null
}

function updateBar() {
  const link = document.getElementById("editor-preview") as HTMLAnchorElement | null
  if (!link) return
  const href = previewFor(location.pathname)
  link.hidden = !href
  if (href) link.href = href
}

// Keystatic moves between pages with history.pushState, which fires no event.
for (const method of ["pushState", "replaceState"] as const) {
  const original = history[method].bind(history)
  history[method] = (...args: Parameters<History["pushState"]>) => {
    original(...args)
    updateBar()
  }
}
addEventListener("popstate", updateBar)
updateBar()

createRoot(document.getElementById("keystatic")!).render(<Keystatic config={config as unknown as Config} />)
