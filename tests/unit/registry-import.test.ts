import { describe, expect, it } from "vitest"
import { readSpreadsheet } from "../../commerce/src/lib/product-import/read-spreadsheet"
import { REGISTRY_COLUMNS, registryTemplateCsv, validateRegistryRows } from "../../commerce/src/lib/registry/import"

const HEADER = REGISTRY_COLUMNS.map((c) => c.vi)
const csv = (rows: Record<string, string>[]) =>
  new TextEncoder().encode(
    [HEADER.join(","), ...rows.map((r) => REGISTRY_COLUMNS.map((c) => (r[c.key] ?? "").replace(/,/g, " ")).join(","))].join("\n")
  )
const good = (over: Record<string, string> = {}) => ({
  name: "HTX Dệt thổ cẩm Mỹ Nghiệp",
  kind: "HTX",
  registration_number: "4500000001",
  founded_on: "15/03/2021",
  ward: "Xã Tu Bông",
  former_district: "Vạn Ninh",
  members_total: "25",
  members_women: "21",
  workers_total: "18",
  workers_women: "16",
  women_stable_jobs: "12",
  figures_as_of: "30/06/2026",
  chair_name: "Võ Thị Lan",
  chair_gender: "Nữ",
  ...over,
})
const ctx = () => ({ existing: new Map([["4500009999", { id: "coop_1", name: "HTX Có Sẵn", handle: "htx-co-san" }]]), handles: new Set(["htx-det-tho-cam-my-nghiep"]) })

async function validate(rows: Record<string, string>[]) {
  const read = await readSpreadsheet(csv(rows), "ds.csv", REGISTRY_COLUMNS)
  expect(read.issues).toEqual([])
  return validateRegistryRows(read.rows, ctx())
}

describe("registry import validation", () => {
  it("reads a district's list: words for kind and gender, ward by name, former district without its prefix", async () => {
    const { records, issues } = await validate([good()])
    expect(issues).toEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      row: 2,
      existing_id: null,
      figures_as_of: "2026-06-30",
      seats: [{ role: "chair", holder_name: "Võ Thị Lan", holder_gender: "female" }],
      values: { kind: "hop_tac_xa", ward_code: "22498", former_district: "Huyện Vạn Ninh", status: "unlisted", members_women: 21 },
    })
    // the handle "htx-det-tho-cam-my-nghiep" is taken: the new record gets a free one
    expect(records[0].values.handle).toBe("htx-det-tho-cam-my-nghiep-2")
  })

  it("a known registration number updates that record", async () => {
    const { records } = await validate([good({ registration_number: "4500009999" })])
    expect(records[0].existing_id).toBe("coop_1")
  })

  it("reports every bad cell by row and column, and returns no record for a bad row", async () => {
    const { records, issues } = await validate([
      good({ workers_women: "19" }),
      good({ registration_number: "4500000003", ward: "Phường Không Có" }),
      good({ registration_number: "4500000004", founded_on: "01/01/2999" }),
      good({ registration_number: "4500000005", kind: "Công ty" }),
      good({ registration_number: "4500000005", chair_gender: "?" }),
      good({ registration_number: "4500000007", members_total: "-3" }),
      good({ registration_number: "4500000008", former_district: "Huyện Khánh Sơn" }),
      good({ registration_number: "4500000009", members_women: "abc" }),
    ])
    expect(records).toEqual([])
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, "Lao động nữ"],
      [3, "Phường/xã"],
      [4, "Ngày thành lập"],
      [5, "Loại hình"],
      [6, "Giới tính chủ tịch"],
      [6, "Số đăng ký"],
      [7, "Tổng số thành viên"],
      // and, with a negative total, the women are more than the total too
      [7, "Thành viên nữ"],
      [8, "Huyện cũ"],
      [9, "Thành viên nữ"],
    ])
    expect(issues[0].message).toBe("Số lao động nữ không được lớn hơn tổng số lao động")
    expect(issues[5].message).toMatch(/trùng với dòng 6|trùng với dòng 5/)
    expect(issues[8].message).toMatch(/Xã Tu Bông được lập từ Huyện Vạn Ninh/)
  })

  it("the template reads back with its own columns and its example row is valid", async () => {
    const read = await readSpreadsheet(new TextEncoder().encode(registryTemplateCsv()), "mau.csv", REGISTRY_COLUMNS)
    expect(read.issues).toEqual([])
    const { issues } = validateRegistryRows(read.rows, { existing: new Map(), handles: new Set() })
    expect(issues).toEqual([])
  })
})
