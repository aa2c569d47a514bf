import { describe, expect, it } from "vitest"
import { withClient } from "../../scripts/lib/database.ts"
import { commerceEnv, runSeed } from "../../scripts/lib/stack.ts"
import { ephemeralSecrets } from "../../scripts/lib/secrets.ts"
import { admin, stack } from "../support/api"

async function counts() {
  return withClient(stack().databaseUrl, async (c) => {
    const one = async (sql: string) => Number((await c.query(sql)).rows[0].n)
    return {
      products: await one("select count(*) n from product"),
      variants: await one("select count(*) n from product_variant"),
      cooperatives: await one("select count(*) n from cooperative"),
      roles: await one("select count(*) n from cooperative_management_role"),
      provenance: await one("select count(*) n from product_provenance"),
      categories: await one("select count(*) n from product_category"),
      regions: await one("select count(*) n from region"),
      shippingOptions: await one("select count(*) n from shipping_option"),
      salesChannels: await one("select count(*) n from sales_channel"),
      keys: await one("select count(*) n from api_key"),
      users: await one('select count(*) n from "user"'),
      inventoryLevels: await one("select count(*) n from inventory_level"),
      figureRecords: await one("select count(*) n from cooperative_figure_record"),
      statusChanges: await one("select count(*) n from cooperative_status_change"),
      cadres: await one("select count(*) n from plan_cadre"),
      trainings: await one("select count(*) n from plan_training"),
      attendances: await one("select count(*) n from plan_training_attendance"),
      targets: await one("select count(*) n from plan_target"),
    }
  })
}

describe("demo data seeding", () => {
  it("on a second run neither duplicates records nor overwrites what staff edited", async () => {
    const { body } = await admin(`/admin/products?limit=1&fields=id,title`)
    const product = body.products[0]
    const edited = `${product.title} (đã sửa)`
    expect((await admin(`/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ title: edited }) })).status).toBe(200)
    const before = await counts()
    expect(before.products).toBeGreaterThanOrEqual(60)
    expect(before.cooperatives).toBeGreaterThanOrEqual(40)
    // the Union's side: 24 months of figures per cooperative, cadres, trainings with attendance, targets
    expect(before.figureRecords).toBeGreaterThanOrEqual(40 * 20)
    expect(before.cadres).toBeGreaterThanOrEqual(60)
    expect(before.trainings).toBeGreaterThanOrEqual(10)
    expect(before.attendances).toBeGreaterThan(before.trainings * 5)
    expect(before.targets).toBeGreaterThan(0)

    try {
      const { databaseUrl, medusaPort, storefrontUrl, uploadDir } = stack()
      await runSeed(commerceEnv({ databaseUrl, medusaPort, storefrontUrl, uploadDir, secrets: ephemeralSecrets() }))

      expect(await counts()).toEqual(before)
      const { body: after } = await admin(`/admin/products/${product.id}?fields=title`)
      expect(after.product.title).toBe(edited)
    } finally {
      await admin(`/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ title: product.title }) })
    }
  }, 120_000)
})
