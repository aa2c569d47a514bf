/**
 * What a cooperative record must satisfy, whoever writes it (seed, Admin, later the
 * cooperative portal and spreadsheet import). Messages are Vietnamese: they reach Union staff.
 */
import { z } from "@medusajs/framework/zod"
import { COOPERATIVE_KINDS, COOPERATIVE_STATUSES } from "../modules/cooperative/models/cooperative"
import { GENDERS, MANAGEMENT_ROLE_KINDS } from "../modules/cooperative/models/management-role"
import { getWard, KHANH_HOA_PROVINCE_CODE } from "./administrative-units"
import { normalizeVietnamesePhone } from "./phone"

const count = (label: string) =>
  z
    .number({ error: `${label} phải là một số` })
    .int({ error: `${label} phải là số nguyên` })
    .min(0, { error: `${label} không được âm` })
    .max(100_000, { error: `${label} quá lớn` })

const optionalPhone = (label: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null
      const phone = normalizeVietnamesePhone(value)
      if (!phone) {
        ctx.addIssue({ code: "custom", message: `${label} không đúng định dạng số điện thoại Việt Nam` })
        return z.NEVER
      }
      return phone
    })
    .nullable()
    .optional()

/** A date that is not in the future (checked when the value is parsed, not when the server started). */
export const pastDate = (label: string) =>
  z.coerce
    .date({ error: `${label} không hợp lệ (dùng dạng yyyy-mm-dd)` })
    .refine((d) => d.getTime() <= Date.now(), { error: `${label} không được ở tương lai` })

export const managementRoleInputSchema = z.object({
  role: z.enum(MANAGEMENT_ROLE_KINDS, { error: "Chức danh phải là một trong: chair, board_member, director, deputy_director, supervisory_board" }),
  holder_name: z.string().trim().min(2, { error: "Cần họ tên người giữ chức danh" }).max(120, { error: "Họ tên quá dài" }),
  holder_gender: z.enum(GENDERS, { error: "Giới tính phải là female (nữ) hoặc male (nam)" }),
  started_on: pastDate("Ngày nhận chức").nullable().optional(),
})

/** The registry fields Union staff edit; figures are the cooperative's latest figure record. */
const registryFields = {
  name: z.string().trim().min(3, { error: "Tên hợp tác xã quá ngắn" }).max(200, { error: "Tên hợp tác xã quá dài" }),
  kind: z.enum(COOPERATIVE_KINDS, { error: "Loại hình phải là hop_tac_xa, to_hop_tac, to_lien_ket hoặc ho_kinh_doanh" }),
  province_code: z.string().default(KHANH_HOA_PROVINCE_CODE),
  ward_code: z.string().trim().min(1, { error: "Cần mã phường/xã" }),
  former_district: z.string().trim().min(1, { error: "Cần tên huyện/thị xã/thành phố cũ (trước 01/7/2025)" }),
  street_address: z.string().trim().max(300, { error: "Địa chỉ quá dài" }).nullable().optional(),
  registration_number: z
    .string()
    .trim()
    .max(60, { error: "Số đăng ký quá dài" })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  founded_on: pastDate("Ngày thành lập").nullable().optional(),
  contact_name: z.string().trim().max(120, { error: "Họ tên người liên hệ quá dài" }).nullable().optional(),
  members_total: count("Tổng số thành viên"),
  members_women: count("Số thành viên nữ"),
  workers_total: count("Tổng số lao động"),
  workers_women: count("Số lao động nữ"),
  women_stable_jobs: count("Số lao động nữ có việc làm ổn định").default(0),
  women_avg_monthly_income_vnd: z
    .number({ error: "Thu nhập bình quân phải là một số (đồng/tháng)" })
    .int({ error: "Thu nhập bình quân phải là số đồng, không lẻ" })
    .min(0, { error: "Thu nhập bình quân không được âm" })
    .max(1_000_000_000, { error: "Thu nhập bình quân quá lớn" })
    .nullable()
    .optional(),
  phone: optionalPhone("Số điện thoại"),
  zalo_phone: optionalPhone("Số Zalo"),
  facebook_url: z
    .url({ protocol: /^https$/, hostname: /(^|\.)facebook\.com$|(^|\.)fb\.com$/, error: "Trang Facebook phải là địa chỉ https://www.facebook.com/..." })
    .nullable()
    .optional(),
  email: z.email({ error: "Email không hợp lệ" }).nullable().optional(),
  description: z.string().trim().max(5000, { error: "Mô tả quá dài (tối đa 5.000 ký tự)" }).nullable().optional(),
  logo_url: z.string().trim().max(2000).nullable().optional(),
}

