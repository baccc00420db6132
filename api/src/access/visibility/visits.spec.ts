import type { PlanRelation } from '../access.service';
import {
  closingNoteFor,
  disclosesPatientReflection,
  seesVisit,
  shownDebriefs,
  visitReader,
} from './visits';

const relation = (over: Partial<PlanRelation> = {}): PlanRelation => ({
  planId: 'plan',
  status: 'ACTIVE',
  isAdmin: false,
  isCounselorOfPlan: false,
  isPatient: false,
  familyMemberId: null,
  memberId: null,
  ...over,
});
const person = { userId: 'reader-user', membershipId: 'reader-membership' };
const staff = visitReader(person, relation({ isCounselorOfPlan: true }), false);
const patient = visitReader(
  { userId: 'patient-user', membershipId: 'patient-membership' },
  relation({ isPatient: true, memberId: 'patient-member' }),
  false,
);
const mother = (reflections: boolean) =>
  visitReader(
    person,
    relation({ familyMemberId: 'mother-member', memberId: 'mother-member' }),
    reflections,
  );

const debriefs = [
  { authorUserId: 'patient-user', kind: 'PATIENT' },
  { authorUserId: 'reader-user', kind: 'FAMILY' },
  { authorUserId: 'partner-user', kind: 'FAMILY' },
  { authorUserId: 'counselor-user', kind: null },
];

describe('who sees which visits', () => {
  it('shows staff and the patient every visit, a family member only those they take part in', () => {
    expect(seesVisit(staff, ['patient-member', 'partner-member'])).toBe(true);
    expect(seesVisit(patient, ['partner-member'])).toBe(true);
    expect(seesVisit(mother(true), ['patient-member', 'mother-member'])).toBe(true);
    expect(seesVisit(mother(true), ['patient-member', 'partner-member'])).toBe(false);
  });

  it('shows each person their own reflection, and staff all of them', () => {
    expect(shownDebriefs(staff, debriefs)).toHaveLength(4);
    expect(shownDebriefs(patient, debriefs)).toEqual([debriefs[0]]);
    expect(shownDebriefs(mother(false), debriefs)).toEqual([debriefs[1]]);
  });

  it("shows a family member the patient's reflection only within consent, and that is a disclosure", () => {
    const shown = shownDebriefs(mother(true), debriefs);
    expect(shown).toEqual([debriefs[0], debriefs[1]]);
    expect(disclosesPatientReflection(mother(true), shown)).toBe(true);
    expect(disclosesPatientReflection(mother(false), shownDebriefs(mother(false), debriefs))).toBe(
      false,
    );
    // Staff reading the patient's words is not a disclosure under consent.
    expect(disclosesPatientReflection(staff, shownDebriefs(staff, debriefs))).toBe(false);
  });

  it('never shares reflections with someone who is not a family member, whatever is passed', () => {
    expect(visitReader(person, relation({ isPatient: true }), true).reflectionsShared).toBe(false);
  });

  it('keeps the closing note with staff', () => {
    expect(closingNoteFor(staff, 'Pat chose not to join')).toBe('Pat chose not to join');
    expect(closingNoteFor(patient, 'Pat chose not to join')).toBeNull();
    expect(closingNoteFor(mother(true), 'Pat chose not to join')).toBeNull();
  });
});
