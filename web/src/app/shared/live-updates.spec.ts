import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LiveApi, LiveUpdate as ApiUpdate } from '@homeward/web-data-access';
import { Observable, Subject, Subscription } from 'rxjs';
import { SessionStore } from '../core/session.store';
import { LiveUpdate, LiveUpdates, concerns } from './live-updates';

/** A client that opens a subscription when asked, and lets the test say what arrives. */
class FakeLiveApi {
  readonly reconnected = new Subject<void>();
  opened = 0;
  open = 0;
  private current: Subject<ApiUpdate> | null = null;

  updates(): Observable<ApiUpdate> {
    return new Observable<ApiUpdate>((subscriber) => {
      this.opened++;
      this.open++;
      this.current = new Subject<ApiUpdate>();
      const inner = this.current.subscribe(subscriber);
      return () => {
        this.open--;
        inner.unsubscribe();
      };
    });
  }

  send(topic: string, planId: string | null): void {
    this.current?.next({ topic, planId });
  }

  fail(): void {
    this.current?.error(new Error('Socket closed with event 4401 Session ended'));
  }
}

describe('LiveUpdates', () => {
  let api: FakeLiveApi;
  let me: ReturnType<typeof signal<{ id: string } | null>>;
  let live: LiveUpdates;
  const subscriptions: Subscription[] = [];

  function listen(...topics: Parameters<LiveUpdates['on']>): LiveUpdate[] {
    const seen: LiveUpdate[] = [];
    subscriptions.push(live.on(...topics).subscribe((update) => seen.push(update)));
    TestBed.tick();
    return seen;
  }

  beforeEach(() => {
    api = new FakeLiveApi();
    me = signal<{ id: string } | null>({ id: 'maria' });
    TestBed.configureTestingModule({
      providers: [
        { provide: LiveApi, useValue: api },
        { provide: SessionStore, useValue: { me } },
      ],
    });
    live = TestBed.inject(LiveUpdates);
  });
  afterEach(() => subscriptions.splice(0).forEach((s) => s.unsubscribe()));

  it('hands each page the topics it asked for, over one subscription', () => {
    const visits = listen('visits');
    const waiting = listen('agreement', 'visits');
    api.send('visits', 'p1');
    api.send('agreement', 'p1');
    api.send('check-ins', 'p1');
    expect(visits).toEqual([{ topic: 'visits', planId: 'p1' }]);
    expect(waiting).toEqual([
      { topic: 'visits', planId: 'p1' },
      { topic: 'agreement', planId: 'p1' },
    ]);
    expect(api.opened).toBe(1);
  });

  it('connects only while someone is signed in, and again after the next sign-in', () => {
    me.set(null);
    const seen = listen('plan');
    expect(api.open).toBe(0);

    me.set({ id: 'maria' });
    TestBed.tick();
    expect(api.open).toBe(1);
    api.send('plan', 'p1');

    me.set(null);
    TestBed.tick();
    expect(api.open).toBe(0);
    expect(seen).toEqual([{ topic: 'plan', planId: 'p1' }]);
  });

  it('after the connection comes back, tells every page to look again', () => {
    const seen = listen('visits', 'progress');
    api.reconnected.next();
    expect(seen).toEqual([
      { topic: 'visits', planId: null },
      { topic: 'progress', planId: null },
    ]);
    expect(seen.every((update) => concerns(update, 'p1'))).toBe(true);
  });

  it('goes quiet when the socket gives up, without failing the pages that listen', () => {
    const seen = listen('visits');
    let failed = false;
    subscriptions.push(live.on('visits').subscribe({ error: () => (failed = true) }));
    api.fail();
    expect(failed).toBe(false);
    expect(seen).toEqual([]);
    expect(concerns({ topic: 'visits', planId: 'p2' }, 'p1')).toBe(false);
  });

  it('stops the subscription when the last page stops listening', () => {
    listen('visits');
    expect(api.open).toBe(1);
    subscriptions.splice(0).forEach((s) => s.unsubscribe());
    expect(api.open).toBe(0);
  });
});
