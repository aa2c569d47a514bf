import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { adminLogin, adminCall, completeCart, createStockedProduct, prepareCart, storeCall } from "../../scripts/lib/checkout"

// Meilisearch (embedded on Linux x64) next to the test stack's own: TEST_MEILISEARCH_PORT + 1.
const ports = { MEDUSA_PORT: "9150", PORT: "4450", EMBEDDED_POSTGRES_PORT: "5590", MEILISEARCH_PORT: String(Number(process.env.TEST_MEILISEARCH_PORT || 7701) + 1) }
// Inside the repository: the storefront build of a data folder sits in it and needs node_modules.
fs.mkdirSync(".data", { recursive: true })
const dataDir = fs.mkdtempSync(path.resolve(".data", "start-stop-test-"))
fs.chmodSync(dataDir, 0o755)

/** The pid of npm start's child whose command line contains `pattern` (Medusa: "cli.js start"). */
function childPid(parent: number, pattern: string): number {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1])
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ")
      if (ppid === parent && cmdline.includes(pattern)) return Number(entry)
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error(`no child of ${parent} runs ${pattern}`)
}

/** Resolves when npm start's output (from `from` on) contains `text`. */
function outputReaches(child: ChildProcess, output: () => string, from: number, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (output().slice(from).includes(text)) {
        child.stdout!.off("data", check)
        child.stderr!.off("data", check)
        resolve()
      }
    }
    child.stdout!.on("data", check)
    child.stderr!.on("data", check)
    child.once("exit", (code) => reject(new Error(`npm start exited (${code}) before "${text}":\n${output().slice(from)}`)))
    check()
  })
}

function npmStart(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.resolve("scripts/start.ts")], {
    env: { ...process.env, ...ports, DATA_DIR: dataDir, STOREFRONT_URL: `http://localhost:${ports.PORT}` },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString()
      if (out.includes("sẵn sàng")) resolve({ child, output: () => out })
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => reject(new Error(`npm start exited early (${code}):\n${out}`)))
  })
}

async function ctrlC(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)))
  child.kill("SIGINT")
  return exited
}

const portFree = (port: string) =>
  new Promise<boolean>((resolve) => {
    const s = net.createServer().once("error", () => resolve(false)).once("listening", () => s.close(() => resolve(true)))
    s.listen(Number(port), "0.0.0.0")
  })

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe("npm start", () => {
  it("serves the shop, brings back a killed Medusa without losing orders, stops every process on Ctrl-C, and reuses the data on the next start", async () => {
    const first = await npmStart()
    const key = /pk_[0-9a-f]+/.exec(first.output())![0]
    const home = await fetch(`http://localhost:${ports.PORT}/`)
    expect(home.status).toBe(200)
    expect(first.output()).toContain(`http://localhost:${ports.MEDUSA_PORT}/app`)
    expect(first.output()).toContain("admin@cho-htx.demo")

    // Medusa killed hard: npm start brings it back by itself, the acknowledged order is still there, the next order works
    const medusaPid = childPid(first.child.pid!, "cli.js start")
    const api = { medusaUrl: `http://localhost:${ports.MEDUSA_PORT}`, publishableKey: key }
    const admin = await adminLogin(api.medusaUrl)
    const product = await createStockedProduct(admin, { title: "Thử khởi động lại (demo)", handle: `thu-khoi-dong-lai-${Date.now().toString(36)}`, stock: 10 })
    const regionId = (await storeCall(api, "/store/regions")).body.regions.find((r: { currency_code: string }) => r.currency_code === "vnd").id
    const order = async () => {
      const { cartId } = await prepareCart(api, { regionId, items: [{ variant_id: product.variantId, quantity: 1 }] })
      const done = await completeCart(api, cartId)
      expect(done.body?.type).toBe("order")
      return done.body.order.id as string
    }
    const before = await order()
    const from = first.output().length
    const back = outputReaches(first.child, first.output, from, "Medusa is back")
    process.kill(medusaPid, "SIGKILL")
    await back
    expect(first.output().slice(from)).toMatch(/Medusa đã dừng bất ngờ \(tín hiệu SIGKILL\); khởi động lại sau 1 giây/)
    expect(childPid(first.child.pid!, "cli.js start")).not.toBe(medusaPid)
    const again = await adminLogin(api.medusaUrl)
    expect((await adminCall(again, `/admin/orders/${before}?fields=id`)).status).toBe(200)
    const after = await order()
    expect(after).not.toBe(before)
    expect(await ctrlC(first.child)).toBe(0)
    for (const port of Object.values(ports)) expect(await portFree(port), `port ${port} still held`).toBe(true)

    const second = await npmStart()
    try {
      // the same database: the publishable key created on the first start is still there
      expect(second.output()).toContain(key)
      const products = await fetch(`http://localhost:${ports.MEDUSA_PORT}/store/products?limit=1`, { headers: { "x-publishable-api-key": key } })
      expect(((await products.json()) as { count: number }).count).toBeGreaterThanOrEqual(60)
    } finally {
      expect(await ctrlC(second.child)).toBe(0)
    }
    // A first start (builds, migrations, seed), a restart of Medusa and a second start: minutes on a busy 2-core machine.
  }, 900_000)
})
