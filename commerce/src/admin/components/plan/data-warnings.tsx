/// <reference lib="dom" />
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDay } from "./format"
import type { Warning } from "./types"

/** Missing and stale figures, and units with no management seats, at the period's end. */
export function DataWarnings({ warnings }: { warnings: Warning[] }) {
  if (!warnings.length) return null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-warnings>
      <Heading level="h2">Chất lượng số liệu</Heading>
      {warnings.map((w) => (
        <details key={w.code} className="border-ui-border-base rounded-md border px-3 py-2">
          <summary className="cursor-pointer">
            <Text size="small" className="text-ui-fg-error inline">
              {w.message}
            </Text>
          </summary>
          <ul className="mt-2 flex flex-col gap-y-1 pl-4">
            {w.cooperatives.map((c) => (
              <li key={c.id} className="text-ui-fg-subtle text-xs">
                <Link to={`/cooperatives/${c.id}`}>{c.name}</Link> — {c.ward_name}, {c.former_district}
                {c.figures_as_of ? ` (số liệu mới nhất ${formatDay(c.figures_as_of)})` : ""}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </Container>
  )
}
