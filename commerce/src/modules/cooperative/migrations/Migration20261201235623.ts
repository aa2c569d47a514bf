import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201235623 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order_part" drop constraint if exists "cooperative_order_part_status_check";`);

    this.addSql(`alter table if exists "cooperative_order_part" add column if not exists "cod_collected_amount" integer null, add column if not exists "cancelled_at" timestamptz null, add column if not exists "cancel_reason" text null, add column if not exists "cancelled_by" text check ("cancelled_by" in ('cooperative', 'buyer', 'union')) null;`);
    this.addSql(`alter table if exists "cooperative_order_part" add constraint "cooperative_order_part_status_check" check("status" in ('new', 'packing', 'shipped', 'delivered', 'cancelled'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order_part" drop constraint if exists "cooperative_order_part_status_check";`);

    this.addSql(`alter table if exists "cooperative_order_part" drop column if exists "cod_collected_amount", drop column if exists "cancelled_at", drop column if exists "cancel_reason", drop column if exists "cancelled_by";`);

    this.addSql(`alter table if exists "cooperative_order_part" add constraint "cooperative_order_part_status_check" check("status" in ('new', 'packing', 'shipped', 'delivered'));`);
  }

}
