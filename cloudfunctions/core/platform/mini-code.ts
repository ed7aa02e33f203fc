/**
 * Mini-program codes (wxacode.getUnlimited): a code that opens a page of the mini-program with a `scene` of at most
 * 32 characters. In WeChat the image is made by the platform; locally there is none, and the page draws the H5 link
 * as a QR code instead (src/components/qr-code).
 */
export interface MiniCode {
  /** The code's PNG, or null where the platform makes none (the local host). */
  unlimited(page: string, scene: string): Promise<Buffer | null>;
}
