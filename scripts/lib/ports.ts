import net from "node:net"
import { UserFacingError } from "./env.ts"

export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "0.0.0.0")
  })
  if (!free) {
    throw new UserFacingError(
      `Cổng ${port} (${what}) đang bị chương trình khác dùng — hãy tắt chương trình đó hoặc đặt ${envName}=<cổng khác>. / ` +
        `Port ${port} (${what}) is already in use: stop that program or set ${envName} to another port.`
    )
  }
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new UserFacingError(`Tiến trình phục vụ ${url} đã dừng trước khi sẵn sàng (xem nhật ký ở trên). / The process serving ${url} exited before it was ready (see the log above).`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new UserFacingError(`${url} chưa sẵn sàng sau ${Math.round(timeoutMs / 1000)} giây. / ${url} was not ready after ${Math.round(timeoutMs / 1000)} s.`)
}
