import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126160207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "product_provenance" ("id" text not null, "ocop_stars" integer null, "ocop_certificate_number" text null, "ocop_issuing_level" text check ("ocop_issuing_level" in ('province', 'central')) null, "ocop_issued_on" timestamptz null, "ocop_expires_on" timestamptz null, "origin_ward_code" text null, "origin_ward_name" text null, "certifications" text[] not null, "shelf_life_days" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_provenance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_provenance_deleted_at" ON "product_provenance" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_provenance" cascade;`);
  }

}
