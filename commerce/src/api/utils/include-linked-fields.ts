import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Adds our module links to a core store route's query: `fields=+cooperative.handle` or
 * `fields=*product_provenance` on /store/products.
 *
 * Why not `allowFields(...)`: in Medusa 2.21.2 a project middleware on a core route runs
 * after the core `validateAndTransformQuery`, which has already dropped every field not in
 * its allow-list, so pushing to `req.allowed` comes too late (seen on /store/products).
 * Re-running validation would also reset the filters that later core middlewares set
 * (published only, the key's sales channels). So this adds back only requested fields that
 * are in our own allow-list, leaving filters untouched.
 */
export function includeLinkedFields(fields: { relation: string; properties: string[] }[]) {
  const allowed = new Set(fields.flatMap((f) => f.properties.map((p) => `${f.relation}.${p}`)))
  const starAllowed = new Map(fields.map((f) => [f.relation, f.properties.map((p) => `${f.relation}.${p}`)]))
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const raw = req.query?.fields
    if (typeof raw === "string" && req.queryConfig?.fields) {
      const extra: string[] = []
      for (const token of raw.split(",").map((t) => t.trim().replace(/^[+]/, ""))) {
        if (token.startsWith("*") && starAllowed.has(token.slice(1))) extra.push(...starAllowed.get(token.slice(1))!)
        else if (token.endsWith(".*") && starAllowed.has(token.slice(0, -2))) extra.push(...starAllowed.get(token.slice(0, -2))!)
        else if (allowed.has(token)) extra.push(token)
      }
      if (extra.length) req.queryConfig.fields = [...new Set([...req.queryConfig.fields, ...extra])]
    }
    next()
  }
}
