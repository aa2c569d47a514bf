import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cooperativeInputSchema } from "../../../lib/cooperative-input"
import { slugify } from "../../../lib/product-import/text"
import { createCooperativesWorkflow } from "../../../workflows/cooperative/create-cooperatives"
import { adminActor } from "../../utils/admin-actor"
import { answerInvalid, answerWorkflowRefusal, answerZod, registryListItem, type RegistryRow } from "./registry-answers"
import { AdminListCooperativesParams } from "./validators"

const LIST_FIELDS = ["*", "management_roles.role", "management_roles.holder_gender", "management_roles.ended_on"]

/**
 * GET /admin/cooperatives — the province's registry (Union staff): every cooperative whether or
 * not it sells here, searched by name or registration number, filtered by kind, statuses, area and
 * the women-in-management classes (derived from today's seats), with the count for the filter.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = AdminListCooperativesParams.safeParse(req.query)
  if (!parsed.success) return answerZod(res, parsed.error)
  const p = parsed.data
  const filters: Record<string, unknown> = {}
  if (p.kind) filters.kind = p.kind
  if (p.status) filters.status = p.status
  if (p.selling !== undefined) filters.status = p.selling ? "active" : { $ne: "active" }
  if (p.registry_status) filters.registry_status = p.registry_status
  if (p.ward_code) filters.ward_code = p.ward_code
  if (p.former_district) filters.former_district = p.former_district
  if (p.q) {
    const like = `%${p.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ name: { $ilike: like } }, { registration_number: { $ilike: like } }, { handle: { $ilike: like } }]
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: LIST_FIELDS, filters })
  const items = (data as RegistryRow[])
    .map(registryListItem)
    .filter(
      (c) =>
        (p.women_in_management === undefined || c.women_in_management === p.women_in_management) &&
        (p.woman_led === undefined || c.woman_led === p.woman_led) &&
        (p.women_majority_workforce === undefined || c.women_majority_workforce === p.women_majority_workforce)
    )
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.json({
    cooperatives: items.slice(p.offset, p.offset + p.limit),
    count: items.length,
    offset: p.offset,
    limit: p.limit,
  })
}

/**
 * POST /admin/cooperatives — a new registry record (JSON). The marketplace state defaults to
 * "unlisted": a cooperative sells only once the Union activates it. Answers 400 with every
 * problem by field, and writes nothing then.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = (req.body ?? {}) as Record<string, unknown>
  if (typeof body !== "object" || Array.isArray(body)) return answerInvalid(res, [{ field: "(bản ghi)", message: "Cần một đối tượng JSON" }])
  const input = {
    status: "unlisted",
    ...body,
    handle: typeof body.handle === "string" && body.handle.trim() ? body.handle : slugify(String(body.name ?? "")),
    is_demo: false,
  }
  const parsed = cooperativeInputSchema.safeParse(input)
  if (!parsed.success) return answerZod(res, parsed.error)
  try {
    const { result } = await createCooperativesWorkflow(req.scope).run({
      input: { cooperatives: [input as never], actor: await adminActor(req) },
    })
    res.status(201).json({ cooperative: { id: result[0].id, handle: result[0].handle, name: result[0].name } })
  } catch (e) {
    const error = e as { type?: string; message?: string }
    if (error?.type === "duplicate_error") return answerInvalid(res, [{ field: "handle", message: error.message ?? "Mã đường dẫn đã được dùng" }])
    answerWorkflowRefusal(res, e)
  }
}
