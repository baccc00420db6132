import { RING_RADIUS, ringPlaces, RING_SIZE } from './support-rings';

describe('ringPlaces', () => {
  it('puts safe people on the closest ring and keep-distance ones on the outer ring', () => {
    const places = ringPlaces([
      { id: 'a', name: 'Lee', mark: 'SAFE' },
      { id: 'b', name: 'Jordan', mark: 'CONDITIONAL' },
      { id: 'c', name: 'Old crowd', mark: 'KEEP_DISTANCE' },
      { id: 'd', name: 'Ana', mark: 'SAFE' },
    ]);
    const distance = (id: string) => {
      const p = places.find((place) => place.id === id);
      if (!p) throw new Error(id);
      return Math.round(Math.hypot(p.x - RING_SIZE / 2, p.y - RING_SIZE / 2));
    };
    expect(distance('a')).toBe(RING_RADIUS.SAFE);
    expect(distance('d')).toBe(RING_RADIUS.SAFE);
    expect(distance('b')).toBe(RING_RADIUS.CONDITIONAL);
    expect(distance('c')).toBe(RING_RADIUS.KEEP_DISTANCE);
    // Two on one ring sit opposite each other, not on top of each other.
    const [a, d] = ['a', 'd'].map((id) => places.find((p) => p.id === id));
    expect(Math.abs((a?.y ?? 0) - (d?.y ?? 0))).toBeGreaterThan(RING_RADIUS.SAFE);
  });
});
