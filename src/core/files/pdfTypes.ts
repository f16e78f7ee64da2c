/** What the PDF shell hands to core: each page's text pieces and ruling lines, in page units, y upwards. */

/** A run of text: its baseline's left end, its width and font height. */
export interface PdfText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A stroked or filled straight segment (a table border). */
export interface PdfRule {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PdfText[];
  readonly rules: readonly PdfRule[];
}
