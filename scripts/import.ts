/**
 * npm run import -- <file.csv|file.xlsx> --cooperative <handle> [--dry-run] [--publish] [--images <dir>] [--json]
 *
 * Imports products from a spreadsheet into the running shop, through its admin API (the same
 * validation and workflow as the Admin page). MEDUSA_BACKEND_URL (default http://localhost:9000),
 * admin login from IMPORT_ADMIN_EMAIL / IMPORT_ADMIN_PASSWORD (default: the demo admin).
 * Exit code 0: imported (or dry run good); 1: the file has problems (nothing written), report on
 * stdout; 2: could not run (shop not reachable, bad arguments).
 */
import { parseArgs } from "node:util"
import { formatReport, sendProductImport } from "./lib/product-import-client.ts"

const USAGE = "Cách dùng: npm run import -- <tệp.csv|tệp.xlsx> --cooperative <mã-htx> [--dry-run] [--publish] [--images <thư-mục>] [--json]"

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        cooperative: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        publish: { type: "boolean", default: false },
        images: { type: "string" },
        json: { type: "boolean", default: false },
      },
    })
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1 || !values.cooperative) {
    console.error(USAGE)
    return 2
  }
  const port = process.env.MEDUSA_PORT || "9000"
  const medusaUrl = (process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`).replace(/\/$/, "")
  const bar = progressBar()
  try {
    process.stderr.write(`Đang gửi ${positionals[0]} tới ${medusaUrl} và kiểm tra toàn bộ tệp…\n`)
    const { report } = await sendProductImport({
      medusaUrl,
      email: process.env.IMPORT_ADMIN_EMAIL || process.env.DEMO_ADMIN_EMAIL || "admin@cho-htx.demo",
      password: process.env.IMPORT_ADMIN_PASSWORD || process.env.DEMO_ADMIN_PASSWORD || "demo-admin-2025",
      file: positionals[0],
      cooperative: values.cooperative,
      imagesDir: values.images,
      dryRun: values["dry-run"],
      publish: values.publish,
      onProgress: bar.update,
    })
    bar.finish()
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report))
    return report.ok ? 0 : 1
  } catch (e) {
    bar.finish()
    const cause = (e as { cause?: { code?: string } }).cause
    console.error(cause?.code === "ECONNREFUSED" ? `Không kết nối được Medusa ở ${medusaUrl}: hãy chạy npm start trước.` : (e as Error).message)
    return 2
  }
}

/** A one-line bar on stderr, redrawn per chunk of products written. */
function progressBar() {
  let drawn = false
  const tty = process.stderr.isTTY
  return {
    update(done: number, total: number) {
      const width = 30
      const filled = total ? Math.round((done / total) * width) : width
      const line = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} sản phẩm`
      process.stderr.write(tty ? `\r${line}` : `${line}\n`)
      drawn = true
    },
    finish() {
      if (drawn && tty) process.stderr.write("\n")
    },
  }
}

process.exitCode = await main()
