/** Vietnamese words for the registry's codes (kinds, statuses, seats), shared by API answers, exports and Admin. */
export const KIND_LABELS: Record<string, string> = {
  hop_tac_xa: "Hợp tác xã",
  to_hop_tac: "Tổ hợp tác",
  to_lien_ket: "Tổ liên kết",
  ho_kinh_doanh: "Hộ sản xuất kinh doanh",
}

export const MARKETPLACE_STATUS_LABELS: Record<string, string> = {
  pending: "Chờ duyệt bán",
  active: "Đang bán trên sàn",
  suspended: "Tạm ngừng bán",
  unlisted: "Không bán trên sàn",
}

export const REGISTRY_STATUS_LABELS: Record<string, string> = {
  operating: "Đang hoạt động",
  suspended: "Tạm ngừng hoạt động",
  dissolved: "Đã giải thể",
}

export const SEAT_LABELS: Record<string, string> = {
  chair: "Chủ tịch HĐQT",
  board_member: "Thành viên HĐQT",
  director: "Giám đốc",
  deputy_director: "Phó giám đốc",
  supervisory_board: "Ban kiểm soát",
}
