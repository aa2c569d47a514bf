import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const ports = { MEDUSA_PORT: "9150", PORT: "4450", EMBEDDED_POSTGRES_PORT: "5590" }
// Inside the repository: the storefront build of a data folder sits in it and needs node_modules.
fs.mkdirSync(".data", { recursive: true })
const dataDir = fs.mkdtempSync(path.resolve(".data", "start-stop-test-"))
fs.chmodSync(dataDir, 0o755)

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
  it("serves the shop, stops every process on Ctrl-C, and reuses the data on the next start", async () => {
    const first = await npmStart()
    const key = /pk_[0-9a-f]+/.exec(first.output())![0]
    const home = await fetch(`http://localhost:${ports.PORT}/`)
    expect(home.status).toBe(200)
    expect(first.output()).toContain(`http://localhost:${ports.MEDUSA_PORT}/app`)
    expect(first.output()).toContain("admin@cho-htx.demo")

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
  }, 240_000)
})
