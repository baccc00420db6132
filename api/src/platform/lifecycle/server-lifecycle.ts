import { Injectable, Logger } from '@nestjs/common';

/**
 * Where an instance is in its life: serving; draining (SIGTERM came: still serving, but
 * reporting unready and no longer keeping connections alive); closing (no new connections,
 * open ones finish); stopped.
 */
export type LifecyclePhase = 'serving' | 'draining' | 'closing' | 'stopped';

type ClosingHandler = () => void | Promise<void>;

/**
 * The instance's phase, read by the readiness check and the HTTP hooks, and the things to do
 * when the listener closes (live sockets say "going away"). `shutDown` moves it along.
 */
@Injectable()
export class ServerLifecycle {
  private readonly logger = new Logger(ServerLifecycle.name);
  private current: LifecyclePhase = 'serving';
  private readonly closingHandlers: ClosingHandler[] = [];
  private readonly watchers: ((phase: LifecyclePhase) => void)[] = [];

  get phase(): LifecyclePhase {
    return this.current;
  }

  /** Only a serving instance should be sent new work. */
  get ready(): boolean {
    return this.current === 'serving';
  }

  /** Once draining, each response closes its connection, so no idle keep-alive socket is left to cut. */
  get keepsConnectionsAlive(): boolean {
    return this.current === 'serving';
  }

  /** Runs `handler` when the listener closes, before waiting for open connections to end. */
  onClosing(handler: ClosingHandler): void {
    this.closingHandlers.push(handler);
  }

  /** Tells `watcher` each new phase (tests follow the sequence by it). */
  watch(watcher: (phase: LifecyclePhase) => void): void {
    this.watchers.push(watcher);
  }

  /** Moves to `phase`; entering `closing` runs the closing handlers. */
  async enter(phase: LifecyclePhase): Promise<void> {
    this.current = phase;
    for (const watcher of this.watchers) watcher(phase);
    if (phase !== 'closing') return;
    for (const handler of this.closingHandlers) {
      try {
        await handler();
      } catch (error) {
        this.logger.warn(`A closing step stopped: ${String(error)}`);
      }
    }
  }
}
