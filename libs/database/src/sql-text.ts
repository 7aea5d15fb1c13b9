import type { EntityManager } from 'typeorm';

// The one place SQL text is built from values (lint: tools/lint/boundaries.mjs). Only identifiers
// that the code itself names pass through here, each quoted; every value is a $n parameter.

const quoted = (identifier: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`not an identifier: ${identifier}`);
  return `"${identifier}"`;
};

/** Rows of `table` that belong to one row of `parentTable` through `parentColumn`. */
export interface ChildRows {
  parentTable: string;
  table: string;
  parentColumn: string;
}

/** A list of child rows with a most it may hold. */
export interface CappedList extends ChildRows {
  max: number;
}

/**
 * Whether the parent can take `adding` more rows. Locks the parent row until the transaction ends,
 * so additions racing each other are counted one after another and the cap holds.
 */
export async function hasRoomFor(manager: EntityManager, list: CappedList, parentId: string, adding = 1): Promise<boolean> {
  await manager.query(`SELECT 1 FROM ${quoted(list.parentTable)} WHERE id = $1 FOR UPDATE`, [parentId]);
  const [{ count }] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM ${quoted(list.table)} WHERE ${quoted(list.parentColumn)} = $1`,
    [parentId],
  );
  return count + adding <= list.max;
}

/** For ordered children (a `position` column): how many the parent has, and the position after the last. */
export async function positionAfterLast(
  manager: EntityManager,
  list: Omit<ChildRows, 'parentTable'>,
  parentId: string,
): Promise<{ count: number; next: number }> {
  const [row] = await manager.query<{ count: number; next: number }[]>(
    `SELECT count(*)::int AS count, coalesce(max(position), 0)::int + 1 AS next FROM ${quoted(list.table)} WHERE ${quoted(list.parentColumn)} = $1`,
    [parentId],
  );
  return row;
}

/** The ids of a parent's ordered children (a `position` column), first to last. */
export async function childIdsInOrder(manager: EntityManager, list: Omit<ChildRows, 'parentTable'>, parentId: string): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM ${quoted(list.table)} WHERE ${quoted(list.parentColumn)} = $1 ORDER BY position`,
    [parentId],
  );
  return rows.map((row) => row.id);
}

/** Gives a parent's children the positions 1..n in this order, through free positions so that each stays unique at every step. */
export async function renumberChildren(
  manager: EntityManager,
  list: Omit<ChildRows, 'parentTable'>,
  parentId: string,
  order: string[],
): Promise<void> {
  await manager.query(`UPDATE ${quoted(list.table)} SET position = position + 100000 WHERE ${quoted(list.parentColumn)} = $1`, [parentId]);
  await manager.query(
    `UPDATE ${quoted(list.table)} t SET position = o.ordinality FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ordinality) WHERE t.id = o.id`,
    [order],
  );
}
