/**
 * The plan's indicators (Kế hoạch 232/KH-BTV, section II targets and section IV.2 review), each
 * with its label, unit, one-line definition and default yearly target. Indicators are formulas
 * over the registry and the training register, never typed in.
 */
import { STABLE_JOB_DEFINITION } from "../registry/figures"

export type IndicatorUnit = "percent" | "count" | "vnd"

export const INDICATOR_IDS = [
  "cadres_trained",
  "cadres_skilled",
  "women_managers_trained",
  "women_stable_jobs_htx",
  "women_stable_jobs_tht",
  "new_htx_women",
  "women_managed_htx",
  "women_managed_tht",
  "woman_led",
  "women_majority_workforce",
  "marketplace_orders",
  "marketplace_revenue_vnd",
  "marketplace_items_sold",
  "ocop_products_listed",
] as const

export type IndicatorId = (typeof INDICATOR_IDS)[number]

export const SECTIONS = {
  training: "Cán bộ Hội và tập huấn",
  jobs: "Việc làm của lao động nữ",
  classification: "Rà soát, phân loại HTX, THT có phụ nữ tham gia quản lý",
  marketplace: "Kết nối tiêu thụ sản phẩm qua sàn",
} as const

export interface IndicatorDefinition {
  id: IndicatorId
  label: string
  unit: IndicatorUnit
  /** one line, Vietnamese: how it is computed */
  definition: string
  section: keyof typeof SECTIONS
  /**
   * `stock`: the state at the period's end (E); `flow`: what happened within the period.
   * Trends show stocks at each month's end and flows per month.
   */
  measure: "stock" | "flow"
  /** what the numerator and denominator count, for "3/5 = 60 %" captions */
  numeratorLabel: string
  denominatorLabel: string | null
  /** the plan's target for a year (percent or count), or null: no target, a figure to follow */
  defaultTarget: number | null
  /** what kind of entity the drill-down lists */
  entity: "cooperative" | "cadre" | "woman_manager" | "order" | "product"
  /** shown next to the number where it rests on figure records */
  note?: string
}

const STAGE = "Hợp tác xã được tính khi đã thành lập trước cuối kỳ và đang hoạt động vào cuối kỳ (không tạm ngừng, không giải thể)."

