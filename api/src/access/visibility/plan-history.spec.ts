import { historyForMembers, phasesForMembers, phasesForPatient } from './plan-history';

const entry = (kind: string, reason: string | null) => ({ id: kind, kind, reason });

describe('the plan history members read', () => {
  it('keeps the reasons behind a contact restriction with staff', () => {
    expect(
      historyForMembers([
        entry('MEMBER_RESTRICTED', 'No-contact order'),
        entry('MEMBER_UNRESTRICTED', 'Order lifted'),
      ]),
    ).toEqual([entry('MEMBER_RESTRICTED', null), entry('MEMBER_UNRESTRICTED', null)]);
  });

  it('shows every other reason as it was given', () => {
    const entries = [
      entry('PLAN_PAUSED', 'Family asked for a breather'),
      entry('PLAN_CREATED', null),
    ];
    expect(historyForMembers(entries)).toEqual(entries);
  });
});

describe('milestones on a member’s view of the plan', () => {
  const phases = [
    { position: 1, milestones: ['patient check-ins', 'family check-ins'] },
    { position: 2, milestones: [] as string[] },
  ];
  /** A stand-in for the milestones' own rule: family counts hidden; the patient's only when seen. */
  const forMembers = (milestones: string[], seesPatientCheckIns: boolean) =>
    milestones.filter(
      (m) => m !== 'family check-ins' && (seesPatientCheckIns || m !== 'patient check-ins'),
    );

  it('applies the milestones’ own rule to every phase, with what the reader may see', () => {
    expect(phasesForMembers(phases, false, forMembers)).toEqual([
      { position: 1, milestones: [] },
      { position: 2, milestones: [] },
    ]);
  });

  it('lets the patient read their own check-in counts, never family members’', () => {
    expect(phasesForPatient(phases, forMembers)).toEqual([
      { position: 1, milestones: ['patient check-ins'] },
      { position: 2, milestones: [] },
    ]);
  });
});
