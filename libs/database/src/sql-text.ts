import type { EntityManager, EntityMetadata, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { type ListWindow, manyByKey, oneByKey } from '@sanggar/core';
import { preparedRows } from './prepared.js';

// The one place SQL text is built from values (lint: tools/lint/boundaries.mjs). Only identifiers
// that the code itself names pass through here, each quoted; every value is a $n parameter.

const quoted = (identifier: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`not an identifier: ${identifier}`);
  return `"${identifier}"`;
};

/** A property name as a column alias (camelCase kept). */
const alias = (property: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(property)) throw new Error(`not a property name: ${property}`);
  return `"${property}"`;
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

/**
 * How each column type is read so that the driver hands back what TypeORM would put in the entity:
 * most as they come, a date as its 'YYYY-MM-DD' text. Other types (and transformers) are refused.
 */
const asSent = (column: string) => column;
const PLAIN_READS: Record<string, (column: string) => string> = {
  uuid: asSent,
  varchar: asSent,
  text: asSent,
  int: asSent,
  boolean: asSent,
  timestamptz: asSent,
  jsonb: asSent,
  'double precision': asSent,
  bytea: asSent,
  date: (column) => `${column}::text`,
};

/** A column read as a plain value, of `table` when given. */
function plainValue(column: ColumnMetadata, table?: string): string {
  const read = PLAIN_READS[String(column.type)];
  if (!read || column.transformer || column.embeddedMetadata)
    throw new Error(`${column.entityMetadata.name}.${column.propertyName} (${String(column.type)}) is not read as a plain value`);
  return read(table ? `${quoted(table)}.${quoted(column.databaseName)}` : quoted(column.databaseName));
}

const plainRead = (column: ColumnMetadata) => `${plainValue(column)} AS ${alias(column.propertyName)}`;

/**
 * Makes a query builder's rows plain objects with its entity's properties (never a `select: false`
 * column), read as rowsByIds reads them: for a list that needs the builder's conditions but not
 * TypeORM's building of an entity per row.
 */
function selectingPlainRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const [first, ...rest] = query.expressionMap.mainAlias!.metadata.columns.filter((column) => column.isSelect);
  query.select(plainValue(first, query.alias), first.propertyName);
  for (const column of rest) query.addSelect(plainValue(column, query.alias), column.propertyName);
  return query;
}

/**
 * A query builder's rows as plain objects (selectingPlainRows), read through a prepared statement and
 * paged by parameters (TypeORM writes limit and offset into the text, which would make every page
 * a statement of its own). For lists whose conditions depend on the caller's role: the builder's
 * text is one per role, so PostgreSQL plans each once per connection instead of on every request.
 */
export function preparedPlainRows<T>(manager: EntityManager, query: SelectQueryBuilder<ObjectLiteral>, window?: ListWindow): Promise<T[]> {
  const [text, values] = selectingPlainRows(query).getQueryAndParameters() as [string, unknown[]];
  if (!window) return preparedRows<T>(manager, text, values);
  const paged = `${text} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`;
  return preparedRows<T>(manager, paged, [...values, window.first, window.offset]);
}

/** An entity's statements, written once per entity and key (the properties read, the parent and order). */
type StatementCache = WeakMap<EntityMetadata, Map<string, string>>;

function cachedStatement(cache: StatementCache, metadata: EntityMetadata, key: string, write: () => string): string {
  let statements = cache.get(metadata);
  if (!statements) cache.set(metadata, (statements = new Map<string, string>()));
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = write()));
  return statement;
}

const byIdStatements: StatementCache = new WeakMap();

function byIdStatement(metadata: EntityMetadata, properties?: readonly string[]): string {
  const key = properties?.join(',') ?? '';
  return cachedStatement(byIdStatements, metadata, key, () => {
    const read = metadata.columns.filter((column) => column.isSelect && (!properties || properties.includes(column.propertyName)));
    if (properties && read.length !== properties.length) throw new Error(`${metadata.name} has no readable column for one of ${key}`);
    return `SELECT ${read.map(plainRead).join(', ')} FROM ${quoted(metadata.tableName)} WHERE id = ANY($1::uuid[])`;
  });
}

/**
 * An entity's rows by id, in the order of the ids (undefined where missing), as plain objects with
 * the entity's properties (never a `select: false` column), or only the `properties` named. For the
 * by-id loaders behind every page: one prepared statement for any number of ids, and no entity
 * building, which cost more than the query.
 */
export async function rowsByIds<T extends ObjectLiteral & { id: string }, K extends keyof T & string = keyof T & string>(
  repository: Repository<T>,
  ids: readonly string[],
  properties?: readonly K[],
): Promise<(Pick<T, K> | undefined)[]> {
  const rows = await preparedRows<Pick<T, K> & { id: string }>(repository.manager, byIdStatement(repository.metadata, properties), [
    [...ids],
  ]);
  return oneByKey(ids, rows, (row) => row.id);
}

/** How a parent's rows are ordered: properties, each ascending or descending. */
export type RowOrder<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

const byParentStatements: StatementCache = new WeakMap();

/** What else a by-parent read may say: only some properties, and a condition without parameters. */
export interface ParentRowsRead<K extends string> {
  /** Only these properties (the parent's among them); every readable one when absent. */
  properties?: readonly K[];
  /** Written as a partial index's predicate is, so that PostgreSQL answers from that index. */
  condition?: string;
}

function byParentStatement(
  metadata: EntityMetadata,
  parent: string,
  order: Record<string, 'ASC' | 'DESC'>,
  { properties, condition }: ParentRowsRead<string>,
): string {
  const key = `${parent} ${JSON.stringify(order)} ${properties?.join(',') ?? ''} ${condition ?? ''}`;
  return cachedStatement(byParentStatements, metadata, key, () => {
    const column = (property: string) => {
      const found = metadata.findColumnWithPropertyName(property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return quoted(found.databaseName);
    };
    const read = metadata.columns.filter((readable) => readable.isSelect && (!properties || properties.includes(readable.propertyName)));
    if (properties && (read.length !== properties.length || !properties.includes(parent)))
      throw new Error(`${metadata.name}: read ${properties.join(', ')} by ${parent}`);
    const sorted = Object.entries(order).map(([property, direction]) => `${column(property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`);
    const orderBy = sorted.length ? ` ORDER BY ${sorted.join(', ')}` : '';
    const where = `${column(parent)} = ANY($1::uuid[])${condition ? ` AND ${condition}` : ''}`;
    return `SELECT ${read.map(plainRead).join(', ')} FROM ${quoted(metadata.tableName)} WHERE ${where}${orderBy}`;
  });
}

/**
 * Each parent's rows (a curriculum's modules, a cohort's sessions), in the order of the parent ids,
 * as plain objects with the entity's properties (or those `read` names), read as rowsByIds reads
 * them: for the batch loaders behind every page, one prepared statement for any number of parents
 * instead of TypeORM's `In()` list (a placeholder per id, planned on every run) and an entity built per row.
 */
export async function rowsByParentIds<T extends ObjectLiteral, K extends keyof T & string = keyof T & string>(
  repository: Repository<T>,
  parent: keyof T & string,
  parentIds: readonly string[],
  order: RowOrder<T> = {},
  read: ParentRowsRead<K> = {},
): Promise<Pick<T, K>[][]> {
  const statement = byParentStatement(repository.metadata, parent, order as Record<string, 'ASC' | 'DESC'>, read);
  const rows = await preparedRows<Pick<T, K>>(repository.manager, statement, [[...parentIds]]);
  return manyByKey(parentIds, rows, (row) => (row as T)[parent] as string);
}
