/**
 * The secrets that sign sessions and tokens, as Medusa's config reads them: no usable default.
 * `npm start` generates them on the first start and keeps them in the data folder
 * (scripts/lib/secrets.ts, same rules from secret-rules.json); production sets them in the environment.
 */
import crypto from "node:crypto"
import rules from "./secret-rules.json"

export type SecretName = "JWT_SECRET" | "COOKIE_SECRET" | "STOREFRONT_SECRET"

/** Why a value cannot be used as a secret, in one line (Vietnamese / English); null when it can. */
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

/**
 * The secret for Medusa's config. In production a missing or weak value stops the server with one
 * line; in development (`medusa develop`) a missing one becomes a random per-process value, so there
 * is still no usable default (sessions then end with the process).
 */
export function requireSecret(env: NodeJS.ProcessEnv, name: SecretName): string {
  const value = env[name]
  const production = env.NODE_ENV === "production" || env.NODE_ENV === "staging"
  if (!production && (value === undefined || value === "")) return crypto.randomBytes(32).toString("base64url")
  const problem = secretProblem(name, value)
  if (problem) throw new Error(`${problem} Chạy bằng \`npm start\` (tự tạo khóa trong thư mục dữ liệu) hoặc đặt biến môi trường. / Use \`npm start\` (it creates secrets in the data folder) or set the variable.`)
  return value as string
}
