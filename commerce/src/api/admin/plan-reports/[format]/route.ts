import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withEngine } from "../../../../lib/plan-indicators/answers"
import { reportFileName, tablesToXlsx, tableToCsv } from "../../../../lib/plan-indicators/export-files"
import { printableReport } from "../../../../lib/plan-indicators/printable-report"
import { describeArea } from "../../../../lib/plan-indicators/query"
import { allTables } from "../../../../lib/plan-indicators/report-tables"
import { database, planQueryOr400, sendServerTiming } from "../../plan-indicators/helpers"

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
  const areaLabel = area.ward_code || area.former_district ? describeArea(area).label : null
  if (format === "html") {
    const { answer, timing } = await withEngine(database(req), period, area, (engine) => printableReport(engine, period, area))
    sendServerTiming(res, timing)
    res.setHeader("content-type", "text/html; charset=utf-8")
    res.send(answer)
    return
  }
  if (format === "xlsx") {
    const { answer, timing } = await withEngine(database(req), period, area, (engine) => tablesToXlsx(allTables(engine, period, area)))
    sendServerTiming(res, timing)
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", `attachment; filename="${reportFileName("bao-cao-de-an-01", period.from, period.to, areaLabel, "xlsx")}"`)
    res.send(answer)
    return
  }
  const key = query.flags.table ?? "indicators"
  const { answer: table, timing } = await withEngine(database(req), period, area, (engine) => allTables(engine, period, area).find((t) => t.key === key)!)
  sendServerTiming(res, timing)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${reportFileName(table.key === "indicators" ? "chi-tieu-de-an-01" : table.key === "classification" ? "phan-loai-htx-tht" : table.key === "marketplace" ? "ket-noi-thi-truong" : "dinh-nghia-chi-tieu", period.from, period.to, areaLabel, "csv")}"`)
  res.send(tableToCsv(table))
}
