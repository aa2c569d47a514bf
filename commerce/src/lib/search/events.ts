/** Emitted when a cooperative's status or public details change, so its products are re-indexed. */
export const COOPERATIVE_UPDATED_EVENT = "cooperative.updated"

/** Emitted when a product's provenance (OCOP stars) changes, which no product event reports. */
export const PRODUCT_PROVENANCE_UPDATED_EVENT = "product.provenance_updated"
