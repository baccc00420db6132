import { TestBed } from '@angular/core/testing';
import { CrisisLabels, CrisisResourcesComponent } from './crisis-resources.component';

const labels: CrisisLabels = {
  button: 'Need help now?',
  title: 'Help, any time',
  intro: 'Free and confidential.',
  close: 'Close',
};

async function render() {
  const fixture = TestBed.createComponent(CrisisResourcesComponent);
  fixture.componentRef.setInput('labels', labels);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const button = element.querySelector<HTMLButtonElement>('[data-testid="crisis-button"]');
  const panel = () => element.querySelector<HTMLElement>('[data-testid="crisis-panel"]');
  return { fixture, element, button, panel };
}

describe('CrisisResourcesComponent', () => {
  it('opens the lines to call, text and chat with one tap', async () => {
    const { fixture, button, panel } = await render();
    expect(button?.textContent?.trim()).toBe('Need help now?');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(panel()).toBeNull();

    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const links = [...(panel()?.querySelectorAll('a') ?? [])].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Call 988 (Suicide & Crisis Lifeline)', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Chat with 988 online', 'https://988lifeline.org/chat/'],
      ['SAMHSA Helpline 1-800-662-4357', 'tel:18006624357'],
    ]);
    expect(panel()?.getAttribute('aria-label')).toBe('Help, any time');
  });

  it("shows the program's own lines, each opening what its kind says", async () => {
    const fixture = TestBed.createComponent(CrisisResourcesComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('resources', [
      { label: 'Harbor line', kind: 'CALL', value: '+1 (555) 010-2000' },
      { label: 'Text Harbor', kind: 'TEXT', value: '555-010-2001' },
      { label: 'Harbor guide', kind: 'WEB', value: 'https://harbor.example.org/help' },
    ]);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    element.querySelector<HTMLButtonElement>('[data-testid="crisis-button"]')?.click();
    await fixture.whenStable();
    const links = [...element.querySelectorAll('[data-testid="crisis-panel"] a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
      a.getAttribute('target'),
    ]);
    expect(links).toEqual([
      ['Harbor line', 'tel:+15550102000', null],
      ['Text Harbor', 'sms:5550102001', null],
      ['Harbor guide', 'https://harbor.example.org/help', '_blank'],
    ]);
  });

  it('closes with its Close button or the Escape key', async () => {
    const { fixture, element, button, panel } = await render();
    button?.click();
    await fixture.whenStable();
    [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')?.click();
    await fixture.whenStable();
    expect(panel()).toBeNull();

    button?.click();
    await fixture.whenStable();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(panel()).toBeNull();
  });
});
