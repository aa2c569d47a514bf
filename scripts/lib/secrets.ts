/**
 * `npm start`'s secrets: generated on the first start, kept in `<data folder>/secrets.json`
 * (mode 600, never in git — .data/ is ignored), reused afterwards. A value set in the environment
 * wins over the file; either way a missing, short or published value stops the start in one line.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import rules from "../../commerce/src/lib/secret-rules.json" with { type: "json" }
import { UserFacingError } from "./env.ts"

// Medusa's config checks the same rules in commerce/src/lib/secrets.ts; that TypeScript file cannot be
// loaded here (Node would reparse the CommonJS package's file as ESM and warn), so the check is repeated.
export const SECRET_NAMES = rules.names as readonly SecretName[]
export type SecretName = "JWT_SECRET" | "COOKIE_SECRET" | "STOREFRONT_SECRET"
export type Secrets = Record<SecretName, string>

export function generateSecret(): string {
  return crypto.randomBytes(32).toString("base64url")
}

/** Why a value cannot be a secret, in one line; the same rules and wording as commerce/src/lib/secrets.ts. */
export function secretProblem(name: string, value: string | undefined): string | null {
  if (value === undefined || value === "") return `${name} chưa được đặt. / ${name} is not set.`
  if (rules.published.some((p) => value.toLowerCase() === p.toLowerCase())) {
    return `${name} là giá trị mặc định đã công bố, ai cũng ký được token. / ${name} is a published default value: anyone could sign tokens with it.`
  }
  if (value.length < rules.minLength) {
    return `${name} quá ngắn (${value.length} ký tự, cần ít nhất ${rules.minLength}). / ${name} is too short (${value.length} characters, at least ${rules.minLength} needed).`
  }
  if (new Set(value).size < rules.minDistinctCharacters) {
    return `${name} quá đơn điệu (ít hơn ${rules.minDistinctCharacters} ký tự khác nhau). / ${name} has too little variety (fewer than ${rules.minDistinctCharacters} distinct characters).`
  }
  return null
}

export const SECRETS_FILE_NAME = "secrets.json"

function readSecretsFile(file: string): Record<string, unknown> {
  if (!fs.existsSync(file)) return {}
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"))
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object")
    return parsed as Record<string, unknown>
  } catch {
    throw new UserFacingError(
      `${file} hỏng (không phải JSON hợp lệ): sửa hoặc xóa tệp để tạo khóa mới (phiên đăng nhập cũ sẽ hết hiệu lực). / ${file} is not valid JSON: fix or delete it to generate new secrets (existing sign-ins end).`
    )
  }
}

/** Writes the file atomically, mode 600, and keeps it private even if someone loosened it. */
function writeSecretsFile(dataDir: string, file: string, stored: Record<string, unknown> | null): void {
  if (stored) {
    fs.mkdirSync(dataDir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 })
    fs.renameSync(tmp, file)
  }
  if (fs.existsSync(file) && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600)
}

export function loadOrCreateSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Secrets {
  const file = path.join(dataDir, SECRETS_FILE_NAME)
  const stored = readSecretsFile(file)
  let changed = false
  const secrets = {} as Secrets
  for (const name of SECRET_NAMES) {
    const fromEnv = env[name]
    if (fromEnv !== undefined && fromEnv !== "") {
      secrets[name] = fromEnv
    } else if (typeof stored[name] === "string" && stored[name]) {
      secrets[name] = stored[name] as string
    } else {
      secrets[name] = generateSecret()
      stored[name] = secrets[name]
      changed = true
    }
    const problem = secretProblem(name, secrets[name])
    if (problem) {
      const where = fromEnv ? "biến môi trường / environment variable" : file
      throw new UserFacingError(`${problem} (${where})`)
    }
  }
  writeSecretsFile(dataDir, file, changed ? stored : null)
  return secrets
}

/**
 * A secret of a service `npm start` runs besides Medusa (the embedded Meilisearch's master key): kept in
 * the same file, generated on first use, the environment's value first — and held to the same rules.
 */
export function loadOrCreateServiceSecret(dataDir: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = path.join(dataDir, SECRETS_FILE_NAME)
  const fromEnv = env[name]
  const stored = readSecretsFile(file)
  let value: string
  let changed = false
  if (fromEnv !== undefined && fromEnv !== "") value = fromEnv
  else if (typeof stored[name] === "string" && stored[name]) value = stored[name] as string
  else {
    value = generateSecret()
    stored[name] = value
    changed = true
  }
  const problem = secretProblem(name, value)
  if (problem) throw new UserFacingError(`${problem} (${fromEnv ? "biến môi trường / environment variable" : file})`)
  writeSecretsFile(dataDir, file, changed ? stored : null)
  return value
}

/** Fresh secrets for a throw-away stack (tests, benchmarks): nothing written. */
export function ephemeralSecrets(): Secrets {
  return Object.fromEntries(SECRET_NAMES.map((n) => [n, generateSecret()])) as Secrets
}
