import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statementCache';

function counting() {
  const database = new BetterSqlite3(':memory:');
  const prepared: string[] = [];
  const wrapped = withStatementCache(
    {
      close: () => database.close(),
      prepare: (sql: string) => {
        prepared.push(sql);
        return database.prepare(sql);
      },
    },
    2,
  );
  return { wrapped, prepared };
}

describe('withStatementCache', () => {
  it('prepares a SQL text once and reuses the statement with new parameters', () => {
    const { wrapped, prepared } = counting();
    wrapped.prepare('CREATE TABLE t (x INTEGER)').run([]);
    for (const x of [1, 2, 3]) wrapped.prepare('INSERT INTO t (x) VALUES (?)').run([x]);
    expect(wrapped.prepare('SELECT x FROM t ORDER BY x').all([])).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect(prepared.filter((sql) => sql.startsWith('INSERT'))).toHaveLength(1);
  });

  it('evicts the least recently used statement when full', () => {
    const { wrapped, prepared } = counting();
    wrapped.prepare('SELECT 1');
    wrapped.prepare('SELECT 2');
    wrapped.prepare('SELECT 1'); // now the most recent
    wrapped.prepare('SELECT 3'); // evicts SELECT 2
    wrapped.prepare('SELECT 1');
    wrapped.prepare('SELECT 2');
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });
});
