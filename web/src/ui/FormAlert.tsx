import { Alert } from "@mantine/core";

/**
 * A form-level failure (one no field explains: a network error, a refusal, a conflict), read
 * out when it appears. Renders nothing without a message.
 */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
