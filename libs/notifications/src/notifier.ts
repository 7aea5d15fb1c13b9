import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@sanggar/core';
import { JobName, OutboxService, jobIds } from '@sanggar/queue';
import { EmailState, NotificationEntity } from './notification.entity.js';
import { type NotificationEvent, NotificationKind, type NotificationParams, type NotificationParamsOf } from './notification-kinds.js';

export interface NotifyOptions {
  /** What the event is about ("session:<id>"): a later event about the same thing settles with one not yet emailed. */
  topic: string;
  /** Makes recording the same event again (a job run twice) a no-op; by default every call is a new event. */
  dedupeKey?: string;
  /** Email at once instead of after NOTIFICATION_EMAIL_DELAY_SECONDS (nothing can undo it: a reminder, a digest). */
  immediately?: boolean;
}

type Settled = { drop: true } | { kind: NotificationKind; params: NotificationParams };

/**
 * What a new event does to a notification about the same topic that has not been emailed yet. A person
 * should get what is true when the email goes out: a session scheduled and cancelled within the delay
 * sends nothing, one moved twice sends one move from where it was to where it is now.
 */
function settle(event: NotificationEvent, pending: { kind: NotificationKind; params: NotificationParams }): Settled | null {
  switch (event.kind) {
    case NotificationKind.SESSION_CANCELLED:
      if (pending.kind === NotificationKind.SESSION_SCHEDULED) return { drop: true };
      if (pending.kind === NotificationKind.SESSION_RESCHEDULED) return event;
      return null;
    case NotificationKind.SESSION_RESCHEDULED: {
      if (pending.kind === NotificationKind.SESSION_SCHEDULED) {
        const { was: _was, ...facts } = event.params;
        return { kind: NotificationKind.SESSION_SCHEDULED, params: facts };
      }
      if (pending.kind === NotificationKind.SESSION_RESCHEDULED) {
        const { was } = pending.params as NotificationParamsOf[NotificationKind.SESSION_RESCHEDULED];
        return { kind: event.kind, params: { ...event.params, was } };
      }
      return null;
    }
    case NotificationKind.WITHDRAWN:
      return [NotificationKind.ENROLLED, NotificationKind.WAITLISTED, NotificationKind.PROMOTED].includes(pending.kind)
        ? { drop: true }
        : null;
    case NotificationKind.PROMOTED:
      return pending.kind === NotificationKind.WAITLISTED ? { kind: NotificationKind.ENROLLED, params: event.params } : null;
    case NotificationKind.GRADED:
    case NotificationKind.RESUBMISSION_REQUESTED:
      return [NotificationKind.GRADED, NotificationKind.RESUBMISSION_REQUESTED].includes(pending.kind) ? event : null;
    default:
      return null;
  }
}

/** Records notifications inside the caller's transaction and plans their emails through the outbox. */
@Injectable()
export class Notifier {
  constructor(
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, event: NotificationEvent, recipientIds: readonly string[], options: NotifyOptions): Promise<void> {
    const recipients = [...new Set(recipientIds)];
    if (recipients.length === 0) return;
    const pending = await manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.topic = :topic AND n.user_id = ANY(:recipients) AND n.email_state = :pending', {
        topic: options.topic,
        recipients,
        pending: EmailState.PENDING,
      })
      .orderBy('n.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getMany();
    const settledFor = new Set<string>();
    for (const row of pending) {
      if (settledFor.has(row.userId)) continue;
      const settled = settle(event, row);
      if (!settled) continue;
      settledFor.add(row.userId);
      if ('drop' in settled) await manager.delete(NotificationEntity, { id: row.id });
      else await manager.update(NotificationEntity, { id: row.id }, { kind: settled.kind, params: settled.params, readAt: null });
    }
    const fresh = recipients.filter((userId) => !settledFor.has(userId));
    if (fresh.length === 0) return;
    const dedupeKey = options.dedupeKey ?? `${event.kind}:${options.topic}:${randomUUID()}`;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        fresh.map((userId) => ({
          userId,
          kind: event.kind,
          topic: options.topic,
          dedupeKey,
          params: event.params,
          emailState: EmailState.PENDING,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const delayMs = options.immediately ? 0 : this.config.NOTIFICATION_EMAIL_DELAY_SECONDS * 1000;
    const runAt = delayMs > 0 ? new Date(this.clock.now().getTime() + delayMs) : null;
    for (const { id } of inserted.raw as { id: string }[]) {
      await this.outbox.add(
        manager,
        { name: JobName.SendNotificationEmail, data: { notificationId: id } },
        jobIds.notificationEmail(id, 0),
        runAt,
      );
    }
  }
}
