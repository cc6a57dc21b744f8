/** Chinese digits, with the zeros news writes: 零, 〇 and the circle ○ ("二○二四年"). */
export const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, "○": 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 七十八 → 78, 七十九 → 79, 一百零一 → 101, 78 → 78 */
export function parseChineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** "二○二四" → 2024: a year written digit by digit (no 十 or 百 in it). */
export function parseChineseDigits(s: string): number {
  return Number([...s].map((c) => CN_DIGITS[c] ?? NaN).join(""));
}
