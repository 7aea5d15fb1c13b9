import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@sanggar/core';
import { GradingDigests } from '@sanggar/grading';
import { RetentionService } from '@sanggar/privacy';
import { OutboxService } from '@sanggar/queue';
import { SessionNotices } from '@sanggar/scheduling';

/** Runs `tick` again and again until shutdown: at once while it finds work, after a pause when it finds none. */
abstract class PollingLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly pauseMs: number;
  protected abstract tick(): Promise<number>;
  protected readonly logger = new Logger(this.constructor.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let found = 0;
      try {
        found = await this.tick();
      } catch (error) {
        this.logger.warn({ errorType: (error as Error).constructor.name }, 'polling failed; retrying');
      }
      if (found === 0 && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.pauseMs).unref();
        });
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }
}

/** Moves outbox rows to BullMQ continuously; several workers may run it at once. */
@Injectable()
export class OutboxRelayLoop extends PollingLoop {
  protected readonly pauseMs = 250;

  constructor(private readonly outbox: OutboxService) {
    super();
  }

  protected tick(): Promise<number> {
    return this.outbox.relayPending();
  }
}

/** Publishes again the jobs that Redis lost (see OutboxService.redeliverLost). */
@Injectable()
export class ReconcileLoop extends PollingLoop {
  protected readonly pauseMs = 5000;

  constructor(private readonly outbox: OutboxService) {
    super();
  }

  protected async tick(): Promise<number> {
    await this.outbox.redeliverLost();
    // Found work or not, wait: re-adding is cheap but pointless more often than this.
    return 0;
  }
}

/** Sends what is due by the clock rather than by an event: the evening-before reminders and mentors' daily digests. */
@Injectable()
export class DueNoticesLoop extends PollingLoop {
  protected readonly pauseMs = 60_000;

  constructor(
    private readonly sessions: SessionNotices,
    private readonly digests: GradingDigests,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected async tick(): Promise<number> {
    const now = this.clock.now();
    await this.sessions.remindDue(now);
    await this.digests.sendDue(now);
    // Each run sends all that is due: the next one need not come sooner.
    return 0;
  }
}

/** Deletes what is past its retention period: once at start, then daily (a run removes only what is due). */
@Injectable()
export class RetentionLoop extends PollingLoop {
  protected readonly pauseMs = 24 * 3_600_000;

  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected async tick(): Promise<number> {
    // Counts only: what was removed, never whose.
    this.logger.log(await this.retention.run(this.clock.now()), 'retention ran');
    return 0;
  }
}
