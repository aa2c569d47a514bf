import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkageRequestInput } from "../../../lib/linkage/input"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import type { RequestSubject } from "./resolve-request-subject"

export type NewLinkageRequest = { customer_id: string; email: string; request: LinkageRequestInput; subject: RequestSubject }

/** Writes the request with its routes; undone (request and routes deleted) if a later step fails. */
export const createLinkageRequestStep = createStep(
  "create-linkage-request",
  async (input: NewLinkageRequest, { container }) => {
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const r = input.request
    const created = await service.createLinkageRequests({
      customer_id: input.customer_id,
      email: input.email,
      product_id: r.product_id,
      category_id: r.category_id,
      title: input.subject.title,
      quantity: r.quantity,
      unit: r.unit,
      wanted_on: r.wanted_on,
      province_code: r.province_code,
      ward_code: r.ward_code,
      ward_name: r.ward_name,
      street_address: r.street_address ?? null,
      contact_name: r.contact_name,
      phone: r.phone,
      company_name: r.company_name ?? null,
      budget_vnd: r.budget_vnd ?? null,
      invoice_needed: r.invoice_needed,
      note: r.note ?? null,
    })
    if (input.subject.routes.length) {
      await service.createLinkageRoutes(input.subject.routes.map((route) => ({ ...route, request_id: created.id })))
    }
    return new StepResponse({ id: created.id, cooperative_ids: input.subject.routes.map((r) => r.cooperative_id) }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const routes = await service.listLinkageRoutes({ request_id: id }, { select: ["id"] })
    if (routes.length) await service.deleteLinkageRoutes(routes.map((r) => r.id))
    await service.deleteLinkageRequests(id)
  }
)
