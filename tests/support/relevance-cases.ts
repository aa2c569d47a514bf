/**
 * What a shopper should see first, written down by hand from the demo catalog: each case lists the
 * expected leading results as groups — the products of a group may come in any order (they are equally
 * relevant by the rules in commerce/src/lib/search/relevance.ts), the groups in the order given.
 * The suite runs them on both engines (tests/integration/search.test.ts).
 */
export interface RelevanceCase {
  q: string
  why: string
  /** leading results: groups in order, any order within a group */
  top: string[][]
  /** a near-match answer (the query has a typo) */
  approximate?: boolean
}

const GOM_TITLES = ["binh-gom-hoa-van-cham-nan-tay", "den-xong-tinh-dau-gom-dat-nung", "bo-am-chen-gom-dat-nung"]
const GOM = [GOM_TITLES, ["tuong-thieu-nu-cham-doi-nuoc"], ["noi-dat-kho-ca-phuoc-dan"]]
const GIFT_BOXES = ["hop-qua-yen-sao-dao-may", "hop-qua-tho-cam-mini", "hop-qua-nho-tao-say-phan-rang"]
const FISH_SAUCE = ["nuoc-mam-ca-com-40-do-dam-van-phuoc-xanh", "nuoc-mam-ca-com-30-do-dam-van-phuoc-xanh", "nuoc-mam-nhi-ca-com-than-45-do-dam"]
const HONEY = ["mat-ong-hoa-keo-khanh-vinh", "mat-ong-rung-khanh-vinh", "mat-ong-hoa-sau-rieng"]
const BROCADE = ["khan-choang-tho-cam-det-tay", "tui-deo-cheo-tho-cam", "vi-cam-tay-tho-cam", "khan-trai-ban-tho-cam", "hop-qua-tho-cam-mini"]
const DURIAN = ["sau-rieng-ri6-khanh-son", "com-sau-rieng-cap-dong", "sau-rieng-say-gion-khanh-son", "mat-ong-hoa-sau-rieng"]
const MANGO = ["xoai-uc-cam-lam", "xoai-cat-cam-lam", "xoai-say-deo-cam-lam", "mut-xoai-deo-gung"]
const BIRDS_NEST = ["yen-sao-tinh-che-dao-may", "hop-qua-yen-sao-dao-may"]
const SALT = ["muoi-hat-hon-khoi-phoi-nang", "muoi-tinh-say-kho-hon-khoi", "muoi-tom-ot-rang-hon-khoi", "muoi-ngam-chan-thao-duoc-hon-khoi", "muoi-sa-tac-cham-hai-san", "hat-dieu-rang-muoi-vo-lua"]
const NFD = (text: string) => text.normalize("NFD")

