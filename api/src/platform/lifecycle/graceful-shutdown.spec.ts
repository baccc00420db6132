import { INestApplication, Logger } from '@nestjs/common';
import http from 'node:http';
import { loadConfig } from '../config/app-config';
import { shutDown, shutDownOnSignals } from './graceful-shutdown';
import { LifecyclePhase, ServerLifecycle } from './server-lifecycle';

/** Just what the shutdown touches of a Nest app: its lifecycle, its HTTP server and close(). */
function fakeApp(close: () => Promise<void> = async () => undefined) {
  const lifecycle = new ServerLifecycle();
  const server = http.createServer();
  const app = {
    get: () => lifecycle,
    getHttpServer: () => server,
    close: jest.fn(close),
  } as unknown as INestApplication & { close: jest.Mock };
  return { app, lifecycle, server };
}

// The steps' log lines are the README's business, not this spec's output.
beforeEach(() => {
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
});

describe('shutDownOnSignals', () => {
  const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };

  afterEach(() => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const)
      for (const listener of process.listeners(signal))
        if (!before[signal].includes(listener)) process.removeListener(signal, listener);
  });

  it('drains, closes the app and exits 0 on SIGTERM, once however often the signal comes', async () => {
    const { app, lifecycle, server } = fakeApp();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const phases: LifecyclePhase[] = [];
    lifecycle.watch((phase) => phases.push(phase));
    const codes: number[] = [];
    let exited: () => void = () => undefined;
    const firstExit = new Promise<void>((resolve) => (exited = resolve));
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@h/d', SHUTDOWN_GRACE_MS: '0' });
    shutDownOnSignals(app, config, (code) => {
      codes.push(code);
      exited();
    });

    process.emit('SIGTERM');
    process.emit('SIGINT');
    await firstExit;
    expect(codes).toEqual([0]);
    expect(phases).toEqual(['draining', 'closing', 'stopped']);
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(server.listening).toBe(false);
  });
});

describe('shutDown', () => {
  afterEach(() => jest.useRealTimers());

  it('exits 1 when stopping outlasts its deadline', async () => {
    jest.useFakeTimers();
    const { app } = fakeApp(() => new Promise<void>(() => undefined));
    const codes: number[] = [];
    void shutDown(app, 'SIGTERM', { graceMs: 500, timeoutMs: 2_000, exit: (c) => codes.push(c) });
    await jest.advanceTimersByTimeAsync(1_999);
    expect(codes).toEqual([]);
    expect(app.close).toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(codes).toEqual([1]);
  });

  it('keeps serving through the grace period before it closes the listener', async () => {
    // The clock is moved by hand; Node's own callbacks (a server's close) still run.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const { app, lifecycle, server } = fakeApp();
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    void shutDown(app, 'SIGTERM', { graceMs: 5_000, timeoutMs: 25_000, exit: exited });
    await jest.advanceTimersByTimeAsync(4_999);
    expect(lifecycle.phase).toBe('draining');
    expect(lifecycle.ready).toBe(false);
    expect(app.close).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(await exitCode).toBe(0);
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(server.listening).toBe(false);
    expect(lifecycle.phase).toBe('stopped');
  });
});
