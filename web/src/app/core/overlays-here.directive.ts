import { Directive, ElementRef, Injectable, inject } from '@angular/core';
import { OverlayContainer } from '@angular/cdk/overlay';

/** Keeps the overlays of what is inside one element (its menus) inside that element. */
@Injectable()
export class LandmarkOverlayContainer extends OverlayContainer {
  private readonly landmark: HTMLElement = inject(ElementRef).nativeElement;

  protected override _createContainer(): void {
    super._createContainer();
    if (this._containerElement) this.landmark.appendChild(this._containerElement);
  }
}

/**
 * Menus opened from inside this element open inside it too: the top bar's menus (notifications,
 * language, account) then stay within its banner landmark for screen reader users, rather than
 * loose at the end of the page (axe's "region" rule). Pages elsewhere keep the usual container.
 */
@Directive({
  selector: '[hwOverlaysHere]',
  providers: [{ provide: OverlayContainer, useClass: LandmarkOverlayContainer }],
})
export class OverlaysHereDirective {}
