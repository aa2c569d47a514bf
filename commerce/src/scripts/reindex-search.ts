/**
 * Rebuilds the product search index (run by `npm run reindex` through `medusa exec`). Medusa's Search
 * Module seeds a new version of the index and swaps it in when complete, so searches keep working
 * meanwhile. Progress goes to stderr as a bar; the last line on stdout is a JSON summary.
 */
import type { ExecArgs, IProductModuleService, ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { onProductSeedPage } from "../lib/search/seed-progress"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/product-index"

function progressBar(total: number) {
  const width = 30
  const tty = process.stderr.isTTY
  let done = 0
  let lastDecile = -1
  const draw = () => {
    const ratio = total ? Math.min(done / total, 1) : 1
    const filled = Math.round(ratio * width)
    const line = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${Math.round(ratio * 100)}%  ${Math.min(done, total).toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} sản phẩm`
    if (tty) process.stderr.write(`\r${line}`)
    else if (Math.floor(ratio * 10) !== lastDecile) {
      lastDecile = Math.floor(ratio * 10)
      process.stderr.write(`${line}\n`)
    }
  }
  draw()
  return {
    tick(rows: number) {
      done += rows
      draw()
    },
    finish() {
      done = Math.max(done, total)
      draw()
      if (tty) process.stderr.write("\n")
    },
  }
}

export default async function reindexSearch({ container }: ExecArgs) {
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const [, total] = await products.listAndCountProducts({}, { take: 1, select: ["id"] })
  process.stderr.write(`Đang lập lại chỉ mục tìm kiếm sản phẩm… / Rebuilding the product search index…\n`)
  const bar = progressBar(total)
  const stopListening = onProductSeedPage((rows) => bar.tick(rows))
  const started = performance.now()
  try {
    await search.reindex({ index: PRODUCT_SEARCH_INDEX, strategy: "swap" })
  } finally {
    stopListening()
  }
  bar.finish()
  const seconds = (performance.now() - started) / 1000
  const searchable = await search.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
  const [index] = (await search.listIndexes()).filter((i) => i.name === PRODUCT_SEARCH_INDEX)
  process.stderr.write(
    `Xong: ${Number(searchable.metadata.count ?? 0).toLocaleString("vi-VN")} sản phẩm tìm được (trên ${total.toLocaleString("vi-VN")}) trong ${seconds.toFixed(1)} giây, công cụ ${index?.provider ?? "?"}. / Done.\n`
  )
  console.log(JSON.stringify({ reindex: { products: total, searchable: searchable.metadata.count, seconds, provider: index?.provider, status: index?.status } }))
}
