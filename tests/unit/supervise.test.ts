/**
 * npm start's supervisor with real child processes: a server that dies is started again with
 * backoff, one that keeps dying makes it give up with one line, and a stopped one stays stopped.
 */
import net from "node:net"
import { describe, expect, it } from "vitest"
import { waitForHttp } from "../../scripts/lib/ports"
import { startService, supervise, type Service } from "../../scripts/lib/processes"

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1")
  await new Promise((r) => server.once("listening", r))
  const { port } = server.address() as net.AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

/** A tiny HTTP server; with `dieAtOnce` it exits before serving. */
const server = (port: number, dieAtOnce = false) =>
  startService(process.execPath, ["-e", dieAtOnce ? "process.exit(3)" : `require("node:http").createServer((q, r) => r.end("ok")).listen(${port}, "127.0.0.1")`], {
    cwd: process.cwd(),
    env: process.env,
    label: "test-server",
    quiet: true,
  })

const exited = (s: Service) => new Promise<void>((r) => (s.alive() ? s.child.once("exit", () => r()) : r()))

describe("supervise", () => {
  it("starts a killed server again and says so", async () => {
    const port = await freePort()
    const ready = (s: Service) => waitForHttp(`http://127.0.0.1:${port}/`, 10_000, s.alive)
    const first = server(port)
    await ready(first)
    const lines: string[] = []
    let back!: () => void
    const isBack = new Promise<void>((r) => (back = r))
    const supervised = supervise(first, {
      name: "Test",
      launch: () => server(port),
      ready,
      log: (l) => {
        lines.push(l)
        if (l.includes("is back")) back()
      },
      onGiveUp: (l) => lines.push(`GAVE UP ${l}`),
      baseDelayMs: 20,
    })
    first.child.kill("SIGKILL")
    await isBack
    expect(supervised.restarts()).toBe(1)
    expect(supervised.current()).not.toBe(first)
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("ok")
    expect(lines[0]).toMatch(/^Test đã dừng bất ngờ \(tín hiệu SIGKILL\); khởi động lại sau 0.02 giây \(lần 1\/5\)… \/ Test exited unexpectedly \(SIGKILL\)/)
    expect(lines[1]).toBe("Test đã chạy lại. / Test is back.")
    await supervised.stop()
    expect(supervised.current().alive()).toBe(false)
  })

  it("gives up with one line after the restarts in a row fail", async () => {
    const port = await freePort()
    const first = server(port)
    await waitForHttp(`http://127.0.0.1:${port}/`, 10_000, first.alive)
    const lines: string[] = []
    const gaveUp = new Promise<string>((resolve) => {
      supervise(first, {
        name: "Test",
        launch: () => server(port, true),
        ready: (s) => waitForHttp(`http://127.0.0.1:${port}/`, 10_000, s.alive),
        log: (l) => lines.push(l),
        onGiveUp: resolve,
        baseDelayMs: 5,
        maxAttempts: 3,
      })
    })
    first.child.kill("SIGTERM")
    expect(await gaveUp).toBe("Test vẫn dừng sau 3 lần khởi động lại — dừng cửa hàng. / Test kept exiting after 3 restarts — stopping the shop.")
    // backoff doubles: 5, 10, 20 ms
    expect(lines.map((l) => /sau ([\d.]+) giây \(lần (\d)\/3\)/.exec(l)?.slice(1))).toEqual([
      ["0.005", "1"],
      ["0.01", "2"],
      ["0.02", "3"],
    ])
  })

  it("does not start a server again after stop()", async () => {
    const port = await freePort()
    const first = server(port)
    await waitForHttp(`http://127.0.0.1:${port}/`, 10_000, first.alive)
    let launched = 0
    const supervised = supervise(first, {
      name: "Test",
      launch: () => {
        launched++
        return server(port)
      },
      ready: (s) => waitForHttp(`http://127.0.0.1:${port}/`, 10_000, s.alive),
      log: () => {},
      onGiveUp: () => {},
      baseDelayMs: 1,
    })
    await supervised.stop()
    await exited(first)
    // give a wrongly scheduled restart every chance to happen: a full event-loop turn after the exit
    await new Promise((r) => setImmediate(r))
    await new Promise((r) => setTimeout(r, 50))
    expect(launched).toBe(0)
  })
})
