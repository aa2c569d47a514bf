/**
 * The indicators are computed from a copy of the registry the server keeps in memory, filed under
 * the registry's revision. Every write must move the revision on, whoever makes it: an edit in
 * Admin, and a raw SQL statement that no Medusa code sees (a script, a database console). The next
 * request then brings the copy up to date — reading again only what was written — and shows the
 * change; the copy so updated answers exactly as the registry read whole.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { KHANH_HOA_PROVINCE_CODE, listWards } from "../../commerce/src/lib/administrative-units"
import { INDICATOR_IDS } from "../../commerce/src/lib/plan-indicators/definitions"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, adminAuthorization, stack } from "../support/api"

// a ward at the far end of the list, which the demo data and other tests hardly use
const WARD = listWards(KHANH_HOA_PROVINCE_CODE).at(-1)!
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const sql = <T = any>(text: string, values: unknown[] = []) => withClient(stack().databaseUrl, async (db) => (await db.query(text, values)).rows as T[])

/**
 * The province this year with its trend, and the list behind every indicator, as one request after
 * the other (the first request brings the copy up to date; the rest are served from it).
 */
async function everything(): Promise<{ registry: string | undefined; bodies: unknown[] }> {
  const year = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).slice(0, 4)
  const q = `from=${year}-01`
  const get = async (path: string) => {
    const res = await fetch(`${stack().medusaUrl}${path}`, { headers: { authorization: await adminAuthorization() } })
    expect(res.status, path).toBe(200)
    return { registry: /registry;desc="(\w+)"/.exec(res.headers.get("server-timing") ?? "")?.[1], body: await res.json() }
  }
  const first = await get(`/admin/plan-indicators?${q}&trend=1`)
  const lists = []
  for (const indicator of INDICATOR_IDS) lists.push((await get(`/admin/plan-indicators/${indicator}?${q}`)).body)
  return { registry: first.registry, bodies: [first.body, ...lists] }
}

/** This month, in the ward: the indicators and where the server took the registry from. */
async function indicators(): Promise<{ byId: Record<string, any>; registry: string | undefined }> {
  const res = await fetch(`${stack().medusaUrl}/admin/plan-indicators?ward_code=${WARD.code}`, { headers: { authorization: await adminAuthorization() } })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { indicators: { id: string }[] }
  return {
    byId: Object.fromEntries(body.indicators.map((i) => [i.id, i])),
    registry: /registry;desc="(\w+)"/.exec(res.headers.get("server-timing") ?? "")?.[1],
  }
}

const form = (over: Record<string, unknown> = {}) => ({
  name: `HTX Thử bộ nhớ đệm ${unique()}`,
  kind: "hop_tac_xa",
  ward_code: WARD.code,
  former_district: WARD.formerDistricts[0],
  registration_number: `KH-CACHE-${unique()}`,
  founded_on: "2018-03-01",
  members_total: 10,
  members_women: 4,
  workers_total: 10,
  workers_women: 4,
  women_stable_jobs: 2,
  management_roles: [{ role: "chair", holder_name: "Hà Thị Thu", holder_gender: "female" }],
  ...over,
})