type RegistryCheck = {
  members_total: number
  members_women: number
  workers_total: number
  workers_women: number
  women_stable_jobs: number
  province_code: string
  ward_code: string
  former_district: string
}

/** Rules across fields: women ≤ total, women with stable jobs ≤ women workers, the ward and its former district agree. */
function checkRegistry(c: RegistryCheck, ctx: z.RefinementCtx) {
  if (c.members_women > c.members_total) {
    ctx.addIssue({ code: "custom", path: ["members_women"], message: "Số thành viên nữ không được lớn hơn tổng số thành viên" })
  }
  if (c.workers_women > c.workers_total) {
    ctx.addIssue({ code: "custom", path: ["workers_women"], message: "Số lao động nữ không được lớn hơn tổng số lao động" })
  }
  if (c.women_stable_jobs > c.workers_women) {
    ctx.addIssue({ code: "custom", path: ["women_stable_jobs"], message: "Số lao động nữ có việc làm ổn định không được lớn hơn số lao động nữ" })
  }
  const ward = getWard(c.ward_code)
  if (!ward || ward.provinceCode !== c.province_code) {
    ctx.addIssue({ code: "custom", path: ["ward_code"], message: `Mã phường/xã "${c.ward_code}" không thuộc tỉnh có mã ${c.province_code} theo đơn vị hành chính từ 01/7/2025` })
  } else if (!ward.formerDistricts.includes(c.former_district)) {
    ctx.addIssue({
      code: "custom",
      path: ["former_district"],
      message: `${ward.name} được lập từ ${ward.formerDistricts.join(", ")}, không phải "${c.former_district}"`,
    })
  }
}

const withWardName = <T extends { ward_code: string }>(c: T) => ({ ...c, ward_name: getWard(c.ward_code)!.name })

/** A new cooperative (seed, Admin "Thêm hợp tác xã", registry import). */
export const cooperativeInputSchema = z
  .object({
    handle: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Mã đường dẫn (handle) chỉ gồm chữ thường không dấu, số và dấu gạch ngang" })
      .max(120),
    ...registryFields,
    status: z.enum(COOPERATIVE_STATUSES, { error: "Trạng thái bán hàng phải là pending, active, suspended hoặc unlisted" }).default("pending"),
    is_demo: z.boolean().default(false),
    management_roles: z.array(managementRoleInputSchema).max(50).default([]),
  })
  .superRefine(checkRegistry)
  .transform(withWardName)

/**
 * An edit of the registry fields by Union staff. When counts are sent they become a figure record
 * dated `figures_as_of` (default today).
 */
export const registryUpdateSchema = z
  .object({ ...registryFields, figures_as_of: pastDate("Ngày số liệu").nullable().optional() })
  .superRefine(checkRegistry)
  .transform(withWardName)

export type RegistryUpdateInput = z.input<typeof registryUpdateSchema>
export type ValidRegistryUpdate = z.output<typeof registryUpdateSchema>

/** One dated figure record: counts as of a date. */
export const figureRecordInputSchema = z
  .object({
    as_of: pastDate("Ngày số liệu"),
    members_total: registryFields.members_total,
    members_women: registryFields.members_women,
    workers_total: registryFields.workers_total,
    workers_women: registryFields.workers_women,
    women_stable_jobs: registryFields.women_stable_jobs,
    women_avg_monthly_income_vnd: registryFields.women_avg_monthly_income_vnd,
  })
  .superRefine((c, ctx) => {
    if (c.members_women > c.members_total) ctx.addIssue({ code: "custom", path: ["members_women"], message: "Số thành viên nữ không được lớn hơn tổng số thành viên" })
    if (c.workers_women > c.workers_total) ctx.addIssue({ code: "custom", path: ["workers_women"], message: "Số lao động nữ không được lớn hơn tổng số lao động" })
    if (c.women_stable_jobs > c.workers_women) ctx.addIssue({ code: "custom", path: ["women_stable_jobs"], message: "Số lao động nữ có việc làm ổn định không được lớn hơn số lao động nữ" })
  })
export type FigureRecordInput = z.input<typeof figureRecordInputSchema>

export type CooperativeInput = z.input<typeof cooperativeInputSchema>
export type ValidCooperative = z.output<typeof cooperativeInputSchema>

/** Per-field messages for forms: `[{ field: "members_women", message: "Số thành viên nữ …" }]`. */
export function fieldErrors(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((i) => ({ field: i.path.join(".") || "(bản ghi)", message: i.message }))
}

/** "members_women: Số thành viên nữ …; ward_code: …" — one line for logs, API errors and reports. */
export function describeIssues(error: z.ZodError, prefix = ""): string {
  return error.issues.map((i) => `${prefix}${i.path.join(".") || "(bản ghi)"}: ${i.message}`).join("; ")
}
