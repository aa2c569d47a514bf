import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

const PROFILE_FIELDS = ["phone", "zalo_phone", "email", "facebook_url", "street_address", "description", "logo_url"] as const
export type ProfileChange = Partial<Record<(typeof PROFILE_FIELDS)[number], string | null>>

/** Contact, description and logo only; the registry fields are never in `change`. */
export const updateCooperativeProfileStep = createStep(
  "update-cooperative-profile",
  async (input: { id: string; change: ProfileChange }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.retrieveCooperative(input.id, { select: ["id", ...PROFILE_FIELDS] })
    const change = Object.fromEntries(Object.entries(input.change).filter(([k]) => (PROFILE_FIELDS as readonly string[]).includes(k)))
    const after = await service.updateCooperatives({ id: input.id, ...change })
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperatives(before as any)
  }
)
