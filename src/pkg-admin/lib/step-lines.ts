/** One step as the step editor shows it. */
export interface StepRow {
  title: string;
  actor: string;
  limit: string;
}

/** The draft's lines (环节｜办理人｜时限) as rows. */
export function parseStepLines(text: string): StepRow[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [title = '', actor = '', limit = ''] = line.split(/[｜|]/).map((s) => s.trim());
      return { title, actor, limit };
    });
}

/** Rows back to the draft's lines; a step with every box empty is not a line (it is still being added). */
export function stepLines(rows: readonly StepRow[]): string {
  return rows
    .filter((r) => r.title.trim() || r.actor.trim() || r.limit.trim())
    .map((r) => [r.title.trim(), r.actor.trim(), ...(r.limit.trim() ? [r.limit.trim()] : [])].join('｜'))
    .join('\n');
}
