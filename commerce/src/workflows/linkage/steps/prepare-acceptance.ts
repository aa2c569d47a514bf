import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stateRefusal } from "../../../lib/linkage/errors"
import { acceptanceRefusal, LINKAGE_REFUSALS } from "../../../lib/linkage/rules"
import { LINKAGE_UNIT_LABELS, quantityWithUnit, type LinkageUnit } from "../../../lib/linkage/units"
import { parcelMethodData } from "../../../lib/parcels"
import { SYSTEM_PAYMENT_PROVIDER_ID, VIETQR_PAYMENT_PROVIDER_ID } from "../../../lib/payment-providers"
import { vietnamDate } from "../../../lib/plan-indicators/period"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type AcceptInput = { request_id: string; quote_id: string; customer_id: string; payment: "cod" | "vietqr" }

type ProductRow = { id: string; title: string; handle: string; thumbnail: string | null; cooperative?: { id: string; handle: string; name: string; status: string } | null }

/** The shipping method of a linkage order: the quoted delivery fee, on the quoting cooperative's parcel. */
export const LINKAGE_SHIPPING_NAME = "Giao theo báo giá kết nối"

/**
 * Everything the order of an accepted quote is made of, read (and checked) before anything is
 * written: the request is the buyer's and open, the quote is one of its quotes, still quoted and not
 * past its validity day in Vietnam, and its cooperative still sells here and still makes the quoted
 * product. The price, quantity and delivery fee come from the quote alone.
 */
export const prepareAcceptanceStep = createStep("prepare-linkage-acceptance", async (input: AcceptInput, { container }) => {
  const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  const [request] = await service.listLinkageRequests({ id: input.request_id, customer_id: input.customer_id })
  if (!request) throw stateRefusal(LINKAGE_REFUSALS.requestNotFound)
  const [quote] = await service.listLinkageQuotes({ id: input.quote_id, request_id: request.id })
  if (!quote) throw stateRefusal(LINKAGE_REFUSALS.quoteNotFound)
  const refusal = acceptanceRefusal(request, quote, vietnamDate(new Date()))
  if (refusal) throw stateRefusal(refusal)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: regions }, { data: stores }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.status"], filters: { id: quote.product_id! } }),
    query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: "vnd" } }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
  ])
  const product = products[0] as ProductRow | undefined
  const cooperative = product?.cooperative
  if (!product || !cooperative || cooperative.id !== quote.cooperative_id) throw stateRefusal(LINKAGE_REFUSALS.productNotOwn)
  if (cooperative.status !== "active") throw stateRefusal(LINKAGE_REFUSALS.cooperativeNotSelling)

  const unit = request.unit as LinkageUnit
  const address = {
    first_name: request.contact_name,
    last_name: "",
    company: request.company_name ?? undefined,
    phone: request.phone,
    address_1: request.street_address ?? "",
    city: request.ward_name,
    province: request.province_code,
    country_code: "vn",
    metadata: { ward_code: request.ward_code },
  }
  const linkage = { linkage_request_id: request.id, linkage_quote_id: quote.id }
  return new StepResponse({
    request_id: request.id,
    quote_id: quote.id,
    cooperative_id: cooperative.id,
    provider_id: input.payment === "vietqr" ? VIETQR_PAYMENT_PROVIDER_ID : SYSTEM_PAYMENT_PROVIDER_ID,
    cart: {
      region_id: (regions[0] as { id: string } | undefined)?.id,
      sales_channel_id: (stores[0] as { default_sales_channel_id?: string } | undefined)?.default_sales_channel_id,
      customer_id: input.customer_id,
      email: request.email,
      currency_code: "vnd",
      shipping_address: address,
      billing_address: address,
      metadata: { ...linkage, courier_note: `Giao trước ngày ${request.wanted_on.split("-").reverse().join("/")} (yêu cầu kết nối)` },
      items: [
        {
          title: product.title,
          subtitle: `Theo báo giá kết nối · ${quantityWithUnit(quote.quantity!, unit)}`,
          product_id: product.id,
          product_title: product.title,
          product_handle: product.handle,
          thumbnail: product.thumbnail ?? undefined,
          variant_title: `Giá theo báo giá, tính theo ${LINKAGE_UNIT_LABELS[unit].vi}`,
          quantity: quote.quantity!,
          unit_price: quote.unit_price_vnd!,
          is_tax_inclusive: true,
          requires_shipping: false,
          is_discountable: false,
          metadata: { ...linkage, unit },
        },
      ],
    },
    shipping: { name: LINKAGE_SHIPPING_NAME, amount: quote.delivery_fee_vnd ?? 0, data: parcelMethodData(cooperative) },
  })
})
