/** Invite tokens: 32 random bytes, shown once in the link; only their SHA-256 is stored. */
import crypto from "node:crypto"

export const INVITE_VALID_DAYS = 7

export function newInviteToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex")
}

/** The storefront page where the invitee sets a password. */
export function inviteUrl(token: string, storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"): string {
  return `${storefrontUrl.replace(/\/$/, "")}/kenh-htx/loi-moi/${token}`
}
