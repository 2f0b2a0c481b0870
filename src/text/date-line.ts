/**
 * A date standing alone on its line: the date under a title or under a signature ("2024年7月12日",
 * "(二〇二三年十二月)", "20xx年x月x日"). One shape for every reader that must tell such a line from text.
 */
import { fold } from './fold.js'

const DATE_LINE = /^[(（]?\s?(?:\d{4}|[〇零一二三四五六七八九○]{4}|20[xX×]{2})\s?年\s?[\d一二三四五六七八九十xX]{1,3}\s?月(?:\s?[\d一二三四五六七八九十xX]{1,3}\s?日)?\s?[)）]?$/

/** True when the whole line is a date (brackets allowed), nothing else. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(fold(line).trim())
}
