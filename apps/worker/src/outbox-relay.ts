import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OutboxService } from '@sanggar/queue';

const POLL_MS = 250;

/** Moves outbox rows to BullMQ continuously; several workers may run it at once. */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly outbox: OutboxService) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.outbox.relayPending();
      } catch (error) {
        this.logger.warn({ errorType: (error as Error).constructor.name }, 'outbox relay failed; retrying');
      }
      // A full batch means more may be waiting: go again at once.
      if (relayed === 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
