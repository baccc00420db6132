import { TestBed } from '@angular/core/testing';
import { InvitationFieldsFragment, InvitationsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { InvitationsPage } from './invitations.page';

const invitation = (over: Partial<InvitationFieldsFragment>): InvitationFieldsFragment => ({
  id: 'i-rosa',
  email: 'rosa@example.org',
  displayName: 'Aunt Rosa',
  role: 'FAMILY',
  status: 'PENDING',
  createdAt: '2026-03-01T12:00:00.000Z',
  expiresAt: '2026-03-08T12:00:00.000Z',
  invitedByName: 'Casey Counselor',
  forPlan: false,
  ...over,
});
const rosa = invitation({});
const lena = invitation({ id: 'i-lena', email: 'lena@example.org', forPlan: true });
const avery = invitation({
  id: 'i-avery',
  email: 'avery@harbor.example',
  displayName: null,
  role: 'ADMIN',
  status: 'ACCEPTED',
  invitedByName: null,
});

async function open() {
  const api = {
    list: jest.fn().mockResolvedValue({
      nodes: [rosa, lena, avery],
      pageInfo: { hasNextPage: false, endCursor: null },
    }),
    revoke: jest.fn().mockImplementation(async (id: string) => ({
      ...[rosa, lena, avery].find((i) => i.id === id),
      status: 'REVOKED',
    })),
  };
  const page = await render(InvitationsPage, [{ provide: InvitationsApi, useValue: api }]);
  const card = (email: string) =>
    page.element.querySelector<HTMLElement>(
      `[data-testid="admin-invitation"][data-email="${email}"]`,
    ) as HTMLElement;
  const within = (email: string, id: string) =>
    card(email).querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { ...page, api, card, within };
}

describe('InvitationsPage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('offers to withdraw only a pending invitation that is not for a place on a plan', async () => {
    const { within, card } = await open();
    expect(within(rosa.email, 'admin-invitation-withdraw')).not.toBeNull();
    expect(within(lena.email, 'admin-invitation-withdraw')).toBeNull();
    expect(card(lena.email).textContent).toContain(en.admin.invitations.forPlan);
    expect(within(avery.email, 'admin-invitation-withdraw')).toBeNull();
    expect(within(avery.email, 'admin-invitation-status')?.textContent?.trim()).toBe(
      en.status.ACCEPTED,
    );
    // The first admin's invitation came from setting the program up, not from a person.
    expect(card(avery.email).textContent).toContain(en.admin.invitations.firstAdmin);
    expect(card(rosa.email).textContent).toContain('Invited by Casey Counselor');
  });

  it('withdraws after a second yes, and shows it withdrawn', async () => {
    const { api, click, card, within, byTestId } = await open();
    await click('admin-invitation-withdraw', card(rosa.email));
    expect(api.revoke).not.toHaveBeenCalled();
    expect(card(rosa.email).textContent).toContain(
      'Withdraw the invitation to rosa@example.org? Its link stops working.',
    );
    await click('admin-invitation-confirm', card(rosa.email));
    expect(api.revoke).toHaveBeenCalledWith(rosa.id);
    expect(within(rosa.email, 'admin-invitation-status')?.textContent?.trim()).toBe(
      en.status.REVOKED,
    );
    expect(within(rosa.email, 'admin-invitation-withdraw')).toBeNull();
    expect(byTestId('admin-invitations-done')?.textContent?.trim()).toBe(
      'The invitation to rosa@example.org was withdrawn.',
    );
  });

  it('keeps it when asked to', async () => {
    const { api, click, card, within } = await open();
    await click('admin-invitation-withdraw', card(rosa.email));
    await click('admin-invitation-keep', card(rosa.email));
    expect(api.revoke).not.toHaveBeenCalled();
    expect(within(rosa.email, 'admin-invitation-withdraw')).not.toBeNull();
  });
});
