import { useCallback, useMemo } from 'react';
import type { ApiFailure } from '../../api/client';
import { useDepartments } from '../../api/use-departments';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { type ProblemReason, listedProblem, problemWords, refusalWords } from './wording';

/**
 * The api's refusals in the reader's language: `message` for a refusal as a whole (403, 409 …),
 * `reasonFor` for the first problem with a field (shown beside its control), `listed` for a
 * problem shown away from its control, named by the form's `labels` or the shared table.
 */
export function useRefusals() {
  const { locale, t } = useI18n();
  const { nameOf } = useDepartments();
  const namers = useMemo(
    () => ({
      department: nameOf,
      role: (role: string) => {
        const title = t(`common.role.${role}` as MessageKey);
        return title === `common.role.${role}` ? role : title;
      },
    }),
    [nameOf, t],
  );
  const message = useCallback((error: ApiFailure) => refusalWords(locale, error, namers), [locale, namers]);
  const reasonFor = useCallback(
    (error: ApiFailure | undefined, field: string) => {
      const problem = error?.problemFor(field);
      return problem ? problemWords(locale, problem, namers) : undefined;
    },
    [locale, namers],
  );
  const words = useCallback(
    (problem: ProblemReason) => problemWords(locale, problem, namers),
    [locale, namers],
  );
  const listed = useCallback(
    (problem: ProblemReason & { field: string }, labels?: Readonly<Record<string, string>>) =>
      listedProblem(locale, problem, labels, namers),
    [locale, namers],
  );
  return { message, reasonFor, words, listed };
}
