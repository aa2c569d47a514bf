/**
 * Sends a product import to a running Medusa (POST /admin/product-imports) as the Union's admin
 * and follows its progress. Shared by `npm run import`, the benchmark and the tests.
 */
import fs from "node:fs"
import path from "node:path"

export interface ImportRequest {
  medusaUrl: string
  /** admin credentials; a token can be passed instead */
  email?: string
  password?: string
  token?: string
  file: string
  cooperative: string
  /** folder holding the pictures the sheet names; every image file in it is sent */
  imagesDir?: string
  dryRun?: boolean
  publish?: boolean
  onProgress?: (done: number, total: number) => void
}

// The report's shape is the backend's own (commerce/src/lib/product-import/report.ts).
export type { ImportIssue } from "../../commerce/src/lib/product-import/read-spreadsheet.ts"
export type { ImportReport } from "../../commerce/src/lib/product-import/report.ts"
import type { ImportReport } from "../../commerce/src/lib/product-import/report.ts"

const IMAGE_FILE = /\.(jpe?g|png|webp|gif|avif)$/i
const MIME: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif", avif: "image/avif" }

export async function adminToken(medusaUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${medusaUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Đăng nhập quản trị thất bại (${res.status}) với ${email}.`)
  return ((await res.json()) as { token: string }).token
}

export async function sendProductImport(r: ImportRequest): Promise<{ status: number; report: ImportReport }> {
  const token = r.token ?? (await adminToken(r.medusaUrl, r.email ?? "admin@cho-htx.demo", r.password ?? "demo-admin-2025"))
  const form = new FormData()
  form.append("cooperative", r.cooperative)
  form.append("dry_run", r.dryRun ? "true" : "false")
  form.append("publish", r.publish ? "true" : "false")
  form.append("file", new Blob([fs.readFileSync(r.file)]), path.basename(r.file))
  const imagesDir = r.imagesDir ?? path.dirname(r.file)
  for (const name of fs.readdirSync(imagesDir).filter((n) => IMAGE_FILE.test(n)).sort()) {
    const ext = name.split(".").pop()!.toLowerCase()
    form.append("images", new Blob([fs.readFileSync(path.join(imagesDir, name))], { type: MIME[ext] }), name)
  }
  const res = await fetch(`${r.medusaUrl}/admin/product-imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, accept: "application/x-ndjson" },
    body: form,
  })
  if (!(res.headers.get("content-type") ?? "").includes("ndjson")) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null
    throw new Error(body?.message ?? `Medusa trả lời ${res.status}.`)
  }
  let buffered = ""
  let report: ImportReport | undefined
  const decoder = new TextDecoder()
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true })
    let nl: number
    while ((nl = buffered.indexOf("\n")) !== -1) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      if (!line.trim()) continue
      const msg = JSON.parse(line) as { progress?: { done: number; total: number }; report?: ImportReport; error?: { message: string } }
      if (msg.progress) r.onProgress?.(msg.progress.done, msg.progress.total)
      if (msg.report) report = msg.report
      if (msg.error) throw new Error(msg.error.message)
    }
  }
  if (!report) throw new Error("Medusa không trả về báo cáo nhập.")
  return { status: report.ok ? 200 : 422, report }
}

export function formatReport(report: ImportReport): string {
  const lines: string[] = []
  for (const e of report.errors) {
    const where = [e.row !== null ? `Dòng ${e.row}` : null, e.column ? `cột “${e.column}”` : null].filter(Boolean).join(", ")
    lines.push(`  ${where ? `${where}: ` : ""}${e.message}`)
  }
  if (report.ok) {
    const label = { create: report.dry_run ? "sẽ tạo" : "tạo mới", update: report.dry_run ? "sẽ cập nhật" : "cập nhật", unchanged: "giữ nguyên" }
    for (const p of report.products) {
      if (p.action === "unchanged") continue
      lines.push(`  ${label[p.action]}: ${p.handle} (dòng ${p.rows.join(", ")})${p.action === "update" ? ` — ${p.changes.join(", ")}` : ""}`)
    }
  }
  lines.push(report.message)
  return lines.join("\n")
}
