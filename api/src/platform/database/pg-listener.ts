import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

type Handler = (payload: string) => void;

/** How long to wait before listening again after the connection was lost (PostgreSQL restarting). */
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

/**
 * One connection per instance that LISTENs for PostgreSQL notifications (DESIGN §5): a change
 * calls `pg_notify` in its transaction, PostgreSQL delivers it to every instance when (and only
 * if) the transaction commits. Live updates and the mail queue's wake-up ride on it. If the
 * connection drops it comes back by itself; nothing is lost that matters, because whatever a
 * notification wakes up also runs on a schedule.
 */
@Injectable()
export class PgListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PgListener.name);
  private readonly handlers = new Map<string, Handler[]>();
  private client: Client | null = null;
  private closing = false;
  private attempt = 0;
  private connected: Promise<void> | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Registers a handler; safe to call before or after the connection is up. */
  async on(channel: string, handler: Handler): Promise<void> {
    const known = this.handlers.get(channel);
    if (known) {
      known.push(handler);
      return;
    }
    this.handlers.set(channel, [handler]);
    await this.connected;
    await this.client?.query(`LISTEN ${quoteChannel(channel)}`);
  }

  onModuleInit(): Promise<void> {
    this.connected = this.connect();
    return this.connected;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) {
        try {
          handler(message.payload ?? '');
        } catch (error) {
          this.logger.error(`A ${message.channel} handler stopped: ${String(error)}`);
        }
      }
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect().catch(async (error: unknown) => {
      await client.end().catch(() => undefined);
      throw error;
    });
    for (const channel of this.handlers.keys())
      await client.query(`LISTEN ${quoteChannel(channel)}`);
    this.client = client;
    this.attempt = 0;
  }

  private reconnect(lost: Client): void {
    if (this.closing || this.client !== lost) return;
    this.client = null;
    this.connectLater();
  }

  private connectLater(): void {
    const delay = RECONNECT_MS[Math.min(this.attempt++, RECONNECT_MS.length - 1)];
    setTimeout(() => {
      if (this.closing) return;
      this.connected = this.connect().catch((error: unknown) => {
        this.logger.warn(`Listening again failed (${String(error)}); trying later`);
        this.connectLater();
      });
    }, delay).unref();
  }
}

function quoteChannel(channel: string): string {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  return channel;
}
