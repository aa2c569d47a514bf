import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const FIGURE_SOURCES = ["registry", "import", "portal", "demo"] as const

/**
 * A cooperative's counts as of a date, entered by someone (a data value in DHIS2's terms).
 * An indicator for a period uses each cooperative's latest record on or before the period's
 * end; no record means the cooperative's figures are missing for that period, never zero.
 * "Stable job": see `STABLE_JOB_DEFINITION` in `lib/registry/figures.ts`.
 */
export const CooperativeFigureRecord = model
  .define("cooperative_figure_record", {
    id: model.id({ prefix: "cfig" }).primaryKey(),
    as_of: model.dateTime(),
    members_total: model.number(),
    members_women: model.number(),
    workers_total: model.number(),
    workers_women: model.number(),
    women_stable_jobs: model.number(),
    women_avg_monthly_income_vnd: model.number().nullable(),
    source: model.enum([...FIGURE_SOURCES]),
    entered_by_id: model.text().nullable(),
    entered_by_name: model.text(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "figure_records" }),
  })
  .indexes([{ on: ["cooperative_id", "as_of"], unique: true, where: "deleted_at IS NULL" }])
