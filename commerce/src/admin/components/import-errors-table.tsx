import { Table } from "@medusajs/ui"

/** One refused spreadsheet cell or row, as the import routes report it. */
export interface ImportError {
  row?: number | null
  column?: string | null
  message: string
}

/** The row/column/message table shown under a refused import (products, cooperatives). */
export function ImportErrorsTable({ errors }: { errors: ImportError[] }) {
  if (errors.length === 0) return null
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Dòng</Table.HeaderCell>
          <Table.HeaderCell>Cột</Table.HeaderCell>
          <Table.HeaderCell>Lỗi</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {errors.map((e, i) => (
          <Table.Row key={i}>
            <Table.Cell>{e.row ?? "—"}</Table.Cell>
            <Table.Cell>{e.column ?? "—"}</Table.Cell>
            <Table.Cell className="whitespace-normal">{e.message}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
