import { describe, expect, it } from "vitest"
import { cooperativeInputSchema, describeIssues } from "../../commerce/src/lib/cooperative-input"
import { getWard, listWards, KHANH_HOA_PROVINCE_CODE } from "../../commerce/src/lib/administrative-units"
import { normalizeVietnamesePhone } from "../../commerce/src/lib/phone"
import { provenanceInputSchema, toProvenanceRecord } from "../../commerce/src/lib/provenance-input"

const valid = {
  handle: "htx-thu-nghiem",
  name: "HTX Thử nghiệm (demo)",
  kind: "hop_tac_xa",
  status: "active",
  ward_code: "",
  former_district: "Huyện Vạn Ninh",
  members_total: 20,
  members_women: 15,
  workers_total: 10,
  workers_women: 8,
  phone: "0905 123 456",
  management_roles: [{ role: "chair", holder_name: "Nguyễn Thị Hoa", holder_gender: "female" }],
}

const vanNinh = listWards(KHANH_HOA_PROVINCE_CODE).find((w) => w.name === "Xã Vạn Ninh")!

describe("administrative units since 1 July 2025", () => {
  it("place former Ninh Thuận communes in Khánh Hòa", () => {
    const names = listWards(KHANH_HOA_PROVINCE_CODE).map((w) => w.name)
    expect(names).toContain("Phường Phan Rang")
    expect(names).toContain("Xã Ninh Phước")
    expect(names).toContain("Phường Nha Trang")
  })

  it("know which former districts a new ward was made from", () => {
    expect(getWard(vanNinh.code)?.formerDistricts).toEqual(["Huyện Vạn Ninh"])
  })
})

describe("cooperative records", () => {
  it("accept a complete record, fill the ward name from the dataset and normalise the phone", () => {
    const parsed = cooperativeInputSchema.parse({ ...valid, ward_code: vanNinh.code })
    expect(parsed.ward_name).toBe("Xã Vạn Ninh")
    expect(parsed.phone).toBe("0905123456")
  })

  it("refuse more women than members or workers, with the field named in Vietnamese", () => {
    const result = cooperativeInputSchema.safeParse({ ...valid, ward_code: vanNinh.code, members_women: 21, workers_women: 11 })
    expect(result.success).toBe(false)
    const text = describeIssues(result.error!)
    expect(text).toContain("members_women: Số thành viên nữ không được lớn hơn tổng số thành viên")
    expect(text).toContain("workers_women: Số lao động nữ không được lớn hơn tổng số lao động")
  })

  it("refuse a ward that does not exist and a former district the ward was not made from", () => {
    expect(describeIssues(cooperativeInputSchema.safeParse({ ...valid, ward_code: "99999" }).error!)).toContain("ward_code")
    const wrongDistrict = cooperativeInputSchema.safeParse({ ...valid, ward_code: vanNinh.code, former_district: "Huyện Cam Lâm" })
    expect(describeIssues(wrongDistrict.error!)).toContain("Xã Vạn Ninh được lập từ Huyện Vạn Ninh")
  })

  it("refuse a malformed handle, phone and management role", () => {
    const result = cooperativeInputSchema.safeParse({
      ...valid,
      ward_code: vanNinh.code,
      handle: "HTX Có Dấu",
      phone: "12345",
      management_roles: [{ role: "king", holder_name: "X", holder_gender: "other" }],
    })
    const paths = result.error!.issues.map((i) => i.path.join("."))
    expect(paths).toEqual(expect.arrayContaining(["handle", "phone", "management_roles.0.role", "management_roles.0.holder_name", "management_roles.0.holder_gender"]))
  })
})

describe("Vietnamese phone numbers", () => {
  it("accept mobile numbers written with spaces, dots or +84", () => {
    expect(normalizeVietnamesePhone("0905.123.456")).toBe("0905123456")
    expect(normalizeVietnamesePhone("+84 905 123 456")).toBe("0905123456")
    expect(normalizeVietnamesePhone("0258 3822 123")).toBe("02583822123")
  })
  it("refuse numbers that cannot be Vietnamese", () => {
    for (const bad of ["0105123456", "090512345", "abc", ""]) expect(normalizeVietnamesePhone(bad)).toBeNull()
  })
})

describe("product provenance", () => {
  it("stores the OCOP expiry as 36 months after issue", () => {
    const record = toProvenanceRecord(
      provenanceInputSchema.parse({ ocop: { stars: 4, certificate_number: "OCOP-1", issuing_level: "province", issued_on: "2024-05-10" }, certifications: ["VietGAP"] })
    )
    expect(record.ocop_expires_on?.toISOString().slice(0, 10)).toBe("2027-05-10")
    expect(record.certifications).toEqual(["VietGAP"])
  })

  it("refuses a 5-star rating not issued by the central level, stars outside 3–5 and a missing certificate number", () => {
    const wrongLevel = provenanceInputSchema.safeParse({ ocop: { stars: 5, certificate_number: "OCOP-5", issuing_level: "province", issued_on: "2024-05-10" } })
    expect(describeIssues(wrongLevel.error!)).toContain("Sản phẩm OCOP 5 sao do Trung ương công nhận")
    expect(provenanceInputSchema.safeParse({ ocop: { stars: 6, certificate_number: "X-1", issuing_level: "central", issued_on: "2024-05-10" } }).success).toBe(false)
    expect(provenanceInputSchema.safeParse({ ocop: { stars: 3, certificate_number: "", issuing_level: "province", issued_on: "2024-05-10" } }).success).toBe(false)
  })
})
