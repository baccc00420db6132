import { Injectable, inject } from '@angular/core';
import { HomewardApollo } from '../apollo';
import { firstValueFrom } from 'rxjs';
import { AuditExportDocument, type AuditExportQuery } from '../../generated/graphql';

export type AuditExport = AuditExportQuery['auditExport'];

/** The organization's audit trail, for admins. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly apollo = inject(HomewardApollo);

  /** The days from `from` to `to` (YYYY-MM-DD, in the reader's zone) as CSV, with the chain's check. */
  async export(from: string, to: string): Promise<AuditExport | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: AuditExportDocument,
        variables: { from, to },
        // Every export is recorded and reads the chain afresh: never from Apollo's cache.
        fetchPolicy: 'no-cache',
      }),
    );
    return result.data?.auditExport ?? null;
  }
}
