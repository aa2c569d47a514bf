/// <reference lib="dom" />
import { Container, Heading, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { adminFetch } from "../../../components/admin-api"
import { RegistryForm } from "../../../components/registry-form"

/** A new registry record; it is "not selling" until the Union activates it on the marketplace. */
const NewCooperativePage = () => {
  const navigate = useNavigate()
  const initial = useMemo(() => ({ kind: "hop_tac_xa", members_total: "0", members_women: "0", workers_total: "0", workers_women: "0", women_stable_jobs: "0" }), [])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Thêm hợp tác xã vào sổ theo dõi</Heading>
        <Text size="small" className="text-ui-fg-subtle">Hồ sơ mới ở trạng thái “Không bán trên sàn”; Hội mời cán bộ hợp tác xã và duyệt bán sau.</Text>
      </div>
      <RegistryForm
        initial={initial}
        submitLabel="Thêm vào sổ"
        onSubmit={async (payload) => {
          const { figures_as_of: _asOf, ...fields } = payload
          const r = await adminFetch<{ cooperative: { id: string } }>("/admin/cooperatives", { method: "POST", body: fields })
          navigate(`/cooperatives/${r.cooperative.id}`)
        }}
      />
    </Container>
  )
}

export default NewCooperativePage
