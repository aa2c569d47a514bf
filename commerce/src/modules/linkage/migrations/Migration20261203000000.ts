import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Linkage requests from business buyers, their routing to cooperatives, and the cooperatives' quotes. */
export class Migration20261203000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "linkage_request" ("id" text not null, "customer_id" text not null, "product_id" text null, "category_id" text null, "title" text not null, "quantity" integer not null, "unit" text check ("unit" in ('kg', 'tan', 'lit', 'chai', 'hop', 'goi', 'thung', 'cai', 'bo', 'suat')) not null, "wanted_on" text not null, "province_code" text not null, "ward_code" text not null, "ward_name" text not null, "street_address" text null, "contact_name" text not null, "phone" text not null, "email" text not null, "company_name" text null, "budget_vnd" integer null, "invoice_needed" boolean not null default false, "note" text null, "status" text check ("status" in ('open', 'accepted', 'cancelled')) not null default 'open', "accepted_quote_id" text null, "order_id" text null, "accepted_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_request_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_request_deleted_at" ON "linkage_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_request_customer_id" ON "linkage_request" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_request_status" ON "linkage_request" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "linkage_route" ("id" text not null, "cooperative_id" text not null, "reason" text check ("reason" in ('maker', 'category', 'union')) not null, "routed_by_id" text null, "routed_by_name" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_route_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_route_request_id" ON "linkage_route" ("request_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_route_deleted_at" ON "linkage_route" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_route_request_id_cooperative_id_unique" ON "linkage_route" ("request_id", "cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_route_cooperative_id" ON "linkage_route" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "linkage_route" add constraint "linkage_route_request_id_foreign" foreign key ("request_id") references "linkage_request" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "linkage_quote" ("id" text not null, "cooperative_id" text not null, "status" text check ("status" in ('quoted', 'declined', 'accepted', 'not_chosen')) not null, "product_id" text null, "unit_price_vnd" integer null, "quantity" integer null, "delivery_fee_vnd" integer null, "delivery_on" text null, "valid_until" text null, "note" text null, "decline_reason" text null, "staff_id" text null, "staff_name" text null, "answered_at" timestamptz not null, "accepted_at" timestamptz null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_quote_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_quote_request_id" ON "linkage_quote" ("request_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_quote_deleted_at" ON "linkage_quote" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_quote_request_id_cooperative_id_unique" ON "linkage_quote" ("request_id", "cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_linkage_quote_cooperative_id" ON "linkage_quote" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "linkage_quote" add constraint "linkage_quote_request_id_foreign" foreign key ("request_id") references "linkage_request" ("id") on update cascade on delete cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_quote" cascade;`)
    this.addSql(`drop table if exists "linkage_route" cascade;`)
    this.addSql(`drop table if exists "linkage_request" cascade;`)
  }
}
