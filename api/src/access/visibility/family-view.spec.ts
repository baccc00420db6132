import { ConsentCategory } from '@homeward/domain';
import { familySight, familyView } from './family-view';

interface Milestone {
  title: string;
  party: 'PATIENT' | 'FAMILY';
  fromPatientCheckIns?: boolean;
}

const phase = (position: number, status: string, milestones: Milestone[] = []) => ({
  position,
  name: `Phase ${position}`,
  status,
  milestones,
});
const phases = [
  phase(1, 'DONE'),
  phase(2, 'CURRENT', [
    { title: 'Check-ins', party: 'PATIENT', fromPatientCheckIns: true },
    { title: 'Visits', party: 'PATIENT' },
    { title: 'Family sessions', party: 'FAMILY' },
  ]),
  phase(3, 'LOCKED'),
];
/** A stand-in for the milestones' own rule: counts from the patient's check-ins only when seen. */
const forMembers = (milestones: Milestone[], seesPatientCheckIns: boolean) =>
  milestones.filter((m) => seesPatientCheckIns || !m.fromPatientCheckIns);
const view = (categories: ConsentCategory[]) => familyView(phases, categories, forMembers);

describe('what a family member sees within consent', () => {
  it('sees nothing of the patient without a consent, and no notice; their own part stays', () => {
    const seen = view([]);
    expect(seen.sight).toEqual({ disclosed: false, progress: false, patientCheckIns: false });
    expect(seen.progress).toBeNull();
    expect(seen.ownMilestones.map((m) => m.title)).toEqual(['Family sessions']);
  });

  it('sees the phase and the ladder with PROGRESS, but no check-in counts without CHECKINS', () => {
    const seen = view(['PROGRESS']);
    expect(seen.sight.disclosed).toBe(true);
    expect(seen.progress?.ladder).toEqual([
      { position: 1, name: 'Phase 1', status: 'DONE' },
      { position: 2, name: 'Phase 2', status: 'CURRENT' },
      { position: 3, name: 'Phase 3', status: 'LOCKED' },
    ]);
    expect(seen.progress?.currentPhase?.milestones.map((m) => m.title)).toEqual([
      'Visits',
      'Family sessions',
    ]);
  });

  it('sees check-in counts only with CHECKINS', () => {
    expect(view(['PROGRESS', 'CHECKINS']).progress?.currentPhase?.milestones).toHaveLength(3);
  });

  it('discloses nothing on the plan page for other categories: their own pages show them', () => {
    const seen = view(['ATTENDANCE']);
    expect(seen.sight).toEqual({ disclosed: false, progress: false, patientCheckIns: false });
    expect(seen.progress).toBeNull();
  });

  it('reads the sight from the categories alone', () => {
    expect(familySight(['PROGRESS'])).toMatchObject({ disclosed: true, progress: true });
    expect(familySight(['CHECKINS'])).toEqual({
      disclosed: false,
      progress: false,
      patientCheckIns: true,
    });
  });
});
