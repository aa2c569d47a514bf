import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryTemplateCsv } from "../../../../lib/registry/import"

/** GET /admin/cooperative-imports/template — the registry list template (CSV UTF-8, one example row). */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="mau-danh-sach-hop-tac-xa.csv"')
  res.send(registryTemplateCsv())
}
