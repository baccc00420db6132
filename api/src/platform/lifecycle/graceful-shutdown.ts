import { INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { ServerLifecycle } from './server-lifecycle';

export interface ShutdownOptions {
  /** How long to keep serving while unready (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  /** The most the whole shutdown may take before exiting with 1 (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** Ends the process (process.exit; tests pass their own). */
  exit: (code: number) => void;
}

/**
 * Stops an instance without cutting anyone off (README "Stopping"):
 * 1. draining — /health/ready answers 503 so the load balancer stops sending here; requests are
 *    still served for `graceMs`, each answered with `Connection: close`, so no idle keep-alive
 *    socket is left for step 2 to cut under a client;
 * 2. closing — the listener stops accepting; idle sockets close; live sockets close with 1001
 *    (going away: the web connects again, to another instance); every request in flight
 *    finishes;
 * 3. the app closes: GraphQL, schedules (pg-boss lets a running job finish), the LISTEN
 *    connection, then the database pool; the process exits 0.
 * Past `timeoutMs` it exits 1 wherever it is, before an orchestrator's SIGKILL would.
 */
export async function shutDown(
  app: INestApplication,
  signal: string,
  { graceMs, timeoutMs, exit }: ShutdownOptions,
): Promise<void> {
  const logger = new Logger('Shutdown');
  const lifecycle = app.get(ServerLifecycle);
  const deadline = setTimeout(() => {
    logger.error(`Stopping took longer than ${timeoutMs} ms; exiting without waiting further.`);
    exit(1);
  }, timeoutMs);
  try {
    logger.log(`${signal}: reporting unready; serving ${graceMs} ms more.`);
    await lifecycle.enter('draining');
    await new Promise((resolve) => setTimeout(resolve, graceMs));

    const server = app.getHttpServer() as Server;
    // Resolves once every connection has ended (or at once if it never listened).
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    logger.log('No longer accepting connections; finishing the requests in flight.');
    await lifecycle.enter('closing');
    server.closeIdleConnections();
    await drained;

    await app.close();
    await lifecycle.enter('stopped');
    logger.log('Stopped.');
    clearTimeout(deadline);
    exit(0);
  } catch (error) {
    clearTimeout(deadline);
    logger.error(`Stopping ended part-way: ${String(error)}`);
    exit(1);
  }
}

/**
 * SIGTERM (an orchestrator, a deploy) and SIGINT (Ctrl-C) start `shutDown` once. A signal that
 * comes again is ignored: Ctrl-C under `npm start` reaches this process twice (from the terminal
 * and from the launcher), and the deadline already bounds how long stopping may take.
 */
export function shutDownOnSignals(
  app: INestApplication,
  config: AppConfig,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    void shutDown(app, signal, {
      graceMs: config.shutdownGraceMs,
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      exit,
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
