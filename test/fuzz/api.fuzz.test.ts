import { describe } from "vitest";
import { describeFuzz } from "./fuzz-suite.ts";

/** Half of the operations (the other half is in api-2.fuzz.test.ts: two files, two workers). */
describe("the API under hostile input (operations 1, 3, 5, …)", () => describeFuzz(0));
