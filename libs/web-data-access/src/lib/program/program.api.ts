import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  ProgramSettingsDocument,
  type ProgramSettingsFieldsFragment,
  UpdateProgramSettingsDocument,
  type UpdateProgramSettingsInput,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type ProgramSettings = ProgramSettingsFieldsFragment;

/** The program's settings, for its admins. */
@Injectable({ providedIn: 'root' })
export class ProgramApi {
  private readonly apollo = inject(HomewardApollo);

  async settings(): Promise<ProgramSettings | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ProgramSettingsDocument, fetchPolicy: 'network-only' }),
    );
    return result.data?.programSettings ?? null;
  }

  async update(input: UpdateProgramSettingsInput): Promise<ProgramSettings | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdateProgramSettingsDocument, variables: { input } }),
    );
    return result.data?.updateProgramSettings ?? null;
  }
}
