/**
 * Recalculate workbooks with LibreOffice Calc (headless), an independent calculator:
 * one soffice call converts a batch of .xlsx (written without cached values) into
 * recalculated .xlsx, read back with exceljs. Its own profile, so runs never clash.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) {
    try {
      readFileSync(p);
      return p;
    } catch {
      /* next */
    }
  }
  return null;
}

/** Profile settings: always recalculate OOXML files on load (they carry no cached values anyway). */
const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculated values by sheet name, then cell address. */
export type Values = Map<string, Map<string, unknown>>;

export async function recalculate(files: Array<{ name: string; bytes: Uint8Array }>): Promise<Map<string, Values>> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), XCU);
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const paths = files.map((f) => {
      const p = join(inDir, `${f.name}.xlsx`);
      writeFileSync(p, f.bytes);
      return p;
    });
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...paths], {
      stdio: 'pipe',
      timeout: 170_000,
      env: { ...process.env, HOME: dir },
    });
    const out = new Map<string, Values>();
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(outDir, `${f.name}.xlsx`)) as unknown as ArrayBuffer);
      const values: Values = new Map();
      wb.eachSheet((ws) => {
        const cells = new Map<string, unknown>();
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as unknown;
            cells.set(cell.address, v !== null && typeof v === 'object' && 'formula' in (v as object) ? (v as { result?: unknown }).result : v);
          }),
        );
        values.set(ws.name, cells);
      });
      out.set(f.name, values);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
