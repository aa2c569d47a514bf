/**
 * Seeds the demo shop: store settings for Vietnam (VND), shipping, a publishable key, the
 * fictional cooperatives and their products, and a demo admin user.
 *
 * Idempotent: every record has a stable identity (name, handle, e-mail) and is created only
 * when missing, so a second run neither duplicates nor overwrites anything staff edited.
 *
 * Run with `medusa exec ./src/scripts/seed-demo.ts` (npm start does it on every start).
 */
import type { ExecArgs, IFulfillmentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { KHANH_HOA_PROVINCE_CODE } from "../lib/administrative-units"
import { processPhoto } from "../lib/photos"
import { quantityTiers } from "../lib/quantity-tiers"
import {
  isStripeConfigured,
  STRIPE_PAYMENT_PROVIDER_ID,
  SYSTEM_PAYMENT_PROVIDER_ID,
  VIETQR_PAYMENT_PROVIDER_ID,
} from "../lib/payment-providers"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { createCooperativesWorkflow } from "../workflows/cooperative/create-cooperatives"
import { DEMO_CATEGORIES } from "./demo-catalog/categories"
import { DEMO_COOPERATIVES } from "./demo-catalog/cooperatives"
import { renderCooperativeLogo, renderProductImage } from "./demo-catalog/images"
import { DEMO_PRODUCTS } from "./demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "./demo-catalog/staff"
import type { DemoProduct } from "./demo-catalog/types"
import { createCooperativeStaffWorkflow } from "../workflows/cooperative-staff/create-cooperative-staff"
import { ensurePlanDemo } from "./demo-catalog/seed-plan"
import { ensureDemoTranslations } from "./demo-catalog/seed-translations"
import { ensureLinkageDemo } from "./demo-catalog/seed-linkage"

export const DEMO = {
  storeName: "Chợ Hợp tác xã Khánh Hòa",
  salesChannel: "Cửa hàng trực tuyến",
  fairChannel: "Điểm trưng bày & hội chợ",
  region: "Việt Nam",
  publishableKeyTitle: "Cửa hàng trực tuyến (storefront)",
  stockLocation: "Kho Hội LHPN tỉnh Khánh Hòa (Nha Trang)",
  shippingProfile: "Hàng thông thường",
  deliverySet: "Giao hàng từ kho Nha Trang",
  pickupSet: "Nhận tại điểm trưng bày",
  adminEmail: process.env.DEMO_ADMIN_EMAIL || "admin@cho-htx.demo",
  adminPassword: process.env.DEMO_ADMIN_PASSWORD || "demo-admin-2025",
}

type Container = ExecArgs["container"]

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const salesChannelId = await ensureSalesChannel(container)
  await ensureFairChannel(container)
  await ensureStore(container, salesChannelId)
  const regionId = await ensureRegion(container)
  const locationId = await ensureStockLocationAndShipping(container, salesChannelId, regionId)
  await ensurePublishableKey(container, salesChannelId)
  const categoryIds = await ensureCategories(container)
  const cooperativeIds = await ensureCooperatives(container)
  const shippingProfileId = await defaultShippingProfileId(container)
  const created = await ensureProducts(container, { salesChannelId, locationId, categoryIds, cooperativeIds, shippingProfileId })
  await ensureDemoProductsShippable(container, shippingProfileId)
  await ensureQuantityTiers(container)
  await ensureAdminUser(container)
  await ensureCooperativeStaff(container, cooperativeIds)
  await ensurePlanDemo(container, cooperativeIds)
  await ensureDemoTranslations(container)
  await ensureLinkageDemo(container)
  logger.info(`Demo data ready (${created} new products) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function ensureSalesChannel(container: Container): Promise<string> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  // Medusa creates a "Default Sales Channel" on first boot: use it, under a Vietnamese name.
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (store?.default_sales_channel_id) {
    const channel = await service.retrieveSalesChannel(store.default_sales_channel_id)
    if (channel.name === "Default Sales Channel") {
      await service.updateSalesChannels(channel.id, { name: DEMO.salesChannel, description: "Cửa hàng trực tuyến của Hội LHPN tỉnh Khánh Hòa" })
    }
    return channel.id
  }
  const [existing] = await service.listSalesChannels({ name: DEMO.salesChannel })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: DEMO.salesChannel, description: "Cửa hàng trực tuyến của Hội LHPN tỉnh Khánh Hòa" }] },
  })
  return result[0].id
}

/**
 * The Union also sells at its display point and at fairs. Besides being real, a second channel
 * matters: with a single sales channel Medusa's /store/products skips the sales-channel filter
 * (an optimisation in 2.21), and taking a suspended cooperative's products out of the online
 * channel would no longer hide them.
 */
async function ensureFairChannel(container: Container) {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: DEMO.fairChannel })
  if (existing) return
  await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: DEMO.fairChannel, description: "Bán trực tiếp tại điểm trưng bày của Hội LHPN tỉnh và các hội chợ xúc tiến thương mại" }] },
  })
}

async function ensureStore(container: Container, salesChannelId: string) {
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  const hasVnd = store.supported_currencies?.some((c) => c.currency_code === "vnd")
  if (hasVnd && store.default_sales_channel_id) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO.storeName,
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

/** Cash on delivery (Medusa's system provider) first, then bank transfer by VietQR, then cards by Stripe when configured. */
const PAYMENT_PROVIDERS = [SYSTEM_PAYMENT_PROVIDER_ID, VIETQR_PAYMENT_PROVIDER_ID]
/** Region metadata key listing the providers the seed added to an existing region (so it adds each only once). */
const SEEDED_PROVIDERS_KEY = "seed_added_payment_providers"

async function ensureRegion(container: Container): Promise<string> {
  const regionService = container.resolve(Modules.REGION)
  const [existing] = await regionService.listRegions({ name: DEMO.region })
  if (existing) {
    await addVietQrIfUntouched(container, existing.id)
    await addStripeOnce(container, existing.id)
    return existing.id
  }
  const stripe = isStripeConfigured(process.env)
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: DEMO.region,
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: [...PAYMENT_PROVIDERS, ...(stripe ? [STRIPE_PAYMENT_PROVIDER_ID] : [])],
          // Vietnamese shelf prices include VAT.
          is_tax_inclusive: true,
          metadata: stripe ? { [SEEDED_PROVIDERS_KEY]: [STRIPE_PAYMENT_PROVIDER_ID] } : undefined,
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: { default_region_id: result[0].id } } })
  return result[0].id
}

async function regionPaymentProviders(container: Container, regionId: string): Promise<{ providers: string[]; metadata: Record<string, unknown> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "metadata", "payment_providers.id"], filters: { id: regionId } })
  const region = data[0] as { metadata?: Record<string, unknown> | null; payment_providers?: ({ id: string } | null)[] } | undefined
  return {
    providers: (region?.payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])),
    metadata: region?.metadata ?? {},
  }
}

/** A region seeded before VietQR existed gets it, unless staff have changed its payment providers since. */
async function addVietQrIfUntouched(container: Container, regionId: string) {
  const { providers } = await regionPaymentProviders(container, regionId)
  if (providers.length === 1 && providers[0] === SYSTEM_PAYMENT_PROVIDER_ID) {
    await updateRegionsWorkflow(container).run({ input: { selector: { id: regionId }, update: { payment_providers: PAYMENT_PROVIDERS } } })
  }
}

/**
 * When Stripe is registered (STRIPE_API_KEY set), the region offers it — added once: if staff
 * remove it later, the seed remembers (region metadata) and does not put it back. Without the
 * keys nothing is changed here; the store routes hide a provider the server cannot use.
 */
async function addStripeOnce(container: Container, regionId: string) {
  if (!isStripeConfigured(process.env)) return
  const { providers, metadata } = await regionPaymentProviders(container, regionId)
  const seeded = Array.isArray(metadata[SEEDED_PROVIDERS_KEY]) ? (metadata[SEEDED_PROVIDERS_KEY] as string[]) : []
  if (providers.includes(STRIPE_PAYMENT_PROVIDER_ID) || seeded.includes(STRIPE_PAYMENT_PROVIDER_ID)) return
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: regionId },
      update: {
        payment_providers: [...providers, STRIPE_PAYMENT_PROVIDER_ID],
        metadata: { ...metadata, [SEEDED_PROVIDERS_KEY]: [...seeded, STRIPE_PAYMENT_PROVIDER_ID] },
      },
    },
  })
}

async function ensureStockLocationAndShipping(container: Container, salesChannelId: string, regionId: string): Promise<string> {
  const locationService = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locationService.listStockLocations({ name: DEMO.stockLocation })
  if (existing) return existing.id

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: DEMO.stockLocation,
          address: { address_1: "Điểm trưng bày sản phẩm HTX (địa chỉ demo)", city: "Phường Nha Trang", province: "Khánh Hòa", country_code: "VN" },
        },
      ],
    },
  })
  const location = locations[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: { default_location_id: location.id } } })

  const fulfillment: IFulfillmentModuleService = container.resolve(Modules.FULFILLMENT)
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEMO.shippingProfile, type: "default" }] },
  })
  const delivery = await fulfillment.createFulfillmentSets({
    name: DEMO.deliverySet,
    type: "shipping",
    service_zones: [
      {
        name: "Trong tỉnh Khánh Hòa",
        geo_zones: [{ type: "province", country_code: "vn", province_code: KHANH_HOA_PROVINCE_CODE }],
      },
      { name: "Toàn quốc", geo_zones: [{ type: "country", country_code: "vn" }] },
    ],
  })
  const pickup = await fulfillment.createFulfillmentSets({
    name: DEMO.pickupSet,
    type: "pickup",
    service_zones: [{ name: "Điểm trưng bày Hội LHPN tỉnh (Nha Trang)", geo_zones: [{ type: "country", country_code: "vn" }] }],
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: delivery.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: pickup.id } },
  ])
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })

  const zone = (set: typeof delivery, name: string) => set.service_zones.find((z) => z.name === name)!.id
  const option = (name: string, serviceZoneId: string, amount: number, code: string, description: string) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: profiles[0].id,
    type: { label: name, description, code },
    prices: [
      { currency_code: "vnd", amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Giao trong tỉnh Khánh Hòa", zone(delivery, "Trong tỉnh Khánh Hòa"), 20_000, "khanh-hoa", "Giao trong 1–2 ngày"),
      option("Giao toàn quốc", zone(delivery, "Toàn quốc"), 35_000, "toan-quoc", "Giao trong 3–5 ngày"),
      option("Nhận tại điểm trưng bày Hội LHPN tỉnh", pickup.service_zones[0].id, 0, "nhan-tai-diem-trung-bay", "Nhận hàng trong giờ hành chính"),
    ],
  })
  return location.id
}

async function ensurePublishableKey(container: Container, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ title: DEMO.publishableKeyTitle, type: "publishable" })
  if (existing) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: DEMO.publishableKeyTitle, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
}

async function ensureCategories(container: Container): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const handles = Object.keys(DEMO_CATEGORIES)
  const existing = await productService.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = handles.filter((h) => !ids.has(h))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((handle, rank) => ({
          handle,
          name: DEMO_CATEGORIES[handle].name,
          description: DEMO_CATEGORIES[handle].description,
          is_active: true,
          rank,
        })),
      },
    })
    for (const c of result) ids.set(c.handle, c.id)
  }
  return ids
}

async function ensureCooperatives(container: Container): Promise<Map<string, string>> {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const existing = await service.listCooperatives({ handle: DEMO_COOPERATIVES.map((c) => c.handle) }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = DEMO_COOPERATIVES.filter((c) => !ids.has(c.handle))
  if (!missing.length) return ids
  const logos = await uploadImages(
    container,
    await Promise.all(
      missing.map(async (c) => ({
        filename: `demo-logo-${c.handle}.webp`,
        content: await renderCooperativeLogo({ palette: c.palette, seed: c.handle, size: 256 }),
      }))
    )
  )
  const { result } = await createCooperativesWorkflow(container).run({
    input: {
      cooperatives: missing.map(({ palette: _palette, ward_name: _wardName, ...c }, i) => ({
        ...c,
        province_code: KHANH_HOA_PROVINCE_CODE,
        logo_url: logos[i],
        is_demo: true,
      })),
    },
  })
  for (const c of result) ids.set(c.handle, c.id)
  return ids
}

/** The demo listing thumbnail's width: one card at 2× on a phone (the photo pipeline's smallest width). */
const THUMBNAIL_WIDTH = 480

interface ProductContext {
  salesChannelId: string
  locationId: string
  categoryIds: Map<string, string>
  cooperativeIds: Map<string, string>
  shippingProfileId: string
}

async function defaultShippingProfileId(container: Container): Promise<string> {
  const fulfillment: IFulfillmentModuleService = container.resolve(Modules.FULFILLMENT)
  const profiles = await fulfillment.listShippingProfiles({ type: "default" })
  const ours = profiles.find((p) => p.name === DEMO.shippingProfile) ?? profiles[0]
  if (!ours) throw new Error("No default shipping profile: the shipping setup did not run")
  return ours.id
}

const tierPrices = (v: DemoProduct["variants"][number]) =>
  (v.tiers ?? []).map((t) => ({ currency_code: "vnd", amount: t.price, min_quantity: t.min_quantity }))

/**
 * Wholesale quantity tiers of the demo variants that have them, added to a variant seeded before
 * tiers existed — only when the variant has no tier yet, so staff's own tiers are never touched.
 */
async function ensureQuantityTiers(container: Container) {
  const skus = DEMO_PRODUCTS.flatMap((p) => p.variants).filter((v) => v.tiers?.length)
  if (!skus.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "price_set.id", "price_set.prices.min_quantity", "price_set.prices.currency_code"],
    filters: { sku: skus.map((v) => v.sku) },
  })
  const pricing = container.resolve(Modules.PRICING)
  for (const row of data as { sku: string; price_set?: { id: string; prices?: { min_quantity?: unknown }[] } | null }[]) {
    const demo = skus.find((v) => v.sku === row.sku)
    if (!demo || !row.price_set || quantityTiers(row.price_set.prices as never).length) continue
    await pricing.addPrices({ priceSetId: row.price_set.id, prices: tierPrices(demo) })
  }
}

/**
 * Medusa only ships products that have a shipping profile. Demo products seeded before the
 * profile was set get it here — adding what is missing, changing nothing that is set.
 */
async function ensureDemoProductsShippable(container: Container, shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) },
  })
  const missing = (data as { id: string; shipping_profile?: { id: string } | null }[]).filter((p) => !p.shipping_profile)
  if (!missing.length) return
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    missing.map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId } }))
  )
}

async function ensureProducts(
  container: Container,
  ctx: ProductContext
): Promise<number> {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) }, { select: ["handle"], withDeleted: true })
  const have = new Set(existing.map((p) => p.handle))
  const missing = DEMO_PRODUCTS.filter((p) => !have.has(p.handle))
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productType = await ensureProductTags(container, missing)
  let done = 0
  for (const product of missing) {
    await createDemoProduct(container, product, ctx, productType)
    done++
    if (done % 10 === 0) logger.info(`  … ${done}/${missing.length} demo products`)
  }
  return done
}

async function ensureProductTags(container: Container, products: DemoProduct[]): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const values = [...new Set(products.flatMap((p) => p.tags))]
  if (!values.length) return new Map()
  const existing = await productService.listProductTags({ value: values }, { select: ["id", "value"] })
  const ids = new Map(existing.map((t) => [t.value, t.id]))
  const missing = values.filter((v) => !ids.has(v))
  if (missing.length) {
    const created = await productService.createProductTags(missing.map((value) => ({ value })))
    for (const t of created) ids.set(t.value, t.id)
  }
  return ids
}

async function createDemoProduct(
  container: Container,
  p: DemoProduct,
  ctx: ProductContext,
  tagIds: Map<string, string>
) {
  // Two views per product so the gallery has something to show. The listing thumbnail goes through the photo
  // pipeline like a cooperative's upload (AVIF and WebP, kept in metadata.photos for the storefront's <picture>);
  // at 480 px only, so that seeding the whole catalog stays quick.
  const [large, second, small] = await Promise.all([
    renderProductImage({ motif: p.image.motif, palette: p.image.palette, seed: p.handle, size: 960 }),
    renderProductImage({ motif: p.image.motif, palette: p.image.palette, seed: `${p.handle}/2`, size: 960 }),
    renderProductImage({ motif: p.image.motif, palette: p.image.palette, seed: p.handle, size: THUMBNAIL_WIDTH }),
  ])
  const thumb = await processPhoto(small)
  const [imageUrl, secondUrl, ...thumbUrls] = await uploadImages(container, [
    { filename: `demo-${p.handle}-960.webp`, content: large, mimeType: "image/webp" },
    { filename: `demo-${p.handle}-2-960.webp`, content: second, mimeType: "image/webp" },
    ...thumb.variants.map((v) => ({ filename: `demo-${p.handle}-${v.width}.${v.format}`, content: v.content, mimeType: v.mimeType })),
  ])
  const thumbSources = thumb.variants.map((v, i) => ({ format: v.format, width: v.width, height: v.height, url: thumbUrls[i] }))
  const thumbnailUrl = thumbSources.find((s) => s.format === "webp")!.url
  const cooperativeId = ctx.cooperativeIds.get(p.cooperative_handle)
  const categoryId = ctx.categoryIds.get(p.category)
  if (!cooperativeId || !categoryId) throw new Error(`Demo product ${p.handle}: unknown cooperative or category`)

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: p.title,
          subtitle: p.subtitle,
          description: p.description,
          handle: p.handle,
          status: p.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
          thumbnail: thumbnailUrl,
          images: [{ url: imageUrl }, { url: secondUrl }],
          category_ids: [categoryId],
          tag_ids: p.tags.map((t) => tagIds.get(t)!).filter(Boolean),
          weight: p.variants[0].weight,
          origin_country: "vn",
          options: [{ title: p.option_title, values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v, rank) => ({
            title: v.title,
            sku: v.sku,
            weight: v.weight,
            manage_inventory: true,
            allow_backorder: false,
            variant_rank: rank,
            options: { [p.option_title]: v.title },
            prices: [{ currency_code: "vnd", amount: v.price }, ...tierPrices(v)],
          })),
          sales_channels: [{ id: ctx.salesChannelId }],
          shipping_profile_id: ctx.shippingProfileId,
          metadata: { demo: true, photos: [{ sources: thumbSources }] },
        },
      ],
      additional_data: {
        cooperative_id: cooperativeId,
        provenance: {
          ocop: p.ocop,
          origin_ward_code: p.origin_ward_code,
          certifications: p.certifications,
          shelf_life_days: p.shelf_life_days,
        },
      },
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result[0].id },
  })
  const stockBySku = new Map(p.variants.map((v) => [v.sku, v.stock]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        ((v.inventory_items ?? []) as ({ inventory_item_id: string } | null)[]).filter(Boolean).map((item) => ({
          location_id: ctx.locationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(v.sku ?? "") ?? 0,
        }))
      ),
    },
  })
}

async function uploadImages(container: Container, files: { filename: string; content: Buffer; mimeType?: string }[]): Promise<string[]> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((f) => ({ filename: f.filename, mimeType: f.mimeType ?? "image/webp", content: f.content.toString("base64"), access: "public" as const })),
    },
  })
  return result.map((f) => f.url)
}

async function ensureAdminUser(container: Container) {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: DEMO.adminEmail })
  if (existing) return
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: DEMO.adminEmail, first_name: "Quản trị", last_name: "Demo" }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO.adminEmail, password: DEMO.adminPassword },
  } as never)
  if (error || !authIdentity) throw new Error(`Could not create the demo admin login: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
}

/** Portal logins for two demo cooperatives; an account that exists (maybe with a changed password) is left alone. */
async function ensureCooperativeStaff(container: Container, cooperativeIds: Map<string, string>) {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const auth = container.resolve(Modules.AUTH)
  for (const s of DEMO_COOPERATIVE_STAFF) {
    const [existing] = await cooperatives.listCooperativeStaffs({ email: s.email }, { select: ["id"] })
    const cooperativeId = cooperativeIds.get(s.cooperative_handle)
    if (existing || !cooperativeId) continue
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: s.email, password: DEMO_COOPERATIVE_PASSWORD } } as never)
    if (error || !authIdentity) throw new Error(`Could not create the demo cooperative login ${s.email}: ${error}`)
    await createCooperativeStaffWorkflow(container).run({
      input: { auth_identity_id: authIdentity.id, staff: { cooperative_id: cooperativeId, email: s.email, full_name: s.full_name } },
    })
  }
}
