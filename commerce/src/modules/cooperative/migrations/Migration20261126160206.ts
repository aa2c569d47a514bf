import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126160206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('hop_tac_xa', 'to_hop_tac', 'to_lien_ket', 'ho_kinh_doanh')) not null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "province_code" text not null, "ward_code" text not null, "ward_name" text not null, "former_district" text not null, "street_address" text null, "registration_number" text null, "founded_on" timestamptz null, "members_total" integer not null default 0, "members_women" integer not null default 0, "workers_total" integer not null default 0, "workers_women" integer not null default 0, "phone" text null, "zalo_phone" text null, "facebook_url" text null, "email" text null, "description" text null, "logo_url" text null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_management_role" ("id" text not null, "role" text check ("role" in ('chair', 'board_member', 'director', 'deputy_director', 'supervisory_board')) not null, "holder_name" text not null, "holder_gender" text check ("holder_gender" in ('female', 'male')) not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_management_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_management_role_cooperative_id" ON "cooperative_management_role" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_management_role_deleted_at" ON "cooperative_management_role" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_management_role" add constraint "cooperative_management_role_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_management_role" drop constraint if exists "cooperative_management_role_cooperative_id_foreign";`);

    this.addSql(`drop table if exists "cooperative" cascade;`);

    this.addSql(`drop table if exists "cooperative_management_role" cascade;`);
  }

}
