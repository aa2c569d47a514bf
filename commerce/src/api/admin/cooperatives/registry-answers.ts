/**
 * How the registry routes answer: a cooperative as the Union's list and record show it, and
 * validation problems as per-field Vietnamese messages.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { getProvince } from "../../../lib/administrative-units"
import { fieldErrors } from "../../../lib/cooperative-input"
import { KIND_LABELS, MARKETPLACE_STATUS_LABELS, REGISTRY_STATUS_LABELS } from "../../../lib/registry/labels"
import { deriveWomenInManagement } from "../../../lib/women-in-management"

type Seat = { role: string; holder_name: string; holder_gender: "female" | "male"; ended_on?: unknown }
export type RegistryRow = Record<string, any> & {
  id: string
  kind: string
  status: string
  registry_status: string
  province_code: string
  workers_total: number
  workers_women: number
  management_roles?: (Seat | null)[] | null
}

/** The seats held today (a seat whose term ended is history). */
export const currentSeats = (row: RegistryRow) =>
  (row.management_roles ?? []).filter((s): s is Seat => !!s && !s.ended_on) as (Seat & { role: any })[]

export function registryListItem(row: RegistryRow) {
  const classes = deriveWomenInManagement({ ...row, management_roles: currentSeats(row) })
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    kind: row.kind,
    kind_label: KIND_LABELS[row.kind] ?? row.kind,
    status: row.status,
    status_label: MARKETPLACE_STATUS_LABELS[row.status] ?? row.status,
    selling: row.status === "active",
    registry_status: row.registry_status,
    registry_status_label: REGISTRY_STATUS_LABELS[row.registry_status] ?? row.registry_status,
    registration_number: row.registration_number ?? null,
    province_code: row.province_code,
    province_name: getProvince(row.province_code)?.name ?? null,
    ward_code: row.ward_code,
    ward_name: row.ward_name,
    former_district: row.former_district,
    members_total: row.members_total,
    members_women: row.members_women,
    workers_total: row.workers_total,
    workers_women: row.workers_women,
    women_stable_jobs: row.women_stable_jobs,
    figures_as_of: row.figures_as_of ?? null,
    is_demo: row.is_demo,
    ...classes,
  }
}

/** 400 with every problem by field: `{ message, errors: [{ field, message }] }`. */
export function answerInvalid(res: MedusaResponse, errors: { field: string; message: string }[]) {
  res.status(400).json({
    type: "invalid_data",
    message: `Dữ liệu chưa hợp lệ, chưa có gì được ghi: ${errors.map((e) => e.message).join("; ")}`,
    errors,
  })
}

export function answerZod(res: MedusaResponse, error: z.ZodError) {
  answerInvalid(res, fieldErrors(error))
}

/**
 * A workflow's refusal "field: message" (e.g. a registration number already taken, checked
 * against the database inside the workflow) → the same per-field answer; anything else is rethrown.
 */
export function answerWorkflowRefusal(res: MedusaResponse, e: unknown): void {
  const error = e as { type?: string; message?: string }
  if (error?.type === MedusaError.Types.INVALID_DATA && typeof error.message === "string") {
    const m = /^([a-z_.]+): (.*)$/s.exec(error.message)
    answerInvalid(res, [{ field: m ? m[1] : "(bản ghi)", message: m ? m[2] : error.message }])
    return
  }
  throw e
}
