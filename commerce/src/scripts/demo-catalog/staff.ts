/**
 * Demo accounts for the cooperative portal (/kenh-htx), one per demo cooperative below.
 * Printed by `npm start`; the password can be changed with DEMO_COOPERATIVE_PASSWORD.
 */
import staff from "./staff.json"

export const DEMO_COOPERATIVE_PASSWORD = process.env.DEMO_COOPERATIVE_PASSWORD || "demo-htx-2025"

/** The accounts live in staff.json so that `npm start` (plain Node, outside Medusa) can print them. */
export const DEMO_COOPERATIVE_STAFF: readonly { email: string; full_name: string; cooperative_handle: string }[] = staff