describe("plan indicators follow every registry write", () => {
  let id: string
  let created: ReturnType<typeof form>

  beforeAll(async () => {
    created = form()
    const res = await admin("/admin/cooperatives", { method: "POST", body: JSON.stringify(created) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    id = res.body.cooperative.id
  })

  afterAll(async () => {
    await sql(`update cooperative set deleted_at = now() where id = $1`, [id])
  })

  it("serves a repeated request from memory, and an edit of the worker count in Admin shows on the next request", async () => {
    await indicators()
    const before = await indicators()
    expect(before.registry).toBe("cached")
    // 4 women of 10 workers: not a women-majority workforce
    const majority = before.byId.women_majority_workforce

    const edit = await admin(`/admin/cooperatives/${id}`, {
      method: "POST",
      body: JSON.stringify({ ...created, management_roles: undefined, workers_total: 10, workers_women: 8, members_women: 8, women_stable_jobs: 5 }),
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)

    const after = await indicators()
    expect(after.registry).toBe("updated")
    expect(after.byId.women_majority_workforce.numerator).toBe(majority.numerator + 1)
    expect(after.byId.women_majority_workforce.denominator).toBe(majority.denominator)
    expect(after.byId.women_stable_jobs_htx.numerator).toBe(before.byId.women_stable_jobs_htx.numerator + 3)
    expect((await indicators()).registry).toBe("cached")
  })

  it("a raw SQL update of a figure record, a target or a cooperative shows on the next request", async () => {
    const before = await indicators()
    const majority = before.byId.women_majority_workforce.numerator
    // today's figure record (the edit above replaced it): back to 2 women of 10 workers
    const updated = await sql(`update cooperative_figure_record set workers_women = 2, women_stable_jobs = 1 where cooperative_id = $1 and deleted_at is null returning id`, [id])
    expect(updated.length).toBeGreaterThan(0)
    const afterFigures = await indicators()
    expect(afterFigures.registry).toBe("updated")
    expect(afterFigures.byId.women_majority_workforce.numerator).toBe(majority - 1)

    // a table of the union-plan module: this year's target for cadres trained
    const year = Number(new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).slice(0, 4))
    const target = afterFigures.byId.cadres_trained.target === 77 ? 78 : 77
    const [kept] = await sql(`select id, value from plan_target where year = $1 and indicator_id = 'cadres_trained' and deleted_at is null`, [year])
    if (kept) await sql(`update plan_target set value = $2 where id = $1`, [kept.id, target])
    else await sql(`insert into plan_target (id, year, indicator_id, value) values ($1, $2, 'cadres_trained', $3)`, [`ptgt_cache_${unique()}`, year, target])
    const afterTarget = await indicators()
    expect(afterTarget.registry).toBe("updated")
    expect(afterTarget.byId.cadres_trained.target).toBe(target)
    if (kept) await sql(`update plan_target set value = $2 where id = $1`, [kept.id, kept.value])
    else await sql(`delete from plan_target where year = $1 and indicator_id = 'cadres_trained' and id like 'ptgt_cache_%'`, [year])
    expect((await indicators()).byId.cadres_trained.target).toBe(afterFigures.byId.cadres_trained.target)

    // the cooperative deleted behind Medusa's back: no longer counted
    await sql(`update cooperative set deleted_at = now() where id = $1`, [id])
    const afterDelete = await indicators()
    expect(afterDelete.registry).toBe("updated")
    expect(afterDelete.byId.women_managed_htx.denominator).toBe(afterTarget.byId.women_managed_htx.denominator - 1)
    await sql(`update cooperative set deleted_at = null where id = $1`, [id])
    expect((await indicators()).byId.women_managed_htx.denominator).toBe(afterTarget.byId.women_managed_htx.denominator)
  })

  it("the copy brought up to date answers as the whole registry read again, lists included", async () => {
    // a seat handed over and a training attended, behind Medusa's back
    await sql(`update cooperative_management_role set holder_name = 'Hà Thị Thu Hằng' where cooperative_id = $1`, [id])
    const updated = await everything()
    expect(updated.registry).toBe("updated")
    // a row in the write log that says "everything changed" (as a truncate or a large import writes)
    await sql(`insert into plan_registry_write (everything) values (true)`)
    const whole = await everything()
    expect(whole.registry).toBe("read")
    expect(updated.bodies).toEqual(whole.bodies)
    expect(JSON.stringify(updated.bodies)).toContain("Hà Thị Thu Hằng")
  })

  it("folding a long write log into one row keeps the revision, so the copy in memory stays valid", async () => {
    // 1,200 writes' worth of rows (more than the server keeps before folding them)
    await sql(`insert into plan_registry_write (weight) select 1 from generate_series(1, 1200)`)
    const [{ sum }] = await sql(`select sum(weight)::text as sum from plan_registry_write`)
    // rows that name no cooperative and not the training register: nothing to read again but the order
    expect((await indicators()).registry).toBe("updated")
    const [after] = await sql(`select sum(weight)::text as sum, count(*)::int as rows from plan_registry_write`)
    expect(after.sum).toBe(sum)
    expect(after.rows).toBeLessThan(10)
    expect((await indicators()).registry).toBe("cached")
    // the folded row no longer says what was written: after the next write the whole registry is read
    await sql(`update cooperative_figure_record set women_stable_jobs = women_stable_jobs where cooperative_id = $1`, [id])
    expect((await indicators()).registry).toBe("read")
    expect((await indicators()).registry).toBe("cached")
  })
})
