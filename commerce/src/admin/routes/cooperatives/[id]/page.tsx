/// <reference lib="dom" />
import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { type FormEvent, useCallback, useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import { adminFetch } from "../../../components/admin-api"

type Staff = { id: string; email: string; full_name: string }
type Invite = { id: string; email: string; full_name: string; expires_at: string }

const date = (iso: string) => new Date(iso).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })

/** One cooperative: its portal accounts, open invites, and the form that invites a staff member. */
const CooperativePage = () => {
  const { id } = useParams()
  const [name, setName] = useState("")
  const [staff, setStaff] = useState<Staff[]>([])
  const [invites, setInvites] = useState<Invite[]>([])
  const [email, setEmail] = useState("")
  const [fullName, setFullName] = useState("")
  const [link, setLink] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    adminFetch<{ cooperatives: { id: string; name: string }[] }>("/admin/cooperatives?limit=100").then((r) => setName(r.cooperatives.find((c) => c.id === id)?.name ?? ""))
    adminFetch<{ staff: Staff[]; invites: Invite[] }>(`/admin/cooperatives/${id}/invites`)
      .then((r) => {
        setStaff(r.staff)
        setInvites(r.invites)
      })
      .catch((e: Error) => setError(e.message))
  }, [id])
  useEffect(load, [load])

  const invite = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setLink(null)
    try {
      const r = await adminFetch<{ url: string }>(`/admin/cooperatives/${id}/invites`, { method: "POST", body: { email, full_name: fullName } })
      setLink(r.url)
      setEmail("")
      setFullName("")
      load()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{name || "Hợp tác xã"}</Heading>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Tài khoản kênh hợp tác xã</Heading>
        </div>
        <Table>
          <Table.Body>
            {staff.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{s.full_name}</Table.Cell>
                <Table.Cell>{s.email}</Table.Cell>
              </Table.Row>
            ))}
            {invites.map((i) => (
              <Table.Row key={i.id}>
                <Table.Cell>{i.full_name}</Table.Cell>
                <Table.Cell>
                  {i.email} — đã mời, hết hạn {date(i.expires_at)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <form onSubmit={invite} className="flex flex-col gap-y-2 px-6 py-4">
          <Heading level="h3">Mời cán bộ hợp tác xã</Heading>
          <Label htmlFor="invite-name">Họ tên</Label>
          <Input id="invite-name" value={fullName} onChange={(e) => setFullName(e.target.value)} required />
          <Label htmlFor="invite-email">Email</Label>
          <Input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <div>
            <Button type="submit">Tạo lời mời</Button>
          </div>
          {error && <Text className="text-ui-fg-error">{error}</Text>}
          {link && (
            <div className="flex flex-col gap-y-1">
              <Text>Gửi đường dẫn này cho người được mời (qua Zalo hoặc email; chỉ hiện một lần, hiệu lực 7 ngày):</Text>
              <Input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="invite-link" />
            </div>
          )}
        </form>
      </Container>
    </div>
  )
}

export default CooperativePage
