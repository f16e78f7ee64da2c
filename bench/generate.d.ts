/** Types of bench/generate.js, for the tests that use it. */
export interface GeneratedTask {
  id: string;
  leader: string;
  leads: string[];
  coUnits: string[];
}
export function generateBreakdown(options: {
  tasks: number;
  units?: number;
  seed?: number;
  everyUnit?: boolean;
  groupShare?: number;
}): {
  text: string;
  expected: GeneratedTask[];
};
export function unitNames(count: number): string[];
