/**
 * Copy of the editor (/bien-tap) for Union staff: Vietnamese, with the English twin where an API
 * answers (the editor app shows the message it gets).
 */
export const editorCopy = {
  name: "Biên tập nội dung",
  login: {
    title: "Đăng nhập biên tập",
    intro: "Dành cho cán bộ Hội LHPN tỉnh có tài khoản quản trị cửa hàng (Medusa Admin).",
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    missing: "Vui lòng nhập email và mật khẩu.",
    wrong: "Email hoặc mật khẩu không đúng.",
    notStaff: "Tài khoản này không phải tài khoản quản trị của Hội. Tài khoản hợp tác xã dùng Kênh hợp tác xã (/kenh-htx).",
    locked: "Đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    expired: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.",
  },
  nav: { dashboard: "Bảng xuất bản", write: "Soạn nội dung", logout: "Đăng xuất", site: "Xem cửa hàng" },
  errors: {
    medusa: "Không kiểm tra được tài khoản: máy chủ cửa hàng (Medusa) không trả lời. Vui lòng thử lại sau ít phút.",
  },
  api: {
    signedOut: { message: "Bạn cần đăng nhập biên tập (tài khoản quản trị của Hội).", message_en: "Sign in to the editor with a Union staff (admin) account." },
  },
} as const
