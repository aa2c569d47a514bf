/**
 * STOREFRONT_SECRET, shared by the storefront and Medusa, and the keys derived from it — one per
 * purpose, so a key that leaks from one use (a cookie signature) says nothing about another:
 *
 * - `orders-cookie`: the storefront signs its "orders this browser placed" cookie with it;
 * - `storefront-proof`: the storefront proves its server-to-server calls to Medusa with it. Medusa then
 *   shows it a guest order by id (`GET /store/orders/:id`, for the confirmation page) and believes the
 *   buyer's address it forwards (for the order lookup's per-client limit).
 *
 * A proof is `v1.<unix seconds>.<HMAC-SHA256(key, "v1.<seconds>.<client address>")>` in the
 * `x-storefront-proof` header, with the buyer's address in `x-storefront-client`: it is bound to that
 * address and expires after PROOF_MAX_AGE_SECONDS, so one copied from a log is of little use.
 * The storefront and Medusa must share a clock to within that (NTP).
 *
 * Pure node:crypto: Medusa compiles this file, the storefront bundles it (site/lib/storefront-secret.ts).
 */
import crypto from "node:crypto"
import { secretProblem } from "./secrets"

export const STOREFRONT_PROOF_HEADER = "x-storefront-proof"
export const STOREFRONT_CLIENT_HEADER = "x-storefront-client"
/** Accepted age of a proof, in seconds, either way (clocks drift a little). */
export const PROOF_MAX_AGE_SECONDS = 300

export type KeyPurpose = "orders-cookie" | "storefront-proof"

/** HMAC-SHA256(secret, purpose): a separate key per use. */
export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return crypto.createHmac("sha256", secret).update(purpose).digest()
}

/** A MAC of `data` under `key`, base64url (43 characters). */
export function mac(key: Buffer, data: string): string {
  return crypto.createHmac("sha256", key).update(data).digest("base64url")
}

/** Constant-time comparison of two strings (false when the lengths differ). */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * STOREFRONT_SECRET from the environment, or an Error with one clear line. No development default:
 * without it neither side can recognise the other, so both refuse to start.
 */
export function requireStorefrontSecret(env: NodeJS.ProcessEnv): string {
  const value = env.STOREFRONT_SECRET
  const problem = secretProblem("STOREFRONT_SECRET", value)
  if (problem) {
    throw new Error(
      `${problem} Cửa hàng và Medusa cần cùng một STOREFRONT_SECRET: chạy bằng \`npm start\` (tự tạo khóa trong thư mục dữ liệu) hoặc đặt biến môi trường cho cả hai. / The storefront and Medusa need the same STOREFRONT_SECRET: use \`npm start\` (it creates one in the data folder) or set it for both.`
    )
  }
  return value as string
}

const CLIENT_MAX_LENGTH = 64

/** The headers that prove a call comes from the storefront, on behalf of the buyer at `client`. */
export function storefrontProofHeaders(key: Buffer, client: string, now: number = Date.now()): Record<string, string> {
  const address = client.slice(0, CLIENT_MAX_LENGTH)
  const t = Math.floor(now / 1000)
  return {
    [STOREFRONT_PROOF_HEADER]: `v1.${t}.${mac(key, `v1.${t}.${address}`)}`,
    [STOREFRONT_CLIENT_HEADER]: address,
  }
}

type HeaderValue = string | string[] | undefined
const single = (v: HeaderValue) => (Array.isArray(v) ? v[0] : v)

/**
 * Checks the proof headers of a request. `{ ok: true, client }` only for a genuine, fresh proof;
 * the client is the buyer's address the storefront vouched for ("" when it did not know it).
 */
export function verifyStorefrontProof(
  key: Buffer,
  headers: Record<string, HeaderValue>,
  now: number = Date.now()
): { ok: true; client: string } | { ok: false } {
  const proof = single(headers[STOREFRONT_PROOF_HEADER])
  const client = single(headers[STOREFRONT_CLIENT_HEADER]) ?? ""
  if (!proof || proof.length > 100 || client.length > CLIENT_MAX_LENGTH) return { ok: false }
  const m = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(proof)
  if (!m) return { ok: false }
  const t = Number(m[1])
  if (Math.abs(now / 1000 - t) > PROOF_MAX_AGE_SECONDS) return { ok: false }
  return sameText(m[2], mac(key, `v1.${t}.${client}`)) ? { ok: true, client } : { ok: false }
}
