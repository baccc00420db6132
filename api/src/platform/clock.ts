import { existsSync, readFileSync, statSync } from 'node:fs';

/** Injectable time source so tests can move the clock (STYLE 20). */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Browser journeys only: the real time moved forward by the number of days written in a file,
 * so a journey can live through several days. Refused in production (see loadConfig).
 */
export function fileOffsetClock(file: string): Clock {
  let cached = { mtime: Number.NaN, offsetMs: 0 };
  return {
    now() {
      const mtime = existsSync(file) ? statSync(file).mtimeMs : -1;
      if (mtime !== cached.mtime) {
        const days = mtime < 0 ? 0 : Number(readFileSync(file, 'utf8').trim()) || 0;
        cached = { mtime, offsetMs: days * 86_400_000 };
      }
      return new Date(Date.now() + cached.offsetMs);
    },
  };
}
