import { SaxesParser, type SaxesTagNS } from 'saxes';

// Names are read by namespace, not by the prefix a producer chose: WordprocessingML is `w:` whatever it was written as.
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

const nameOf = ({ uri, prefix, local }: { uri: string; prefix: string; local: string }): string => {
  const canonical = PREFIXES[uri] ?? prefix;
  return canonical === '' ? local : `${canonical}:${local}`;
};

/** An element of a parsed XML part: its attributes, child elements and the character data directly inside it. */
export class XmlElement {
  readonly children: XmlElement[] = [];
  text = '';

  constructor(
    readonly name: string,
    private readonly attributes: ReadonlyMap<string, string>,
  ) {}

  attribute(name: string): string | undefined {
    return this.attributes.get(name);
  }

  first(name: string): XmlElement | undefined {
    return this.children.find((child) => child.name === name);
  }

  all(name: string): XmlElement[] {
    return this.children.filter((child) => child.name === name);
  }

  /** The element down a path of child names: `pPr.find('w:numPr', 'w:numId')`. */
  find(...path: string[]): XmlElement | undefined {
    return path.reduce<XmlElement | undefined>((element, name) => element?.first(name), this);
  }
}

/** The `w:val` of the element down a path, as most WordprocessingML properties carry their value. */
export const valueAt = (element: XmlElement | undefined, ...path: string[]): string | undefined =>
  element?.find(...path)?.attribute('w:val');

/**
 * Parses an XML part with a conforming parser (saxes): malformed XML throws. A DTD's entities are never expanded,
 * so an entity bomb is refused like any undefined entity.
 */
export function parseXml(xml: string): XmlElement {
  // A prefix left undeclared (sloppy producers) keeps its own name rather than failing the document.
  const parser = new SaxesParser({
    xmlns: true,
    position: false,
    resolvePrefix: (prefix: string) => `urn:undeclared:${prefix}`,
  });
  const root = new XmlElement('#document', new Map());
  const open: XmlElement[] = [root];
  const current = () => open[open.length - 1];
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = new Map(Object.values(tag.attributes).map((a) => [nameOf(a), a.value] as const));
    const element = new XmlElement(nameOf(tag), attributes);
    current().children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => (current().text += text));
  parser.on('cdata', (text) => (current().text += text));
  parser.write(xml).close();
  const [documentElement] = root.children;
  if (documentElement === undefined) throw new Error('the XML part has no root element');
  return documentElement;
}
