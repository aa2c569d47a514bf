import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Serves files stored by the local file provider from MEDUSA_UPLOAD_DIR at /static/<name>.
 * Medusa itself only serves <cwd>/static; our uploads live in the data folder instead, so a
 * rebuild keeps them and two stacks on one machine (npm start, the tests) never share them.
 */
export function serveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const dir = process.env.MEDUSA_UPLOAD_DIR
  if (!dir) return next()
  let name: string
  try {
    name = path.basename(decodeURIComponent(req.path))
  } catch {
    return next()
  }
  if (!name || name.startsWith(".")) return next()
  // Express's MIME table predates AVIF (it would say application/octet-stream); send() keeps a type set here.
  if (/\.avif$/i.test(name)) res.setHeader("content-type", "image/avif")
  res.setHeader("x-content-type-options", "nosniff")
  res.sendFile(path.join(path.resolve(dir), name), { maxAge: "30d", immutable: true }, (err) => {
    if (err && !res.headersSent) next()
  })
}
