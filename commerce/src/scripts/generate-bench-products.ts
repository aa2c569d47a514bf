/**
 * Adds generated products for the search benchmark (`npm run bench` runs it against the bench
 * database only): BENCH_PRODUCT_COUNT products (default 20,000, about the national count of OCOP
 * products), each with a VND price, in the online sales channel, linked to a demo cooperative and a
 * category. Written in bulk through the product and pricing modules and module links — not through
 * createProductsWorkflow, whose per-product events would index them one by one while they are made:
 * the benchmark then times the index rebuild (`npm run reindex`) over all of them.
 */
import type { ExecArgs, IPricingModuleService, IProductModuleService, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../modules/cooperative"

const GOODS = ["Nước mắm", "Mắm tôm", "Yến sào", "Nem chua", "Muối hạt", "Xoài sấy", "Bình gốm", "Khăn thổ cẩm", "Mật ong", "Rong nho", "Mực một nắng", "Chả cá", "Tỏi", "Nho", "Táo", "Trầm hương", "Bánh tráng", "Hạt điều", "Sầu riêng", "Cá cơm khô"]
const QUALITIES = ["loại 1", "đặc biệt", "hữu cơ", "truyền thống", "nguyên chất", "cao cấp", "gia truyền", "thượng hạng"]
const PLACES = ["Ninh Hòa", "Vạn Ninh", "Cam Ranh", "Ninh Thuận", "Khánh Sơn", "Diên Khánh", "Cam Lâm", "Nha Trang", "Bàu Trúc", "Mỹ Nghiệp"]
const SIZES = ["250 g", "500 g", "1 kg", "chai 500 ml", "hộp quà"]
const BATCH = 1000

export default async function generateBenchProducts({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_PRODUCT_COUNT || 20_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const productService = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const [{ data: cooperatives }, { data: categories }, { data: stores }, { data: profiles }] = await Promise.all([
    query.graph({ entity: "cooperative", fields: ["id"], filters: { status: "active" } }),
    query.graph({ entity: "product_category", fields: ["id"] }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "shipping_profile", fields: ["id", "name"] }),
  ])
  const salesChannelId = stores[0].default_sales_channel_id as string
  const profile = (profiles as any[]).find((p) => p.name === "Hàng thông thường") ?? profiles[0]
  const started = performance.now()
  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset)
    const index = Array.from({ length: size }, (_, k) => offset + k)
    const products = await productService.createProducts(
      index.map((i) => {
        const title = `${GOODS[i % GOODS.length]} ${QUALITIES[(i >> 2) % QUALITIES.length]} ${PLACES[(i >> 4) % PLACES.length]} ${SIZES[i % SIZES.length]} #${i}`
        return {
          title,
          handle: `search-bench-${i}`,
          description: `Sản phẩm sinh tự động cho phép đo tìm kiếm: ${title}, làm bởi hợp tác xã phụ nữ.`,
          status: ProductStatus.PUBLISHED,
          category_ids: [categories[i % categories.length].id],
          options: [{ title: "Loại", values: [SIZES[i % SIZES.length]] }],
          variants: [{ title: SIZES[i % SIZES.length], sku: `SEARCH-BENCH-${i}`, manage_inventory: false, options: { Loại: SIZES[i % SIZES.length] } }],
          metadata: { bench: true },
        }
      })
    )
    const priceSets = await pricing.createPriceSets(
      index.map((i) => ({ prices: [{ currency_code: "vnd", amount: 20_000 + ((i * 7919) % 480) * 1_000 }] }))
    )
    await link.create(
      products.flatMap((product, k): LinkDefinition[] => [
        { [Modules.PRODUCT]: { variant_id: product.variants[0].id }, [Modules.PRICING]: { price_set_id: priceSets[k].id } },
        { [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId } },
        { [Modules.PRODUCT]: { product_id: product.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } },
        { [COOPERATIVE_MODULE]: { cooperative_id: cooperatives[(offset / BATCH + k) % cooperatives.length].id }, [Modules.PRODUCT]: { product_id: product.id } },
      ])
    )
    process.stderr.write(`\r  generated ${(offset + size).toLocaleString("en-US")}/${count.toLocaleString("en-US")} products`)
  }
  process.stderr.write("\n")
  console.log(JSON.stringify({ generated: { products: count, seconds: (performance.now() - started) / 1000 } }))
}
