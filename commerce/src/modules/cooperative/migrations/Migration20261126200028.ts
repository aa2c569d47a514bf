import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126200028 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_staff_invite" drop constraint if exists "cooperative_staff_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "cooperative_staff" drop constraint if exists "cooperative_staff_email_unique";`);
    this.addSql(`alter table if exists "cooperative_order_part" drop constraint if exists "cooperative_order_part_cooperative_id_order_id_unique";`);
    this.addSql(`create table if not exists "cooperative_order_part" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('new', 'packing', 'shipped', 'delivered')) not null default 'new', "tracking_note" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_order_part_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_part_cooperative_id" ON "cooperative_order_part" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_part_deleted_at" ON "cooperative_order_part" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_order_part_cooperative_id_order_id_unique" ON "cooperative_order_part" ("cooperative_id", "order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_staff" ("id" text not null, "email" text not null, "full_name" text not null, "phone" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_staff_email_unique" ON "cooperative_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_cooperative_id" ON "cooperative_staff" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_deleted_at" ON "cooperative_staff" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_staff_invite" ("id" text not null, "email" text not null, "full_name" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_staff_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_staff_invite_token_hash_unique" ON "cooperative_staff_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_invite_cooperative_id" ON "cooperative_staff_invite" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_invite_deleted_at" ON "cooperative_staff_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_order_part" add constraint "cooperative_order_part_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "cooperative_staff" add constraint "cooperative_staff_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "cooperative_staff_invite" add constraint "cooperative_staff_invite_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_order_part" cascade;`);

    this.addSql(`drop table if exists "cooperative_staff" cascade;`);

    this.addSql(`drop table if exists "cooperative_staff_invite" cascade;`);
  }

}
