import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { ACTION_FAILED, asApiError } from '../lib/error-message';

export interface ActionOptions {
  /** Shown when the failure is not an ApiError (see lib/error-message.ts). */
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
   * Runs one piece of work: busy meanwhile, the last notice and error cleared first. Text it returns becomes the
   * notice; a throw becomes the error message and the field errors. Resolves to whether it succeeded; never rejects.
   */
  run: (work: () => Promise<string | void>) => Promise<boolean>;
  busy: boolean;
  /** What the last run said when it succeeded (e.g. 报名成功). */
  notice: string | null;
  error: string | null;
  /** The last failure's messages by form field; cleared by a run that succeeds. */
  fieldErrors: Record<string, string>;
  /** For forms that re-check a flagged field as it is corrected. */
  setFieldErrors: (update: (prev: Record<string, string>) => Record<string, string>) => void;
}

const sameKeys = (fields: Record<string, string>) => fields;

/** The busy, notice and error states of a page's actions (saving, signing up, deciding…), in one place. */
export function useAction(options: ActionOptions = {}): ActionState {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // Options change every render; the latest are read when a run ends.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // Runs may overlap (two rows tapped in turn): busy until the last one ends.
  const running = useRef(0);

  const run = useCallback(async (work: () => Promise<string | void>) => {
    running.current += 1;
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      const said = await work();
      if (said) setNotice(said);
      setFieldErrors({});
      optionsRef.current.onDone?.();
      return true;
    } catch (err) {
      const { fallback = ACTION_FAILED, fieldsOf = sameKeys, onError } = optionsRef.current;
      const failure = asApiError(err, fallback);
      setFieldErrors(fieldsOf(failure.fields ?? {}));
      setError(onError?.(failure) || failure.message);
      return false;
    } finally {
      running.current -= 1;
      setBusy(running.current > 0);
    }
  }, []);

  return { run, busy, notice, error, fieldErrors, setFieldErrors };
}
