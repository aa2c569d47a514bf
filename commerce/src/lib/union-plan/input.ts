/** What Union cadres, trainings and attendance must satisfy. Messages are Vietnamese: they reach Union staff. */
import { z } from "@medusajs/framework/zod"
import { TRAINING_TOPICS } from "../../modules/union-plan/models/training"
import { getWard, KHANH_HOA_PROVINCE_CODE } from "../administrative-units"
import { pastDate } from "../cooperative-input"
import { normalizeVietnamesePhone } from "../phone"

export const TOPIC_LABELS: Record<(typeof TRAINING_TOPICS)[number], string> = {
  cooperative_governance: "Quản trị hợp tác xã",
  business_planning: "Phương án sản xuất kinh doanh",
  digital_transformation: "Chuyển đổi số",
  branding_ip: "Thương hiệu, sở hữu trí tuệ",
  cooperative_law: "Pháp luật về hợp tác xã",
  other: "Chủ đề khác",
}


const text = (label: string, min: number, max: number) =>
  z.string({ error: `Cần ${label.toLowerCase()}` }).trim().min(min, { error: `Cần ${label.toLowerCase()}` }).max(max, { error: `${label} quá dài` })

export const cadreInputSchema = z
  .object({
    full_name: text("Họ tên", 2, 120),
    gender: z.enum(["female", "male"], { error: "Giới tính phải là nữ (female) hoặc nam (male)" }).default("female"),
    unit: text("Đơn vị (Hội LHPN xã/phường…)", 3, 200),
    role: text("Chức vụ", 2, 120),
    ward_code: z.string().trim().max(10).nullable().optional(),
    former_district: z.string().trim().max(120).nullable().optional(),
    phone: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === "") return null
        const p = normalizeVietnamesePhone(v)
        if (!p) {
          ctx.addIssue({ code: "custom", message: "Số điện thoại không đúng định dạng Việt Nam" })
          return z.NEVER
        }
        return p
      })
      .nullable()
      .optional(),
    active_from: pastDate("Ngày bắt đầu phụ trách").nullable().optional(),
    active_to: pastDate("Ngày thôi phụ trách").nullable().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.ward_code) {
      const ward = getWard(c.ward_code)
      if (!ward || ward.provinceCode !== KHANH_HOA_PROVINCE_CODE) {
        ctx.addIssue({ code: "custom", path: ["ward_code"], message: `Mã phường/xã "${c.ward_code}" không thuộc Khánh Hòa theo đơn vị hành chính từ 01/7/2025` })
      } else if (c.former_district && !ward.formerDistricts.includes(c.former_district)) {
        ctx.addIssue({ code: "custom", path: ["former_district"], message: `${ward.name} được lập từ ${ward.formerDistricts.join(", ")}, không phải "${c.former_district}"` })
      }
    }
    if (c.active_from && c.active_to && c.active_to < c.active_from) {
      ctx.addIssue({ code: "custom", path: ["active_to"], message: "Ngày thôi phụ trách không được trước ngày bắt đầu" })
    }
  })
  .transform((c) => {
    const ward = c.ward_code ? getWard(c.ward_code) : undefined
    // a ward made from one former district tells the district
    return { ...c, former_district: c.former_district ?? (ward?.formerDistricts.length === 1 ? ward.formerDistricts[0] : null) }
  })

const attendeeSchema = z.union(
  [
    z.object({ cadre_id: z.string().min(1).max(100), passed: z.boolean().nullable().optional() }),
    z.object({ management_role_id: z.string().min(1).max(100), passed: z.boolean().nullable().optional() }),
  ],
  { error: "Mỗi người dự phải là một cán bộ Hội (cadre_id) hoặc một người giữ chức danh quản lý (management_role_id)" }
)
export type AttendeeInput = z.infer<typeof attendeeSchema>

export const trainingInputSchema = z.object({
  held_on: pastDate("Ngày tập huấn"),
  title: text("Tên lớp tập huấn", 5, 300),
  organiser: text("Đơn vị tổ chức", 3, 200),
  topic: z.enum(TRAINING_TOPICS, { error: `Chủ đề phải là một trong: ${Object.values(TOPIC_LABELS).join(", ")}` }),
  location: z.string().trim().max(300, { error: "Địa điểm quá dài" }).nullable().optional(),
  former_district: z.string().trim().max(120).nullable().optional(),
  attendees: z.array(attendeeSchema).max(2000, { error: "Tối đa 2.000 người dự mỗi lớp" }).default([]),
})
export const attendanceInputSchema = z.object({ attendees: z.array(attendeeSchema).min(1, { error: "Chưa chọn người dự" }).max(2000) })
