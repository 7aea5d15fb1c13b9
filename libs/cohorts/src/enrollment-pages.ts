import type { DataSource } from 'typeorm';
import type { Locale, Role } from '@sanggar/core';
import { preparedRows } from '@sanggar/database';
import type { ShownUser } from '@sanggar/identity';
import { CohortErrors } from './cohorts.errors.js';
import { type EnrollmentEntity, type EnrollmentStatus } from './enrollment.entity.js';

export const MAX_PAGE_SIZE = 100;

/** One page request of a cohort's enrollments: the arguments of Cohort.enrollments plus who is asking. */
export interface EnrollmentPageKey {
  cohortId: string;
  first: number;
  after?: string | null;
  status?: EnrollmentStatus | null;
  /** Narrow to this trainee (a trainee sees only their own enrollment). */
  traineeId?: string | null;
  /** Only totalCount is asked (the hub home's seat counts): no enrollment is read. */
  countOnly?: boolean;
  /** The trainees are shown (a roster names them): read with the page, as every list shows a person. */
  withTrainees?: boolean;
}

export interface EnrollmentPage {
  rows: EnrollmentPageRow[];
  hasNextPage: boolean;
  totalCount: number;
}

interface Cursor {
  time: string;
  id: string;
}

// Cursors carry the exact timestamp text (microseconds) and id of the last row: stable under inserts.
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify([cursor.time, cursor.id])).toString('base64url');

/** A row of a page; its cursor is written out only when read (a page usually needs only the last one). */
export class EnrollmentPageRow {
  constructor(
    readonly enrollment: EnrollmentEntity,
    private readonly cursorTime: string,
    /** When the key asked withTrainees. */
    readonly trainee?: ShownUser,
  ) {}

  get cursor(): string {
    return encodeCursor({ time: this.cursorTime, id: this.enrollment.id });
  }
}

function decodeCursor(text: string): Cursor {
  try {
    const [time, id] = JSON.parse(Buffer.from(text, 'base64url').toString()) as [unknown, unknown];
    if (typeof time === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(time)) && /^[0-9a-f-]{36}$/.test(id))
      return { time, id };
  } catch {
    // falls through to the error below
  }
  throw CohortErrors.badCursor();
}

export function validatePageSize(first: number): void {
  if (first < 0 || first > MAX_PAGE_SIZE) throw CohortErrors.pageTooLarge();
}

interface PageRow {
  for_cohort: string;
  id: string;
  cohort_id: string;
  trainee_id: string;
  status: EnrollmentStatus;
  requested_at: Date;
  seated_at: Date | null;
  created_at: Date;
  cursor_time: string;
  total: string;
  /** The trainee's SHOWN_USER_PROPERTIES, null unless withTrainees. */
  trainee_email: string | null;
  trainee_full_name: string | null;
  trainee_role: Role | null;
  trainee_locale: Locale | null;
  trainee_deactivated_at: Date | null;
  trainee_birth_year: number | null;
  trainee_privacy_notice_version: string | null;
  trainee_erased_at: Date | null;
}

/** The trainee of a row read withTrainees (the page query's columns; a test holds them to SHOWN_USER_PROPERTIES). */
const traineeOf = (row: PageRow): ShownUser => ({
  id: row.trainee_id,
  email: row.trainee_email!,
  fullName: row.trainee_full_name!,
  role: row.trainee_role!,
  locale: row.trainee_locale!,
  deactivatedAt: row.trainee_deactivated_at,
  birthYear: row.trainee_birth_year,
  privacyNoticeVersion: row.trainee_privacy_notice_version,
  erasedAt: row.trainee_erased_at,
});

/**
 * Loads many cohorts' pages at once: one statement per distinct set of arguments (in a list
 * query that is one). Each cohort's page walks its (created_at, id) index and stops after the page;
 * only those rows' cursors are written out (timestamptz as text costs per row).
 */
