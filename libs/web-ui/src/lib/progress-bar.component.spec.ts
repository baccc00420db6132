import { TestBed } from '@angular/core/testing';
import { ProgressBarComponent } from './progress-bar.component';

async function render(value: number, max: number) {
  const fixture = TestBed.createComponent(ProgressBarComponent);
  fixture.componentRef.setInput('value', value);
  fixture.componentRef.setInput('max', max);
  fixture.componentRef.setInput('label', 'Check-ins: 3 in 7 days');
  fixture.componentRef.setInput('text', `${Math.min(value, max)} of ${max}`);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    bar: element.querySelector('[role="progressbar"]') as HTMLElement,
    fill: element.querySelector('.fill') as HTMLElement,
  };
}

describe('ProgressBarComponent', () => {
  it('is a named progressbar whose value and width follow the progress', async () => {
    const { bar, fill } = await render(2, 3);
    expect(bar.getAttribute('aria-label')).toBe('Check-ins: 3 in 7 days');
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    expect(bar.getAttribute('aria-valuetext')).toBe('2 of 3');
    expect(fill.style.width).toBe('67%');
    expect(fill.classList).not.toContain('full');
  });

  it('never runs past full', async () => {
    const { bar, fill } = await render(5, 3);
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(fill.style.width).toBe('100%');
    expect(fill.classList).toContain('full');
  });
});
