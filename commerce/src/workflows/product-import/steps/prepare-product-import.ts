/**
 * Reads everything the import is compared against — the cooperative, categories, the products
 * and SKUs that already exist, where stock lives — validates the whole file, pictures included
 * (through the photo pipeline), and plans each product. Writes nothing.
 */
import type { IFulfillmentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkImportPictures, type ImportPicture } from "../../../lib/product-import/pictures"
import { planImport, type ExistingProduct, type ImportPlan } from "../../../lib/product-import/plan"
import type { RawRow } from "../../../lib/product-import/read-spreadsheet"
import { validateImportRows } from "../../../lib/product-import/validate"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface PrepareProductImportInput {
  cooperative_handle: string
  rows: RawRow[]
  /** the pictures that came with the file, as uploaded */
  images: { name: string; key: string; content_base64: string }[]
  /** a dry run checks the pictures too but keeps none of the processed files */
  dry_run: boolean
}

export interface ImportTargets {
  cooperative_id: string
  sales_channel_id: string
  shipping_profile_id: string
  location_id: string
}

export interface PreparedImport {
  plan: ImportPlan
  targets: ImportTargets
  /** processed pictures to store, by file name; empty when nothing will be written */
  pictures: Record<string, ImportPicture>
}

const CHUNK = 500

