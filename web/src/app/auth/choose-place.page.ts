import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore } from '../core/session.store';
import { ApiAction } from '../shared/api-action';

/**
 * `/choose`: a person with several memberships ("Counselor at Hillside", "Family at Lakeview")
 * says where they are. Shown after sign-in and from the account menu; one tap moves them there.
 */
@Component({
  selector: 'hw-choose-place-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('places.title') }}</h1>
          <p class="muted">{{ t('places.intro') }}</p>
          <ul class="places" data-testid="places">
            @for (place of places(); track place.id) {
              <li>
                <button
                  mat-stroked-button
                  type="button"
                  class="place"
                  data-testid="choose-place"
                  [attr.data-role]="place.role"
                  [attr.data-organization]="place.organization.name"
                  [attr.aria-current]="place.current ? 'true' : null"
                  [disabled]="action.busy()"
                  (click)="choose(place.id)"
                >
                  <span class="name">{{
                    t('places.role.' + place.role, { organization: place.organization.name })
                  }}</span>
                  @if (place.current) {
                    <span class="here">{{ t('places.here') }}</span>
                  }
                </button>
              </li>
            }
          </ul>
          @if (action.error()) {
            <p class="error" role="alert" data-testid="places-error">{{ action.error() }}</p>
          }
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .card {
      max-width: 480px;
      margin: 24px auto;
    }
    .places {
      list-style: none;
      padding: 0;
      margin: 16px 0 0;
      display: grid;
      gap: 12px;
    }
    /* A whole row to tap on a phone, with the organization's name never cut off. */
    .place {
      width: 100%;
      min-height: 56px;
      height: auto;
      padding-block: 8px;
      white-space: normal;
      text-align: start;
    }
    .place .name {
      display: block;
      font: var(--mat-sys-title-medium);
    }
    .place .here {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChoosePlacePage {
  private readonly session = inject(SessionStore);
  protected readonly places = computed(() => this.session.me()?.memberships ?? []);
  protected readonly action = new ApiAction();

  protected async choose(membershipId: string): Promise<void> {
    await this.action.run(() => this.session.chooseMembership(membershipId));
  }
}
