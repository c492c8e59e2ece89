import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; `IN (…)` lists of other lengths are other texts. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * better-sqlite3 behind Kysely prepares every query from its text, and preparing was about a
 * tenth of a small push's CPU time. Statements are reusable, so keep the recently used ones
 * (least recently used evicted). Safe because the SQLite dialect runs one query at a time on
 * one connection and we never stream (`iterate`) results, which would hold a statement busy.
 */
export function withStatementCache(database: SqliteDatabase & { prepare(sql: string): SqliteStatement }, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      } else {
        cache.delete(sql); // re-inserted below: Map order is recency order
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
