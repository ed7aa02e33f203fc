/** A fresh idempotency key per filled form: a double tap or a retry of the same form sends the same key. */
export const newKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
