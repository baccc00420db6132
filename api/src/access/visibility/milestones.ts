import { measuredFromFamilyCheckIns, MilestoneMeasure, MilestoneParty } from '@homeward/domain';

/** What a reader sees of a milestone: its progress and status. */
export interface MilestoneSeen {
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
  status: string;
  progress: number;
  target: number | null;
}

/**
 * What a patient or family member may read of milestone progress: a count made from family
 * members' own check-ins (private to each of them and staff), or from the patient's check-ins
 * when the reader may not see those, shows only as achieved or not yet — never the count.
 */
export function milestonesForMembers<T extends MilestoneSeen>(
  milestones: T[],
  patientCheckInsVisible: boolean,
): T[] {
  return milestones.map((m) => {
    const hidden =
      measuredFromFamilyCheckIns(m) ||
      (!patientCheckInsVisible &&
        m.party === 'PATIENT' &&
        (m.measure === 'CHECK_IN_DAYS' || m.measure === 'SCHEDULED_CHECK_INS'));
    if (!hidden) return m;
    return m.status === 'ACHIEVED'
      ? { ...m, progress: m.target ?? 1 }
      : { ...m, progress: 0, status: 'NOT_STARTED' };
  });
}
