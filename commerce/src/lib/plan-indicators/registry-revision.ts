/**
 * The registry's revision: a number that grows whenever a transaction that wrote to the registry or
 * the training register commits, however it wrote (Admin, an import, the cooperative portal, a
 * script, raw SQL). Statement-level triggers on those tables (created by the cooperative and
 * union-plan modules' migrations, `revisionTriggerSql`) record each writing transaction once in
 * `plan_registry_write`, with what it touched: the cooperatives whose records it wrote (from the
 * statements' transition tables), whether the training register (or the seats it names) changed,
 * or "everything" (a truncate, a write of more than 500 cooperatives, folded rows). The revision is
 * the sum of the rows' weights.
 *
 * Why a row per transaction and not one counter row: updating a single counter would hold its lock
 * until the writer commits, so every registry write would wait for every other one (a 30-second
 * import would block an officer's edit), and two writers touching the same cooperatives in opposite
 * order could deadlock on it. Inserting a row of one's own takes no shared lock, and it becomes
 * visible exactly when the transaction's data does — so a reader that reads the log first and the
 * data afterwards never keeps data older than the revision it files them under.
 */
import type { SqlRunner } from "./load-snapshot"

/** The tables the indicators read that only people change (orders and products are read live), and the column naming the cooperative. */
export const REGISTRY_TABLES = {
  cooperative: [
    { table: "cooperative", cooperativeColumn: "id" },
    { table: "cooperative_status_change", cooperativeColumn: "cooperative_id" },
    // attendance names a woman manager through her seat: the training register is read again with the seats
    { table: "cooperative_management_role", cooperativeColumn: "cooperative_id", training: true },
    { table: "cooperative_figure_record", cooperativeColumn: "cooperative_id" },
  ],
  unionPlan: [{ table: "plan_cadre" }, { table: "plan_training" }, { table: "plan_training_attendance" }, { table: "plan_target" }],
} as const satisfies Record<string, readonly RegistryTable[]>

interface RegistryTable {
  table: string
  /** the column naming the cooperative a row belongs to; none = the training register (read again whole) */
  cooperativeColumn?: string
  training?: boolean
}

/** Above this many cooperatives in one transaction, the whole registry is read again. */
const MOST_COOPERATIVES = 500

const TRIGGERS = ["plan_registry_insert", "plan_registry_update", "plan_registry_delete", "plan_registry_truncate", "plan_registry_write"]

/**
 * The log table and trigger function (idempotent: both modules' migrations run it, in either
 * order) and the triggers on `tables`. The function's arguments: the column naming the cooperative
 * ('' = none) and 'training' when the training register is to be read again.
 */
