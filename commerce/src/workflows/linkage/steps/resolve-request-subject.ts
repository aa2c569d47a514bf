import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldRefusal } from "../../../lib/linkage/errors"
import type { LinkageRouteReason } from "../../../lib/linkage/units"

/** How many cooperatives a category request reaches at most; the Union can route it to more. */
export const MAX_AUTOMATIC_ROUTES = 10

export type RequestSubject = { title: string; routes: { cooperative_id: string; reason: LinkageRouteReason }[] }

type ProductRow = { id: string; title: string; status: string; cooperative?: { id: string; status: string; province_code?: string } | null }

/**
 * What a request asks for and who can serve it, read without writing anything: a product (published,
 * made by a cooperative that sells here) reaches its maker; a category reaches the cooperatives
 * selling published products in it, those in the delivery province first. Unknown or unsold products
 * and unknown categories are refused by field.
 */
export const resolveRequestSubjectStep = createStep(
  "resolve-linkage-request-subject",
  async (input: { product_id: string | null; category_id: string | null; province_code: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.product_id) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "title", "status", "cooperative.id", "cooperative.status"],
        filters: { id: input.product_id },
      })
      const product = data[0] as ProductRow | undefined
      if (!product || product.status !== "published" || !product.cooperative || product.cooperative.status !== "active") {
        throw fieldRefusal("product_id", "product_unknown")
      }
      return new StepResponse<RequestSubject>({ title: product.title, routes: [{ cooperative_id: product.cooperative.id, reason: "maker" }] })
    }
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "name", "is_active", "products.id", "products.status", "products.cooperative.id", "products.cooperative.status", "products.cooperative.province_code"],
      filters: { id: input.category_id! },
    })
    const category = data[0] as { id: string; name: string; is_active?: boolean; products?: (ProductRow | null)[] } | undefined
    if (!category || category.is_active === false) throw fieldRefusal("category_id", "category_unknown")
    const sellers = new Map<string, { id: string; local: boolean }>()
    for (const p of category.products ?? []) {
      const c = p?.status === "published" ? p.cooperative : null
      if (c && c.status === "active") sellers.set(c.id, { id: c.id, local: c.province_code === input.province_code })
    }
    const routes = [...sellers.values()]
      .sort((a, b) => Number(b.local) - Number(a.local) || a.id.localeCompare(b.id))
      .slice(0, MAX_AUTOMATIC_ROUTES)
      .map((c) => ({ cooperative_id: c.id, reason: "category" as const }))
    return new StepResponse<RequestSubject>({ title: category.name, routes })
  }
)
