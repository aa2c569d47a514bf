import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The Union's registry: registry status with dated changes, figure records over time, a change
 * history, dated management seats, unique registration numbers, and "unlisted" (in the registry,
 * not selling). Every cooperative's current counts become its first figure record.
 */
export class Migration20261202000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`)
    this.addSql(`alter table if exists "cooperative" add constraint "cooperative_status_check" check ("status" in ('pending', 'active', 'suspended', 'unlisted'));`)
    this.addSql(`alter table if exists "cooperative" add column if not exists "registry_status" text check ("registry_status" in ('operating', 'suspended', 'dissolved')) not null default 'operating', add column if not exists "women_stable_jobs" integer not null default 0, add column if not exists "women_avg_monthly_income_vnd" integer null, add column if not exists "figures_as_of" timestamptz null, add column if not exists "contact_name" text null;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_registration_number_unique" ON "cooperative" ("registration_number") WHERE deleted_at IS NULL AND registration_number IS NOT NULL;`)

    this.addSql(`alter table if exists "cooperative_management_role" add column if not exists "started_on" timestamptz null, add column if not exists "ended_on" timestamptz null;`)

    this.addSql(`create table if not exists "cooperative_figure_record" ("id" text not null, "as_of" timestamptz not null, "members_total" integer not null, "members_women" integer not null, "workers_total" integer not null, "workers_women" integer not null, "women_stable_jobs" integer not null, "women_avg_monthly_income_vnd" integer null, "source" text check ("source" in ('registry', 'import', 'portal', 'demo')) not null, "entered_by_id" text null, "entered_by_name" text not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_figure_record_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_figure_record_cooperative_id" ON "cooperative_figure_record" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_figure_record_deleted_at" ON "cooperative_figure_record" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_figure_record_cooperative_id_as_of_unique" ON "cooperative_figure_record" ("cooperative_id", "as_of") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "cooperative_figure_record" add constraint "cooperative_figure_record_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "cooperative_change" ("id" text not null, "field" text not null, "old_value" text null, "new_value" text null, "reason" text null, "actor_id" text null, "actor_name" text not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_change_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_change_cooperative_id" ON "cooperative_change" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_change_deleted_at" ON "cooperative_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "cooperative_change" add constraint "cooperative_change_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "cooperative_status_change" ("id" text not null, "registry_status" text check ("registry_status" in ('operating', 'suspended', 'dissolved')) not null, "effective_on" timestamptz not null, "reason" text not null, "actor_id" text null, "actor_name" text not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_status_change_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_change_cooperative_id" ON "cooperative_status_change" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_change_deleted_at" ON "cooperative_status_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "cooperative_status_change" add constraint "cooperative_status_change_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`)

    this.addSql(`insert into "cooperative_figure_record" ("id", "as_of", "members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "source", "entered_by_name", "cooperative_id")
      select 'cfig_' || replace(gen_random_uuid()::text, '-', ''), date_trunc('day', c."updated_at"), c."members_total", c."members_women", c."workers_total", c."workers_women", 0, 'registry', 'Số liệu có sẵn trước sổ theo dõi', c."id"
      from "cooperative" c where c."deleted_at" is null
      and not exists (select 1 from "cooperative_figure_record" r where r."cooperative_id" = c."id");`)
    this.addSql(`update "cooperative" set "figures_as_of" = date_trunc('day', "updated_at") where "figures_as_of" is null and "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_status_change" cascade;`)
    this.addSql(`drop table if exists "cooperative_change" cascade;`)
    this.addSql(`drop table if exists "cooperative_figure_record" cascade;`)
    this.addSql(`alter table if exists "cooperative_management_role" drop column if exists "started_on", drop column if exists "ended_on";`)
    this.addSql(`drop index if exists "IDX_cooperative_registration_number_unique";`)
    this.addSql(`alter table if exists "cooperative" drop column if exists "registry_status", drop column if exists "women_stable_jobs", drop column if exists "women_avg_monthly_income_vnd", drop column if exists "figures_as_of", drop column if exists "contact_name";`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`)
    this.addSql(`alter table if exists "cooperative" add constraint "cooperative_status_check" check ("status" in ('pending', 'active', 'suspended'));`)
  }
}
