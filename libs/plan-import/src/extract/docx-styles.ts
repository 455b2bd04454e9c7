import { type XmlElement, valueAt } from './docx-xml';

/** A paragraph's place in a Word list: `w:numId`, and `w:ilvl` when it is written. */
export interface ListReference {
  numId: string;
  level: number | null;
  /** The paragraph style the reference came from, which may name its level through an abstract level's `w:pStyle`. */
  styleId: string | null;
}

interface Style {
  basedOn: string | null;
  name: string;
  properties: XmlElement | undefined;
  runProperties: XmlElement | undefined;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
const BODY_TEXT_OUTLINE_LEVEL = 9;
// basedOn chains are short; the cap only stops a cycle in a damaged file.
const MAX_INHERITANCE = 16;

/** A `w:b`-like toggle: present means on unless its value says off. */
export function toggleValue(property: XmlElement | undefined): boolean | null {
  if (property === undefined) return null;
  const value = property.attribute('w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value.toLowerCase());
}

/** Reads an `w:numPr` as a list reference; `numId` 0 means "no list", which ends the inherited one. */
export function listReference(numPr: XmlElement | undefined, styleId: string | null): ListReference | 'none' | null {
  if (numPr === undefined) return null;
  const numId = valueAt(numPr, 'w:numId');
  const level = valueAt(numPr, 'w:ilvl');
  if (numId === '0') return 'none';
  if (numId === undefined && level === undefined) return null;
  return { numId: numId ?? '', level: level === undefined ? null : Number(level), styleId };
}

/** The document's styles as far as its text needs them: list numbering, bold and headings, inherited via basedOn. */
export class DocxStyles {
  private constructor(
    private readonly styles: ReadonlyMap<string, Style>,
    /** The languages the document declares for its text (`w:lang` of the defaults, the theme font language). */
    readonly languages: readonly string[],
  ) {}

  static read(styles: XmlElement | null, settings: XmlElement | null): DocxStyles {
    const byId = new Map<string, Style>();
    for (const style of styles?.all('w:style') ?? []) {
      const id = style.attribute('w:styleId');
      if (id === undefined) continue;
      byId.set(id, {
        basedOn: valueAt(style, 'w:basedOn') ?? null,
        name: valueAt(style, 'w:name') ?? id,
        properties: style.first('w:pPr'),
        runProperties: style.first('w:rPr'),
      });
    }
    const defaultLanguage = styles?.find('w:docDefaults', 'w:rPrDefault', 'w:rPr', 'w:lang');
    const themeLanguage = settings?.first('w:themeFontLang');
    const languages = [defaultLanguage, themeLanguage]
      .flatMap((lang) => [lang?.attribute('w:val'), lang?.attribute('w:eastAsia'), lang?.attribute('w:bidi')])
      .filter((tag): tag is string => tag !== undefined);
    return new DocxStyles(byId, languages);
  }

  /** The first value found up the style's basedOn chain. */
  private inherited<T>(styleId: string | null, read: (style: Style) => T | null): T | null {
    let id = styleId;
    for (let depth = 0; id !== null && depth < MAX_INHERITANCE; depth += 1) {
      const style = this.styles.get(id);
      if (style === undefined) return null;
      const value = read(style);
      if (value !== null) return value;
      id = style.basedOn;
    }
    return null;
  }

  list(styleId: string | null): ListReference | null {
    const reference = this.inherited(styleId, (s) => listReference(s.properties?.first('w:numPr'), styleId));
    return reference === 'none' ? null : reference;
  }

  isBold(styleId: string | null): boolean {
    return this.inherited(styleId, (s) => toggleValue(s.runProperties?.first('w:b'))) ?? false;
  }

  /** 1 for a title or first-level heading, and so on; null for body text. */
  headingLevel(styleId: string | null): number | null {
    return this.inherited(styleId, (s) => {
      if (s.name.toLowerCase() === 'title') return 1;
      const named = HEADING_NAME.exec(s.name);
      if (named !== null) return Number(named[1]);
      return outlineLevel(s.properties);
    });
  }
}

/** A paragraph's `w:outlineLvl` as a heading level (1-based); level 9 is body text. */
export function outlineLevel(paragraphProperties: XmlElement | undefined): number | null {
  const level = Number(valueAt(paragraphProperties, 'w:outlineLvl'));
  return Number.isInteger(level) && level >= 0 && level < BODY_TEXT_OUTLINE_LEVEL ? level + 1 : null;
}
