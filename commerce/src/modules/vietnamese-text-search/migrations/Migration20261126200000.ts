import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A text-search configuration for Vietnamese: the `simple` parser and dictionary (no stemming —
 * English stemming would cut "bánh" or "mắm" into nonsense) behind `unaccent`, which folds the tones
 * and maps đ → d, so "nuoc mam" and "nước mắm" produce the same lexemes. Medusa's PostgreSQL search
 * provider picks it up as `medusa_search_vietnamese` when configured with `language: "vietnamese"`.
 */
export class Migration20261126200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
            WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
