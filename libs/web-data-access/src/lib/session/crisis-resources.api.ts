import { Injectable, inject } from '@angular/core';
import type { CrisisResourcesQuery } from '../../generated/graphql';
import { CrisisResourcesDocument } from '../../generated/session-operations';
import { GraphQLRequest } from '../graphql-request';

/** The program's crisis lines in the reader's language, as a plain request (every page shows them). */
@Injectable({ providedIn: 'root' })
export class CrisisResourcesApi {
  private readonly graphql = inject(GraphQLRequest);

  async list(): Promise<CrisisResourcesQuery['crisisResources']> {
    return (await this.graphql.send(CrisisResourcesDocument)).crisisResources ?? [];
  }
}
