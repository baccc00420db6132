import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementApi, AgreementMember, Boundary } from '@homeward/web-data-access';
import { ApiAction } from '../api-action';
import { firstName } from './agreement-labels';
import { BoundaryFormComponent } from './boundary-form.component';

/**
 * One boundary: whose it is, what they need and what they will do if it is crossed, who it
 * applies to and who has read it. Those it applies to say "I understand"; its owner can restate it.
 */
@Component({
  selector: 'hw-boundary-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective, BoundaryFormComponent],
  template: `
    <article
      *transloco="let t"
      class="card"
      [id]="'boundary-' + boundary().id"
      tabindex="-1"
      data-testid="boundary"
      [attr.aria-labelledby]="'boundary-title-' + boundary().id"
    >
      <div class="top">
        <span class="chip">{{ t('agreement.category.' + boundary().category) }}</span>
        @if (boundary().visibility === 'STAFF_ONLY') {
          <span class="private">{{ t('agreement.boundaries.privateChip') }}</span>
        }
      </div>
      <h3 [id]="'boundary-title-' + boundary().id">
        {{
          boundary().owner.isMe
            ? t('agreement.boundaries.yours')
            : t('agreement.boundaries.whose', { name: boundary().owner.displayName })
        }}
      </h3>
      <dl>
        <dt>{{ t('agreement.boundaries.need') }}</dt>
        <dd data-testid="boundary-need-text">{{ boundary().need }}</dd>
        <dt>{{ t('agreement.boundaries.ifCrossed') }}</dt>
        <dd data-testid="boundary-if-crossed-text">{{ boundary().ifCrossed }}</dd>
      </dl>
      @if (boundary().visibility === 'STAFF_ONLY') {
        <p class="muted">
          {{
            boundary().owner.isMe
              ? t('agreement.boundaries.staffOnlyMine')
              : t('agreement.boundaries.staffOnly', { name: firstOf(boundary().owner.displayName) })
          }}
        </p>
      }
      <ul class="readers" [attr.aria-label]="t('agreement.boundaries.appliesTo')">
        @for (member of boundary().appliesTo; track member.id) {
          <li data-testid="boundary-reader" [class.read]="hasRead(member)">
            @if (member.isMe) {
              {{
                hasRead(member)
                  ? t('agreement.boundaries.youUnderstood')
                  : t('agreement.boundaries.youNotYet')
              }}
            } @else {
              {{
                hasRead(member)
                  ? t('agreement.boundaries.understood', { name: member.displayName })
                  : t('agreement.boundaries.notYet', { name: member.displayName })
              }}
            }
          </li>
        }
      </ul>
      @if (boundary().versions.length > 1) {
        <p class="muted">
          {{ t('agreement.boundaries.restatedVersion', { version: boundary().currentVersion }) }}
        </p>
      }

      @if (done()) {
        <p class="done" role="status">{{ t(done()) }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert" data-testid="boundary-error">{{ action.error() }}</p>
      }
      @if (mode() === 'member' && boundary().awaitingMyAcknowledgement) {
        <p class="muted">
          {{
            t('agreement.boundaries.acknowledgeHint', {
              name: firstOf(boundary().owner.displayName),
            })
          }}
        </p>
        <div class="actions">
          <button
            mat-flat-button
            type="button"
            [disabled]="action.busy()"
            data-testid="boundary-acknowledge"
            (click)="acknowledge()"
          >
            {{ t('agreement.boundaries.acknowledge') }}
          </button>
        </div>
      }
      @if (mode() === 'member' && boundary().owner.isMe) {
        @if (restating()) {
          <hw-boundary-form
            [planId]="boundary().planId"
            [members]="members()"
            [boundary]="boundary()"
            (saved)="restated()"
            (cancelled)="restating.set(false)"
          />
        } @else {
          <div class="actions">
            <button
              mat-stroked-button
              type="button"
              data-testid="boundary-restate"
              (click)="restating.set(true)"
            >
              {{ t('agreement.boundaries.restate') }}
            </button>
          </div>
        }
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      scroll-margin-top: 96px;
    }
    .card:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 8px;
      align-items: center;
    }
    .chip,
    .private {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font-size: 0.8125rem;
    }
    .private {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    p {
      margin: 0;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 2px;
    }
    dt {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0 0 6px;
      font: var(--mat-sys-body-large);
    }
    .readers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 4px;
      font-size: 0.875rem;
    }
    .readers li::before {
      content: '○ ';
    }
    .readers li.read::before {
      content: '✓ ';
      color: var(--mat-sys-primary);
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 6px 10px;
      border-radius: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class BoundaryCardComponent {
  readonly boundary = input.required<Boundary>();
  /** Everyone active on the plan, for restating whom it applies to. */
  readonly members = input<readonly AgreementMember[]>([]);
  readonly mode = input<'member' | 'staff'>('member');
  readonly changed = output<void>();

  private readonly api = inject(AgreementApi);
  protected readonly action = new ApiAction();
  /** The translation key of what was just done. */
  protected readonly done = signal('');
  protected readonly restating = signal(false);
  private readonly readers = computed(
    () =>
      new Set(
        this.boundary()
          .acknowledgements.filter((a) => a.version === this.boundary().currentVersion)
          .map((a) => a.member.id),
      ),
  );

  protected hasRead(member: { id: string }): boolean {
    return this.readers().has(member.id);
  }

  protected firstOf(name: string): string {
    return firstName(name);
  }

  async acknowledge(): Promise<void> {
    const boundary = this.boundary();
    await this.action.run(
      async () => {
        await this.api.acknowledgeBoundary({
          boundaryId: boundary.id,
          version: boundary.currentVersion,
        });
        this.done.set('agreement.boundaries.acknowledged');
        this.changed.emit();
      },
      (problem) => {
        if (problem.code === 'CONFLICT') this.changed.emit();
      },
    );
  }

  protected restated(): void {
    this.restating.set(false);
    this.done.set('agreement.boundaries.restated');
    this.changed.emit();
  }
}
