/**
 * What a logged touch has to say, by channel. A phone call or a WeChat message rarely has a
 * subject, so none is asked for; an e-mail always has one, so it is kept. Whatever the channel,
 * an entry that says nothing at all (no subject, content or outcome) is of no use on a timeline.
 */
export type TouchText = {
  channel: string;
  subject?: string | null;
  content?: string | null;
  outcome?: string | null;
};

export type TouchTextIssue = { field: "subject" | "content"; rule: string; message: string };

/** Channels whose messages carry a subject line of their own. */
export const SUBJECT_CHANNELS: ReadonlySet<string> = new Set(["email"]);

const filled = (v: string | null | undefined) => v != null && v.trim() !== "";

export function touchTextIssue(t: TouchText): TouchTextIssue | null {
  if (SUBJECT_CHANNELS.has(t.channel) && !filled(t.subject)) {
    return {
      field: "subject",
      rule: "required_for_channel",
      message: "An e-mail has a subject: give it.",
    };
  }
  if (!filled(t.subject) && !filled(t.content) && !filled(t.outcome)) {
    return {
      field: "content",
      rule: "one_of_required",
      message: "Say what was said: a subject, the content or the outcome.",
    };
  }
  return null;
}
