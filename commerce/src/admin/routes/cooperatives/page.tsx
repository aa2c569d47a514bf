/// <reference lib="dom" />
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../../components/admin-api"

type Cooperative = { id: string; handle: string; name: string; status: "pending" | "active" | "suspended" }

const STATUS: Record<Cooperative["status"], { label: string; color: "green" | "orange" | "red" }> = {
  active: { label: "Đang hoạt động", color: "green" },
  pending: { label: "Chờ duyệt", color: "orange" },
  suspended: { label: "Tạm ngừng", color: "red" },
}

/** Union back office: the cooperatives on the marketplace; each opens its page with the portal invite. */
const CooperativesPage = () => {
  const [cooperatives, setCooperatives] = useState<Cooperative[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<{ cooperatives: Cooperative[] }>("/admin/cooperatives?limit=100")
      .then((r) => setCooperatives(r.cooperatives))
      .catch((e: Error) => setError(e.message))
  }, [])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Hợp tác xã</Heading>
        <Text size="small" className="text-ui-fg-subtle">Mời cán bộ hợp tác xã vào kênh hợp tác xã từ trang của từng hợp tác xã.</Text>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(cooperatives ?? []).map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link to={`/cooperatives/${c.id}`}>{c.name}</Link>
              </Table.Cell>
              <Table.Cell>
                <Badge color={STATUS[c.status]?.color ?? "grey"}>{STATUS[c.status]?.label ?? c.status}</Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hợp tác xã", icon: BuildingStorefront })

export default CooperativesPage
