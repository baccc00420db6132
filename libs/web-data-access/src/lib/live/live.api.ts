import { Injectable, inject } from '@angular/core';
import { Observable, filter, map } from 'rxjs';
import { LiveUpdatesDocument, type LiveUpdatesSubscription } from '../../generated/graphql';
import { LiveSocketEvents } from './live-socket-events';
import { HomewardApollo } from '../apollo';

export { LiveSocketEvents } from './live-socket-events';

/** What changed for the signed-in person: a topic (`visits`, `agreement`, …) and the plan it changed on. */
export type LiveUpdate = LiveUpdatesSubscription['liveUpdates'];

/** The `liveUpdates` subscription (over graphql-ws, split off in HomewardApollo). */
@Injectable({ providedIn: 'root' })
export class LiveApi {
  private readonly apollo = inject(HomewardApollo);
  readonly reconnected: Observable<void> = inject(LiveSocketEvents).reconnected;

  /** Updates until the socket gives up (the session ended) or the caller unsubscribes. */
  updates(): Observable<LiveUpdate> {
    return this.apollo.subscribe({ query: LiveUpdatesDocument, fetchPolicy: 'no-cache' }).pipe(
      map((result) => result.data?.liveUpdates),
      filter((update): update is LiveUpdate => !!update),
    );
  }
}
