import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Reply } from '../core/reply.ts';

export interface WrittenFile {
  name: string;
  file: string;
}

/** Writes a reply's files (an export) in `dir`, readable by their owner only; returns where. */
export async function writeReplyFiles(r: Reply, dir: string): Promise<WrittenFile[]> {
  if (r.error || !r.files || r.files.length === 0) return [];
  await mkdir(dir, { recursive: true });
  return Promise.all(
    r.files.map(async (f) => {
      const file = path.join(dir, path.basename(f.name));
      await writeFile(file, f.content, { mode: 0o600 });
      return { name: f.name, file };
    }),
  );
}

/** The lines that tell where the files went, after the reply's text. */
export const filesText = (files: readonly WrittenFile[]): string =>
  files.map((f) => `\n📎 ${f.name} → ${f.file}`).join('');
