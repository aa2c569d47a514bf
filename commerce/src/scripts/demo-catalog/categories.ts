import type { DemoCategory } from "./types"

export const DEMO_CATEGORIES: Record<string, DemoCategory> = {
  "nuoc-mam-gia-vi": {
    handle: "nuoc-mam-gia-vi",
    name: "Nước mắm & gia vị",
    description:
      "Nước mắm cá cơm ủ chượp truyền thống, mắm, muối chấm và nước chấm pha sẵn từ các làng biển Khánh Hòa.",
  },
  "hai-san-kho": {
    handle: "hai-san-kho",
    name: "Hải sản khô & chế biến",
    description:
      "Mực một nắng, cá khô, tôm khô và hải sản sơ chế do chị em làng chài phơi, đóng gói ngay tại bến.",
  },
  "trai-cay-nong-san": {
    handle: "trai-cay-nong-san",
    name: "Trái cây & nông sản",
    description:
      "Xoài Cam Lâm, sầu riêng Khánh Sơn, nho, táo, tỏi vùng nắng gió và các loại nông sản theo mùa.",
  },
  "yen-sao-mat-ong": {
    handle: "yen-sao-mat-ong",
    name: "Yến sào & mật ong",
    description:
      "Tổ yến thô, yến tinh chế, yến chưng sẵn và mật ong rừng, mật ong hoa từ vùng núi trong tỉnh.",
  },
  "dac-san-che-bien": {
    handle: "dac-san-che-bien",
    name: "Đặc sản chế biến",
    description:
      "Nem chua, nem nướng, chả cá, bánh tráng, trái cây sấy, mứt và rượu nho làm theo công thức gia truyền.",
  },
  "thu-cong-my-nghe": {
    handle: "thu-cong-my-nghe",
    name: "Thủ công mỹ nghệ",
    description:
      "Gốm nặn tay của làng Chăm, thổ cẩm dệt khung, đồ mây tre và cói đan do các nghệ nhân nữ làm thủ công.",
  },
  "tram-huong-qua-tang": {
    handle: "tram-huong-qua-tang",
    name: "Trầm hương & quà tặng",
    description:
      "Nhang trầm, vòng trầm, trầm nụ và các hộp quà đặc sản Khánh Hòa để biếu tặng dịp lễ, Tết.",
  },
  "muoi-san-pham-tu-bien": {
    handle: "muoi-san-pham-tu-bien",
    name: "Muối & sản phẩm từ biển",
    description:
      "Muối hạt phơi nắng trên đồng muối Hòn Khói, rong nho, rong sụn và những sản phẩm khác làm từ biển.",
  },
}
