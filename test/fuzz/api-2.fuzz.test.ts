import { describe } from "vitest";
import { describeFuzz } from "./fuzz-suite.ts";

/** The other half of the operations (see api.fuzz.test.ts). */
describe("the API under hostile input (operations 2, 4, 6, …)", () => describeFuzz(1));
