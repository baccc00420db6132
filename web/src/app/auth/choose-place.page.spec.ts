import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MeFieldsFragment } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { SessionStore } from '../core/session.store';
import { ChoosePlacePage } from './choose-place.page';

const hillside = { id: 'o1', name: 'Hillside' };
const casey = {
  id: 'u1',
  role: 'COUNSELOR',
  organization: hillside,
  membershipId: 'ms-counselor',
  memberships: [
    { id: 'ms-admin', role: 'ADMIN', current: false, organization: hillside },
    { id: 'ms-counselor', role: 'COUNSELOR', current: true, organization: hillside },
    {
      id: 'ms-family',
      role: 'FAMILY',
      current: false,
      organization: { id: 'o2', name: 'Lakeview' },
    },
  ],
} as unknown as MeFieldsFragment;

async function render(lang: 'en' | 'es', chooseMembership: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: lang },
      }),
    ],
    providers: [{ provide: SessionStore, useValue: { me: signal(casey), chooseMembership } }],
  });
  const fixture = TestBed.createComponent(ChoosePlacePage);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const places = () =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('[data-testid="choose-place"]'));
  return { fixture, element, places };
}

describe('ChoosePlacePage', () => {
  it("names each place by role and the organization's name, and marks where the person is", async () => {
    const { places } = await render('en', jest.fn());
    expect(places().map((p) => p.querySelector('.name')?.textContent?.trim())).toEqual([
      'Admin at Hillside',
      'Counselor at Hillside',
      'Family at Lakeview',
    ]);
    expect(places().map((p) => p.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    expect(places()[1].textContent).toContain('You are here now');
  });

  it('speaks Spanish', async () => {
    const { element, places } = await render('es', jest.fn());
    expect(element.querySelector('h1')?.textContent).toBe('¿Dónde estás hoy?');
    expect(places()[2].querySelector('.name')?.textContent?.trim()).toBe('Familia en Lakeview');
  });

  it('moves the person to the place they tap, and says kindly when it is not open to them', async () => {
    const chooseMembership = jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('offline'));
    const { fixture, element, places } = await render('en', chooseMembership);
    places()[0].click();
    await fixture.whenStable();
    expect(chooseMembership).toHaveBeenCalledWith('ms-admin');
    expect(element.querySelector('[data-testid="places-error"]')).toBeNull();
    places()[2].click();
    await fixture.whenStable();
    expect(chooseMembership).toHaveBeenLastCalledWith('ms-family');
    expect(element.querySelector('[data-testid="places-error"]')?.textContent).toBeTruthy();
  });
});
