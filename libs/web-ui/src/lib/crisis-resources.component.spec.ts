import { TestBed } from '@angular/core/testing';
import { CrisisLabels, CrisisResourcesComponent } from './crisis-resources.component';

const labels: CrisisLabels = {
  button: 'Need help now?', title: 'Help, any time', intro: 'Free and confidential.', call988: 'Call 988',
  text988: 'Text 988', chat988: 'Chat with 988', samhsa: 'SAMHSA helpline', close: 'Close',
};

describe('CrisisResourcesComponent', () => {
  it('opens the lines to call, text and chat with one tap', async () => {
    const fixture = TestBed.createComponent(CrisisResourcesComponent);
    fixture.componentRef.setInput('labels', labels);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="crisis-panel"]')).toBeNull();

    element.querySelector<HTMLButtonElement>('[data-testid="crisis-button"]')?.click();
    await fixture.whenStable();
    const hrefs = [...element.querySelectorAll('[data-testid="crisis-panel"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:18006624357']);
  });
});
