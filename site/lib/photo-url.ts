/**
 * Photos that Medusa's local file provider stores (`<MEDUSA_BACKEND_URL>/static/<file>`) are shown from the shop's
 * own address, `/anh/<file>` (site/pages/anh/[file].ts passes them on from Medusa): a phone then fetches them
 * over the connection it already has for the page instead of opening a second one to Medusa's host — on a slow
 * mobile link, a connection and its TLS handshake cost several round trips before the first photo. Photos kept
 * elsewhere (a CDN, object storage) keep their own URL. Only what is drawn in pages goes through here: share
 * images and JSON-LD keep Medusa's absolute URLs.
 */
import { medusaBackendUrl } from "./medusa"

export const PHOTO_PATH = "/anh/"

/** A stored file's name as Medusa's local provider makes them: no folders, no dots first, nothing to escape. */
export const PHOTO_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

const medusaStatic = () => `${medusaBackendUrl()}/static/`

/** Medusa's URL of a stored file, for the /anh/ route. */
export const medusaFileUrl = (name: string) => medusaStatic() + name

export function sitePhotoUrl(url: string): string {
  const prefix = medusaStatic()
  if (!url.startsWith(prefix)) return url
  const name = url.slice(prefix.length)
  return PHOTO_FILE_NAME.test(name) ? PHOTO_PATH + name : url
}
