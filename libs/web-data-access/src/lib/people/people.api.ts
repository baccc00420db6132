import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  DisablePersonDocument,
  EnablePersonDocument,
  type PersonFieldsFragment,
  PeopleDocument,
  type PeopleQuery,
  type Role,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type Person = PersonFieldsFragment;

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

  /** Admins only: the person can no longer sign in, and their sessions end at once. */
  async disable(id: string): Promise<Person | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DisablePersonDocument, variables: { id } }),
    );
    return result.data?.disablePerson ?? null;
  }

  async enable(id: string): Promise<Person | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: EnablePersonDocument, variables: { id } }),
    );
    return result.data?.enablePerson ?? null;
  }
}
