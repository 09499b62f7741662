// The figures a browser benchmark hands to `cargo xtask bench`, which
// writes BENCHMARKS.md from them: one JSON object a line, appended to the
// file SWITCHBOARD_BENCH_FIGURES names (the same format as the Rust
// benchmarks' `figures::record`). Run alone, a benchmark only prints.
import * as fs from 'node:fs';

export function record(section: string, caseName: string, figure: string, goal?: string, met?: boolean): void {
  console.log(`${caseName}: ${figure}${goal ? ` (goal: ${goal}${met === undefined ? '' : met ? ', met' : ', NOT met'})` : ''}`);
  const file = process.env.SWITCHBOARD_BENCH_FIGURES;
  if (!file) return;
  fs.appendFileSync(file, JSON.stringify({ section, case: caseName, figure, goal: goal ?? null, met: met ?? null }) + '\n');
}
