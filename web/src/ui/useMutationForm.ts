import type { FormEvent } from "react";
import { useFieldErrors, useFormError } from "./useFieldErrors.ts";

/**
 * What a form that saves through one mutation takes from it: the server's field errors, the
 * failure no field explains (for FormAlert), and a submit that keeps the browser from posting
 * the page itself.
 */
export function useMutationForm(
  mutation: { error: unknown; mutate: () => void },
  /** The fields the form shows next to inputs; errors on any other field go in the alert. */
  shownFields?: readonly string[],
) {
  const errors = useFieldErrors(mutation.error);
  const general = useFormError(mutation.error, shownFields);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return { errors, general, submit };
}
