import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ShellComponent } from './core/shell.component';

/**
 * The frame (bar, crisis help, language, account) is drawn as soon as the app starts, not after
 * the page's route has asked who is signed in and loaded its code: on a slow phone that is
 * seconds sooner for the crisis lines. The shell holds the router's outlet.
 */
@Component({
  selector: 'hw-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShellComponent],
  template: `<hw-shell />`,
})
export class AppComponent {}
