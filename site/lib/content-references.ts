/**
 * Stories and events name cooperatives and products by handle; Medusa owns those. This wraps
 * a content loader so that, once the entries are loaded, every handle is checked against the
 * store API and the build fails with the file and the field of each unknown one.
 *
 * The check needs Medusa. `npm start` and the tests build the storefront with Medusa running and
 * CONTENT_REFERENCES=required; a build without Medusa (e.g. `astro check`) says that it skipped
 * the check.
 */
import type { Loader, LoaderContext } from "astro/loaders"

export type ReferenceKind = "cooperative" | "product"
export interface Reference {
  field: string
  kind: ReferenceKind
  handles: string[]
}
export type KnownHandles = Record<ReferenceKind, Set<string>>

/** The handles a story names: its cooperative and its featured products. */
export const storyReferences = (data: Record<string, unknown>): Reference[] => [
  { field: "cooperative", kind: "cooperative", handles: typeof data.cooperative === "string" ? [data.cooperative] : [] },
  { field: "products", kind: "product", handles: (data.products as string[] | undefined) ?? [] },
]

/** The handles an event names: the cooperatives taking part. */
export const eventReferences = (data: Record<string, unknown>): Reference[] => [
  { field: "cooperatives", kind: "cooperative", handles: (data.cooperatives as string[] | undefined) ?? [] },
]

export function withReferenceCheck(inner: Loader, referencesOf: (data: Record<string, unknown>) => Reference[]): Loader {
  return {
    ...inner,
    name: `${inner.name}+references`,
    async load(context: LoaderContext) {
      await inner.load(context)
      const entries = context.store.entries().map(([, entry]) => ({ file: entry.filePath ?? entry.id, references: referencesOf(entry.data) }))
      if (!entries.some((e) => e.references.some((r) => r.handles.length))) return
      const known = await loadKnownHandles()
      if (!known) {
        const message = "Không kiểm tra được mã hợp tác xã/sản phẩm trong nội dung: chưa kết nối được Medusa (MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY)."
        if (process.env.CONTENT_REFERENCES === "required") throw new Error(message)
        context.logger.warn(`${message} Bỏ qua bước kiểm tra. / Content references not checked: Medusa is not reachable.`)
        return
      }
      const problems = findUnknownReferences(entries, known)
      if (problems.length) throw new Error(`${context.collection}: ${problems.length} tham chiếu không hợp lệ / unknown references:\n${problems.join("\n")}`)
    },
  }
}

/** "content/stories/x/index.md: cooperative: không có hợp tác xã "abc" đang hoạt động trên cửa hàng" */
export function findUnknownReferences(entries: { file: string; references: Reference[] }[], known: KnownHandles): string[] {
  const problems: string[] = []
  for (const { file, references } of entries) {
    for (const ref of references) {
      for (const handle of ref.handles) {
        if (known[ref.kind].has(handle)) continue
        const what = ref.kind === "cooperative" ? "hợp tác xã đang hoạt động" : "sản phẩm đang bán"
        problems.push(`${file}: ${ref.field}: không có ${what} với mã "${handle}" / no ${ref.kind} "${handle}" in the shop`)
      }
    }
  }
  return problems
}

/** Active cooperatives and products on sale, from the store API; null when Medusa cannot be asked. */
export async function loadKnownHandles(): Promise<KnownHandles | null> {
  const baseUrl = process.env.MEDUSA_BACKEND_URL
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!baseUrl || !key) return null
  const get = async (path: string) => {
    const res = await fetch(new URL(path, baseUrl), { headers: { "x-publishable-api-key": key }, signal: AbortSignal.timeout(10_000) })
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
    return res.json()
  }
  try {
    const collect = async (path: string, list: "cooperatives" | "products") => {
      const handles = new Set<string>()
      for (let offset = 0; ; offset += 500) {
        const page = (await get(`${path}${path.includes("?") ? "&" : "?"}limit=500&offset=${offset}`)) as Record<string, { handle: string }[]> & { count: number }
        for (const item of page[list]) handles.add(item.handle)
        if (offset + 500 >= page.count) return handles
      }
    }
    return {
      cooperative: await collect("/store/cooperatives", "cooperatives"),
      product: await collect("/store/products?fields=handle", "products"),
    }
  } catch {
    return null
  }
}
