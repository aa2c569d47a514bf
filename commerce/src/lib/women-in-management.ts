/**
 * The plan's measures of women's part in a cooperative (Kế hoạch 232/KH-BTV, Đề án 01):
 * women among the chair, board, director, deputy directors and supervisory board.
 */
export interface ManagementSeat {
  role: "chair" | "board_member" | "director" | "deputy_director" | "supervisory_board"
  holder_gender: "female" | "male"
}

export interface WomenInManagement {
  /** At least one management seat is held by a woman. */
  women_in_management: boolean
  /** The chair or the director is a woman. */
  woman_led: boolean
  /** Strictly more than half of the workers are women. */
  women_majority_workforce: boolean
  women_manager_count: number
  manager_count: number
}

export function deriveWomenInManagement(cooperative: {
  management_roles?: ManagementSeat[] | null
  workers_total: number
  workers_women: number
}): WomenInManagement {
  const seats = cooperative.management_roles ?? []
  const heldByWomen = seats.filter((s) => s.holder_gender === "female")
  return {
    women_in_management: heldByWomen.length > 0,
    woman_led: heldByWomen.some((s) => s.role === "chair" || s.role === "director"),
    women_majority_workforce:
      cooperative.workers_total > 0 && cooperative.workers_women * 2 > cooperative.workers_total,
    women_manager_count: heldByWomen.length,
    manager_count: seats.length,
  }
}
