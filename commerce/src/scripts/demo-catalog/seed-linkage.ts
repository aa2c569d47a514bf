/**
 * Demo linkage (business buyers' bulk requests), so that a Union officer opening "Kết nối tiêu thụ"
 * or a cooperative opening its portal sees the flow at work: a demo hotel buyer account, a request for
 * the Hòn Khói salt that its maker has quoted, and a request for a category (dried seafood) still
 * waiting for quotes. Made through the same workflows as the shop's routes; only once (when no
 * request exists yet), so a demo that went on is never reset.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { addDays, linkageQuoteSchema, linkageRequestSchema } from "../../lib/linkage/input"
import { vietnamDate } from "../../lib/plan-indicators/period"
import { LINKAGE_MODULE } from "../../modules/linkage"
import type LinkageModuleService from "../../modules/linkage/service"
import { answerLinkageRequestWorkflow } from "../../workflows/linkage/answer-linkage-request"
import { createLinkageRequestWorkflow } from "../../workflows/linkage/create-linkage-request"

type Container = ExecArgs["container"]

/** The demo hotel's buyer account (README: "Demo accounts"). */
export const DEMO_BUYER = {
  email: process.env.DEMO_BUYER_EMAIL || "khach-san@cho-htx.demo",
  password: process.env.DEMO_BUYER_PASSWORD || "demo-khach-2025",
}

const NHA_TRANG = { province_code: "56", ward_code: "22366" }
const SALT = "muoi-hat-hon-khoi-phoi-nang"
const SALT_MAKER_STAFF = "muoi@cho-htx.demo"

export async function ensureLinkageDemo(container: Container) {
  const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  if ((await linkage.listLinkageRequests({}, { take: 1, select: ["id"] })).length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = await ensureDemoBuyer(container)
  const today = vietnamDate(new Date())

  const { data: products } = await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { handle: SALT } })
  const salt = products[0] as { id: string; cooperative?: { id: string } } | undefined
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id"], filters: { handle: "hai-san-kho" } })
  const contact = { ...NHA_TRANG, contact_name: "Lê Thị Thu", phone: "0905 123 456", company_name: "Khách sạn Biển Xanh (demo)", street_address: "86 Trần Phú" }

  if (salt?.cooperative) {
    const request = linkageRequestSchema(today).parse({
      ...contact,
      product_id: salt.id,
      quantity: 300,
      unit: "kg",
      wanted_on: addDays(today, 21),
      budget_vnd: 6_000_000,
      invoice_needed: true,
      note: "Muối hạt cho bếp nhà hàng và quầy quà tặng, giao làm hai đợt.",
    })
    const { result } = await createLinkageRequestWorkflow(container).run({ input: { customer_id: customerId, email: DEMO_BUYER.email, request } })
    const { data: staff } = await query.graph({ entity: "cooperative_staff", fields: ["id", "full_name", "cooperative_id"], filters: { email: SALT_MAKER_STAFF } })
    const member = staff[0] as { id: string; full_name: string; cooperative_id: string } | undefined
    if (member && member.cooperative_id === salt.cooperative.id) {
      const quote = linkageQuoteSchema(today).parse({
        product_id: salt.id,
        unit_price_vnd: 19_000,
        quantity: 300,
        delivery_fee_vnd: 80_000,
        delivery_on: addDays(today, 18),
        valid_until: addDays(today, 10),
        note: "Muối vụ mới, đóng bao 50 kg; giao hai đợt không tính thêm phí.",
      })
      await answerLinkageRequestWorkflow(container).run({
        input: { request_id: (result as { id: string }).id, cooperative_id: member.cooperative_id, staff: { id: member.id, name: member.full_name }, answer: { kind: "quote", ...quote } },
      })
    }
  }
  if (categories[0]) {
    const request = linkageRequestSchema(today).parse({
      ...contact,
      category_id: (categories[0] as { id: string }).id,
      quantity: 40,
      unit: "kg",
      wanted_on: addDays(today, 30),
      invoice_needed: true,
      note: "Hải sản khô làm quà cho khách đoàn dịp Tết; cần đóng gói 500 g.",
    })
    await createLinkageRequestWorkflow(container).run({ input: { customer_id: customerId, email: DEMO_BUYER.email, request } })
  }
}

async function ensureDemoBuyer(container: Container): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: DEMO_BUYER.email, has_account: true }, { select: ["id"] })
  if (existing) return existing.id
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email: DEMO_BUYER.email, password: DEMO_BUYER.password } } as never)
  if (error || !authIdentity) throw new Error(`Could not create the demo buyer login: ${error}`)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: { email: DEMO_BUYER.email, first_name: "Lê Thị Thu", phone: "0905123456", company_name: "Khách sạn Biển Xanh (demo)" },
    },
  })
  return result.id
}
