import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import { AppConfig, type AuthUser, Clock, notFound } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import { OfficeHoursService } from '@sanggar/mentorship';
import { SchedulingService } from '@sanggar/scheduling';
import { CalendarFeedEntity } from './calendar-feed.entity.js';

const PAST_DAYS = 90;
const FUTURE_DAYS = 365;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduling: SchedulingService,
    private readonly officeHours: OfficeHoursService,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Whether the caller made a feed URL (it cannot be shown again: only its hash is kept). */
  async hasFeed(user: AuthUser): Promise<boolean> {
    return this.dataSource.getRepository(CalendarFeedEntity).existsBy({ userId: user.id });
  }

  /** A new private feed URL for the caller, shown this once; any earlier one stops working. */
  async renew(user: AuthUser): Promise<string> {
    const secret = randomBytes(32);
    await this.dataSource.getRepository(CalendarFeedEntity).upsert({ userId: user.id, secretHash: sha256(secret) }, ['userId']);
    const token = `${Buffer.from(user.id.replaceAll('-', ''), 'hex').toString('base64url')}${secret.toString('base64url')}`;
    return `${this.config.PUBLIC_URL}/calendar/${token}.ics`;
  }

  /** The ICS document behind a token; NOT_FOUND for a forged or revoked one. */
  async render(token: string): Promise<string> {
    const userId = await this.verify(token);
    const user = await this.identity.loadAuthUser(userId);
    const now = this.clock.now();
    const from = new Date(now.getTime() - PAST_DAYS * 86_400_000);
    const to = new Date(now.getTime() + FUTURE_DAYS * 86_400_000);
    const events = (
      await Promise.all([this.scheduling.calendarEvents(user, from, to), this.officeHours.calendarEvents(user, from, to)])
    ).flat();
    events.sort((a, b) => a.start.getTime() - b.start.getTime());
    const calendar = ical({ name: 'Sanggar', prodId: { company: 'Sanggar', product: 'jadwal', language: 'ID' }, ttl: 3600 });
    for (const { uid, cancelled, ...event } of events) {
      calendar.createEvent({ ...event, id: uid, status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED });
    }
    return calendar.toString();
  }

  /** The person a token is for; NOT_FOUND for a forged, replaced or malformed one. */
  private async verify(token: string): Promise<string> {
    const invalid = () => notFound({ id: 'Kalender', en: 'Calendar' });
    if (!/^[\w-]{65}$/.test(token)) throw invalid();
    const hex = Buffer.from(token.slice(0, 22), 'base64url').toString('hex');
    const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId });
    const given = sha256(Buffer.from(token.slice(22), 'base64url'));
    if (!feed || !timingSafeEqual(given, feed.secretHash)) throw invalid();
    return userId;
  }
}
