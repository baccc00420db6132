import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileOffsetClock } from './clock';

describe('fileOffsetClock', () => {
  it('moves forward by the days written in its file, and not at all without one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'offset');
    const clock = fileOffsetClock(file);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    writeFileSync(file, '3');
    expect(Math.round((clock.now().getTime() - Date.now()) / 86_400_000)).toBe(3);
  });
});
