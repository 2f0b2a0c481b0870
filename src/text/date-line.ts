/**
 * A date standing alone on its line: the date under a title or under a signature ("2024年7月12日",
 * "(二〇二三年十二月)", "20xx年x月x日"). One shape for every reader that must tell such a line from text.
 */
import { fold } from './fold.js'

const DATE = '[(（]?\\s?(?:\\d{4}|[〇零一二三四五六七八九○]{4}|20[xX×]{2})\\s?年\\s?[\\d一二三四五六七八九十xX]{1,3}\\s?月(?:\\s?[\\d一二三四五六七八九十xX]{1,3}\\s?日)?\\s?[)）]?'
const DATE_LINE = new RegExp(`^${DATE}$`)

/** True when the whole line is a date (brackets allowed), nothing else. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(fold(line).trim())
}

/** A signature line above such a date: a unit's or a person's name, short, with no punctuation. */
const SIGNATURE_LINE = /^[^,，。;；:：!?！？]{2,24}$/

/** True when the line could sign a document (the line a closing date stands under). */
export function isSignatureLine(line: string): boolean {
  const t = fold(line).trim()
  return SIGNATURE_LINE.test(t) && !isDateLine(t)
}

/** A signature and its date on one line ("某某县疾病预防控制中心　2023年1月16日"). */
const SIGNED_DATE = new RegExp(`^[^,，。;；:：!?！？\\s]{2,24}\\s+${DATE}$`)

/** True when the line closes a document: its date alone, or the signature with the date after it. */
export function isClosingLine(line: string): boolean {
  const t = fold(line).trim()
  return DATE_LINE.test(t) || SIGNED_DATE.test(t)
}
