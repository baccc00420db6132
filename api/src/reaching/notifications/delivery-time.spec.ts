import { deliveryTime, inQuietHours, nextLocal } from './delivery-time';

const chicago = 'America/Chicago';
const plain = { digest: false, digestTime: '18:00', quietFrom: null, quietUntil: null };

describe('deliveryTime', () => {
  it('sends at once when nothing holds it', () => {
    const now = new Date('2026-03-02T15:00:00Z');
    expect(deliveryTime(now, chicago, plain)).toEqual(now);
  });

  it('holds mail through quiet hours that span midnight, until they end in the person’s own zone', () => {
    // 23:30 in Chicago (CST, UTC−6) is inside 22:00–07:00; it goes at 07:00 local, 13:00 UTC.
    const now = new Date('2026-03-03T05:30:00Z');
    const held = { ...plain, quietFrom: '22:00', quietUntil: '07:00' };
    expect(deliveryTime(now, chicago, held)).toEqual(new Date('2026-03-03T13:00:00Z'));
    // 07:00 exactly is no longer quiet.
    expect(inQuietHours(new Date('2026-03-03T13:00:00Z'), chicago, '22:00', '07:00')).toBe(false);
  });

  it('keeps quiet hours within one day too', () => {
    expect(inQuietHours(new Date('2026-03-02T19:00:00Z'), chicago, '12:00', '14:00')).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T21:00:00Z'), chicago, '12:00', '14:00')).toBe(false);
  });

  it('gathers a digest at its time, today if still ahead, else tomorrow', () => {
    const digest = { ...plain, digest: true, digestTime: '18:00' };
    expect(deliveryTime(new Date('2026-03-02T15:00:00Z'), chicago, digest)).toEqual(
      new Date('2026-03-03T00:00:00Z'),
    );
    expect(deliveryTime(new Date('2026-03-03T01:00:00Z'), chicago, digest)).toEqual(
      new Date('2026-03-04T00:00:00Z'),
    );
  });

  it('a digest that falls in quiet hours waits until they end', () => {
    const both = { digest: true, digestTime: '21:30', quietFrom: '21:00', quietUntil: '06:30' };
    expect(deliveryTime(new Date('2026-03-02T15:00:00Z'), chicago, both)).toEqual(
      new Date('2026-03-03T12:30:00Z'),
    );
  });

  it('counts wall-clock time across a daylight-saving change', () => {
    // Chicago moves to CDT (UTC−5) on 8 March 2026: 07:00 local is then 12:00 UTC.
    expect(nextLocal(new Date('2026-03-08T06:00:00Z'), chicago, '07:00')).toEqual(
      new Date('2026-03-08T12:00:00Z'),
    );
  });
});
