import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { isStaff, Role } from '@homeward/domain';
import { CrisisLabels, CrisisResourcesComponent } from '@homeward/web-ui';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { SessionStore } from './session.store';

const CRISIS_KEYS = ['button', 'title', 'intro', 'call988', 'text988', 'chat988', 'samhsa', 'close'] as const;

/** The frame of every page: name, crisis help (for everyone but staff), language and account. */
@Component({
  selector: 'hw-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatToolbarModule, MatButtonModule, MatMenuModule, MatIconModule, RouterOutlet, RouterLink, TranslocoDirective, CrisisResourcesComponent],
  template: `
    <ng-container *transloco="let t">
      <a class="skip" href="#main">{{ t('app.skipToContent') }}</a>
      <header>
        <mat-toolbar class="bar">
          <a class="brand" routerLink="/">{{ t('app.name') }}</a>
          <span class="spacer"></span>
          @if (showCrisis()) {
            <hw-crisis-resources [labels]="crisisLabels()" />
          }
          <button mat-button type="button" [matMenuTriggerFor]="languages" data-testid="language-menu">
            {{ t('language.' + activeLang().toUpperCase()) }}
          </button>
          <mat-menu #languages="matMenu">
            <button mat-menu-item type="button" lang="en" (click)="session.chooseLanguage('en')">English</button>
            <button mat-menu-item type="button" lang="es" (click)="session.chooseLanguage('es')">Español</button>
          </mat-menu>
          @if (session.me(); as me) {
            <button mat-button type="button" [matMenuTriggerFor]="account" data-testid="account-menu" [attr.aria-label]="t('account.menu')">
              {{ me.displayName }}
            </button>
            <mat-menu #account="matMenu">
              <a mat-menu-item routerLink="/account/password">{{ t('account.changePassword') }}</a>
              <button mat-menu-item type="button" data-testid="sign-out" (click)="session.signOut()">{{ t('account.signOut') }}</button>
            </mat-menu>
          }
        </mat-toolbar>
      </header>
      <main id="main" tabindex="-1">
        <router-outlet />
      </main>
    </ng-container>
  `,
  styles: `
    .bar { gap: 4px; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); flex-wrap: wrap; height: auto; min-height: 64px; }
    .brand { font: var(--mat-sys-title-large); color: inherit; text-decoration: none; }
    .spacer { flex: 1; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 8px; top: 8px; z-index: 10; background: #fff; padding: 8px; }
    main:focus { outline: none; }
  `,
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);
  protected readonly activeLang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly showCrisis = computed(() => {
    const me = this.session.me();
    return !me || !isStaff(me.role as Role);
  });
  private readonly translationsLoaded = toSignal(this.transloco.events$.pipe(map((event) => event)), { initialValue: null });
  protected readonly crisisLabels = computed((): CrisisLabels => {
    this.activeLang();
    this.translationsLoaded();
    return Object.fromEntries(CRISIS_KEYS.map((key) => [key, this.transloco.translate(`crisis.${key}`)])) as unknown as CrisisLabels;
  });
}
