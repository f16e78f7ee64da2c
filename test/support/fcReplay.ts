import fc from "fast-check";

// A failing property prints its seed and path; FC_SEED=… FC_PATH=… npx jest <file> replays exactly that case.
if (process.env.FC_SEED) {
  fc.configureGlobal({ seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true });
}