export async function loadEnrollmentPages(dataSource: DataSource, keys: readonly EnrollmentPageKey[]): Promise<EnrollmentPage[]> {
  const groups = new Map<string, EnrollmentPageKey[]>();
  for (const key of keys) {
    const args = JSON.stringify([
      key.first,
      key.after ?? null,
      key.status ?? null,
      key.traineeId ?? null,
      key.countOnly ?? false,
      key.withTrainees ?? false,
    ]);
    const group = groups.get(args);
    if (group) group.push(key);
    else groups.set(args, [key]);
  }
  const pages = new Map<EnrollmentPageKey, EnrollmentPage>();
  for (const group of groups.values()) {
    const { first, after, status, traineeId, countOnly, withTrainees = false } = group[0];
    const cursor = after ? decodeCursor(after) : null;
    const rows = await preparedRows<PageRow>(
      dataSource.manager,
      `WITH totals AS (
         SELECT e.cohort_id AS for_cohort, count(*) AS total
           FROM enrollment e
          WHERE e.cohort_id = ANY($1::uuid[]) AND ($2::varchar IS NULL OR e.status = $2) AND ($3::uuid IS NULL OR e.trainee_id = $3)
          GROUP BY e.cohort_id
       )
       SELECT t.for_cohort, t.total, p.id, p.cohort_id, p.trainee_id, p.status, p.requested_at, p.seated_at, p.created_at,
              p.created_at::text AS cursor_time,
              u.email AS trainee_email, u.full_name AS trainee_full_name, u.role AS trainee_role, u.locale AS trainee_locale,
              u.deactivated_at AS trainee_deactivated_at, u.birth_year AS trainee_birth_year,
              u.privacy_notice_version AS trainee_privacy_notice_version, u.erased_at AS trainee_erased_at
         FROM totals t
         LEFT JOIN LATERAL (
           SELECT e.id, e.cohort_id, e.trainee_id, e.status, e.requested_at, e.seated_at, e.created_at FROM enrollment e
            WHERE e.cohort_id = t.for_cohort AND ($2::varchar IS NULL OR e.status = $2) AND ($3::uuid IS NULL OR e.trainee_id = $3)
              AND ($4::timestamptz IS NULL OR (e.created_at, e.id) > ($4::timestamptz, $5::uuid))
            ORDER BY e.created_at, e.id
            LIMIT $6) p ON true
         LEFT JOIN "user" u ON $7 AND u.id = p.trainee_id
        ORDER BY t.for_cohort, p.created_at, p.id`,
      [
        [...new Set(group.map((key) => key.cohortId))],
        status ?? null,
        traineeId ?? null,
        cursor?.time ?? null,
        cursor?.id ?? null,
        countOnly ? 0 : first + 1,
        withTrainees,
      ],
    );
    const totals = new Map<string, number>();
    const byCohort = new Map<string, PageRow[]>();
    for (const row of rows) {
      totals.set(row.for_cohort, Number(row.total));
      if (!row.id) continue;
      const cohortRows = byCohort.get(row.for_cohort);
      if (cohortRows) cohortRows.push(row);
      else byCohort.set(row.for_cohort, [row]);
    }
    for (const key of group) {
      const cohortRows = byCohort.get(key.cohortId) ?? [];
      pages.set(key, {
        rows: cohortRows.slice(0, first).map(
          (row) =>
            new EnrollmentPageRow(
              {
                id: row.id,
                cohortId: row.cohort_id,
                traineeId: row.trainee_id,
                status: row.status,
                requestedAt: row.requested_at,
                seatedAt: row.seated_at,
                createdAt: row.created_at,
              } as EnrollmentEntity,
              row.cursor_time,
              withTrainees ? traineeOf(row) : undefined,
            ),
        ),
        hasNextPage: cohortRows.length > first,
        totalCount: totals.get(key.cohortId) ?? 0,
      });
    }
  }
  return keys.map((key) => pages.get(key)!);
}
