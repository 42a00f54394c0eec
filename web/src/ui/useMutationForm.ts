import type { FormEvent } from "react";
import { formError } from "../api/problem.ts";
import { useFieldErrors } from "./useFieldErrors.ts";

/**
 * What a form that saves through one mutation takes from it: the server's field errors, the
 * failure no field explains (for FormAlert), and a submit that keeps the browser from posting
 * the page itself.
 */
export function useMutationForm(mutation: { error: unknown; mutate: () => void }) {
  const errors = useFieldErrors(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return { errors, general: formError(mutation.error), submit };
}
