import type { EntityManager } from 'typeorm';

/** A list of rows that belong to one parent row, with a most it may hold. */
export interface CappedList {
  parentTable: string;
  table: string;
  /** The column of `table` that holds the parent's id. */
  parentColumn: string;
  max: number;
}

/**
 * Whether the parent can take `adding` more rows. Locks the parent row until the transaction ends,
 * so additions racing each other are counted one after another and the cap holds.
 */
export async function hasRoomFor(manager: EntityManager, list: CappedList, parentId: string, adding = 1): Promise<boolean> {
  await manager.query(`SELECT 1 FROM "${list.parentTable}" WHERE id = $1 FOR UPDATE`, [parentId]);
  const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM "${list.table}" WHERE "${list.parentColumn}" = $1`, [
    parentId,
  ])) as { count: number }[];
  return count + adding <= list.max;
}
