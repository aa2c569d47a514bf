/**
 * Products are created by Medusa's own createProductsWorkflow (Admin, import, seed alike);
 * this hook attaches what is ours: the maker cooperative and the provenance record, passed
 * as `additional_data: { cooperative_id, provenance }`. If either is invalid the hook throws
 * and the whole product creation is rolled back.
 */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { describeIssues } from "../../lib/cooperative-input"
import { provenanceInputSchema, toProvenanceRecord } from "../../lib/provenance-input"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PROVENANCE_MODULE } from "../../modules/provenance"
import type ProvenanceModuleService from "../../modules/provenance/service"

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const cooperativeId = additional_data?.cooperative_id
    const provenanceRaw = additional_data?.provenance
    if (cooperativeId === undefined && provenanceRaw === undefined) return new StepResponse(undefined, undefined)

    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links: Record<string, Record<string, string>>[] = []
    let cooperativeActive = true

    if (cooperativeId !== undefined) {
      if (typeof cooperativeId !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "cooperative_id phải là chuỗi")
      const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const [cooperative] = await cooperatives.listCooperatives({ id: cooperativeId }, { select: ["id", "status"] })
      if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hợp tác xã ${cooperativeId}`)
      cooperativeActive = cooperative.status === "active"
      for (const p of products) {
        links.push({ [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId }, [Modules.PRODUCT]: { product_id: p.id } })
      }
    }

    let provenanceIds: string[] = []
    if (provenanceRaw !== undefined) {
      const parsed = provenanceInputSchema.safeParse(provenanceRaw)
      if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(parsed.error, "provenance."))
      const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
      const created = await provenance.createProductProvenances(products.map(() => toProvenanceRecord(parsed.data)))
      provenanceIds = created.map((c) => c.id)
      products.forEach((p, i) =>
        links.push({ [Modules.PRODUCT]: { product_id: p.id }, [PROVENANCE_MODULE]: { product_provenance_id: created[i].id } })
      )
    }
    await link.create(links)

    // A pending or suspended cooperative's new product stays out of the storefront.
    if (!cooperativeActive) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "sales_channels.id"],
        filters: { id: products.map((p) => p.id) },
      })
      const dismiss = data.flatMap((p) =>
        ((p.sales_channels ?? []) as ({ id: string } | null)[]).filter(Boolean).map((sc) => ({
          [Modules.PRODUCT]: { product_id: p.id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: sc!.id },
        }))
      )
      if (dismiss.length) await link.dismiss(dismiss)
    }
    return new StepResponse(undefined, { links, provenanceIds })
  },
  async (created, { container }) => {
    if (!created) return
    if (created.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    if (created.provenanceIds.length) {
      const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
      await provenance.deleteProductProvenances(created.provenanceIds)
    }
  }
)
