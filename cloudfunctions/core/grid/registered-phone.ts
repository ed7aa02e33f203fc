import type { FormField } from '../../../types/catalog';
import type { Answers } from '../../../types/request-form';

/**
 * A form's 联系电话 (the field keyed `phone`) left out by a resident who registered a phone: the form offers the
 * registered number instead of asking for it again, and it is filled in here, where the full number is known.
 */
export function withRegisteredPhone(form: readonly FormField[], answers: Answers, registered: string | undefined): Answers {
  const blank = answers.phone === undefined || (typeof answers.phone === 'string' && answers.phone.trim() === '');
  return blank && registered && form.some((f) => f.key === 'phone') ? { ...answers, phone: registered } : answers;
}
