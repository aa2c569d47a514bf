/**
 * Demo accounts for the cooperative portal (/kenh-htx), one per demo cooperative below.
 * Printed by `npm start`; the password can be changed with DEMO_COOPERATIVE_PASSWORD.
 */
export const DEMO_COOPERATIVE_PASSWORD = process.env.DEMO_COOPERATIVE_PASSWORD || "demo-htx-2025"

export const DEMO_COOPERATIVE_STAFF = [
  { email: "nuocmam@cho-htx.demo", full_name: "Trần Thị Mỹ Lệ (demo)", cooperative_handle: "htx-nuoc-mam-van-phuoc-xanh-demo" },
  { email: "muoi@cho-htx.demo", full_name: "Đặng Thị Kim Oanh (demo)", cooperative_handle: "htx-muoi-bien-trang-hon-khoi-demo" },
] as const
