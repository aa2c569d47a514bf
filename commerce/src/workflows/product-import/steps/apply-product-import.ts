/**
 * Writes a planned import, chunk by chunk (products, variants, VND prices, stock at the Union's
 * stock location, cooperative link, OCOP provenance, pictures), through Medusa's own product
 * and inventory workflows. All or nothing: if any chunk fails, the compensation deletes the
 * products created so far and puts updated products back as they were.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  deleteProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { productImagesOf, type ImportPicture } from "../../../lib/product-import/pictures"
import type { ExistingProduct, PlannedProduct } from "../../../lib/product-import/plan"
import { reportImportProgress } from "../../../lib/product-import/progress"
import type { ImportOcop } from "../../../lib/product-import/validate"
import { ocopExpiry } from "../../../lib/ocop"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { ImportTargets } from "./prepare-product-import"
import { deleteImportImages, storeImportPicture } from "./upload-import-images"

export interface ApplyProductImportInput {
  products: PlannedProduct[]
  targets: ImportTargets
  /** the pictures to store, processed (AVIF/WebP, upright, no metadata), by file name */
  pictures: Record<string, ImportPicture>
  /** new products are drafts unless the Union chooses to publish them straight away */
  publish: boolean
  progress_id?: string
}

interface Applied {
  created_ids: string[]
  updated: ExistingProduct[]
  provenance_ids: string[]
  file_ids: string[]
  location_id: string
}

export const IMPORT_CHUNK_SIZE = 100

