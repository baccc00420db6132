import { boundaryVisibleTo, BoundaryVisibility } from '@homeward/domain';
import type { PlanRelation } from '../access.service';

/** Who reads an agreement: their own place on the plan (patient or family), or staff. */
export interface AgreementViewer {
  memberId: string | null;
  isStaff: boolean;
}

export const agreementViewerOf = (relation: PlanRelation): AgreementViewer => ({
  memberId: relation.memberId,
  isStaff: relation.isAdmin || relation.isCounselorOfPlan,
});

/** An expectation is between its two parties: they and staff see it, nobody else on the plan. */
export function seesExpectation(
  viewer: AgreementViewer,
  expectation: { fromMemberId: string; toMemberId: string },
): boolean {
  return (
    viewer.isStaff ||
    (viewer.memberId !== null &&
      (expectation.fromMemberId === viewer.memberId || expectation.toMemberId === viewer.memberId))
  );
}

/** One statement of a boundary, as far as who may read it goes. */
export interface BoundaryStatement {
  version: number;
  appliesToMemberIds: readonly string[];
  visibility: BoundaryVisibility;
}

/**
 * A boundary as its current version shares it: its owner and staff always; the people it
 * applies to once it is shared with the plan (a staff-only one stays with its owner and staff).
 */
export function seesBoundary(
  viewer: AgreementViewer,
  boundary: {
    ownerMemberId: string;
    currentVersion: number;
    versions: readonly BoundaryStatement[];
  },
): boolean {
  const current = boundary.versions.find((v) => v.version === boundary.currentVersion);
  return !!current && seesStatement(viewer, boundary.ownerMemberId, current);
}

/**
 * The versions of a boundary this reader may see: earlier ones only as far as they were shared
 * with them (a coached, staff-only draft stays with its owner and staff).
 */
export function visibleBoundaryVersions<V extends BoundaryStatement>(
  viewer: AgreementViewer,
  boundary: { ownerMemberId: string; versions: readonly V[] },
): V[] {
  return boundary.versions.filter((v) => seesStatement(viewer, boundary.ownerMemberId, v));
}

function seesStatement(
  viewer: AgreementViewer,
  ownerMemberId: string,
  statement: BoundaryStatement,
): boolean {
  return boundaryVisibleTo(
    {
      ownerMemberId,
      appliesToMemberIds: statement.appliesToMemberIds,
      visibility: statement.visibility,
    },
    viewer,
  );
}
