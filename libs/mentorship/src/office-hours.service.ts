import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { type AuthUser, Clock, type ListWindow, Locale, Role, belongsToHub, canManageHub } from '@sanggar/core';
import { PgError, pgCode, pgConstraint } from '@sanggar/database';
import { HubsService } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';
import { JobName, type OfficeHourChange, OutboxService, jobIds } from '@sanggar/queue';
import {
  type CalendarEvent,
  ReservationKind,
  ReservationsService,
  SchedulingErrors,
  placeOf,
  requireScheduleRange,
} from '@sanggar/scheduling';
import { OfficeHourBookingEntity, OfficeHourSlotEntity, StartupEntity, StartupMemberEntity } from './mentorship.entities.js';
import { MentorshipErrors } from './mentorship.errors.js';

/** Start-ups book at least this long ahead, so the mentor can prepare and plan their day. */
const BOOKING_NOTICE_HOURS = 12;
const MAX_WINDOW_MINUTES = 12 * 60;
const MIN_SLOT_MINUTES = 15;
/** The most slots one publishOfficeHours creates. */
export const MAX_SLOTS_PER_WINDOW = MAX_WINDOW_MINUTES / MIN_SLOT_MINUTES;
const ONE_ACTIVE_BOOKING = 'office_hour_booking_one_active';

export interface PublishOfficeHours {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  roomId?: string | null;
  /** The same window every week for this many weeks (same hub-time each week), 1 by default. */
  weeks?: number | null;
}

/** Weekly office hours reach at most a term ahead. */
export const MAX_WEEKS = 16;

export interface BookOfficeHour {
  slotId: string;
  startupId: string;
  agenda: string;
}

/** A slot as the caller may see it: the booking only for the mentor, the hub's coordinators and the booking start-up. */
export interface OfficeHourSlot {
  id: string;
  mentorId: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  booking: { startupId: string; agenda: string } | null;
}

interface SlotRow extends Omit<OfficeHourSlot, 'booking'> {
  startupId: string | null;
  agenda: string | null;
}

const toSlot = ({ startupId, agenda, ...slot }: SlotRow): OfficeHourSlot => ({
  ...slot,
  booking: startupId && agenda ? { startupId, agenda } : null,
});

