import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Union cadres, trainings with attendance, and the plan's yearly targets. */
export class Migration20261202000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "plan_cadre" ("id" text not null, "full_name" text not null, "gender" text check ("gender" in ('female', 'male')) not null default 'female', "unit" text not null, "role" text not null, "ward_code" text null, "former_district" text null, "phone" text null, "active_from" timestamptz null, "active_to" timestamptz null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "plan_cadre_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_cadre_deleted_at" ON "plan_cadre" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "plan_training" ("id" text not null, "held_on" timestamptz not null, "title" text not null, "organiser" text not null, "topic" text check ("topic" in ('cooperative_governance', 'business_planning', 'digital_transformation', 'branding_ip', 'cooperative_law', 'other')) not null, "location" text null, "former_district" text null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "plan_training_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_training_deleted_at" ON "plan_training" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "plan_training_attendance" ("id" text not null, "person_name" text not null, "management_role_id" text null, "cooperative_id" text null, "passed" boolean null, "training_id" text not null, "cadre_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "plan_training_attendance_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_training_attendance_training_id" ON "plan_training_attendance" ("training_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_training_attendance_cadre_id" ON "plan_training_attendance" ("cadre_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_training_attendance_deleted_at" ON "plan_training_attendance" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_plan_training_attendance_training_id_cadre_id_unique" ON "plan_training_attendance" ("training_id", "cadre_id") WHERE deleted_at IS NULL AND cadre_id IS NOT NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_plan_training_attendance_training_id_management_role_id_unique" ON "plan_training_attendance" ("training_id", "management_role_id") WHERE deleted_at IS NULL AND management_role_id IS NOT NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_training_attendance_management_role_id" ON "plan_training_attendance" ("management_role_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "plan_training_attendance" add constraint "plan_training_attendance_training_id_foreign" foreign key ("training_id") references "plan_training" ("id") on update cascade on delete cascade;`)
    this.addSql(`alter table if exists "plan_training_attendance" add constraint "plan_training_attendance_cadre_id_foreign" foreign key ("cadre_id") references "plan_cadre" ("id") on update cascade on delete set null;`)

    this.addSql(`create table if not exists "plan_target" ("id" text not null, "year" integer not null, "indicator_id" text not null, "value" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "plan_target_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_plan_target_deleted_at" ON "plan_target" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_plan_target_year_indicator_id_unique" ON "plan_target" ("year", "indicator_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_training_attendance" cascade;`)
    this.addSql(`drop table if exists "plan_training" cascade;`)
    this.addSql(`drop table if exists "plan_cadre" cascade;`)
    this.addSql(`drop table if exists "plan_target" cascade;`)
  }
}
