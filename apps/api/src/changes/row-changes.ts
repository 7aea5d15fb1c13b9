import { Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CohortRows, CohortsModule } from '@sanggar/cohorts';
import { AppConfig, type RememberedRows, within } from '@sanggar/core';
import { CallerCache, IdentityModule } from '@sanggar/identity';

const RECONNECT_MS = 1_000;
const PROBE_MS = 5_000;

/**
 * Listens on its own connection for changes to rows the api remembers between requests, and tells
 * each memory: they are trusted only while this connection is up. The database notifies a changed
 * row's id, or '*' for all of a table's (migrations CallerChanges: a user, a membership, a revoked
 * login → the user's caller; CohortChanges: a cohort).
 *
 * Another process's change (the worker, another api, an operator's SQL) arrives within moments of
 * its commit. This process's own is heard before the mutation that made it answers (`heard`), so
 * whoever made it, and anyone they tell, finds it in effect.
 */
@Injectable()
export class RowChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RowChanges.name);
  /** Each memory by the channel that announces its changes. */
  private readonly memories: ReadonlyMap<string, RememberedRows<unknown>>;
  private listening?: pg.Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;
  /** Said once per outage, not on every attempt to reconnect. */
  private warned = false;
  /** The fence (see `heard`) not sent yet, and the last one. */
  private nextFence?: Promise<void>;
  private lastFence: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    callers: CallerCache,
    cohorts: CohortRows,
  ) {
    this.memories = new Map<string, RememberedRows<unknown>>([
      ['caller_changed', callers],
      ['cohort_changed', cohorts],
    ]);
  }

  async onApplicationBootstrap() {
    await this.listen();
  }

  private async listen() {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'sanggar-row-changes' });
    const [probeChannel] = this.memories.keys();
    const probe = `probe ${randomUUID()}`;
    let probed!: () => void;
    const probeHeard = new Promise<void>((resolve) => (probed = resolve));
    client.on('notification', ({ channel, payload }) => {
      const rows = this.memories.get(channel);
      if (payload === probe) probed();
      else if (payload === '*' || !payload) rows?.forgetAll();
      else rows?.forget(payload);
    });
    client.once('error', (error: Error) => this.lost(client, error));
    client.once('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.memories.keys()) await client.query(`LISTEN ${channel}`);
      // Proof that notifications reach this connection: through a pooler that hands each transaction
      // to another server connection they would not, and remembered rows would never be forgotten.
      await client.query('SELECT pg_notify($1, $2)', [probeChannel, probe]);
      await within(probeHeard, PROBE_MS, () => new Error('notifications do not arrive (is the connection pooled per transaction?)'));
    } catch (error) {
      return this.lost(client, error as Error);
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.listening = client;
    this.warned = false;
    this.trustMemories(true);
  }

  private lost(client: pg.Client, error?: Error) {
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    // A connection given up earlier may report its end late, while another listens.
    if (this.listening && this.listening !== client) return;
    this.listening = undefined;
    this.trustMemories(false);
    if (this.stopped || this.retry) return;
    if (!this.warned)
      this.logger.warn(
        `Not hearing of changes (${error?.message ?? 'connection ended'}): every request reads its caller and cohorts until it is back`,
      );
    this.warned = true;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, RECONNECT_MS);
    this.retry.unref();
  }

  /** Every memory trusts its rows only while changes are heard. */
  private trustMemories(trusted: boolean) {
    for (const rows of this.memories.values()) {
      if (trusted) rows.trust();
      else rows.distrust();
    }
  }

  /**
   * Resolves once every change committed before the call has been heard: PostgreSQL delivers a
   * connection's pending notifications before its answer to a later query. Callers who ask while
   * one such query waits to be sent share it; one connection runs one query at a time.
   */
  heard(): Promise<void> {
    if (!this.nextFence) {
      const fence = this.lastFence.then(async () => {
        this.nextFence = undefined;
        await this.listening?.query('SELECT 1');
      });
      this.nextFence = this.lastFence = fence.catch(() => undefined);
    }
    return this.nextFence;
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.retry);
    this.trustMemories(false);
    const client = this.listening;
    this.listening = undefined;
    await client?.end().catch(() => undefined);
  }
}

/** The api's part of it; the worker reads every row afresh. */
@Module({ imports: [IdentityModule, CohortsModule], providers: [RowChanges], exports: [RowChanges] })
export class RowChangesModule {}
