import { InvalidArgumentError } from "commander";

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("Expected a whole number ≥ 0.");
  return Number(value);
}
