import { MedusaService } from "@medusajs/framework/utils"
import { ProductProvenance } from "./models/product-provenance"

export default class ProvenanceModuleService extends MedusaService({
  ProductProvenance,
}) {}