@Injectable()
export class OfficeHoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hubs: HubsService,
    private readonly identity: IdentityService,
    private readonly reservations: ReservationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * A mentor splits a window into slots. All or none: a slot that would overlap the mentor's sessions
   * or other slots (or, with a room, anything in that room) refuses the whole window, naming what is there.
   */
  async publish(user: AuthUser, input: PublishOfficeHours): Promise<OfficeHourSlot[]> {
    const minutes = (input.endsAt.getTime() - input.startsAt.getTime()) / 60_000;
    if (!Number.isInteger(input.slotMinutes) || input.slotMinutes < MIN_SLOT_MINUTES || input.slotMinutes > 120)
      throw MentorshipErrors.slotLength();
    if (minutes <= 0) throw SchedulingErrors.endsBeforeStart();
    if (minutes > MAX_WINDOW_MINUTES) throw MentorshipErrors.windowTooLong();
    if (minutes % input.slotMinutes !== 0) throw MentorshipErrors.windowNotDivisible(minutes, input.slotMinutes);
    if (input.startsAt <= this.clock.now()) throw MentorshipErrors.windowInPast();
    const weeks = input.weeks ?? 1;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw MentorshipErrors.tooManyWeeks(MAX_WEEKS);
    const timezone = await this.timezoneOf(user, input.roomId ?? null);
    const slotMs = input.slotMinutes * 60_000;
    const slots = Array.from({ length: weeks }, (_, week) =>
      DateTime.fromJSDate(input.startsAt, { zone: timezone }).plus({ weeks: week }).toJSDate(),
    ).flatMap((windowStart) =>
      Array.from({ length: minutes / input.slotMinutes }, (_, index) => ({
        id: randomUUID(),
        mentorId: user.id,
        roomId: input.roomId ?? null,
        startsAt: new Date(windowStart.getTime() + index * slotMs),
        endsAt: new Date(windowStart.getTime() + (index + 1) * slotMs),
      })),
    );
    await this.reservations.exclusively(
      timezone,
      // Over several weeks the conflict is looked for across the whole span.
      () => ({ ...input, endsAt: slots.at(-1)!.endsAt, mentorId: user.id, title: null }),
      async (manager) => {
        await manager.insert(OfficeHourSlotEntity, slots);
        await this.reservations.reserve(
          manager,
          slots.map((slot) => ({ ...slot, kind: ReservationKind.OFFICE_HOUR })),
        );
      },
    );
    return slots.map((slot) => ({ ...slot, booking: null }));
  }

  /**
   * A mentor's slots in [from, to). The mentor, admins and the coordinators of the mentor's hubs see
   * every slot and booking; the hub's trainees and mentors see the free slots and their own start-up's.
   */
  async officeHours(user: AuthUser, mentorId: string, from: Date, to: Date, window: ListWindow): Promise<OfficeHourSlot[]> {
    requireScheduleRange(from, to);
    const mentor = await this.identity.loadAuthUser(mentorId).catch(() => null);
    if (!mentor || mentor.role !== Role.MENTOR || !mentor.hubIds.some((hubId) => belongsToHub(user, hubId)))
      throw MentorshipErrors.mentorNotFound();
    const seesAll = user.id === mentorId || mentor.hubIds.some((hubId) => canManageHub(user, hubId));
    const rows = await this.dataSource.query<SlotRow[]>(
      `SELECT s.id, s.mentor_id AS "mentorId", s.room_id AS "roomId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              b.startup_id AS "startupId", b.agenda
         FROM office_hour_slot s LEFT JOIN office_hour_booking b ON b.slot_id = s.id AND b.cancelled_at IS NULL
        WHERE s.mentor_id = $1 AND s.withdrawn_at IS NULL AND s.starts_at < $3 AND s.ends_at > $2
          AND ($4 OR b.id IS NULL OR b.startup_id IN (SELECT startup_id FROM startup_member WHERE trainee_id = $5))
        ORDER BY s.starts_at, s.id LIMIT $6 OFFSET $7`,
      [mentorId, from, to, seesAll, user.id, window.first, window.offset],
    );
    return rows.map(toSlot);
  }

  /**
   * A member books a free slot for their start-up, at least BOOKING_NOTICE_HOURS ahead. Of racing
   * bookings the database lets one through (one active booking per slot); the others get CONFLICT.
   */
  async book(user: AuthUser, input: BookOfficeHour): Promise<OfficeHourSlot> {
    const agenda = input.agenda.trim();
    if (agenda.length === 0 || agenda.length > 1000) throw MentorshipErrors.agendaRequired();
    const startup = await this.dataSource.getRepository(StartupEntity).findOneBy({ id: input.startupId });
    if (!startup || !belongsToHub(user, startup.hubId)) throw MentorshipErrors.startupNotFound();
    if (!(await this.isMember(user.id, startup.id))) throw MentorshipErrors.notAMember();
    const { slot, mentorHubIds } = await this.offeredSlot(input.slotId);
    if (!mentorHubIds.includes(startup.hubId)) throw MentorshipErrors.slotNotFound();
    if (slot.startsAt.getTime() - this.clock.now().getTime() < BOOKING_NOTICE_HOURS * 3_600_000)
      throw MentorshipErrors.bookingTooLate(BOOKING_NOTICE_HOURS);
    try {
      await this.dataSource.transaction(async (manager) => {
        // One booking decision per start-up at a time, so two members cannot book overlapping slots at once.
        await manager.findOne(StartupEntity, { where: { id: startup.id }, lock: { mode: 'pessimistic_write' } });
        // Waits for a withdrawal of the slot under way, and sees it.
        const offered = await manager.findOne(OfficeHourSlotEntity, { where: { id: slot.id }, lock: { mode: 'pessimistic_read' } });
        if (offered?.withdrawnAt !== null) throw MentorshipErrors.slotNotFound();
        if (await this.startupBusy(manager, startup.id, slot)) throw MentorshipErrors.startupBusy();
        const { identifiers } = await manager.insert(OfficeHourBookingEntity, {
          slotId: slot.id,
          startupId: startup.id,
          agenda,
          bookedBy: user.id,
        });
        await this.announce(manager, identifiers[0].id as string, 'booked');
      });
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation && pgConstraint(error) === ONE_ACTIVE_BOOKING) throw MentorshipErrors.slotTaken();
      throw error;
    }
    return { ...this.slotOf(slot), booking: { startupId: startup.id, agenda } };
  }

  /** The mentor or a member of the booking start-up frees a booked slot that has not started yet. */
  async cancelBooking(user: AuthUser, slotId: string): Promise<OfficeHourSlot> {
    const { slot } = await this.visibleSlot(user, slotId);
    const active = await this.dataSource.getRepository(OfficeHourBookingEntity).findOneBy({ slotId, cancelledAt: IsNull() });
    if (!active) throw MentorshipErrors.notBooked();
    if (user.id !== slot.mentorId && !(await this.isMember(user.id, active.startupId))) throw MentorshipErrors.notYoursToCancel();
    if (slot.startsAt <= this.clock.now()) throw MentorshipErrors.alreadyStarted();
    await this.dataSource.transaction(async (manager) => {
      if ((await this.cancelActive(manager, user, { id: active.id })) === 0) throw MentorshipErrors.notBooked();
    });
    return { ...this.slotOf(slot), booking: null };
  }

  /**
   * The mentor (or a coordinator of their hub) takes back a slot that has not started: it is no longer
   * offered, its time is free again, and a booking on it is cancelled and told like any cancellation.
   */
  async withdraw(user: AuthUser, slotId: string): Promise<OfficeHourSlot> {
    const { slot, mentorHubIds } = await this.visibleSlot(user, slotId);
    if (user.id !== slot.mentorId && !mentorHubIds.some((hubId) => canManageHub(user, hubId))) throw MentorshipErrors.notYoursToWithdraw();
    if (slot.startsAt <= this.clock.now()) throw MentorshipErrors.alreadyStarted();
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .createQueryBuilder()
        .update(OfficeHourSlotEntity)
        .set({ withdrawnAt: () => 'now()' })
        .where('id = :id AND withdrawn_at IS NULL', { id: slot.id })
        .execute();
      if (affected === 0) throw MentorshipErrors.slotNotFound();
      await this.cancelActive(manager, user, { slotId: slot.id });
      await this.reservations.release(manager, [slot.id]);
    });
    return { ...this.slotOf(slot), booking: null };
  }

  /** Booked (and since cancelled) office hours as calendar entries: a mentor's, or a trainee's start-up's. */
  async calendarEvents(user: AuthUser, from: Date, to: Date): Promise<CalendarEvent[]> {
    if (user.role !== Role.MENTOR && user.role !== Role.TRAINEE) return [];
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT b.id, b.agenda, b.booked_at, b.cancelled_at, s.starts_at, s.ends_at, st.name AS startup_name, mentor.full_name AS mentor_name,
              r.name AS room_name, h.name AS hub_name, h.city AS hub_city
         FROM office_hour_booking b JOIN office_hour_slot s ON s.id = b.slot_id JOIN startup st ON st.id = b.startup_id
         JOIN "user" mentor ON mentor.id = s.mentor_id LEFT JOIN room r ON r.id = s.room_id LEFT JOIN hub h ON h.id = r.hub_id
        WHERE ($4 AND s.mentor_id = $1 OR NOT $4 AND b.startup_id IN (SELECT startup_id FROM startup_member WHERE trainee_id = $1))
          AND s.starts_at < $3 AND s.ends_at > $2`,
      [user.id, from, to, user.role === Role.MENTOR],
    );
    const label = user.locale === Locale.en ? 'Office hours' : 'Jam konsultasi';
    return rows.map((row) => ({
      uid: `office-hour-${row.id}@sanggar`,
      sequence: row.cancelled_at ? 1 : 0,
      start: row.starts_at,
      end: row.ends_at,
      stamp: row.cancelled_at ?? row.booked_at,
      summary: `${label}: ${user.role === Role.MENTOR ? row.startup_name : row.mentor_name}`,
      location: row.room_name ? placeOf(row.room_name, row.hub_name!, row.hub_city!) : null,
      description: `${row.startup_name} — ${row.mentor_name}\n${row.agenda}`,
      cancelled: row.cancelled_at !== null,
    }));
  }

  /** The time zone conflicts are told in: the room's hub's, else that of the mentor's first hub. */
  private async timezoneOf(user: AuthUser, roomId: string | null): Promise<string> {
    if (user.hubIds.length === 0) throw MentorshipErrors.noHub();
    let hubId = user.hubIds[0];
    if (roomId) {
      const room = await this.hubs.getRoom(roomId).catch(() => null);
      if (!room || !user.hubIds.includes(room.hubId)) throw MentorshipErrors.roomNotOfMentor();
      hubId = room.hubId;
    }
    return (await this.hubs.getHub(hubId)).timezone;
  }

  private async startupBusy(manager: EntityManager, startupId: string, slot: OfficeHourSlotEntity): Promise<boolean> {
    const [row] = await manager.query<unknown[]>(
      `SELECT 1 FROM office_hour_booking b JOIN office_hour_slot s ON s.id = b.slot_id
        WHERE b.startup_id = $1 AND b.cancelled_at IS NULL AND s.id <> $2 AND s.starts_at < $4 AND s.ends_at > $3 LIMIT 1`,
      [startupId, slot.id, slot.startsAt, slot.endsAt],
    );
    return row !== undefined;
  }

  /** Cancels the matching active booking (if any) and plans its emails; returns how many it cancelled. */
  private async cancelActive(manager: EntityManager, user: AuthUser, match: { id: string } | { slotId: string }): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(OfficeHourBookingEntity)
      .set({ cancelledAt: () => 'now()', cancelledBy: user.id })
      .where({ ...match, cancelledAt: IsNull() })
      .returning('id')
      .execute();
    const cancelled = result.raw as { id: string }[];
    for (const { id } of cancelled) await this.announce(manager, id, 'cancelled');
    return cancelled.length;
  }

  private announce(manager: EntityManager, bookingId: string, change: OfficeHourChange): Promise<void> {
    return this.outbox.add(
      manager,
      { name: JobName.SendOfficeHourEmails, data: { bookingId, change } },
      jobIds.officeHourEmails(bookingId, change),
    );
  }

  /** A slot still offered, with its mentor's hubs (which decide who may see it). */
  private async offeredSlot(slotId: string): Promise<{ slot: OfficeHourSlotEntity; mentorHubIds: string[] }> {
    const slot = await this.dataSource.getRepository(OfficeHourSlotEntity).findOneBy({ id: slotId, withdrawnAt: IsNull() });
    if (!slot) throw MentorshipErrors.slotNotFound();
    return { slot, mentorHubIds: await this.mentorHubIds(slot.mentorId) };
  }

  /** An offered slot the caller may see: their own, or one of a mentor of a hub they belong to. */
  private async visibleSlot(user: AuthUser, slotId: string): Promise<{ slot: OfficeHourSlotEntity; mentorHubIds: string[] }> {
    const found = await this.offeredSlot(slotId);
    if (user.id !== found.slot.mentorId && !found.mentorHubIds.some((hubId) => belongsToHub(user, hubId)))
      throw MentorshipErrors.slotNotFound();
    return found;
  }

  private isMember(traineeId: string, startupId: string): Promise<boolean> {
    return this.dataSource.getRepository(StartupMemberEntity).existsBy({ traineeId, startupId });
  }

  private async mentorHubIds(mentorId: string): Promise<string[]> {
    const [hubIds] = await this.identity.hubIdsByUserIds([mentorId]);
    return hubIds;
  }

  private slotOf({ id, mentorId, roomId, startsAt, endsAt }: OfficeHourSlotEntity): Omit<OfficeHourSlot, 'booking'> {
    return { id, mentorId, roomId, startsAt, endsAt };
  }
}

interface EventRow {
  id: string;
  agenda: string;
  booked_at: Date;
  cancelled_at: Date | null;
  starts_at: Date;
  ends_at: Date;
  startup_name: string;
  mentor_name: string;
  room_name: string | null;
  hub_name: string | null;
  hub_city: string | null;
}
