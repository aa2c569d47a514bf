import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { templateCsv, templateXlsx } from "../../../../../lib/product-import/template"

/** GET /admin/product-imports/template/csv | xlsx — the import template with two example products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const format = req.params.format
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", 'attachment; filename="mau-nhap-san-pham.csv"')
    res.send(templateCsv())
    return
  }
  if (format === "xlsx") {
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", 'attachment; filename="mau-nhap-san-pham.xlsx"')
    res.send(await templateXlsx())
    return
  }
  res.status(404).json({ type: "not_found", message: "Chỉ có mẫu csv hoặc xlsx." })
}
