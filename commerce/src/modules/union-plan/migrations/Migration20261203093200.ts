import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { dropRevisionTriggersSql, REGISTRY_TABLES, revisionTriggerSql } from "../../../lib/plan-indicators/registry-revision"

/**
 * Every write to the cadres, trainings, attendance and targets (whoever makes it, raw SQL
 * included) moves the registry's revision on, so that the plan indicators' cached copy is read again.
 * (Migration names are recorded in one table for every module: this one must be unique.)
 */
export class Migration20261203093200 extends Migration {
  override async up(): Promise<void> {
    for (const sql of revisionTriggerSql(REGISTRY_TABLES.unionPlan)) this.addSql(sql)
  }

  override async down(): Promise<void> {
    // the revision table and function stay: the cooperative module's triggers may still use them
    for (const sql of dropRevisionTriggersSql(REGISTRY_TABLES.unionPlan)) this.addSql(sql)
  }
}
