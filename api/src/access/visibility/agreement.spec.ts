import {
  AgreementViewer,
  agreementViewerOf,
  BoundaryStatement,
  seesBoundary,
  seesExpectation,
  visibleBoundaryVersions,
} from './agreement';
import type { PlanRelation } from '../access.service';

const patient: AgreementViewer = { memberId: 'patient', isStaff: false };
const mother: AgreementViewer = { memberId: 'mother', isStaff: false };
const partner: AgreementViewer = { memberId: 'partner', isStaff: false };
const counselor: AgreementViewer = { memberId: null, isStaff: true };

const relation = (overrides: Partial<PlanRelation>): PlanRelation => ({
  planId: 'plan',
  status: 'ACTIVE',
  isAdmin: false,
  isCounselorOfPlan: false,
  isPatient: false,
  familyMemberId: null,
  memberId: null,
  ...overrides,
});

const statement = (
  version: number,
  visibility: BoundaryStatement['visibility'],
  appliesToMemberIds = ['patient'],
): BoundaryStatement => ({ version, visibility, appliesToMemberIds });

/** The mother's boundary, for the patient. */
const boundary = (...versions: BoundaryStatement[]) => ({
  ownerMemberId: 'mother',
  currentVersion: versions.length,
  versions,
});

describe('who sees what of an agreement', () => {
  it('reads the viewer from how they stand to the plan: staff are admins and the plan’s counselors', () => {
    expect(agreementViewerOf(relation({ isAdmin: true }))).toEqual(counselor);
    expect(agreementViewerOf(relation({ isCounselorOfPlan: true }))).toEqual(counselor);
    expect(agreementViewerOf(relation({ isPatient: true, memberId: 'patient' }))).toEqual(patient);
    expect(agreementViewerOf(relation({}))).toEqual({ memberId: null, isStaff: false });
  });

  it('shows an expectation to its two parties and to staff, and to nobody else on the plan', () => {
    const between = { fromMemberId: 'patient', toMemberId: 'mother' };
    expect(seesExpectation(patient, between)).toBe(true);
    expect(seesExpectation(mother, between)).toBe(true);
    expect(seesExpectation(counselor, between)).toBe(true);
    expect(seesExpectation(partner, between)).toBe(false);
    expect(seesExpectation({ memberId: null, isStaff: false }, between)).toBe(false);
  });

  it('shows a boundary shared with the plan to its owner, the people it applies to and staff', () => {
    const shared = boundary(statement(1, 'PLAN'));
    expect(seesBoundary(mother, shared)).toBe(true);
    expect(seesBoundary(patient, shared)).toBe(true);
    expect(seesBoundary(counselor, shared)).toBe(true);
    expect(seesBoundary(partner, shared)).toBe(false);
  });

  it('keeps a staff-only boundary with its owner and staff while a counselor coaches them', () => {
    const coached = boundary(statement(1, 'STAFF_ONLY'));
    expect(seesBoundary(mother, coached)).toBe(true);
    expect(seesBoundary(counselor, coached)).toBe(true);
    expect(seesBoundary(patient, coached)).toBe(false);
  });

  it('goes by the current version: a boundary restated as staff-only is no longer shown to the people it applied to', () => {
    expect(seesBoundary(patient, boundary(statement(1, 'PLAN'), statement(2, 'STAFF_ONLY')))).toBe(
      false,
    );
    expect(seesBoundary(patient, boundary(statement(1, 'STAFF_ONLY'), statement(2, 'PLAN')))).toBe(
      true,
    );
    expect(seesBoundary(patient, { ...boundary(statement(1, 'PLAN')), currentVersion: 3 })).toBe(
      false,
    );
  });

  it('shows earlier versions only as far as they were shared with the reader', () => {
    const restated = boundary(
      statement(1, 'STAFF_ONLY'),
      statement(2, 'PLAN'),
      statement(3, 'PLAN', ['partner']),
    );
    const versions = (viewer: AgreementViewer) =>
      visibleBoundaryVersions(viewer, restated).map((v) => v.version);
    expect(versions(counselor)).toEqual([1, 2, 3]);
    expect(versions(mother)).toEqual([1, 2, 3]);
    expect(versions(patient)).toEqual([2]);
    expect(versions(partner)).toEqual([3]);
  });
});
