/**
 * What the editor (in the storefront's worker process) and the publisher (in the storefront's
 * primary process, scripts/lib/publisher.ts) say to each other. No imports: the server script
 * loads this file directly.
 *
 * A publish request is a folder `<EDITOR_DIR>/outbox/<id>/` holding `request.json` and, under
 * `files/`, a snapshot of the entry's files as they were when "Xuất bản" was pressed. The worker
 * sends `{ type: PUBLISH_MESSAGE, id }` to the primary; the primary keeps `publish-status.json`.
 */
export const PUBLISH_MESSAGE = "cho-htx:publish"

export interface PublishRequest {
  id: string
  /** "stories/chi-em-lam-nuoc-mam" */
  entry: string
  title: string
  action: "publish" | "remove"
  editor: { name: string; email: string }
  requestedAt: string
  /** content-relative paths in the snapshot, to copy into the content folder */
  files: string[]
  /** content-relative paths to delete from the content folder */
  remove: string[]
}

export type RequestState = "queued" | "building" | "live" | "failed"

export interface RequestStatus {
  id: string
  entry: string
  title: string
  action: "publish" | "remove"
  editor: string
  state: RequestState
  requestedAt: string
  /** when the build that carries it started serving */
  liveAt?: string
  /** seconds from "Xuất bản" to live */
  seconds?: number
  /** the build's error, file and field named (content-relative paths) */
  error?: string
  /** how it was recorded: a git commit, or the publish log */
  recorded?: string
}

export interface PublishStatus {
  /** the build running now, if any */
  building: { ids: string[]; startedAt: string } | null
  /** builds done since the storefront started (two publishes in a row make one) */
  builds: number
  /** newest first, at most 50 */
  requests: RequestStatus[]
  updatedAt: string
}

export const EMPTY_STATUS: PublishStatus = { building: null, builds: 0, requests: [], updatedAt: new Date(0).toISOString() }
