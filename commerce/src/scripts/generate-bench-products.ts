/**
 * Adds generated products for the search benchmark (`npm run bench` runs it against the bench
 * database only): BENCH_PRODUCT_COUNT products (default 20,000, about the national count of OCOP
 * products) through Medusa's createProductsWorkflow, spread over the demo cooperatives and categories.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

const GOODS = ["Nước mắm", "Mắm tôm", "Yến sào", "Nem chua", "Muối hạt", "Xoài sấy", "Bình gốm", "Khăn thổ cẩm", "Mật ong", "Rong nho", "Mực một nắng", "Chả cá", "Tỏi", "Nho", "Táo", "Trầm hương", "Bánh tráng", "Hạt điều", "Sầu riêng", "Cá cơm khô"]
const QUALITIES = ["loại 1", "đặc biệt", "hữu cơ", "truyền thống", "nguyên chất", "cao cấp", "gia truyền", "thượng hạng"]
const PLACES = ["Ninh Hòa", "Vạn Ninh", "Cam Ranh", "Ninh Thuận", "Khánh Sơn", "Diên Khánh", "Cam Lâm", "Nha Trang", "Bàu Trúc", "Mỹ Nghiệp"]
const SIZES = ["250 g", "500 g", "1 kg", "chai 500 ml", "hộp quà"]
const BATCH = 250

export default async function generateBenchProducts({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_PRODUCT_COUNT || 20_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: cooperatives }, { data: categories }, { data: stores }, { data: profiles }] = await Promise.all([
    query.graph({ entity: "cooperative", fields: ["id"], filters: { status: "active" } }),
    query.graph({ entity: "product_category", fields: ["id"] }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "shipping_profile", fields: ["id", "name"] }),
  ])
  const profile = (profiles as any[]).find((p) => p.name === "Hàng thông thường") ?? profiles[0]
  const started = performance.now()
  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset)
    const cooperative = cooperatives[(offset / BATCH) % cooperatives.length]
    const products = Array.from({ length: size }, (_, k) => {
      const i = offset + k
      const title = `${GOODS[i % GOODS.length]} ${QUALITIES[(i >> 2) % QUALITIES.length]} ${PLACES[(i >> 4) % PLACES.length]} ${SIZES[i % SIZES.length]} #${i}`
      return {
        title,
        handle: `search-bench-${i}`,
        description: `Sản phẩm sinh tự động cho phép đo tìm kiếm: ${title}, làm bởi hợp tác xã phụ nữ.`,
        status: ProductStatus.PUBLISHED,
        category_ids: [categories[i % categories.length].id],
        options: [{ title: "Loại", values: [SIZES[i % SIZES.length]] }],
        variants: [
          {
            title: SIZES[i % SIZES.length],
            sku: `SEARCH-BENCH-${i}`,
            manage_inventory: false,
            options: { Loại: SIZES[i % SIZES.length] },
            prices: [{ currency_code: "vnd", amount: 20_000 + ((i * 7919) % 480) * 1_000 }],
          },
        ],
        sales_channels: [{ id: stores[0].default_sales_channel_id as string }],
        shipping_profile_id: profile.id,
        metadata: { bench: true },
      }
    })
    await createProductsWorkflow(container).run({ input: { products, additional_data: { cooperative_id: cooperative.id } } })
    process.stderr.write(`\r  generated ${(offset + size).toLocaleString("en-US")}/${count.toLocaleString("en-US")} products`)
  }
  process.stderr.write("\n")
  console.log(JSON.stringify({ generated: { products: count, seconds: (performance.now() - started) / 1000 } }))
}
