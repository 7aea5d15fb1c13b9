import { createHmac, timingSafeEqual } from 'node:crypto';
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

@Injectable()
export class CalendarFeedService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduling: SchedulingService,
    private readonly officeHours: OfficeHoursService,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('sanggar/calendar-feeds').digest();
  }

  /** The caller's private feed URL (the same each time until revoked). */
  async feedUrl(user: AuthUser): Promise<string> {
    await this.dataSource.createQueryBuilder().insert().into(CalendarFeedEntity).values({ userId: user.id }).orIgnore().execute();
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneByOrFail({ userId: user.id });
    return this.urlOf(user.id, feed.version);
  }

  /** Kills every URL handed out so far and returns the new one. */
  async revoke(user: AuthUser): Promise<string> {
    await this.feedUrl(user);
    await this.dataSource.getRepository(CalendarFeedEntity).increment({ userId: user.id }, 'version', 1);
    return this.feedUrl(user);
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

  private urlOf(userId: string, version: number): string {
    return `${this.config.PUBLIC_URL}/calendar/${this.tokenOf(userId, version)}.ics`;
  }

  private mac(userId: string, version: number): Buffer {
    return createHmac('sha256', this.key).update(`${userId}:${version}`).digest().subarray(0, 20);
  }

  private tokenOf(userId: string, version: number): string {
    return `${Buffer.from(userId.replaceAll('-', ''), 'hex').toString('base64url')}${this.mac(userId, version).toString('base64url')}`;
  }

  private async verify(token: string): Promise<string> {
    const invalid = () => notFound({ id: 'Kalender', en: 'Calendar' });
    if (!/^[\w-]{49}$/.test(token)) throw invalid();
    const hex = Buffer.from(token.slice(0, 22), 'base64url').toString('hex');
    const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId });
    const given = Buffer.from(token.slice(22), 'base64url');
    if (!feed || given.length !== 20 || !timingSafeEqual(given, this.mac(userId, feed.version))) throw invalid();
    return userId;
  }
}
