import { Injectable, computed, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { LIVE_TOPICS, LiveTopic, LiveUpdate } from '@homeward/domain';
import { LiveApi } from '@homeward/web-data-access';
import {
  EMPTY,
  Observable,
  catchError,
  distinctUntilChanged,
  filter,
  from,
  map,
  merge,
  mergeMap,
  share,
  switchMap,
} from 'rxjs';
import { SessionStore } from '../core/session.store';

export { LIVE_TOPICS } from '@homeward/domain';
export type { LiveTopic, LiveUpdate } from '@homeward/domain';

/**
 * What changed for the signed-in person while a page is open, so the page reads it again
 * without a reload. One subscription for the whole app, open only while someone is signed in;
 * after the connection comes back, every topic is told once (what happened meanwhile was missed).
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  private readonly api = inject(LiveApi);
  private readonly session = inject(SessionStore);
  private readonly signedIn = computed(() => this.session.me()?.id ?? null);

  private readonly updates: Observable<LiveUpdate> = toObservable(this.signedIn).pipe(
    distinctUntilChanged(),
    switchMap((id) => (id ? this.whileSignedIn() : EMPTY)),
    share(),
  );

  /** The updates of these topics, for as long as the caller listens. */
  on(...topics: LiveTopic[]): Observable<LiveUpdate> {
    return this.updates.pipe(filter((update) => topics.includes(update.topic)));
  }

  private whileSignedIn(): Observable<LiveUpdate> {
    const received = this.api.updates().pipe(
      map((update) => ({ topic: update.topic as LiveTopic, planId: update.planId ?? null })),
      // The socket gave up (the session ended): quiet until someone signs in again.
      catchError(() => EMPTY),
    );
    const missed = this.api.reconnected.pipe(
      mergeMap(() => from(LIVE_TOPICS.map((topic) => ({ topic, planId: null })))),
    );
    return merge(received, missed);
  }
}

/** True when the update may concern this plan (or every plan, after a reconnection). */
export function concerns(update: LiveUpdate, planId: string | null | undefined): boolean {
  return update.planId === null || update.planId === planId;
}
