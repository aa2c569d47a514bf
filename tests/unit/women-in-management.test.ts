import { describe, expect, it } from "vitest"
import { deriveWomenInManagement, type ManagementSeat } from "../../commerce/src/lib/women-in-management"

const seat = (role: ManagementSeat["role"], holder_gender: ManagementSeat["holder_gender"]): ManagementSeat => ({ role, holder_gender })

describe("women in management (Đề án 01 measures)", () => {
  it("counts a cooperative as woman-led when its chair is a woman", () => {
    const flags = deriveWomenInManagement({ management_roles: [seat("chair", "female"), seat("director", "male")], workers_total: 10, workers_women: 3 })
    expect(flags.woman_led).toBe(true)
    expect(flags.women_in_management).toBe(true)
  })

  it("counts a cooperative as woman-led when its director is a woman", () => {
    expect(deriveWomenInManagement({ management_roles: [seat("chair", "male"), seat("director", "female")], workers_total: 0, workers_women: 0 }).woman_led).toBe(true)
  })

  it("says women take part in management, but not that it is woman-led, when only other seats are held by women", () => {
    for (const role of ["board_member", "deputy_director", "supervisory_board"] as const) {
      const flags = deriveWomenInManagement({ management_roles: [seat("chair", "male"), seat(role, "female")], workers_total: 5, workers_women: 1 })
      expect(flags).toMatchObject({ women_in_management: true, woman_led: false, women_manager_count: 1, manager_count: 2 })
    }
  })

  it("reports no women in management when every seat is held by a man, or there are no seats", () => {
    expect(deriveWomenInManagement({ management_roles: [seat("chair", "male"), seat("supervisory_board", "male")], workers_total: 4, workers_women: 4 }))
      .toMatchObject({ women_in_management: false, woman_led: false })
    expect(deriveWomenInManagement({ management_roles: [], workers_total: 0, workers_women: 0 }).women_in_management).toBe(false)
  })

  it("needs strictly more than half of the workers to be women for a women-majority workforce", () => {
    expect(deriveWomenInManagement({ management_roles: [], workers_total: 24, workers_women: 12 }).women_majority_workforce).toBe(false)
    expect(deriveWomenInManagement({ management_roles: [], workers_total: 25, workers_women: 13 }).women_majority_workforce).toBe(true)
    expect(deriveWomenInManagement({ management_roles: [], workers_total: 0, workers_women: 0 }).women_majority_workforce).toBe(false)
  })
})
