import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { timerActions } from '../../cloudfunctions/core/kernel/run-action';

/** The architecture document's table of public functions and actions, read back. */
function documented(): Map<string, string[]> {
  const text = readFileSync(resolve(__dirname, '../../ARCHITECTURE.md'), 'utf8');
  const section = text.split('## Public functions and actions')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([a-z-]+)` \| (.+) \|$/.exec(line);
    if (cells) rows.set(cells[1]!, [...cells[2]!.matchAll(/`([A-Za-z]+)`( \(timer\))?/g)].map((m) => `${m[1]}${m[2] ?? ''}`));
  }
  return rows;
}

describe('ARCHITECTURE.md', () => {
  it('lists exactly the registered functions and actions, with the timer actions marked', () => {
    const expected = new Map(Object.entries(FUNCTIONS).map(([name, fn]) => [name, Object.keys(fn.contract).map((a) => (timerActions(fn).includes(a) ? `${a} (timer)` : a))]));
    expect(documented()).toEqual(expected);
  });
});
