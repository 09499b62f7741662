// Native vs wasm (issue 8.4): every corpus file of the users and devices
// CSV targets is checked twice, by the native `switchboard validate
// users|devices FILE --format json` and by the same validators built for
// wasm32 with the browser bundle's profile (wasm-check/), and the two
// results must be identical: the counts and every finding's row, column,
// code, severity and detail, in order.
//
// usage: node native-vs-wasm.mjs SWITCHBOARD_BIN CHECK_WASM users:DIR... devices:DIR...
// Exits 1 on any difference, 2 on bad usage or a file the CLI could not read.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const [bin, wasmPath, ...dirs] = process.argv.slice(2);
if (!bin || !wasmPath || dirs.length === 0) {
  console.error('usage: node native-vs-wasm.mjs SWITCHBOARD_BIN CHECK_WASM users:DIR... devices:DIR...');
  process.exit(2);
}

const started = Date.now();
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {});
const wasm = instance.exports;
const KIND = { users: 0, devices: 1 };

function wasmCheck(kind, bytes) {
  const input = wasm.input_buffer(bytes.length);
  new Uint8Array(wasm.memory.buffer, input, bytes.length).set(bytes);
  const length = wasm.check(KIND[kind]);
  const output = new Uint8Array(wasm.memory.buffer, wasm.output_ptr(), length);
  return JSON.parse(new TextDecoder().decode(output));
}

function nativeCheck(kind, file) {
  const run = spawnSync(bin, ['validate', kind, file, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // 0: valid, 1: errors; 2 means the file was not checked at all.
  if (run.status !== 0 && run.status !== 1) {
    console.error(`native check of ${file} failed (${run.status}): ${run.stderr}`);
    process.exit(2);
  }
  const report = JSON.parse(run.stdout);
  return {
    rows: report.rows,
    errors: report.errors,
    warnings: report.warnings,
    findings: report.findings.map(({ row, column, code, severity, detail }) =>
      detail === undefined ? { row, column, code, severity } : { row, column, code, severity, detail }),
  };
}

/** The first place two results differ, or null. */
function difference(native, browser) {
  for (const key of ['rows', 'errors', 'warnings']) {
    if (native[key] !== browser[key]) return `${key}: native ${native[key]}, wasm ${browser[key]}`;
  }
  const count = Math.max(native.findings.length, browser.findings.length);
  for (let i = 0; i < count; i++) {
    const a = JSON.stringify(native.findings[i] ?? null);
    const b = JSON.stringify(browser.findings[i] ?? null);
    if (a !== b) return `finding ${i}: native ${a}, wasm ${b}`;
  }
  return null;
}

let files = 0;
let findings = 0;
const differences = [];
const perKind = { users: 0, devices: 0 };
for (const spec of dirs) {
  const [kind, dir] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
  if (!(kind in KIND)) {
    console.error(`unknown kind in ${spec}: use users:DIR or devices:DIR`);
    process.exit(2);
  }
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const native = nativeCheck(kind, file);
    const browser = wasmCheck(kind, readFileSync(file));
    files += 1;
    perKind[kind] += 1;
    findings += native.findings.length;
    const diff = difference(native, browser);
    if (diff) differences.push(`${kind} ${file}: ${diff}`);
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `native vs wasm: ${files} files (${perKind.users} users, ${perKind.devices} devices), ` +
  `${findings} findings compared, ${differences.length} differences, ${seconds} s`,
);
if (files === 0) {
  console.error('no corpus files were compared');
  process.exit(2);
}
if (differences.length > 0) {
  for (const line of differences) console.error(`  ${line}`);
  process.exit(1);
}
