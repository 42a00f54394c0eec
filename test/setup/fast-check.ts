import fc from "fast-check";

// Property tests explore random inputs. CI must not go red on an input nobody chose, so runs are
// reproducible by default; `FC_SEED=random npm test` explores new inputs, and `FC_SEED=<n>`
// replays the seed a failure printed.
const configured = process.env.FC_SEED;
if (configured !== "random") {
  const seed = configured === undefined ? 20_261_122 : Number(configured);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random"`);
  fc.configureGlobal({ seed });
}
