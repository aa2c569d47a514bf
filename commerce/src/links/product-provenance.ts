import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/** Each product has at most one provenance record (OCOP rating, origin, certifications). */
export default defineLink(ProductModule.linkable.product, {
  linkable: ProvenanceModule.linkable.productProvenance,
  deleteCascade: true,
})
