import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import qrcode from 'qrcode-generator';

/** The modules of a QR code for `text` as one SVG path (one unit a module), and its width in modules. */
export function qrPath(text: string): { size: number; path: string } {
  // Level M: room to spare for a phone camera at an angle, still small for an otpauth:// link.
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}

/** The quiet margin a reader needs around the code, in modules. */
const QUIET = 4;

/**
 * A QR code drawn in the page as SVG, made here in the browser: the key it holds never leaves
 * for another server, and nothing is written with innerHTML.
 */
@Component({
  selector: 'hw-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="viewBox()"
      shape-rendering="crispEdges"
      data-testid="qr-code"
    >
      <rect [attr.x]="-quiet" [attr.y]="-quiet" width="100%" height="100%" fill="#fff" />
      <path [attr.d]="code().path" fill="#000" />
    </svg>
  `,
  styles: `
    :host {
      display: block;
      width: 200px;
      max-width: 100%;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
  `,
})
export class QrCodeComponent {
  readonly text = input.required<string>();
  /** What the picture is, for a screen reader. */
  readonly label = input.required<string>();
  protected readonly quiet = QUIET;
  protected readonly code = computed(() => qrPath(this.text()));
  protected readonly viewBox = computed(() => {
    const side = this.code().size + 2 * QUIET;
    return `${-QUIET} ${-QUIET} ${side} ${side}`;
  });
}
