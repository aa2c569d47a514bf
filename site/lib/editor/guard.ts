/**
 * Which requests belong to the editor and must come from a signed-in Union staff member:
 * the editor's pages (/bien-tap/…, Keystatic's app at /keystatic/…) and every API it calls
 * (/api/keystatic/…, /bien-tap/api/…, its script files and draft images). Only the sign-in page
 * is open. Used by site/middleware.ts, so no route under these paths can forget the check.
 */
import { posix } from "node:path"

export const EDITOR_LOGIN_PATH = "/bien-tap/dang-nhap"

export type EditorArea = "page" | "api"

export function editorArea(pathname: string): EditorArea | null {
  let path = pathname
  try {
    path = decodeURIComponent(pathname)
  } catch {
    // a malformed %-sequence: judge the raw path
  }
  path = posix.normalize(`/${path.toLowerCase()}`).replace(/\/+$/, "") || "/"
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`)
  if (under("/api/keystatic")) return "api"
  if (under("/keystatic")) return "page"
  if (!under("/bien-tap")) return null
  if (path === EDITOR_LOGIN_PATH) return null
  if (under("/bien-tap/api") || under("/bien-tap/ung-dung") || under("/bien-tap/anh")) return "api"
  return "page"
}

/** Where a signed-out visitor of an editor page is sent: the sign-in, then back. */
export function loginRedirect(pathname: string, search: string, reason?: "het-phien"): string {
  const next = pathname + search
  const params = new URLSearchParams()
  if (isSafeNext(next)) params.set("tiep", next)
  if (reason) params.set("loi", reason)
  const q = params.toString()
  return q ? `${EDITOR_LOGIN_PATH}?${q}` : EDITOR_LOGIN_PATH
}

/** Only our own editor paths are followed after sign-in (no open redirect). */
export function isSafeNext(next: string): boolean {
  return /^\/(bien-tap|keystatic)(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes("//") && !next.includes("..")
}
