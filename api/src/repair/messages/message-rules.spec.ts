import { hiddenAuthors, keptApart, PlanPerson } from './message-rules';

const person = (kind: PlanPerson['kind'], restricted = false, id: string = kind): PlanPerson => ({
  membershipId: id,
  userId: id,
  memberId: kind === 'STAFF' ? null : id,
  kind,
  name: id,
  restricted,
});

describe('who messages keep apart', () => {
  it('keeps the patient and a restricted family member apart, both ways', () => {
    expect(keptApart(person('PATIENT'), person('FAMILY', true))).toBe(true);
    expect(keptApart(person('FAMILY', true), person('PATIENT'))).toBe(true);
  });

  it('lets a restricted family member write to staff and to other family', () => {
    expect(keptApart(person('FAMILY', true), person('STAFF'))).toBe(false);
    expect(keptApart(person('FAMILY', true), person('FAMILY', false, 'aunt'))).toBe(false);
    expect(keptApart(person('PATIENT'), person('FAMILY'))).toBe(false);
  });

  it("hides only the patient's messages from a restricted member", () => {
    const people = [person('PATIENT'), person('FAMILY', true, 'sam'), person('STAFF')];
    expect(hiddenAuthors(people[1], people)).toEqual(['PATIENT']);
    expect(hiddenAuthors(people[0], people)).toEqual(['sam']);
    expect(hiddenAuthors(people[2], people)).toEqual([]);
  });
});
