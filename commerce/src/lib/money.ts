/** 250000 → "250.000 ₫" (VND has no minor unit). The storefront has its own copy in site/lib/format.ts for the browser-facing pages. */
export function formatVndPlain(amount: number): string {
  return `${Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`
}
