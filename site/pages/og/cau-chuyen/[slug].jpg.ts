import fs from "node:fs/promises"
import type { APIRoute, GetStaticPaths } from "astro"
import { getCooperative } from "../../../lib/catalog"
import { listStories, storyCoverFile, type Story } from "../../../lib/content"
import { t } from "../../../lib/i18n"
import { jpegResponse } from "../../../lib/share"
import { renderShareImage } from "../../../lib/share-image"

export const prerender = true
export const getStaticPaths = (async () => (await listStories()).map((story) => ({ params: { slug: story.id }, props: { story } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story }
  const cover = await storyCoverFile(story)
  const maker = await getCooperative(story.data.cooperative)
  return jpegResponse(
    await renderShareImage({
      kind: "story",
      title: story.data.title,
      subtitle: maker?.cooperative.name ?? story.data.area,
      badge: t("vi").stories.eyebrow,
      photo: cover ? await fs.readFile(cover) : null,
    })
  )
}
