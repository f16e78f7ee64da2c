import fc from "fast-check";

// A failing property prints its seed: FC_SEED=… npx jest <file> -t <name> runs that property again from the same
// seed, so it fails the same way (and shrinks to the same counterexample).
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
