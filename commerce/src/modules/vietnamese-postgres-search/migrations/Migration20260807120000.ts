/**
 * Medusa's PostgreSQL provider's own migration (extensions and its catalog table
 * `search_postgres_index`), which Medusa runs for a provider from the provider's folder — this one, now
 * that the provider is registered through our subclass. Same name: a database where Medusa's provider
 * already ran it has it recorded and skips it.
 */
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
