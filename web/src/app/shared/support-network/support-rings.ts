import { SUPPORT_MARKS, SupportMark } from '@homeward/domain';

/** Where one person sits in the picture: closest ring safe, middle conditional, outer keep distance. */
export interface RingPlace {
  id: string;
  name: string;
  mark: SupportMark;
  x: number;
  y: number;
}

export const RING_SIZE = 320;
const CENTRE = RING_SIZE / 2;
/** The radius each mark's people sit on (the rings are drawn between them). */
export const RING_RADIUS: Record<SupportMark, number> = {
  SAFE: 52,
  CONDITIONAL: 95,
  KEEP_DISTANCE: 138,
};

/** Spreads each ring's people evenly around it, the first at the top; a ring's order is kept. */
export function ringPlaces(
  people: readonly { id: string; name: string; mark: SupportMark }[],
): RingPlace[] {
  const places: RingPlace[] = [];
  SUPPORT_MARKS.forEach((mark, ring) => {
    const onRing = people.filter((p) => p.mark === mark);
    onRing.forEach((person, i) => {
      // Each ring starts a little further round, so names on neighbouring rings do not stack.
      const angle = -Math.PI / 2 + (ring * Math.PI) / 5 + (2 * Math.PI * i) / onRing.length;
      places.push({
        id: person.id,
        name: person.name,
        mark,
        x: Math.round((CENTRE + RING_RADIUS[mark] * Math.cos(angle)) * 10) / 10,
        y: Math.round((CENTRE + RING_RADIUS[mark] * Math.sin(angle)) * 10) / 10,
      });
    });
  });
  return places;
}
