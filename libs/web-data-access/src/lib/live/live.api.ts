import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, Subject, filter, map } from 'rxjs';
import { LiveUpdatesDocument, type LiveUpdatesSubscription } from '../../generated/graphql';

/** What changed for the signed-in person: a topic (`visits`, `agreement`, …) and the plan it changed on. */
export type LiveUpdate = LiveUpdatesSubscription['liveUpdates'];

/**
 * What the live socket says about itself. Apollo's set-up writes to it (it cannot inject
 * anything that talks through Apollo while Apollo is being built); LiveApi reads it.
 */
@Injectable({ providedIn: 'root' })
export class LiveSocketEvents {
  /** The socket connected again after losing its connection: anything sent meanwhile was missed. */
  readonly reconnected = new Subject<void>();
}

/** The `liveUpdates` subscription (over graphql-ws, split off in provideHomewardApollo). */
@Injectable({ providedIn: 'root' })
export class LiveApi {
  private readonly apollo = inject(Apollo);
  readonly reconnected: Observable<void> = inject(LiveSocketEvents).reconnected;

  /** Updates until the socket gives up (the session ended) or the caller unsubscribes. */
  updates(): Observable<LiveUpdate> {
    return this.apollo.subscribe({ query: LiveUpdatesDocument, fetchPolicy: 'no-cache' }).pipe(
      map((result) => result.data?.liveUpdates),
      filter((update): update is LiveUpdate => !!update),
    );
  }
}
