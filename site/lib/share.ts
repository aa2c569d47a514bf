/** Share images for link previews on Zalo and Facebook: rendered once per entity, kept briefly in memory. */
import { cached } from "./cache"
import { getCooperative, getProduct } from "./catalog"
import { formatVnd } from "./format"
import { t } from "./i18n"
import { renderShareImage } from "./share-image"

const SHARE_IMAGE_TTL_SECONDS = 600

async function download(url: string | null): Promise<Buffer | null> {
  if (!url) return null
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return res.ok ? Buffer.from(await res.arrayBuffer()) : null
  } catch {
    return null
  }
}

export function productShareImage(handle: string): Promise<Buffer | null> {
  return cached(`share:product:${handle}`, SHARE_IMAGE_TTL_SECONDS, async () => {
    const product = await getProduct(handle)
    if (!product) return null
    return renderShareImage({
      kind: "product",
      title: product.title,
      subtitle: product.cooperative?.name ?? null,
      badge: product.ocopStars ? `OCOP ${"★".repeat(product.ocopStars)}` : null,
      price: product.priceFrom !== null ? formatVnd(product.priceFrom) : null,
      photo: await download(product.images[0]?.url ?? product.thumbnail),
    })
  })
}

export function cooperativeShareImage(handle: string): Promise<Buffer | null> {
  return cached(`share:cooperative:${handle}`, SHARE_IMAGE_TTL_SECONDS, async () => {
    const found = await getCooperative(handle)
    if (!found) return null
    const c = found.cooperative
    return renderShareImage({
      kind: "cooperative",
      title: c.name,
      subtitle: `${c.wardName}, Khánh Hòa`,
      // Share images are in Vietnamese: they travel on Zalo and Facebook, whatever page they came from.
      badge: c.womanLed ? t("vi").cooperative.badges.womanLed : c.womenInManagement ? t("vi").cooperative.badges.womenInManagement : null,
      photo: await download(found.products[0]?.thumbnail ?? c.logoUrl),
    })
  })
}

export function jpegResponse(image: Buffer | null): Response {
  if (!image) return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } })
  return new Response(new Uint8Array(image), { headers: { "content-type": "image/jpeg", "cache-control": "public, max-age=3600" } })
}
