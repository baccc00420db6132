import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HomewardApollo } from '../apollo';
import {
  type AddSupportPersonInput,
  AddSupportPersonDocument,
  type ChangeSupportPersonInput,
  ChangeSupportPersonDocument,
  RetireSupportPersonDocument,
  SupportNetworkDocument,
  type SupportNetworkQuery,
  type SupportPersonFieldsFragment,
} from '../../generated/graphql';

export type SupportNetwork = SupportNetworkQuery['supportNetwork'];
export type SupportPerson = SupportPersonFieldsFragment;

/** The patient's support network: read within consent, kept by the patient and staff. */
@Injectable({ providedIn: 'root' })
export class SupportNetworkApi {
  private readonly apollo = inject(HomewardApollo);

  async read(planId: string): Promise<SupportNetwork | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SupportNetworkDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.supportNetwork ?? null;
  }

  async add(input: AddSupportPersonInput): Promise<SupportPerson | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AddSupportPersonDocument, variables: { input } }),
    );
    return result.data?.addSupportPerson ?? null;
  }

  async change(input: ChangeSupportPersonInput): Promise<SupportPerson | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ChangeSupportPersonDocument, variables: { input } }),
    );
    return result.data?.changeSupportPerson ?? null;
  }

  async retire(id: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: RetireSupportPersonDocument, variables: { id } }),
    );
  }
}
