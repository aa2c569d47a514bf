import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toProvenanceRecord } from "../../../../lib/provenance-input"
import { updateCooperativeProductWorkflow } from "../../../../workflows/cooperative-portal/update-cooperative-product"
import { portalActor } from "../../../utils/portal-actor"
import { ownProduct, refuseOtherCooperative, storeDefaults, toPortalProduct } from "../../helpers"
import { parseBody, PortalUpdateProduct } from "../../validators"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ENGLISH_LOCALE, englishTextsOf, englishTranslationChange, type ExistingTranslation } from "../../../../lib/product-english"
import { quantityTiers, type QuantityTier } from "../../../../lib/quantity-tiers"

/** The product's English translation record, if any (Translation Module). */
async function englishOf(scope: MedusaContainer, productId: string): Promise<ExistingTranslation | null> {
  const [translation] = await scope.resolve(Modules.TRANSLATION).listTranslations({ reference_id: productId, locale_code: ENGLISH_LOCALE }, { select: ["id", "translations"] })
  return translation ? { id: translation.id, translations: translation.translations as Record<string, unknown> } : null
}

/** GET /cooperative-portal/products/:id — 404 unless the product is the signed-in cooperative's; with its English title and description. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await ownProduct(req.scope, portalActor(req), req.params.id)
  res.json({ product: { ...toPortalProduct(product), english: englishTextsOf(await englishOf(req.scope, product.id)) } })
}

/**
 * POST /cooperative-portal/products/:id — edit text (and its optional English), publish/unpublish, VND prices,
 * stock, OCOP and origin. The maker cooperative cannot be changed here.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const product = await ownProduct(req.scope, actor, req.params.id)
  refuseOtherCooperative(req.body, actor)
  const { cooperative_id: _same, ...rest } = (req.body ?? {}) as Record<string, unknown>
  const body = parseBody(PortalUpdateProduct, rest)
  const { locationId } = await storeDefaults(req.scope)

  const prices: { id: string; amount: number; tiers: QuantityTier[] }[] = []
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const v of body.variants ?? []) {
    const variant = (product.variants ?? []).find((x: any) => x?.id === v.id)
    if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sản phẩm không có loại ${v.id}`)
    if (v.price !== undefined) prices.push({ id: v.id, amount: v.price, tiers: quantityTiers(variant.prices) })
    if (v.stock !== undefined) {
      for (const ii of (variant.inventory_items ?? []).filter(Boolean)) {
        levels.push({ inventory_item_id: ii.inventory_item_id, location_id: locationId, stocked_quantity: v.stock })
      }
    }
  }
  const update = Object.fromEntries(
    (["title", "subtitle", "description", "status"] as const).filter((k) => body[k] !== undefined).map((k) => [k, body[k]])
  )
  await updateCooperativeProductWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      update,
      prices,
      levels,
      provenance: body.provenance
        ? { provenance_id: product.product_provenance?.id ?? null, record: toProvenanceRecord(body.provenance) }
        : undefined,
      english: body.english ? englishTranslationChange(product.id, await englishOf(req.scope, product.id), body.english) : undefined,
    },
  })
  res.json({ product: { ...toPortalProduct(await ownProduct(req.scope, actor, product.id)), english: englishTextsOf(await englishOf(req.scope, product.id)) } })
}
