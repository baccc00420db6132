import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgreementApi, HomeContract } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import es from '../../../../public/i18n/es.json';
import { HomeContractComponent } from './home-contract.component';

const ref = (id: string, displayName: string, isMe = false) => ({ id, displayName, isMe });

const contract: HomeContract = {
  planId: 'p1',
  version: 3,
  current: true,
  createdAt: '2026-01-05T10:00:00.000Z',
  redisclosureNotice: 'Protected by federal confidentiality rules (42 CFR part 2).',
  signedByAllActiveMembers: false,
  awaitingMySignature: true,
  expectations: [
    {
      category: 'CONTACT',
      fromName: 'Pat Rivera',
      toName: 'Maria Rivera',
      text: 'A call three evenings a week',
      appliesFromPhase: 2,
    },
  ],
  boundaries: [
    {
      category: 'HOUSEHOLD',
      ownerName: 'Sam Rivera',
      need: 'No alcohol in the house',
      ifCrossed: 'I will end the visit',
      appliesToNames: ['Pat Rivera'],
    },
  ],
  signatures: [
    {
      typedName: 'Pat Rivera',
      signedAt: '2026-01-05T11:00:00.000Z',
      member: ref('pat', 'Pat Rivera'),
    },
  ],
  awaitingSignatureFrom: [ref('maria', 'Maria Rivera', true), ref('sam', 'Sam Rivera')],
};

async function render(value: HomeContract | null) {
  const bytes = new Uint8Array([37, 80, 68, 70]);
  const api = {
    sign: jest.fn().mockResolvedValue(value),
    contractPdf: jest.fn().mockResolvedValue(bytes),
  };
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [{ provide: AgreementApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(HomeContractComponent);
  fixture.componentRef.setInput('contract', value);
  fixture.componentRef.setInput('myName', 'Maria Rivera');
  fixture.componentRef.setInput('phases', [
    { position: 1, name: 'Reconnect' },
    { position: 2, name: 'Supervised visits' },
  ]);
  const changed = jest.fn();
  fixture.componentInstance.changed.subscribe(changed);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const all = (id: string) =>
    [...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].map((e) =>
      e.textContent?.trim(),
    );
  return { element, byTestId, all, settle, api, changed, bytes };
}

describe('HomeContractComponent', () => {
  it('shows what is in it, with the phase named, who signed and who has not yet', async () => {
    const { byTestId, all } = await render(contract);
    expect(byTestId('contract-version')?.textContent?.trim()).toBe('Version 3');
    expect(byTestId('contract-expectations')?.textContent).toContain(
      'From phase 2: Supervised visits',
    );
    expect(byTestId('contract-boundaries')?.textContent).toContain('Applies to Pat Rivera');
    expect(all('contract-signed')[0]).toContain('Pat Rivera');
    expect(all('contract-awaiting')).toEqual([
      'You have not signed this version yet',
      'Sam Rivera has not signed this version yet',
    ]);
  });

  it('signs the version read with the name typed, and asks for it when empty', async () => {
    const { byTestId, settle, api, changed } = await render(contract);
    byTestId<HTMLButtonElement>('contract-sign')?.click();
    await settle();
    expect(api.sign).not.toHaveBeenCalled();
    expect(byTestId('contract-error')?.textContent?.trim()).toBe('Type your full name to sign.');

    const field = byTestId<HTMLInputElement>('contract-signature');
    if (!field) throw new Error('no signature field');
    field.value = '  Maria Rivera ';
    field.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('contract-sign')?.click();
    await settle();
    expect(api.sign).toHaveBeenCalledWith({ planId: 'p1', version: 3, typedName: 'Maria Rivera' });
    expect(changed).toHaveBeenCalled();
  });

  it('downloads the PDF of this version as home-contract-v3.pdf', async () => {
    const createObjectURL = jest.fn().mockReturnValue('blob:contract');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: { download: string; href: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const { byTestId, settle, api } = await render(contract);
    byTestId<HTMLButtonElement>('contract-download')?.click();
    await settle();
    expect(api.contractPdf).toHaveBeenCalledWith({ planId: 'p1', version: 3 });
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(4);
    expect(clicked).toEqual([{ download: 'home-contract-v3.pdf', href: 'blob:contract' }]);
    click.mockRestore();
  });

  it('says kindly that there is no contract until something is agreed', async () => {
    const { byTestId } = await render(null);
    expect(byTestId('contract-none')?.textContent?.trim()).toBe(en.agreement.contract.none);
  });
});
