import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PeopleDocument, type PeopleQuery, type Role } from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type Person = PeopleQuery['people']['nodes'][number];

/** The people of the signed-in staff member's organization. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly apollo = inject(HomewardApollo);

  /** A page of people, optionally only those in one role. */
  async list(first = 50, after?: string, role?: Role): Promise<PeopleQuery['people'] | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: PeopleDocument, variables: { first, after, role } }),
    );
    return result.data?.people ?? null;
  }
}
