/**
 * "Kết nối tiêu thụ" on the Đề án 01 page: the business buyers' requests of the period (province-wide —
 * a request has a delivery ward, not a cooperative's area), their quotes, the contracts they became and
 * their value, and the cooperatives that won most; the full list is on the linkage page.
 */
import { Container, Heading, Text } from "@medusajs/ui"
import { vnd, type LinkageFigures } from "../linkage-types"
import { useAdminData } from "../use-admin-data"
import { formatNumber } from "./format"

export function LinkageSummary({ from, to }: { from: string; to: string }) {
  const { data, error } = useAdminData<LinkageFigures>(`/admin/linkage-figures?from=${from}&to=${to}`)
  const figures: [string, string, string][] = data
    ? [
        ["requests", "Yêu cầu đặt số lượng lớn", `${formatNumber(data.requests)} (${formatNumber(data.requests_accepted)} đã chốt)`],
        ["quotes", "Báo giá của hợp tác xã", `${formatNumber(data.quotes)} (${formatNumber(data.declined)} từ chối)`],
        ["contracts", "Hợp đồng (báo giá được chọn)", formatNumber(data.contracts)],
        ["value", "Giá trị hợp đồng", vnd(data.value_vnd)],
      ]
    : []
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="plan-linkage">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level="h2">Kết nối tiêu thụ (khách đặt số lượng lớn)</Heading>
        <a className="txt-compact-small text-ui-fg-interactive" href={`/app/ket-noi?from=${from}&to=${to}`}>
          Xem các yêu cầu →
        </a>
      </div>
      {error && <Text className="text-ui-fg-error">Không tải được số liệu kết nối: {error}</Text>}
      {data && (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            Toàn tỉnh, {data.period.label}.
          </Text>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
            {figures.map(([id, label, value]) => (
              <div key={id} className="shadow-elevation-card-rest rounded-md px-4 py-3" data-linkage-figure={id}>
                <Text size="small" className="text-ui-fg-subtle">
                  {label}
                </Text>
                <Text size="xlarge" weight="plus">
                  {value}
                </Text>
              </div>
            ))}
          </div>
          {data.cooperatives.some((c) => c.contracts > 0) && (
            <Text size="small">
              Nhiều hợp đồng nhất:{" "}
              {data.cooperatives
                .filter((c) => c.contracts > 0)
                .slice(0, 3)
                .map((c) => `${c.cooperative.name} (${c.contracts} · ${vnd(c.value_vnd)})`)
                .join("; ")}
            </Text>
          )}
        </>
      )}
    </Container>
  )
}
