/** Emitted when a cooperative's status or public details change, so its products are re-indexed. */
export const COOPERATIVE_UPDATED_EVENT = "cooperative.updated"
