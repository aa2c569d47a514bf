import { model } from "@medusajs/framework/utils"
import { LINKAGE_REQUEST_STATUSES, LINKAGE_UNITS } from "../../../lib/linkage/units"
import { LinkageQuote } from "./linkage-quote"
import { LinkageRoute } from "./linkage-route"

/**
 * What a business buyer (a hotel, a shop, a school kitchen…) needs: one product or one category, a
 * quantity in a trade unit, a wanted date and a delivery ward under the two-level units in force
 * since 1 July 2025. It is routed to cooperatives (`routes`), which answer with `quotes`; the buyer
 * accepts one, which becomes a Medusa order (`order_id`). Dates are calendar days in Vietnam,
 * "YYYY-MM-DD".
 */
export const LinkageRequest = model
  .define("linkage_request", {
    id: model.id({ prefix: "lreq" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text().nullable(),
    category_id: model.text().nullable(),
    /** what was asked for, as the buyer saw it (the product's or category's name then) */
    title: model.text(),
    quantity: model.number(),
    unit: model.enum([...LINKAGE_UNITS]),
    wanted_on: model.text(),
    province_code: model.text(),
    ward_code: model.text(),
    ward_name: model.text(),
    street_address: model.text().nullable(),
    contact_name: model.text(),
    phone: model.text(),
    email: model.text(),
    company_name: model.text().nullable(),
    budget_vnd: model.number().nullable(),
    invoice_needed: model.boolean().default(false),
    note: model.text().nullable(),
    status: model.enum([...LINKAGE_REQUEST_STATUSES]).default("open"),
    accepted_quote_id: model.text().nullable(),
    order_id: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    routes: model.hasMany(() => LinkageRoute, { mappedBy: "request" }),
    quotes: model.hasMany(() => LinkageQuote, { mappedBy: "request" }),
  })
  .indexes([{ on: ["customer_id"], where: "deleted_at IS NULL" }, { on: ["status"], where: "deleted_at IS NULL" }])
  .cascades({ delete: ["routes", "quotes"] })
