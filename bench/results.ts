import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

export const RESULTS_FILE = fileURLToPath(new URL("./RESULTS.md", import.meta.url));

/** One line naming the machine and the date, for the top of a section. */
export function machineLine(extra = ""): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const gib = Math.round(totalmem() / 2 ** 30);
  const date = new Date().toISOString().slice(0, 10);
  return `Machine: ${cpu}, ${cpus().length} cores, ${gib} GiB, Node ${process.version}${extra}. Date: ${date}.`;
}

/**
 * Replaces one benchmark's section (between `<!-- name:start -->` and `<!-- name:end -->`):
 * the file is shared, so it is read right before writing and everything else is kept.
 */
export function writeSection(name: string, body: string, file = RESULTS_FILE): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  const next =
    a >= 0 && b > a
      ? current.slice(0, a) + section + current.slice(b + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
