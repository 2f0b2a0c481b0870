/**
 * People named without a position: "我与李某某同志承担了…", "王某女士", and the person who signs the
 * document ("述职人:刘某某", a name alone on the closing line).
 */
import { SIGNER_LABELS, STANDALONE_COURTESIES } from '../../lexicon/roles.js'
import type { Person } from '../../schema.js'
import { wordAlternation } from '../../text/pattern.js'
import { hasSurname, plausibleName } from './names.js'

const COURTEOUS = new RegExp(`(?<=^|[与和、,。:;\\s由请派])([\\u4e00-\\u9fff]{2,3})(?=${wordAlternation(STANDALONE_COURTESIES)})`, 'g')
const SIGNER = new RegExp(`(?:${wordAlternation(SIGNER_LABELS)})[::]\\s*([\\u4e00-\\u9fff]{2,3})(?![\\u4e00-\\u9fff])`, 'g')
/** A closing line that is only a name (the signature), maybe with a date after it. */
const SIGNATURE = /^([\u4e00-\u9fff]{2,3})\s*(?:\d{4}年.*)?$/
const CLOSING_LINES = 3

/** People vouched for by a courtesy or a signer label, and the name signing the document. */
export function unranked(text: string, folded: string): Person[] {
  const person = (at: number, name: string): Person => ({ name: text.slice(at, at + name.length), role: null, text: text.slice(at, at + name.length), offset: at })
  const courteous = [...folded.matchAll(COURTEOUS)].flatMap((m) => (hasSurname(m[1]!) && plausibleName(m[1]!, false) ? [person(m.index, m[1]!)] : []))
  const signers = [...folded.matchAll(SIGNER)].flatMap((m) => {
    const at = m.index + m[0].length - m[1]!.length
    return plausibleName(m[1]!, false) ? [person(at, m[1]!)] : []
  })
  return [...courteous, ...signers, ...signature(folded).map(([at, n]) => person(at, n))]
}

function signature(folded: string): [number, string][] {
  const lines = folded.split('\n')
  let at = folded.length
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - CLOSING_LINES); i--) {
    const line = lines[i]!
    at -= line.length + (i < lines.length - 1 ? 1 : 0)
    const m = SIGNATURE.exec(line.trim())
    if (m && hasSurname(m[1]!) && plausibleName(m[1]!, false)) return [[at + line.indexOf(m[1]!), m[1]!]]
  }
  return []
}