export const INDICATORS: Record<IndicatorId, IndicatorDefinition> = {
  cadres_trained: {
    id: "cadres_trained",
    label: "Cán bộ Hội làm công tác kinh tế tập thể được tập huấn",
    unit: "percent",
    definition:
      "Số cán bộ Hội làm công tác kinh tế tập thể (đang công tác vào cuối kỳ) đã dự ít nhất một lớp tập huấn từ 01/01/2025 đến cuối kỳ, chia cho tổng số cán bộ đó; mỗi người tính một lần.",
    section: "training",
    measure: "stock",
    numeratorLabel: "cán bộ đã được tập huấn",
    denominatorLabel: "cán bộ",
    defaultTarget: 100,
    entity: "cadre",
  },
  cadres_skilled: {
    id: "cadres_skilled",
    label: "Cán bộ Hội có kỹ năng hỗ trợ phát triển HTX",
    unit: "percent",
    definition:
      "Số cán bộ Hội làm công tác kinh tế tập thể (đang công tác vào cuối kỳ) đạt yêu cầu đánh giá cuối ít nhất một lớp tập huấn từ 01/01/2025 đến cuối kỳ, chia cho tổng số cán bộ đó.",
    section: "training",
    measure: "stock",
    numeratorLabel: "cán bộ đạt yêu cầu",
    denominatorLabel: "cán bộ",
    defaultTarget: 80,
    entity: "cadre",
  },
  women_managers_trained: {
    id: "women_managers_trained",
    label: "Nữ quản lý HTX được bồi dưỡng, tập huấn",
    unit: "percent",
    definition:
      "Số phụ nữ giữ ghế quản lý (chủ tịch, thành viên HĐQT, giám đốc, phó giám đốc, ban kiểm soát) của HTX vào cuối kỳ đã dự ít nhất một lớp tập huấn từ 01/01/2025 đến cuối kỳ, chia cho tổng số phụ nữ giữ ghế quản lý HTX; mỗi người tính một lần. " +
      STAGE,
    section: "training",
    measure: "stock",
    numeratorLabel: "nữ quản lý đã được tập huấn",
    denominatorLabel: "nữ quản lý HTX",
    defaultTarget: 50,
    entity: "woman_manager",
  },
  women_stable_jobs_htx: {
    id: "women_stable_jobs_htx",
    label: "Lao động nữ có việc làm ổn định trong HTX do phụ nữ tham gia quản lý",
    unit: "percent",
    definition:
      "Tổng số lao động nữ có việc làm ổn định chia cho tổng số lao động nữ của các HTX có phụ nữ tham gia quản lý vào cuối kỳ, theo số liệu mới nhất đến cuối kỳ của từng HTX; HTX chưa có số liệu được báo là thiếu, không tính bằng 0. " +
      STAGE,
    section: "jobs",
    measure: "stock",
    numeratorLabel: "lao động nữ có việc làm ổn định",
    denominatorLabel: "lao động nữ",
    defaultTarget: 50,
    entity: "cooperative",
    note: STABLE_JOB_DEFINITION,
  },
  women_stable_jobs_tht: {
    id: "women_stable_jobs_tht",
    label: "Lao động nữ có việc làm ổn định trong THT do phụ nữ tham gia quản lý",
    unit: "percent",
    definition:
      "Tổng số lao động nữ có việc làm ổn định chia cho tổng số lao động nữ của các tổ hợp tác có phụ nữ tham gia quản lý vào cuối kỳ, theo số liệu mới nhất đến cuối kỳ; tổ chưa có số liệu được báo là thiếu, không tính bằng 0.",
    section: "jobs",
    measure: "stock",
    numeratorLabel: "lao động nữ có việc làm ổn định",
    denominatorLabel: "lao động nữ",
    defaultTarget: 50,
    entity: "cooperative",
    note: STABLE_JOB_DEFINITION,
  },
  new_htx_women: {
    id: "new_htx_women",
    label: "HTX thành lập mới có phụ nữ tham gia quản lý và trên 50% lao động nữ",
    unit: "count",
    definition:
      "Số HTX thành lập trong kỳ, đang hoạt động vào cuối kỳ, có ít nhất một phụ nữ giữ ghế quản lý và có số lao động nữ nhiều hơn một nửa tổng số lao động (số liệu mới nhất đến cuối kỳ). Chỉ tiêu tính theo năm.",
    section: "classification",
    measure: "flow",
    numeratorLabel: "HTX đạt cả hai điều kiện",
    denominatorLabel: "HTX thành lập trong kỳ",
    defaultTarget: 1,
    entity: "cooperative",
  },
  women_managed_htx: {
    id: "women_managed_htx",
    label: "HTX có phụ nữ tham gia quản lý",
    unit: "count",
    definition: "Số HTX có ít nhất một phụ nữ giữ ghế quản lý vào cuối kỳ, trên tổng số HTX đang hoạt động. " + STAGE,
    section: "classification",
    measure: "stock",
    numeratorLabel: "HTX có phụ nữ tham gia quản lý",
    denominatorLabel: "HTX đang hoạt động",
    defaultTarget: null,
    entity: "cooperative",
  },
  women_managed_tht: {
    id: "women_managed_tht",
    label: "Tổ hợp tác có phụ nữ tham gia quản lý",
    unit: "count",
    definition: "Số tổ hợp tác có ít nhất một phụ nữ giữ vị trí quản lý vào cuối kỳ, trên tổng số tổ hợp tác đang hoạt động.",
    section: "classification",
    measure: "stock",
    numeratorLabel: "THT có phụ nữ tham gia quản lý",
    denominatorLabel: "THT đang hoạt động",
    defaultTarget: null,
    entity: "cooperative",
  },
  woman_led: {
    id: "woman_led",
    label: "HTX, THT, tổ liên kết, hộ kinh doanh do phụ nữ làm chủ tịch hoặc giám đốc",
    unit: "count",
    definition: "Số đơn vị (mọi loại hình) có chủ tịch hoặc giám đốc là nữ vào cuối kỳ, trên tổng số đơn vị đang hoạt động.",
    section: "classification",
    measure: "stock",
    numeratorLabel: "đơn vị do phụ nữ đứng đầu",
    denominatorLabel: "đơn vị đang hoạt động",
    defaultTarget: null,
    entity: "cooperative",
  },
  women_majority_workforce: {
    id: "women_majority_workforce",
    label: "Đơn vị có trên 50% lao động là nữ",
    unit: "count",
    definition:
      "Số đơn vị (mọi loại hình) có số lao động nữ nhiều hơn một nửa tổng số lao động theo số liệu mới nhất đến cuối kỳ, trên tổng số đơn vị đang hoạt động có số liệu; đơn vị chưa có số liệu được báo là thiếu.",
    section: "classification",
    measure: "stock",
    numeratorLabel: "đơn vị có trên 50% lao động nữ",
    denominatorLabel: "đơn vị có số liệu",
    defaultTarget: null,
    entity: "cooperative",
  },
  marketplace_orders: {
    id: "marketplace_orders",
    label: "Đơn hàng qua sàn",
    unit: "count",
    definition: "Số đơn hàng đặt trong kỳ trên sàn có sản phẩm của các đơn vị trong địa bàn (đơn đã hủy không tính; một đơn của nhiều đơn vị tính một lần).",
    section: "marketplace",
    measure: "flow",
    numeratorLabel: "đơn hàng",
    denominatorLabel: null,
    defaultTarget: null,
    entity: "order",
  },
  marketplace_revenue_vnd: {
    id: "marketplace_revenue_vnd",
    label: "Doanh thu qua sàn",
    unit: "vnd",
    definition: "Tổng tiền hàng (chưa gồm phí giao) của các đơn vị trong địa bàn trong các đơn đặt trong kỳ, đơn đã hủy không tính.",
    section: "marketplace",
    measure: "flow",
    numeratorLabel: "đồng",
    denominatorLabel: null,
    defaultTarget: null,
    entity: "order",
  },
  marketplace_items_sold: {
    id: "marketplace_items_sold",
    label: "Số sản phẩm bán qua sàn",
    unit: "count",
    definition: "Tổng số lượng sản phẩm của các đơn vị trong địa bàn trong các đơn đặt trong kỳ, đơn đã hủy không tính.",
    section: "marketplace",
    measure: "flow",
    numeratorLabel: "sản phẩm",
    denominatorLabel: null,
    defaultTarget: null,
    entity: "order",
  },
  ocop_products_listed: {
    id: "ocop_products_listed",
    label: "Sản phẩm OCOP đang bán trên sàn",
    unit: "count",
    definition: "Số sản phẩm hiện đang bán trên sàn của các đơn vị trong địa bàn có chứng nhận OCOP còn hiệu lực vào cuối kỳ, theo số sao (3, 4, 5 sao); sàn không lưu lịch sử đăng bán nên tính theo danh mục hiện nay.",
    section: "marketplace",
    measure: "stock",
    numeratorLabel: "sản phẩm OCOP",
    denominatorLabel: null,
    defaultTarget: null,
    entity: "product",
  },
}

export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === "string" && (INDICATOR_IDS as readonly string[]).includes(value)
}

/** The indicators that have a target in the plan (the ones a target can be set for). */
export const TARGETED_INDICATORS = INDICATOR_IDS.filter((id) => INDICATORS[id].defaultTarget !== null)

/** How far a figure record may lag the period's end before the dashboard warns it is stale. */
export const STALE_FIGURES_MONTHS = 6

export const KIND_LABELS: Record<string, string> = {
  hop_tac_xa: "Hợp tác xã",
  to_hop_tac: "Tổ hợp tác",
  to_lien_ket: "Tổ liên kết",
  ho_kinh_doanh: "Hộ sản xuất kinh doanh",
}
