/** The shape of a site profile: where a doc-sharing site keeps its text and metadata, as data. */

/**
 * How the body container renders the document:
 * - `blocks`: ordinary paragraphs/headings/lists;
 * - `lines`: one element per visual line or per page (`lines` selector), reflowed into paragraphs;
 * - `positioned`: absolutely positioned runs (`lines` selector), grouped into lines by their `top` style;
 * - `excerpt`: no document text in the markup, only a summary excerpt in the body container.
 */
export type Layout = 'blocks' | 'lines' | 'positioned' | 'excerpt'

/** Where one metadata field lives: elements (text or an attribute) and/or a `label:` in the page text. */
export interface MetaSpec {
  readonly selectors?: readonly string[]
  /** Read this attribute of the selected element instead of its text. */
  readonly attr?: string
  /** Labels printed before the value in the page text (`上传时间:2020-05-12`). */
  readonly labels?: readonly string[]
  /** Pattern run on the selected text (or the page text); group 1 is the value. */
  readonly pattern?: RegExp
}

export type MetaField = 'title' | 'uploadDate' | 'pageCount' | 'uploader' | 'documentId' | 'declaredFormat'

/** One doc-sharing or 范文 site. */
export interface SiteProfile {
  /** Short profile id, also the file name (`src/profiles/<id>.ts`). */
  readonly id: string
  /** Host label reported as `source.site`. */
  readonly site: string
  /** Matches the page URL's host. */
  readonly hosts: RegExp
  /** Selectors distinctive enough to recognise the site from markup alone (no URL given). */
  readonly detect: readonly string[]
  /** Body container selectors, tried in order; the first that holds text wins. */
  readonly body: readonly string[]
  /** Elements removed before any text is taken (ads, related lists, widgets). */
  readonly junk: readonly string[]
  readonly layout: Layout
  /** Per-line / per-page / per-run elements inside the body (layouts `lines`, `positioned`). */
  readonly lines?: string
  /** Page containers that the server sends empty and scripts fill in. */
  readonly unrendered?: { readonly pages: string; readonly reason: string }
  readonly meta: Partial<Readonly<Record<MetaField, MetaSpec>>>
  /** Pulls the document id out of the URL path (`/doc/83409498.html`). */
  readonly documentIdInUrl?: RegExp
  /** Characters the site's font maps to punctuation (doc88 uses Private Use Area code points). */
  readonly charMap?: Readonly<Record<string, string>>
}
