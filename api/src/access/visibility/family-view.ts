import { ConsentCategory } from '@homeward/domain';
import { MilestonesForMembers, phasesForMembers } from './plan-history';

/** What a family member may see of the patient's plan, from the categories consented right now. */
export interface FamilySight {
  /**
   * Something consented is shown on the plan page, so the §2.32 notice goes with it (and it is a
   * disclosure naming what was shown): only the progress is; check-in counts show within it.
   */
  disclosed: boolean;
  /** The patient's phase and ladder (PROGRESS). */
  progress: boolean;
  /** Milestone counts made from the patient's check-ins (CHECKINS). */
  patientCheckIns: boolean;
}

export function familySight(categories: readonly ConsentCategory[]): FamilySight {
  return {
    disclosed: categories.includes('PROGRESS'),
    progress: categories.includes('PROGRESS'),
    patientCheckIns: categories.includes('CHECKINS'),
  };
}

/** A phase as the family view needs it. */
interface FamilyPhase<M> {
  position: number;
  name: string;
  status: string;
  milestones: M[];
}

export interface FamilyView<M, P extends FamilyPhase<M>> {
  sight: FamilySight;
  /** The patient's progress, only within a PROGRESS consent; null otherwise. */
  progress: {
    currentPhase: P | null;
    ladder: { position: number; name: string; status: P['status'] }[];
  } | null;
  /** The family's own milestones of the current phase: their own part, always theirs to see. */
  ownMilestones: M[];
}

/**
 * The plan as a family member sees it within consent (read fresh on every request, so a
 * revocation counts at once): progress only with PROGRESS, check-in counts only with CHECKINS
 * (family members' own never), and always the family's own part of the current phase.
 */
export function familyView<M extends { party: string }, P extends FamilyPhase<M>>(
  phases: P[],
  categories: readonly ConsentCategory[],
  forMembers: MilestonesForMembers<M>,
): FamilyView<M, P> {
  const sight = familySight(categories);
  const visible = phasesForMembers(phases, sight.patientCheckIns, forMembers);
  const current = visible.find((p) => p.status === 'CURRENT') ?? null;
  return {
    sight,
    progress: sight.progress
      ? {
          currentPhase: current,
          ladder: visible.map((p) => ({ position: p.position, name: p.name, status: p.status })),
        }
      : null,
    ownMilestones: (current?.milestones ?? []).filter((m) => m.party === 'FAMILY'),
  };
}
