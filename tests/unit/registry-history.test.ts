import { describe, expect, it } from "vitest"
import { describeValue, diffRegistry, historyValue } from "../../commerce/src/lib/registry/history"

describe("registry change history", () => {
  it("records only the fields that changed, dates as days, empty text as nothing", () => {
    const current = { name: "HTX A", founded_on: new Date("2020-03-01T00:00:00Z"), workers_total: 9, street_address: null, email: "a@x.vn" }
    const next = { name: "HTX A", founded_on: "2020-03-01T00:00:00.000Z", workers_total: 12, street_address: "", email: "b@x.vn" }
    expect(diffRegistry(current, next)).toEqual([
      { field: "workers_total", old_value: "9", new_value: "12" },
      { field: "email", old_value: "a@x.vn", new_value: "b@x.vn" },
    ])
  })

  it("ignores fields that the edit did not send and fields that are not part of the registry", () => {
    expect(diffRegistry({ name: "A", workers_total: 1 }, { secret: "x", handle: "y" })).toEqual([])
  })

  it("shows codes in words and dates as dd/mm/yyyy", () => {
    expect(describeValue("status", "unlisted")).toBe("Không bán trên sàn")
    expect(describeValue("registry_status", "suspended")).toBe("Tạm ngừng hoạt động")
    expect(describeValue("status", "suspended")).toBe("Tạm ngừng bán")
    expect(describeValue("kind", "to_hop_tac")).toBe("Tổ hợp tác")
    expect(describeValue("founded_on", historyValue(new Date("2019-04-02T00:00:00Z")))).toBe("02/04/2019")
    expect(describeValue("email", null)).toBe("(trống)")
  })
})
