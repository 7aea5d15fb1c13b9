import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { PgError, pgCode, pgConstraint } from '@sanggar/database';
import type { Occurrence } from './recurrence.js';
import { MENTOR_OVERLAP, ReservationEntity, ReservationKind } from './reservation.entity.js';
import { type ConflictingSession, SchedulingErrors } from './scheduling.errors.js';

/** Something already holding the room or the mentor at a planned time (a session's title; office hours: null). */
export interface Clash extends ConflictingSession {
  with: ClashWith;
}

export enum ClashWith {
  ROOM = 'ROOM',
  MENTOR = 'MENTOR',
}

type Reservation = Pick<ReservationEntity, 'id' | 'kind' | 'roomId' | 'mentorId' | 'startsAt' | 'endsAt'>;

/** What a write tried to take: a room and/or a mentor over a time. */
export interface Attempt extends Occurrence {
  roomId?: string | null;
  mentorId?: string | null;
  /** Named in the error when the other reservation is gone by the time it is looked up. */
  title: string | null;
}

/** The one place that decides whether a room or a mentor is free: sessions and office hours both reserve here. */
@Injectable()
export class ReservationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs a write in a transaction and turns the database's overlap refusals into ROOM_CONFLICT or
   * MENTOR_CONFLICT naming what is already there. A deadlock between two racing writers is retried once.
   */
  async exclusively<T>(timezone: string, attempted: () => Attempt, write: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(write);
      } catch (error) {
        const code = pgCode(error);
        if (code === PgError.DeadlockDetected && attempt === 1) continue;
        if (code !== PgError.ExclusionViolation && code !== PgError.DeadlockDetected) throw error;
        const tried = attempted();
        // A second deadlock names no constraint: then the mentor, unless only a room was asked for.
        const byMentor = !!tried.mentorId && (pgConstraint(error) === MENTOR_OVERLAP || !tried.roomId);
        const other = (await this.firstOverlap(byMentor ? { mentorId: tried.mentorId! } : { roomId: tried.roomId! }, tried)) ?? tried;
        throw byMentor ? SchedulingErrors.mentorBusy(other, timezone) : SchedulingErrors.roomTaken(other, timezone);
      }
    }
  }

  async reserve(manager: EntityManager, reservations: Reservation[]): Promise<void> {
    if (reservations.length > 0) await manager.insert(ReservationEntity, reservations);
  }

  async release(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await manager.delete(ReservationEntity, { id: In(ids) });
  }

  async move(manager: EntityManager, id: string, to: Pick<Reservation, 'roomId' | 'startsAt' | 'endsAt'>): Promise<void> {
    await manager.update(ReservationEntity, { id }, to);
  }

  /**
   * For each occurrence, what already holds the room or the mentor then (a booking of both counts as
   * the room's), in time order: one statement for a whole series, for a preview before anything is written.
   */
  async clashes(occurrences: Occurrence[], by: { roomId: string; mentorId?: string | null }): Promise<Clash[][]> {
    const rows = await this.dataSource.query<(Clash & { index: number })[]>(
      `SELECT o.index::int - 1 AS index, CASE WHEN r.room_id = $3 THEN 'ROOM' ELSE 'MENTOR' END AS "with",
              CASE WHEN r.kind = $5 THEN s.title END AS title, r.starts_at AS "startsAt", r.ends_at AS "endsAt"
         FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS o(starts_at, ends_at, index)
         JOIN reservation r ON tstzrange(r.starts_at, r.ends_at) && tstzrange(o.starts_at, o.ends_at)
                           AND (r.room_id = $3 OR r.mentor_id = $4)
         LEFT JOIN session s ON s.id = r.id
        ORDER BY o.index, r.starts_at`,
      [occurrences.map((o) => o.startsAt), occurrences.map((o) => o.endsAt), by.roomId, by.mentorId ?? null, ReservationKind.SESSION],
    );
    return occurrences.map((_, index) => rows.filter((row) => row.index === index).map(({ index: _index, ...clash }) => clash));
  }

  /** The earliest reservation of the room or mentor overlapping the time, named by its session title (office hours: null). */
  private async firstOverlap(
    by: { roomId: string } | { mentorId: string },
    { startsAt, endsAt }: Occurrence,
  ): Promise<ConflictingSession | null> {
    const [byRoom, value] = 'roomId' in by ? [true, by.roomId] : [false, by.mentorId];
    const [row] = await this.dataSource.query<ConflictingSession[]>(
      `SELECT CASE WHEN r.kind = $4 THEN s.title END AS title, r.starts_at AS "startsAt", r.ends_at AS "endsAt"
         FROM reservation r LEFT JOIN session s ON s.id = r.id
        WHERE (CASE WHEN $5 THEN r.room_id ELSE r.mentor_id END) = $1 AND tstzrange(r.starts_at, r.ends_at) && tstzrange($2, $3)
        ORDER BY r.starts_at LIMIT 1`,
      [value, startsAt, endsAt, ReservationKind.SESSION, byRoom],
    );
    return row ?? null;
  }
}
