import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { engineFor } from "../../../../lib/plan-indicators/answers"
import { reportFileName, tablesToXlsx, tableToCsv } from "../../../../lib/plan-indicators/export-files"
import { printableReport } from "../../../../lib/plan-indicators/printable-report"
import { describeArea } from "../../../../lib/plan-indicators/query"
import { allTables } from "../../../../lib/plan-indicators/report-tables"
import { database, planQueryOr400 } from "../../plan-indicators/helpers"

const TABLES = ["indicators", "classification", "marketplace", "definitions"] as const

/**
 * GET /admin/plan-reports/xlsx?from&to[&former_district|&ward_code] — every table in one workbook;
 * GET /admin/plan-reports/csv?table=indicators|classification|marketplace|definitions&… — one table;
 * GET /admin/plan-reports/html?… — the Union's printable report (print to PDF from the browser).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const format = req.params.format
  if (format !== "xlsx" && format !== "csv" && format !== "html") {
    res.status(404).json({ type: "not_found", message: "Định dạng báo cáo phải là xlsx, csv hoặc html." })
    return
  }
  const query = planQueryOr400(req, res, format === "csv" ? { table: TABLES } : {})
  if (!query) return
  const { period, area } = query
  const engine = await engineFor(database(req), period, area)
  const areaLabel = area.ward_code || area.former_district ? describeArea(area).label : null
  if (format === "html") {
    res.setHeader("content-type", "text/html; charset=utf-8")
    res.send(printableReport(engine, period, area))
    return
  }
  const tables = allTables(engine, period, area)
  if (format === "xlsx") {
    const file = await tablesToXlsx(tables)
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", `attachment; filename="${reportFileName("bao-cao-de-an-01", period.from, period.to, areaLabel, "xlsx")}"`)
    res.send(file)
    return
  }
  const table = tables.find((t) => t.key === (query.flags.table ?? "indicators"))!
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${reportFileName(table.key === "indicators" ? "chi-tieu-de-an-01" : table.key === "classification" ? "phan-loai-htx-tht" : table.key === "marketplace" ? "ket-noi-thi-truong" : "dinh-nghia-chi-tieu", period.from, period.to, areaLabel, "csv")}"`)
  res.send(tableToCsv(table))
}
