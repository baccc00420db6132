import { TestBed } from '@angular/core/testing';
import { MeFieldsFragment, PeopleApi, Person } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { SessionStore } from '../../core/session.store';
import { render } from '../../testing/render';
import { PeoplePage } from './people.page';

const person = (over: Partial<Person>): Person => ({
  id: 'm-casey',
  displayName: 'Casey Counselor',
  email: 'casey@harbor.example',
  role: 'COUNSELOR',
  status: 'ACTIVE',
  joinedAt: '2026-03-01T12:00:00.000Z',
  ...over,
});
const avery = person({
  id: 'm-avery',
  displayName: 'Avery Admin',
  email: 'avery@harbor.example',
  role: 'ADMIN',
});
const casey = person({});
const pat = person({
  id: 'm-pat',
  displayName: 'Pat Rivera',
  email: 'pat@harbor.example',
  role: 'PATIENT',
  status: 'DISABLED',
});

async function open(role: MeFieldsFragment['role'] = 'ADMIN', firstPage?: object) {
  const api = {
    list: jest.fn().mockResolvedValue({
      nodes: [avery, casey, pat],
      pageInfo: { hasNextPage: false, endCursor: null },
    }),
    disable: jest.fn().mockImplementation(async (id: string) => ({
      ...[avery, casey, pat].find((p) => p.id === id),
      status: 'DISABLED',
    })),
    enable: jest.fn().mockImplementation(async (id: string) => ({
      ...[avery, casey, pat].find((p) => p.id === id),
      status: 'ACTIVE',
    })),
  };
  if (firstPage) api.list.mockResolvedValueOnce(firstPage);
  const me = { email: avery.email, role, organization: { id: 'o1', name: 'Harbor House' } };
  const page = await render(PeoplePage, [
    { provide: PeopleApi, useValue: api },
    { provide: SessionStore, useValue: { me: () => me } },
  ]);
  const card = (email: string) =>
    page.element.querySelector<HTMLElement>(`[data-testid="admin-person"][data-email="${email}"]`);
  const within = (email: string, id: string) =>
    card(email)?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null;
  return { ...page, api, card, within };
}

describe('PeoplePage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('lists everyone with their role and whether they can sign in, and never offers to pause oneself', async () => {
    const { allByTestId, within, element } = await open();
    expect(allByTestId('admin-person')).toHaveLength(3);
    expect(element.textContent).toContain('Harbor House');
    expect(within(pat.email, 'admin-person-status')?.textContent?.trim()).toBe(en.status.DISABLED);
    expect(within(casey.email, 'admin-person-pause')).not.toBeNull();
    expect(within(pat.email, 'admin-person-restore')).not.toBeNull();
    expect(within(avery.email, 'admin-person-pause')).toBeNull();
    expect(within(avery.email, 'admin-person-restore')).toBeNull();
  });

  it('pauses access only after a second yes, and says so', async () => {
    const { api, click, card, within, byTestId } = await open();
    await click('admin-person-pause', card(casey.email) as HTMLElement);
    expect(api.disable).not.toHaveBeenCalled();
    expect(card(casey.email)?.textContent).toContain("Pause Casey Counselor's access?");

    await click('admin-person-keep', card(casey.email) as HTMLElement);
    expect(api.disable).not.toHaveBeenCalled();
    expect(within(casey.email, 'admin-person-confirm-pause')).toBeNull();

    await click('admin-person-pause', card(casey.email) as HTMLElement);
    await click('admin-person-confirm-pause', card(casey.email) as HTMLElement);
    expect(api.disable).toHaveBeenCalledWith(casey.id);
    expect(within(casey.email, 'admin-person-status')?.textContent?.trim()).toBe(
      en.status.DISABLED,
    );
    expect(byTestId('admin-people-done')?.textContent?.trim()).toBe(
      "Casey Counselor's access is paused.",
    );
    expect(within(casey.email, 'admin-person-restore')).not.toBeNull();
  });

  it('restores access at once', async () => {
    const { api, click, card, within, byTestId } = await open();
    await click('admin-person-restore', card(pat.email) as HTMLElement);
    expect(api.enable).toHaveBeenCalledWith(pat.id);
    expect(within(pat.email, 'admin-person-status')?.textContent?.trim()).toBe(en.status.ACTIVE);
    expect(byTestId('admin-people-done')?.textContent?.trim()).toBe(
      'Pat Rivera can sign in again.',
    );
  });

  it('shows the API’s refusal in words', async () => {
    const { api, click, card, byTestId } = await open();
    api.disable.mockRejectedValueOnce(new Error('offline'));
    await click('admin-person-pause', card(casey.email) as HTMLElement);
    await click('admin-person-confirm-pause', card(casey.email) as HTMLElement);
    expect(byTestId('admin-people-error')?.textContent?.trim()).toBe(en.common.tryAgain);
    expect(byTestId('admin-people-done')).toBeNull();
  });

  it('shows counselors the list without the buttons', async () => {
    const { allByTestId, element } = await open('COUNSELOR');
    expect(allByTestId('admin-person')).toHaveLength(3);
    expect(element.querySelector('button')).toBeNull();
  });

  it('shows more when the program has more people than a page', async () => {
    const { api, click, allByTestId, byTestId } = await open('ADMIN', {
      nodes: [avery, casey],
      pageInfo: { hasNextPage: true, endCursor: 'after-casey' },
    });
    expect(api.list).toHaveBeenCalledWith(50, undefined);
    expect(allByTestId('admin-person')).toHaveLength(2);
    api.list.mockResolvedValueOnce({
      nodes: [pat],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    await click('admin-people-more');
    expect(api.list).toHaveBeenLastCalledWith(50, 'after-casey');
    expect(allByTestId('admin-person').map((card) => card.dataset['email'])).toEqual([
      avery.email,
      casey.email,
      pat.email,
    ]);
    expect(byTestId('admin-people-more')).toBeNull();
  });
});
