// Worker-thread entry in plain JavaScript: registers tsx's loader in this thread (loaders are
// per thread), then runs the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./solve.worker.ts");