export function revisionTriggerSql(tables: readonly RegistryTable[]): string[] {
  return [
    `create table if not exists "plan_registry_write" ("id" bigint generated always as identity primary key, "xid" xid8 null unique, "weight" bigint not null default 1, "cooperative_ids" text[] not null default '{}', "training" boolean not null default false, "everything" boolean not null default false);`,
    `create or replace function plan_registry_written() returns trigger language plpgsql as $$
     declare
       ids text[] := '{}';
       training boolean := TG_ARGV[1] = 'training';
       everything boolean := TG_OP = 'TRUNCATE';
     begin
       if TG_ARGV[0] <> '' and TG_OP = 'INSERT' then
         execute format('select coalesce(array_agg(distinct %I), ''{}'') from new_rows', TG_ARGV[0]) into ids;
       elsif TG_ARGV[0] <> '' and TG_OP = 'UPDATE' then
         execute format('select coalesce(array_agg(distinct x), ''{}'') from (select %1$I as x from old_rows union all select %1$I from new_rows) u', TG_ARGV[0]) into ids;
       elsif TG_ARGV[0] <> '' and TG_OP = 'DELETE' then
         execute format('select coalesce(array_agg(distinct %I), ''{}'') from old_rows', TG_ARGV[0]) into ids;
       elsif TG_ARGV[0] = '' then
         training := true;
       end if;
       if cardinality(ids) > ${MOST_COOPERATIVES} then
         ids := '{}';
         everything := true;
       end if;
       insert into "plan_registry_write" ("xid", "cooperative_ids", "training", "everything") values (pg_current_xact_id(), ids, training, everything)
       on conflict ("xid") do update set
         "cooperative_ids" = case when plan_registry_write.everything or excluded.everything or cardinality(plan_registry_write.cooperative_ids) + cardinality(excluded.cooperative_ids) > ${MOST_COOPERATIVES}
                                  then '{}' else array(select distinct unnest(plan_registry_write.cooperative_ids || excluded.cooperative_ids)) end,
         "training" = plan_registry_write.training or excluded.training,
         "everything" = plan_registry_write.everything or excluded.everything or cardinality(plan_registry_write.cooperative_ids) + cardinality(excluded.cooperative_ids) > ${MOST_COOPERATIVES};
       return null;
     end $$;`,
    ...tables.flatMap(({ table, cooperativeColumn, training }) => {
      const args = `'${cooperativeColumn ?? ""}', '${training ? "training" : ""}'`
      const drops = TRIGGERS.map((name) => `drop trigger if exists "${name}" on "${table}";`)
      if (!cooperativeColumn) {
        return [...drops, `create trigger "plan_registry_write" after insert or update or delete or truncate on "${table}" for each statement execute function plan_registry_written(${args});`]
      }
      // transition tables (the rows a statement wrote) allow one event per trigger
      return [
        ...drops,
        `create trigger "plan_registry_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function plan_registry_written(${args});`,
        `create trigger "plan_registry_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function plan_registry_written(${args});`,
        `create trigger "plan_registry_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function plan_registry_written(${args});`,
        `create trigger "plan_registry_truncate" after truncate on "${table}" for each statement execute function plan_registry_written('', '');`,
      ]
    }),
  ]
}

export function dropRevisionTriggersSql(tables: readonly RegistryTable[]): string[] {
  return tables.flatMap(({ table }) => TRIGGERS.map((name) => `drop trigger if exists "${name}" on "${table}";`))
}

/** Rows of `plan_registry_write` above which a reader folds them into one (same sum). */
const COMPACT_ABOVE = 1000

export interface RegistryHead {
  /** the log table's identity: a dropped and re-created table starts again from 0 */
  epoch: string
  revision: bigint
}

/** The current revision (one small query on every request). */
export async function readRegistryHead(db: SqlRunner): Promise<RegistryHead> {
  const { rows } = await db.raw(`select 'plan_registry_write'::regclass::oid::text as epoch, coalesce(sum(weight), 0)::text as revision from plan_registry_write`)
  return { epoch: rows[0].epoch, revision: BigInt(rows[0].revision) }
}

export interface RegistryWrite {
  id: string
  cooperative_ids: string[]
  training: boolean
  everything: boolean
}

/** The committed writes (what the revision is the sum of), read when the copy in memory is older. */
export async function readRegistryWrites(db: SqlRunner): Promise<RegistryHead & { writes: RegistryWrite[] }> {
  const { rows } = await db.raw(
    `select 'plan_registry_write'::regclass::oid::text as epoch, id::text, weight::text, cooperative_ids, training, everything from plan_registry_write`
  )
  if (rows.length > COMPACT_ABOVE) {
    // One statement: readers see the rows before or the one row after, with the same sum. Rows of
    // transactions still running are invisible to it and stay. What the folded rows touched is lost:
    // a copy older than them reads everything again.
    await db.raw(
      `with gone as (delete from plan_registry_write returning weight) insert into plan_registry_write (weight, everything) select sum(weight), true from gone having count(*) > 0`
    )
  }
  const epoch = rows[0]?.epoch ?? (await readRegistryHead(db)).epoch
  return {
    epoch,
    revision: rows.reduce((sum, r) => sum + BigInt(r.weight), 0n),
    writes: rows.map((r) => ({ id: r.id, cooperative_ids: r.cooperative_ids, training: r.training, everything: r.everything })),
  }
}
