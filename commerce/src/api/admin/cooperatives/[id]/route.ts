import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registryUpdateSchema } from "../../../../lib/cooperative-input"
import { STABLE_JOB_DEFINITION } from "../../../../lib/registry/figures"
import { describeValue, REGISTRY_FIELD_LABELS } from "../../../../lib/registry/history"
import { SEAT_LABELS } from "../../../../lib/registry/labels"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { updateCooperativeRegistryWorkflow } from "../../../../workflows/registry"
import { adminActor } from "../../../utils/admin-actor"
import { answerInvalid, answerWorkflowRefusal, answerZod, registryListItem, type RegistryRow } from "../registry-answers"

/**
 * GET /admin/cooperatives/:id — the whole registry record: fields, today's and past management
 * seats, figure records (newest first), registry status changes and the change history.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [row] = await service.listCooperatives({ id: req.params.id }, { relations: ["management_roles"] })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hợp tác xã này trong sổ theo dõi")
  const [figures, statusChanges, changes] = await Promise.all([
    service.listCooperativeFigureRecords({ cooperative_id: row.id }, { order: { as_of: "DESC" }, take: 120 }),
    service.listCooperativeStatusChanges({ cooperative_id: row.id }, { order: { effective_on: "DESC", created_at: "DESC" } }),
    service.listCooperativeChanges({ cooperative_id: row.id }, { order: { created_at: "DESC" }, take: 200 }),
  ])
  const seats = (row.management_roles ?? []).map((s) => ({
    id: s.id,
    role: s.role,
    role_label: SEAT_LABELS[s.role] ?? s.role,
    holder_name: s.holder_name,
    holder_gender: s.holder_gender,
    started_on: s.started_on,
    ended_on: s.ended_on,
    current: !s.ended_on,
  }))
  res.json({
    cooperative: {
      ...registryListItem(row as unknown as RegistryRow),
      street_address: row.street_address,
      founded_on: row.founded_on,
      contact_name: row.contact_name,
      phone: row.phone,
      zalo_phone: row.zalo_phone,
      facebook_url: row.facebook_url,
      email: row.email,
      description: row.description,
      logo_url: row.logo_url,
      women_avg_monthly_income_vnd: row.women_avg_monthly_income_vnd,
      management_seats: seats,
      figure_records: figures,
      status_changes: statusChanges,
      history: changes.map((c) => ({
        id: c.id,
        at: c.created_at,
        actor_name: c.actor_name,
        field: c.field,
        field_label: (REGISTRY_FIELD_LABELS as Record<string, string>)[c.field] ?? c.field,
        old_value: c.old_value,
        new_value: c.new_value,
        old_text: describeValue(c.field, c.old_value),
        new_text: describeValue(c.field, c.new_value),
        reason: c.reason,
      })),
    },
    stable_job_definition: STABLE_JOB_DEFINITION,
  })
}

/**
 * POST /admin/cooperatives/:id — edit the registry record (the whole form). Counts that change
 * become a figure record dated `figures_as_of` (default today). 400 with every problem by field;
 * nothing is written then.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.body as Record<string, unknown> | undefined
  if (!body || typeof body !== "object" || Array.isArray(body)) return answerInvalid(res, [{ field: "(bản ghi)", message: "Cần một đối tượng JSON" }])
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [existing] = await service.listCooperatives({ id: req.params.id }, { select: ["id", "province_code"] })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hợp tác xã này trong sổ theo dõi")
  const { reason, ...fields } = body
  const parsed = registryUpdateSchema.safeParse({ province_code: existing.province_code, ...fields })
  if (!parsed.success) return answerZod(res, parsed.error)
  try {
    const { result } = await updateCooperativeRegistryWorkflow(req.scope).run({
      input: {
        id: existing.id,
        changes: parsed.data as never,
        actor: await adminActor(req),
        reason: typeof reason === "string" && reason.trim() ? reason.trim().slice(0, 1000) : null,
      },
    })
    res.json(result)
  } catch (e) {
    answerWorkflowRefusal(res, e)
  }
}
