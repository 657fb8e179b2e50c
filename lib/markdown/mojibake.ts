/**
 * Encoding damage: UTF-8 text that was read as Mac Roman (seed 004's "ge√Øntegreerde") or as
 * Windows-1252 ("geÃ¯ntegreerde", "â€™") somewhere between a writer and git.
 */

/** Bytes 0x80–0xFF in Mac Roman. */
const MAC_ROMAN = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
/** Bytes 0x80–0x9F in Windows-1252 (0xA0–0xFF are the same code points as Latin-1). */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The tell-tale sequences: "√" and "‚Ä" (Mac Roman), "Ã" and "â€" (Windows-1252), "�" (lost). */
export const MOJIBAKE = /√|‚Ä|Ã|â€|\uFFFD/;

function byteTable(high: string): Map<string, number> {
  const table = new Map<string, number>();
  [...high].forEach((char, index) => table.set(char, 0x80 + index));
  return table;
}
const macRoman = byteTable(MAC_ROMAN);
const windows1252 = byteTable(WINDOWS_1252 + Array.from({ length: 0x60 }, (_, index) => String.fromCharCode(0xa0 + index)).join(""));

function decodeWith(text: string, table: Map<string, number>): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const byte = code < 0x80 ? code : table.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** The intended text of a damaged word ("ge√Øntegreerde" -> "geïntegreerde"), when it can be recovered. */
export function repairMojibake(word: string): string | undefined {
  // "√" and "‚Ä" only arise from Mac Roman; try the likelier table first.
  const tables = /√|‚Ä/.test(word) ? [macRoman, windows1252] : [windows1252, macRoman];
  for (const table of tables) {
    const repaired = decodeWith(word, table);
    if (repaired !== undefined && repaired !== word && !MOJIBAKE.test(repaired)) return repaired;
  }
  return undefined;
}

/** Damaged words in a line, each with its column (1-based) and a suggested repair. */
export function findMojibake(line: string): Array<{ column: number; word: string; repaired?: string }> {
  const found: Array<{ column: number; word: string; repaired?: string }> = [];
  for (const match of line.matchAll(/[^\s"'()[\]{}<>,;:!?*_`]+/g)) {
    const word = match[0];
    if (!MOJIBAKE.test(word)) continue;
    // Punctuation glued to the word is not part of the damage ("ge√Øntegreerde." -> repair the word).
    const trimmed = word.replace(/[.]+$/, "");
    found.push({ column: (match.index ?? 0) + 1, word: trimmed, repaired: repairMojibake(trimmed) });
  }
  return found;
}
