import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  FirstWeeksDocument,
  type FirstWeeksFieldsFragment,
  type FirstWeeksHopeFieldsFragment,
  SuggestFirstWeeksDocument,
  type SuggestFirstWeeksInput,
  WriteFirstWeeksHopeDocument,
  type WriteFirstWeeksHopeInput,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type FirstWeeks = FirstWeeksFieldsFragment;
export type FirstWeeksTopicView = FirstWeeks['topics'][number];
export type FirstWeeksHope = FirstWeeksHopeFieldsFragment;

/** The first weeks at home, prepared: hopes by topic and the counselor's suggestions. */
@Injectable({ providedIn: 'root' })
export class FirstWeeksApi {
  private readonly apollo = inject(HomewardApollo);

  /** Read fresh each time: who is on the plan, and so who reads what, may have changed. */
  async read(planId: string): Promise<FirstWeeks | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: FirstWeeksDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.firstWeeks ?? null;
  }

  async writeHope(input: WriteFirstWeeksHopeInput): Promise<FirstWeeks | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: WriteFirstWeeksHopeDocument, variables: { input } }),
    );
    return result.data?.writeFirstWeeksHope ?? null;
  }

  async suggest(input: SuggestFirstWeeksInput): Promise<FirstWeeks | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SuggestFirstWeeksDocument, variables: { input } }),
    );
    return result.data?.suggestFirstWeeks ?? null;
  }
}
