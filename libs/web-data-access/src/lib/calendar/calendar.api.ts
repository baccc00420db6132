import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CalendarFeedFieldsFragment,
  EnableCalendarFeedDocument,
  MyCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type CalendarFeed = CalendarFeedFieldsFragment;

/** A member's private calendar link: on (a new link, shown once) or off at once. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly apollo = inject(HomewardApollo);

  async feed(planId: string): Promise<CalendarFeed | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyCalendarFeedDocument, variables: { planId } }),
    );
    return result.data?.myCalendarFeed ?? null;
  }

  /** Any earlier link stops working; the new one comes back this once, in `url`. */
  async enable(planId: string): Promise<CalendarFeed | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: EnableCalendarFeedDocument, variables: { planId } }),
    );
    return result.data?.enableCalendarFeed ?? null;
  }

  async revoke(planId: string): Promise<CalendarFeed | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RevokeCalendarFeedDocument, variables: { planId } }),
    );
    return result.data?.revokeCalendarFeed ?? null;
  }
}
