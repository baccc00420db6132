import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { isStaff, Role } from '@homeward/domain';
import { CrisisLabels, CrisisResourcesComponent } from '@homeward/web-ui';
import { NotificationBellComponent } from './notification-bell.component';
import { CrisisStore } from './crisis.store';
import { OverlaysHereDirective } from './overlays-here.directive';
import { CHOOSE_PLACE_PAGE, SessionStore } from './session.store';

/** Pages for anyone, signed in or not. */
const PUBLIC_PAGES = /^\/(?:login|forgot-password|invite\/|reset-password\/)/;

/**
 * The frame of every page: name, crisis help (for everyone but staff), language, and once signed
 * in the notification bell and the account (settings, password, sign out).
 */
@Component({
  selector: 'hw-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatToolbarModule,
    MatButtonModule,
    MatMenuModule,
    RouterOutlet,
    RouterLink,
    TranslocoDirective,
    CrisisResourcesComponent,
    NotificationBellComponent,
    OverlaysHereDirective,
  ],
  template: `
    <ng-container *transloco="let t">
      <a class="skip" href="#main">{{ t('app.skipToContent') }}</a>
      <header hwOverlaysHere>
        <mat-toolbar class="bar">
          <a class="brand" routerLink="/">{{ t('app.name') }}</a>
          <span class="spacer"></span>
          <!-- Drawn once the API says who is signed in: staff never see the crisis button come and go. -->
          @if (barReady()) {
            @if (showCrisis() && crisisLabels(); as labels) {
              <hw-crisis-resources [labels]="labels" [resources]="crisis.resources()" />
            }
            @if (session.me()?.role === 'PATIENT') {
              <!-- The safety plan, one tap from every patient page, beside the crisis lines. -->
              <a
                mat-button
                class="safety-plan-link"
                routerLink="/patient/safety-plan"
                data-testid="safety-plan-link"
                >{{ t('safetyPlan.link') }}</a
              >
            }
            <button
              mat-button
              type="button"
              [matMenuTriggerFor]="languages"
              data-testid="language-menu"
            >
              <span class="label">{{ t('language.label') }}:</span>
              {{ t('language.' + activeLang().toUpperCase()) }}
            </button>
            <mat-menu #languages="matMenu">
              <button
                mat-menu-item
                type="button"
                lang="en"
                data-testid="language-en"
                (click)="session.chooseLanguage('en')"
              >
                English
              </button>
              <button
                mat-menu-item
                type="button"
                lang="es"
                data-testid="language-es"
                (click)="session.chooseLanguage('es')"
              >
                Español
              </button>
            </mat-menu>
            @if (session.me(); as me) {
              <!-- Staff who must turn on two-step sign-in reach nothing else yet: no bell, no settings. -->
              @if (!me.totpEnrollmentRequired) {
                <!-- The bell brings Apollo and the live socket: it loads just after the first screen. -->
                @defer (on immediate) {
                  <hw-notification-bell />
                } @placeholder {
                  <span class="bell-space"></span>
                }
              }
              <button
                mat-button
                type="button"
                [matMenuTriggerFor]="account"
                data-testid="account-menu"
              >
                {{ me.displayName }}
              </button>
              <mat-menu #account="matMenu">
                @if (session.hasSeveralPlaces(me)) {
                  <!-- Where the person is now, and one tap to each of their other places. -->
                  <!-- Where the person is now: an item of the menu (so it reads in order), not one to press. -->
                  <button
                    mat-menu-item
                    type="button"
                    class="place-now"
                    disabled
                    data-testid="place-now"
                  >
                    {{ t('places.role.' + me.role, { organization: me.organization.name }) }}
                  </button>
                  @for (place of me.memberships; track place.id) {
                    @if (!place.current) {
                      <button
                        mat-menu-item
                        type="button"
                        data-testid="switch-place"
                        [attr.data-role]="place.role"
                        [attr.data-organization]="place.organization.name"
                        (click)="switchTo(place.id)"
                      >
                        {{
                          t('places.switchTo', {
                            place: t('places.role.' + place.role, {
                              organization: place.organization.name,
                            }),
                          })
                        }}
                      </button>
                    }
                  }
                }
                @if (!me.totpEnrollmentRequired) {
                  <a mat-menu-item routerLink="/settings" data-testid="open-settings">{{
                    t('account.settings')
                  }}</a>
                  <a mat-menu-item routerLink="/account/password" data-testid="change-password">{{
                    t('account.changePassword')
                  }}</a>
                }
                @if (isStaff(me.role)) {
                  <a mat-menu-item routerLink="/account/two-step" data-testid="open-two-step">{{
                    t('account.twoStep')
                  }}</a>
                }
                <button
                  mat-menu-item
                  type="button"
                  data-testid="sign-out"
                  (click)="session.signOut()"
                >
                  {{ t('account.signOut') }}
                </button>
              </mat-menu>
            }
          }
        </mat-toolbar>
      </header>
      <main id="main" tabindex="-1">
        <router-outlet />
      </main>
    </ng-container>
  `,
  styles: `
    header {
      position: sticky;
      top: 0;
      z-index: 10;
    }
    .bar {
      gap: 4px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      flex-wrap: wrap;
      height: auto;
      min-height: 64px;
      padding-block: 4px;
    }
    .bar .mat-mdc-button {
      color: inherit;
    }
    .brand {
      font: var(--mat-sys-title-large);
      color: inherit;
      text-decoration: none;
    }
    .bar button:not(.crisis-button),
    .bar .safety-plan-link {
      color: inherit;
    }
    .spacer {
      flex: 1;
    }
    /* The bell's own size (an icon button), so the bar does not move when it comes. */
    .bell-space {
      display: inline-block;
      width: 40px;
      height: 40px;
    }
    .skip {
      position: absolute;
      left: -999px;
    }
    .skip:focus {
      left: 8px;
      top: 8px;
      z-index: 10;
      background: #fff;
      color: #000;
      padding: 8px;
    }
    .place-now {
      font-weight: 600;
    }
    main:focus {
      outline: none;
    }
    @media (max-width: 480px) {
      .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  protected readonly crisis = inject(CrisisStore);
  private readonly transloco = inject(TranslocoService);
  protected readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  /** Everyone who is not staff, signed in or not, has the crisis lines one tap away. */
  protected readonly showCrisis = computed(() => {
    const me = this.session.me();
    return !me || !isStaff(me.role as Role);
  });
  protected readonly isStaff = (role: string) => isStaff(role as Role);
  private readonly router = inject(Router);

  /** Opened on a page for anyone (sign-in, an invitation, a new password): drawn as for nobody. */
  private readonly openedOnPublicPage = PUBLIC_PAGES.test(inject(DOCUMENT).location.pathname);
  protected readonly barReady = computed(() => this.openedOnPublicPage || this.session.known());

  constructor() {
    // The bar is there before any page: it asks who is signed in itself (the guards share the
    // answer). A page for anyone never asked, and its bar (crisis help first) need not wait.
    if (!this.openedOnPublicPage) void this.session.ensureLoaded();
  }

  /** From the account menu: straight there; a refusal (the place closed meanwhile) opens the chooser. */
  protected async switchTo(membershipId: string): Promise<void> {
    try {
      await this.session.chooseMembership(membershipId);
    } catch {
      await this.router.navigateByUrl(CHOOSE_PLACE_PAGE);
    }
  }
  /** Follows the active language, once its translations have loaded. */
  protected readonly crisisLabels = toSignal(
    this.transloco.selectTranslateObject<CrisisLabels>('crisis'),
    { initialValue: null },
  );
}