export const RELEVANCE_CASES: RelevanceCase[] = [
  // tone-less: title matches first
  { q: "gom", why: "gốm in the title, then the subtitle, then a tag — before “gồm”/“gom” in descriptions", top: GOM },
  { q: "nuoc mam", why: "the three fish sauces named so", top: [FISH_SAUCE] },
  { q: "mat ong", why: "honey before agarwood whose cooperative's name has “mật ong”", top: [HONEY] },
  { q: "dac san", why: "“đặc sản” in a subtitle before the category “Đặc sản chế biến”", top: [["hop-qua-nho-tao-say-phan-rang"]] },
  { q: "yen sao", why: "yến sào in the title", top: [BIRDS_NEST] },
  { q: "tho cam", why: "thổ cẩm in the title", top: [BROCADE] },
  { q: "sau rieng", why: "sầu riêng in the title", top: [DURIAN] },
  { q: "xoai", why: "xoài in the title", top: [MANGO] },
  { q: "nem chua", why: "the phrase in the title, before nem nướng", top: [["nem-chua-ninh-hoa-goi-la-vong"]] },
  { q: "muoi", why: "muối in the title; no “mui”/“moi” near matches mixed in", top: [SALT] },
  { q: "tram huong", why: "trầm hương in the title (before tags and the category “Trầm hương & quà tặng”)", top: [["vong-tay-tram-huong-song-cau", "tinh-dau-tram-huong-song-cau"]] },
  { q: "rong nho", why: "rong nho in the title", top: [["rong-nho-tuoi-cam-lap", "rong-nho-tach-nuoc-cam-lap", "sot-me-rang-an-rong-nho"]] },
  { q: "ca com", why: "cá cơm in the title (not cơm sầu riêng)", top: [[...FISH_SAUCE, "mam-ca-com-toi-ot-van-phuoc-xanh", "ca-com-kho-van-ninh"]] },
  // tones typed are tones meant
  { q: "gốm", why: "gốm, exactly", top: GOM },
  { q: "gồm", why: "“gồm” (the gift boxes' descriptions) before gốm products", top: [GIFT_BOXES] },
  { q: "nước mắm", why: "toned like the titles", top: [FISH_SAUCE] },
  { q: "mật ong", why: "toned", top: [HONEY] },
  { q: "đặc sản", why: "toned, đ", top: [["hop-qua-nho-tao-say-phan-rang"]] },
  { q: "Yến Sào", why: "capitals", top: [BIRDS_NEST] },
  { q: "mực một nắng", why: "toned three-word phrase", top: [["muc-mot-nang-vinh-luong"]] },
  // typed in NFD (some keyboards, copy-paste)
  { q: NFD("nước mắm"), why: "NFD", top: [FISH_SAUCE] },
  { q: NFD("thổ cẩm"), why: "NFD", top: [BROCADE] },
  { q: NFD("gồm"), why: "NFD, toned", top: [GIFT_BOXES] },
  // a typo: near matches, only close ones
  { q: "nuoc mamm", why: "one letter too many", top: [FISH_SAUCE], approximate: true },
  { q: "thổ cẩmm", why: "toned, one letter too many", top: [BROCADE], approximate: true },
  { q: "sau rieg", why: "one letter missing", top: [DURIAN], approximate: true },
  { q: "yen saoo", why: "one letter too many", top: [BIRDS_NEST], approximate: true },
  { q: "xoia", why: "two letters swapped", top: [MANGO], approximate: true },
  // two-word phrases
  { q: "nuoc cham", why: "the phrase in three titles", top: [["nuoc-cham-pha-san-chua-ngot-van-phuoc-xanh", "nuoc-cham-nem-ninh-hoa", "nem-nuong-ninh-hoa-kem-nuoc-cham"]] },
  { q: "mot nang", why: "một nắng", top: [["muc-mot-nang-vinh-luong", "ca-thu-mot-nang-cat-khuc"]] },
  { q: "hop qua", why: "hộp quà", top: [GIFT_BOXES] },
  { q: "tom kho", why: "the phrase in a title before tôm and khô apart", top: [["tom-kho-boc-vo-vinh-luong"]] },
  { q: "gom cham", why: "both words in a title before the tag “gốm chăm”", top: [["binh-gom-hoa-van-cham-nan-tay"], ["tuong-thieu-nu-cham-doi-nuoc", "den-xong-tinh-dau-gom-dat-nung", "bo-am-chen-gom-dat-nung", "noi-dat-kho-ca-phuoc-dan"]] },
  // places (regional names) and cooperatives
  { q: "nha trang", why: "in a title, then as a tag", top: [["cha-ca-nha-trang-chien"], ["muc-mot-nang-vinh-luong"]] },
  { q: "ninh hoa", why: "Ninh Hòa specialities by name", top: [["nem-chua-ninh-hoa-goi-la-vong", "nem-nuong-ninh-hoa-kem-nuoc-cham", "nuoc-cham-nem-ninh-hoa"]] },
  { q: "phan rang", why: "in a title, then as a tag, before the former district", top: [["nho-do-phan-rang"], ["ruou-vang-nho-do-phan-rang"]] },
  { q: "khanh son", why: "in titles, then as a tag", top: [["sau-rieng-ri6-khanh-son", "bo-sap-khanh-son"], ["mat-ong-hoa-sau-rieng"]] },
  { q: "cam lam", why: "Cam Lâm mangoes", top: [["xoai-uc-cam-lam", "xoai-cat-cam-lam"]] },
  { q: "van ninh", why: "in a title, then as a tag, before the former district", top: [["ca-com-kho-van-ninh"], ["nuoc-mam-ca-com-40-do-dam-van-phuoc-xanh"]] },
  { q: "hon khoi", why: "in a title before descriptions", top: [["muoi-hat-hon-khoi-phoi-nang"]] },
  { q: "dao may", why: "in a title before the cooperative's name", top: [["hop-qua-yen-sao-dao-may"]] },
  {
    q: "van phuoc xanh",
    why: "the cooperative's products, by its name",
    top: [[...FISH_SAUCE, "mam-ca-com-toi-ot-van-phuoc-xanh", "nuoc-cham-pha-san-chua-ngot-van-phuoc-xanh", "ca-com-kho-van-ninh"]],
  },
]
