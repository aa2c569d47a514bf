/**
 * What a test may ask of the test stack that only the process holding it can do — stopping and
 * starting the embedded Meilisearch — over HTTP on loopback, on a random port with a random token
 * (both passed to the tests with `provide`). The global setup serves it; tests call `controlStack` (api.ts).
 */
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import type { Stack } from "../../scripts/lib/stack.ts"

export interface StackControl {
  url: string
  token: string
}

const actions = (stack: Stack): Record<string, () => Promise<void>> => ({
  /** SIGKILL: Meilisearch stays down until `meilisearch/start` */
  "meilisearch/kill": async () => stack.search.embedded!.kill(),
  /** as npm start's supervisor does after a crash: start it, wait until it answers, catch the index up */
  "meilisearch/start": async () => {
    const meilisearch = stack.search.embedded!
    await meilisearch.ready(meilisearch.launch())
    await stack.recoverSearchIndex()
  },
})

export async function serveStackControl(stack: Stack): Promise<{ control: StackControl; close(): Promise<void> }> {
  const token = crypto.randomBytes(24).toString("base64url")
  const handlers = actions(stack)
  const server = http.createServer((req, res) => {
    const action = handlers[req.url?.replace(/^\//, "") ?? ""]
    const authorized = req.headers.authorization === `Bearer ${token}`
    if (req.method !== "POST" || !action || !authorized || !stack.search.embedded) {
      res.writeHead(authorized ? 404 : 401).end()
      return
    }
    action().then(
      () => res.writeHead(204).end(),
      (err: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(err.message)
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    control: { url: `http://127.0.0.1:${port}`, token },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
