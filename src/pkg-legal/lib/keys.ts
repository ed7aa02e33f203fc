/** A fresh key per filled form: a double tap or a retry of the same form sends the same key and books once. */
export function newKey(now = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `lg-${now.toString(36)}-${part()}${part()}`;
}