export const applyProductImportStep = createStep(
  "apply-cooperative-product-import",
  async (input: ApplyProductImportInput, { container }) => {
    const applied: Applied = { created_ids: [], updated: [], provenance_ids: [], file_ids: [], location_id: input.targets.location_id }
    const work = input.products.filter((p) => p.action !== "unchanged")
    const imagesByName = new Map(Object.entries(input.pictures))
    let done = 0
    try {
      reportImportProgress(input.progress_id, 0, work.length)
      const creates = work.filter((p) => p.action === "create")
      for (let i = 0; i < creates.length; i += IMPORT_CHUNK_SIZE) {
        const chunk = creates.slice(i, i + IMPORT_CHUNK_SIZE)
        await createChunk(container, chunk, input, imagesByName, applied)
        done += chunk.length
        reportImportProgress(input.progress_id, done, work.length)
      }
      for (const p of work.filter((p) => p.action === "update")) {
        await updateOne(container, p, input, imagesByName, applied)
        done++
        if (done % 20 === 0 || done === work.length) reportImportProgress(input.progress_id, done, work.length)
      }
    } catch (e) {
      await undo(container, applied)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Ghi sản phẩm thất bại sau ${done}/${work.length} sản phẩm; mọi thay đổi của lần nhập này đã được hoàn tác. Nguyên nhân: ${(e as Error).message}`
      )
    }
    return new StepResponse({ created_ids: applied.created_ids, updated_ids: applied.updated.map((u) => u.id) }, applied)
  },
  async (applied, { container }) => {
    if (applied) await undo(container, applied)
  }
)

function provenanceRecord(ocop: ImportOcop | null) {
  const issued = ocop ? new Date(`${ocop.issued_on}T00:00:00.000Z`) : null
  return {
    ocop_stars: ocop?.stars ?? null,
    ocop_certificate_number: ocop?.certificate_number ?? null,
    ocop_issuing_level: ocop?.issuing_level ?? null,
    ocop_issued_on: issued,
    ocop_expires_on: issued ? ocopExpiry(issued) : null,
  }
}

type StoredImages = ReturnType<typeof productImagesOf>

async function storeImagesOf(container: MedusaContainer, p: PlannedProduct, imagesByName: Map<string, ImportPicture>, applied: Applied): Promise<StoredImages> {
  const stored = []
  for (const name of p.product.images) {
    const picture = imagesByName.get(name)
    if (!picture) throw new Error(`Ảnh “${name}” chưa được xử lý.`)
    const one = await storeImportPicture(container, picture)
    applied.file_ids.push(...one.file_ids)
    stored.push(one)
  }
  return productImagesOf(stored)
}

async function createChunk(
  container: MedusaContainer,
  chunk: PlannedProduct[],
  input: ApplyProductImportInput,
  imagesByName: Map<string, ImportPicture>,
  applied: Applied
) {
  const stored = await Promise.all(chunk.map((p) => storeImagesOf(container, p, imagesByName, applied)))
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: chunk.map(({ product: p }, i) => ({
        title: p.title,
        handle: p.handle,
        description: p.description || null,
        status: input.publish ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
        category_ids: [p.category_id],
        thumbnail: stored[i].thumbnail,
        images: stored[i].images.map((url) => ({ url })),
        origin_country: "vn",
        options: [{ title: "Loại", values: p.variants.map((v) => v.title) }],
        variants: p.variants.map((v, rank) => ({
          title: v.title,
          sku: v.sku,
          manage_inventory: true,
          allow_backorder: false,
          variant_rank: rank,
          options: { Loại: v.title },
          prices: [{ currency_code: "vnd", amount: v.price }],
        })),
        sales_channels: [{ id: input.targets.sales_channel_id }],
        shipping_profile_id: input.targets.shipping_profile_id,
        metadata: { import_images: p.image_keys, ...(stored[i].photos.length ? { photos: stored[i].photos } : {}) },
      })),
      // The productsCreated hook links each product to its cooperative (and keeps a suspended one's products off the shop).
      additional_data: { cooperative_id: input.targets.cooperative_id },
    },
  })
  applied.created_ids.push(...result.map((r) => r.id))
  const byHandle = new Map(result.map((r) => [r.handle, r]))

  const withOcop = chunk.filter((p) => p.product.ocop)
  if (withOcop.length) {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const records = await provenance.createProductProvenances(withOcop.map((p) => ({ ...provenanceRecord(p.product.ocop), certifications: [] })))
    applied.provenance_ids.push(...records.map((r) => r.id))
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      withOcop.map((p, i) => ({
        [Modules.PRODUCT]: { product_id: byHandle.get(p.handle)!.id },
        [PROVENANCE_MODULE]: { product_provenance_id: records[i].id },
      }))
    )
  }

  const stockBySku = new Map(chunk.flatMap((p) => p.product.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result.map((r) => r.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        ((v.inventory_items ?? []) as ({ inventory_item_id: string } | null)[]).filter(Boolean).map((item) => ({
          location_id: input.targets.location_id,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(v.sku ?? "") ?? 0,
        }))
      ),
    },
  })
}

/** The product as it is now (old) set to what the import says (p), or back (when undoing). */
async function writeProduct(
  container: MedusaContainer,
  target: {
    id: string
    title: string
    description: string
    category_ids: string[]
    thumbnail: string | null
    image_urls: string[]
    metadata: Record<string, unknown>
    variants: { id: string; title: string; price: number | null; stock: number | null; inventory_item_id: string | null }[]
    ocop: ImportOcop | null
    provenance_id: string | null
  },
  before: ExistingProduct,
  locationId: string,
  applied: Applied | null
) {
  await updateProductsWorkflow(container).run({
    input: {
      products: [
        {
          id: target.id,
          title: target.title,
          description: target.description || null,
          category_ids: target.category_ids,
          thumbnail: target.thumbnail,
          images: target.image_urls.map((url) => ({ url })),
          metadata: target.metadata,
          variants: target.variants.map((v) => ({
            id: v.id,
            title: v.title,
            ...(v.price !== null ? { prices: [{ currency_code: "vnd", amount: v.price }] } : {}),
          })),
        },
      ],
    },
  })
  const levelUpdates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const levelCreates: typeof levelUpdates = []
  for (const v of target.variants) {
    const old = before.variants.find((x) => x.id === v.id)
    if (!v.inventory_item_id || v.stock === null || old?.stock === v.stock) continue
    const level = { inventory_item_id: v.inventory_item_id, location_id: locationId, stocked_quantity: v.stock }
    if (old?.stock === null) levelCreates.push(level)
    else levelUpdates.push(level)
  }
  if (levelUpdates.length) await updateInventoryLevelsWorkflow(container).run({ input: { updates: levelUpdates } })
  if (levelCreates.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levelCreates } })

  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  if (target.provenance_id) {
    await provenance.updateProductProvenances({ id: target.provenance_id, ...provenanceRecord(target.ocop) })
  } else if (target.ocop) {
    const [record] = await provenance.createProductProvenances([{ ...provenanceRecord(target.ocop), certifications: [] }])
    applied?.provenance_ids.push(record.id)
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.PRODUCT]: { product_id: target.id },
      [PROVENANCE_MODULE]: { product_provenance_id: record.id },
    })
  }
}

async function updateOne(
  container: MedusaContainer,
  p: PlannedProduct,
  input: ApplyProductImportInput,
  imagesByName: Map<string, ImportPicture>,
  applied: Applied
) {
  const old = p.existing!
  const imagesChanged = old.image_keys.join("|") !== p.product.image_keys.join("|")
  const stored = imagesChanged ? await storeImagesOf(container, p, imagesByName, applied) : null
  applied.updated.push(old)
  await writeProduct(
    container,
    {
      id: old.id,
      title: p.product.title,
      description: p.product.description,
      category_ids: [p.product.category_id],
      thumbnail: stored ? stored.thumbnail : old.thumbnail,
      image_urls: stored ? stored.images : old.image_urls,
      metadata: { ...old.metadata, import_images: p.product.image_keys, ...(stored ? { photos: stored.photos } : {}) },
      variants: old.variants.map((v) => {
        const next = p.product.variants.find((x) => x.sku === v.sku)!
        return { id: v.id, title: next.title, price: next.price, stock: next.stock, inventory_item_id: v.inventory_item_id }
      }),
      ocop: p.product.ocop,
      provenance_id: old.provenance_id,
    },
    old,
    input.targets.location_id,
    applied
  )
}

async function undo(container: MedusaContainer, applied: Applied) {
  if (applied.created_ids.length) {
    await deleteProductsWorkflow(container).run({ input: { ids: applied.created_ids } })
    applied.created_ids = []
  }
  for (const old of applied.updated.splice(0)) {
    // Current values are the imported ones; write the old ones back (stock compared against "now").
    const now = { ...old, variants: old.variants.map((v) => ({ ...v, stock: -1 })) }
    await writeProduct(container, old, now, applied.location_id, null)
  }
  if (applied.provenance_ids.length) {
    await (container.resolve(PROVENANCE_MODULE) as ProvenanceModuleService).deleteProductProvenances(applied.provenance_ids.splice(0))
  }
  await deleteImportImages(container, applied.file_ids.splice(0))
}
