import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Commitments a domain above the track record keeps (a repair's), each on the day it was settled. */
export interface CommitmentSource {
  settledSince(
    manager: EntityManager,
    planId: string,
    since: string,
    timeZone: string,
  ): Promise<{ day: string; kept: boolean }[]>;
}

/**
 * Where the commitments-kept share hears of commitments kept elsewhere (repair agreements stand
 * above the track record, so they register here at start-up rather than being imported).
 */
@Injectable()
export class CommitmentSources {
  private readonly sources: CommitmentSource[] = [];

  add(source: CommitmentSource): void {
    this.sources.push(source);
  }

  async settledSince(manager: EntityManager, planId: string, since: string, timeZone: string) {
    const found: { day: string; kept: boolean }[] = [];
    for (const source of this.sources)
      found.push(...(await source.settledSince(manager, planId, since, timeZone)));
    return found;
  }
}
