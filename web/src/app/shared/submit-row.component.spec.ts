import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { ApiErrors, ApiAction } from './api-action';
import { SubmitRowComponent } from './submit-row.component';

@Component({
  imports: [FormsModule, SubmitRowComponent],
  template: `
    <form (ngSubmit)="sent.set(sent() + 1)">
      <hw-submit-row [action]="action" testId="send" errorTestId="send-error" [blocked]="blocked()">
        Send
        <button beside type="button" data-testid="cancel">Cancel</button>
      </hw-submit-row>
    </form>
  `,
})
class FormHost {
  readonly action = new ApiAction();
  readonly blocked = signal(false);
  readonly sent = signal(0);
}

async function host() {
  TestBed.configureTestingModule({
    providers: [{ provide: ApiErrors, useValue: { read: () => ({}), messageOf: () => 'Not now' } }],
  });
  const fixture = TestBed.createComponent(FormHost);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const send = element.querySelector<HTMLButtonElement>('[data-testid="send"]')!;
  return { fixture, element, send, form: fixture.componentInstance };
}

describe('SubmitRowComponent', () => {
  it('submits the form it stands in, with the cancel button beside it and outside the label', async () => {
    const { element, send, form, fixture } = await host();
    send.click();
    await fixture.whenStable();
    expect(form.sent()).toBe(1);
    expect(send.textContent?.trim()).toBe('Send');
    expect(element.querySelector('.actions [data-testid="cancel"]')).not.toBeNull();
  });

  it('waits while the action runs or the form is not ready, and shows the refusal', async () => {
    const { element, send, form, fixture } = await host();
    form.blocked.set(true);
    await fixture.whenStable();
    expect(send.disabled).toBe(true);
    form.blocked.set(false);
    let finish!: () => void;
    const running = form.action.run(
      () => new Promise<void>((resolve, reject) => (finish = () => reject(new Error('no')))),
    );
    await fixture.whenStable();
    expect(send.disabled).toBe(true);
    finish();
    await running;
    await fixture.whenStable();
    expect(send.disabled).toBe(false);
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Not now');
    expect(element.querySelector('[role="alert"]')?.getAttribute('data-testid')).toBe('send-error');
  });
});
