import { TestBed } from '@angular/core/testing';
import { CopyLinkComponent } from './copy-link.component';

const labels = { copy: 'Copy link', copied: 'Copied', copyByHand: 'Select the link to copy it' };

async function render(url: string) {
  const fixture = TestBed.createComponent(CopyLinkComponent);
  fixture.componentRef.setInput('url', url);
  fixture.componentRef.setInput('labels', labels);
  fixture.componentRef.setInput('testId', 'invite-link');
  await fixture.whenStable();
  return fixture;
}

describe('CopyLinkComponent', () => {
  afterEach(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
  );

  it('copies the link and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const fixture = await render('http://localhost:3000/invite/abc');
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="invite-link"]')?.textContent).toBe(
      'http://localhost:3000/invite/abc',
    );
    element.querySelector<HTMLButtonElement>('[data-testid="invite-link-copy"]')?.click();
    await fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/invite/abc');
    expect(element.textContent).toContain('Copied');
  });

  it('says to select it by hand when there is no clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const fixture = await render('http://localhost:3000/invite/xyz');
    fixture.nativeElement.querySelector('[data-testid="invite-link-copy"]').click();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Select the link to copy it');
  });
});
