import { TestBed } from '@angular/core/testing';
import {
  CommunicationHintLabels,
  CommunicationHintsComponent,
} from './communication-hints.component';

const labels: CommunicationHintLabels = {
  title: 'Only you see this',
  wrote: 'You wrote',
  stillSend: 'You can still send it as it is.',
  kinds: {
    ABSOLUTES: {
      why: 'Always and never can feel like a verdict.',
      example: "Try: 'I felt hurt on Sunday.'",
    },
    BLAME: { why: 'Fault makes listening hard.', example: "Try: 'I feel worried when…'" },
    ADVICE: { why: 'Should can land as pressure.', example: "Try: 'It would help me if…'" },
    SHOUTING: { why: 'Capitals read as shouting.', example: "Try: 'This matters a lot to me.'" },
  },
};

async function render(text: string, language: 'EN' | 'ES' = 'EN') {
  const fixture = TestBed.createComponent(CommunicationHintsComponent);
  fixture.componentRef.setInput('labels', labels);
  fixture.componentRef.setInput('language', language);
  fixture.componentRef.setInput('text', text);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const hint = (kind: string) =>
    element.querySelector<HTMLElement>(`[data-testid="communication-hints-${kind}"]`);
  const type = async (next: string) => {
    fixture.componentRef.setInput('text', next);
    await fixture.whenStable();
  };
  return { element, hint, type };
}

describe('CommunicationHintsComponent', () => {
  it('suggests an I-statement for "you never", quoting the words that raised it', async () => {
    const { element, hint } = await render('You never call me');
    expect(hint('ABSOLUTES')?.querySelector('q')?.textContent).toBe('You never');
    expect(hint('ABSOLUTES')?.textContent).toContain("Try: 'I felt hurt on Sunday.'");
    expect(element.textContent).toContain('You can still send it as it is.');
    expect(hint('BLAME')).toBeNull();
  });

  it('shows nothing for kind words, and follows the text as it is typed', async () => {
    const { element, hint, type } = await render('I feel worried when I do not hear from you.');
    expect(element.querySelector('[data-testid="communication-hints"]')).toBeNull();
    await type('You should call. YOU NEVER DO!!!');
    expect(hint('ADVICE')).not.toBeNull();
    expect(hint('SHOUTING')).not.toBeNull();
    await type('I would like a call on Sundays.');
    expect(element.querySelector('[data-testid="communication-hints"]')).toBeNull();
  });

  it("uses the writer's language for the rules", async () => {
    const { hint, type } = await render('Nunca me llamas', 'ES');
    expect(hint('ABSOLUTES')?.querySelector('q')?.textContent).toBe('Nunca me llamas');
    await type('Tienes que venir');
    expect(hint('ADVICE')).not.toBeNull();
  });

  it('keeps a polite live region in place, so a new hint is announced without moving focus', async () => {
    const { element } = await render('');
    expect(element.querySelector('[role="status"]')).not.toBeNull();
  });
});
