import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Days a domain above the track record marks as "a hard day" (something happened), since a day. */
export interface HardDaySource {
  hardDaysSince(manager: EntityManager, planId: string, since: string): Promise<string[]>;
}

/**
 * Where the record hears of hard days (the lapse plan stands above the track record, so it
 * registers here at start-up). A hard day is one marked day on the calendar: never a reset.
 */
@Injectable()
export class HardDaySources {
  private readonly sources: HardDaySource[] = [];

  add(source: HardDaySource): void {
    this.sources.push(source);
  }

  async since(manager: EntityManager, planId: string, since: string): Promise<string[]> {
    const days = new Set<string>();
    for (const source of this.sources)
      for (const day of await source.hardDaysSince(manager, planId, since)) days.add(day);
    return [...days].sort();
  }
}
