import { useCallback, useReducer, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error';

/** What a failed action says when the reason is not the server's (or our own) to tell. */
const ACTION_FAILED = '操作失败，请稍后重试';

export interface ActionOptions {
  /** Shown when the failure is not an ApiError (see asApiError). */
  fallback?: string;
  /** Maps the error's field paths (e.g. `answers.phone`) to the form's own keys. */
  fieldsOf?: (fields: Record<string, string>) => Record<string, string>;
  /** After a run that succeeded, e.g. to reload what it changed. */
  onDone?: () => void;
  /** After a run that failed; may return the message to show instead of the error's own. */
  onError?: (error: ApiError) => string | void;
}

export interface ActionState {
  /**
   * Runs one piece of work: busy meanwhile, the last notice and error cleared first. Text it resolves to becomes
   * the notice (anything else is ignored); a throw becomes the error message and the field errors. Resolves to
   * whether it succeeded; never rejects.
   */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  /** What the last run said when it succeeded (e.g. 报名成功). */
  notice: string | null;
  error: string | null;
  /** The last failure's messages by form field; cleared by a run that succeeds. */
  fieldErrors: Record<string, string>;
  /** For forms that re-check a flagged field as it is corrected. */
  setFieldErrors: (update: (prev: Record<string, string>) => Record<string, string>) => void;
}

/** The busy, notice and error states of a page's actions (saving, signing up, deciding…), in one place. */
export function useAction(options: ActionOptions = {}): ActionState {
  // Runs may overlap (two rows tapped in turn): busy until the last one ends.
  const [running, count] = useReducer((n: number, change: number) => n + change, 0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // Options change every render; the latest are read when a run ends.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const run = useCallback((work: () => Promise<unknown>) => {
    count(1);
    setNotice(null);
    setError(null);
    // Promise chains rather than async/await: the mini-program build turns every async function into a state
    // machine, and this module is in the main package. work() starts now, inside the tap that ran it, as WeChat
    // asks of its consent dialogs.
    return work()
      .then((said) => {
        if (typeof said === 'string') setNotice(said);
        setFieldErrors({});
        optionsRef.current.onDone?.();
        return true;
      })
      .catch((err: unknown) => {
        const { fallback = ACTION_FAILED, fieldsOf, onError } = optionsRef.current;
        const failure = asApiError(err, fallback);
        const fields = failure.fields ?? {};
        setFieldErrors(fieldsOf ? fieldsOf(fields) : fields);
        setError(onError?.(failure) || failure.message);
        return false;
      })
      .finally(() => count(-1));
  }, []);

  return { run, busy: running > 0, notice, error, fieldErrors, setFieldErrors };
}
