/** 2026-11-25 10:00 in Shanghai: a Wednesday, so working-day rules are easy to reason about. The tests' "now". */
export const TEST_NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