export const prepareProductImportStep = createStep(
  "prepare-cooperative-product-import",
  async (input: PrepareProductImportInput, { container }): Promise<StepResponse<PreparedImport>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await cooperatives.listCooperatives({ handle: input.cooperative_handle }, { select: ["id"] })
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hợp tác xã “${input.cooperative_handle}”.`)

    const productService = container.resolve(Modules.PRODUCT)
    const categories = await productService.listProductCategories({}, { select: ["id", "handle", "name"], take: null })
    const validated = validateImportRows(input.rows, { categories, images: new Map(input.images.map((i) => [i.name, i.key])) })

    const targets = { cooperative_id: cooperative.id, ...(await findTargets(container)) }
    const handles = validated.products.map((p) => p.handle)
    const skus = validated.products.flatMap((p) => p.variants.map((v) => v.sku)).filter(Boolean)
    const existing: ExistingProduct[] = []
    for (let i = 0; i < handles.length; i += CHUNK) existing.push(...(await loadExisting(query, handles.slice(i, i + CHUNK), targets.location_id)))
    const skuOwners = new Map<string, string>()
    for (let i = 0; i < skus.length; i += CHUNK) {
      const { data } = await query.graph({ entity: "product_variant", fields: ["sku", "product.handle"], filters: { sku: skus.slice(i, i + CHUNK) } })
      for (const v of data as { sku: string | null; product?: { handle: string } | null }[]) if (v.sku && v.product) skuOwners.set(v.sku, v.product.handle)
    }
    const plan = planImport(validated.products, existing, skuOwners, cooperative.id)

    // Pictures the import will store (new products, products whose pictures changed) are processed
    // now, so that a picture the pipeline refuses is a row error like any other and nothing is written.
    const toStore = new Set(
      plan.products
        .filter((p) => p.action === "create" || (p.action === "update" && p.existing!.image_keys.join("|") !== p.product.image_keys.join("|")))
        .flatMap((p) => p.product.images)
    )
    const files = new Map(input.images.map((i) => [i.name, Buffer.from(i.content_base64, "base64")]))
    const checked = await checkImportPictures(validated.products, files, toStore)

    plan.issues.unshift(...validated.issues, ...checked.issues)
    plan.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    const keep = !input.dry_run && plan.issues.length === 0
    return new StepResponse({ plan, targets, pictures: keep ? Object.fromEntries(checked.pictures) : {} })
  }
)

type Query = { graph: (q: { entity: string; fields: string[]; filters?: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

async function loadExisting(query: Query, handles: string[], locationId: string): Promise<ExistingProduct[]> {
  // One Query per relation, merged by product id: on 20,000 products this is several times faster
  // than one graph over every relation at once (measured: ~0.7 s against ~1.9 s per 500 products).
  const parts = await Promise.all(
    [
      ["id", "handle", "title", "description", "thumbnail", "metadata", "variants.id", "variants.sku", "variants.title"],
      ["id", "images.url"],
      ["id", "categories.id"],
      ["id", "cooperative.id", "product_provenance.*"],
      ["id", "variants.id", "variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_rules.attribute", "variants.prices.min_quantity"],
      [
        "id",
        "variants.id",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
      ],
    ].map((fields) => query.graph({ entity: "product", fields, filters: { handle: handles } }).then((r) => r.data as any[]))
  )
  const [base, ...others] = parts
  const byId = others.map((rows) => new Map(rows.map((r) => [r.id, r])))
  const data = base.map((p) => {
    const [images, categories, links, prices, inventory] = byId.map((m) => m.get(p.id) ?? {})
    const variantPart = (rows: any, id: string) => (rows.variants ?? []).find((v: any) => v?.id === id) ?? {}
    return {
      ...p,
      images: images.images,
      categories: categories.categories,
      cooperative: links.cooperative,
      product_provenance: links.product_provenance,
      variants: (p.variants ?? []).filter(Boolean).map((v: any) => ({ ...v, ...variantPart(prices, v.id), ...variantPart(inventory, v.id) })),
    }
  })
  return data.map((p) => {
    const provenance = p.product_provenance
    const metadata = (p.metadata ?? {}) as Record<string, unknown>
    return {
      id: p.id,
      handle: p.handle,
      title: p.title,
      description: p.description ?? "",
      category_ids: (p.categories ?? []).filter(Boolean).map((c: { id: string }) => c.id),
      cooperative_id: p.cooperative?.id ?? null,
      provenance_id: provenance?.id ?? null,
      ocop:
        provenance?.ocop_stars != null
          ? {
              stars: provenance.ocop_stars,
              certificate_number: provenance.ocop_certificate_number,
              issuing_level: provenance.ocop_issuing_level,
              issued_on: new Date(provenance.ocop_issued_on).toISOString().slice(0, 10),
            }
          : null,
      image_keys: Array.isArray(metadata.import_images) ? (metadata.import_images as string[]) : [],
      thumbnail: p.thumbnail ?? null,
      image_urls: (p.images ?? []).filter(Boolean).map((i: { url: string }) => i.url),
      metadata,
      variants: (p.variants ?? []).filter(Boolean).map((v: any) => {
        // the shelf price, not a wholesale quantity tier (lib/quantity-tiers.ts)
        const price = (v.prices ?? []).find((x: any) => x?.currency_code === "vnd" && !(x.price_rules ?? []).length && !(Number(x.min_quantity) > 1))
        const item = (v.inventory_items ?? []).find(Boolean)
        const level = (item?.inventory?.location_levels ?? []).find((l: any) => l?.location_id === locationId)
        return {
          id: v.id,
          sku: v.sku ?? "",
          title: v.title,
          price: price ? Number(price.amount) : null,
          inventory_item_id: item?.inventory_item_id ?? null,
          // null = no stock level at the Union's stock location yet
          stock: level ? Number(level.stocked_quantity) : null,
        }
      }),
    } as ExistingProduct
  })
}

/** Where new products go, as the demo seed set them up: the store's default sales channel and stock location, the default shipping profile. */
async function findTargets(container: any): Promise<Omit<ImportTargets, "cooperative_id">> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const fulfillment: IFulfillmentModuleService = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!store?.default_sales_channel_id || !store?.default_location_id || !profile) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cửa hàng chưa có kênh bán, kho hoặc hồ sơ vận chuyển mặc định; hãy chạy dữ liệu khởi tạo trước khi nhập.")
  }
  return { sales_channel_id: store.default_sales_channel_id, shipping_profile_id: profile.id, location_id: store.default_location_id }
}
