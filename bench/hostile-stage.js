// The bench's hostile stage (issue 24): each input of bench/hostile.js at 5 MB through `validate`
// and `check`, and the 1 000 products × 1 000 channels file through `report` and `margin --format csv`,
// one round each, with CPU time and peak RSS. Each must answer in seconds (linear), the last within 1 GB.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indentSpaces, longNames, manyKeys, productsByChannels, recipientParens, transfersSpaces } from './hostile.js';

const SIZE = 5_000_000;

/** A row of the bench's table: wall time, CPU time and peak RSS of one run. */
const row = (what, m, text, met) => ({ what, min: m.min, median: m.median, baseline: null, ratio: null, cpuMin: m.cpuMs.min, maxRssMiB: m.maxRssMiB, hostile: true, target: { text }, met });

export function hostileStage({ tmp, bin, interleaved, progress, results }) {
  const inputs = {
    transfersSpaces: transfersSpaces(SIZE),
    recipientParens: recipientParens(SIZE),
    indentSpaces: indentSpaces(SIZE),
    longNames: longNames(SIZE),
    manyKeys: manyKeys(SIZE),
    duplicateKeys: manyKeys(SIZE, { same: true }),
  };
  results.hostile = {};
  for (const [name, text] of Object.entries(inputs)) {
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, text);
    progress(`hostile ${name} (${(text.length / 1e6).toFixed(1)} MB): validate, check`);
    const job = (cmd) => ({ argv: [bin, cmd, file], usage: true, invalidOk: true });
    const r = interleaved({ validate: job('validate'), check: job('check') }, 1);
    results.hostile[name] = { bytes: text.length, ...r };
    for (const cmd of ['validate', 'check']) results.rows.push(row(`\`${cmd}\` hostile ${name}, ${(text.length / 1e6).toFixed(1)} MB`, r[cmd], '≤ 10 s CPU', r[cmd].cpuMs.min <= 10_000));
  }
  const big = join(tmp, 'products-by-channels.yaml');
  writeFileSync(big, productsByChannels(1000, 1000));
  progress('hostile 1 000 products × 1 000 channels: report, margin --format csv');
  const r = interleaved(
    {
      report: { argv: [bin, 'report', big, '-o', join(tmp, 'big.html'), '--force'], usage: true, invalidOk: true },
      margin: { argv: [bin, 'margin', big, '--format', 'csv'], usage: true, invalidOk: true },
    },
    1,
  );
  results.hostile.productsByChannels = r;
  for (const cmd of ['report', 'margin']) results.rows.push(row(`\`${cmd}\` of 1 000 products × 1 000 channels`, r[cmd], 'a clear answer, ≤ 1 GiB', r[cmd].maxRssMiB <= 1024));
}
