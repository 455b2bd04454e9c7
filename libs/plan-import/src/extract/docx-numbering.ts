import { formatNumber } from './docx-number-formats';
import { type DocxStyles, type ListReference, toggleValue } from './docx-styles';
import { type XmlElement, valueAt } from './docx-xml';

/** One level of a list definition (`w:lvl`). */
interface LevelDefinition {
  format: string;
  /** `w:lvlText`: `%1.%2.` stands for the counters of levels 1 and 2. */
  text: string;
  /** When `w:start` is left out, the spec (and Word) start at 0. */
  start: number;
  /** `w:lvlRestart`: restart after a level above this 1-based level is used; 0 never restarts; null after any above. */
  restartAfter: number | null;
  /** `w:isLgl`: every counter in the text is shown as a decimal number. */
  legal: boolean;
  /** `w:suff`: what separates the label from the text. */
  separator: string;
  styleId: string | null;
}

interface AbstractList {
  levels: ReadonlyMap<number, LevelDefinition>;
  /** `w:numStyleLink`: the levels are those of the list this numbering style points to. */
  styleLink: string | null;
}

interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride`: a start value, or a whole level, that this instance changes. */
  startOverrides: ReadonlyMap<number, number>;
  levelOverrides: ReadonlyMap<number, LevelDefinition>;
}

const LEVELS = 9;
// The dash bullets the outline reads as typed; Word's symbol-font bullets show as a bullet.
const TYPED_BULLET = /^[-–—+•*]$/u;

const integer = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) ? parsed : fallback;
};

function readLevel(lvl: XmlElement): LevelDefinition {
  const restart = valueAt(lvl, 'w:lvlRestart');
  return {
    // Word 2010 writes a custom format as an alternative, with a classic one as the fallback.
    format: valueAt(lvl, 'w:numFmt') ?? valueAt(lvl, 'mc:AlternateContent', 'mc:Fallback', 'w:numFmt') ?? 'decimal',
    text: valueAt(lvl, 'w:lvlText') ?? '',
    start: integer(valueAt(lvl, 'w:start'), 0),
    restartAfter: restart === undefined ? null : integer(restart, LEVELS),
    legal: toggleValue(lvl.first('w:isLgl')) ?? false,
    separator: valueAt(lvl, 'w:suff') === 'nothing' ? '' : ' ',
    styleId: valueAt(lvl, 'w:pStyle') ?? null,
  };
}

const levelsOf = (parent: XmlElement): Map<number, LevelDefinition> =>
  new Map(parent.all('w:lvl').map((lvl) => [integer(lvl.attribute('w:ilvl'), 0), readLevel(lvl)]));

/**
 * Draws the labels of Word's automatic numbering (`word/numbering.xml`), counting paragraphs in document order as
 * Word does: instances of one abstract list continue each other unless they override a level; a level restarts
 * when a level above it is used, as its `w:lvlRestart` allows.
 */
export class DocxNumbering {
  private readonly counters = new Map<string, Array<number | null>>();

  private constructor(
    private readonly abstracts: ReadonlyMap<string, AbstractList>,
    private readonly instances: ReadonlyMap<string, ListInstance>,
    private readonly styles: DocxStyles,
    private readonly letters: readonly string[],
  ) {}

  static read(numbering: XmlElement | null, styles: DocxStyles, letters: readonly string[]): DocxNumbering {
    const abstracts = new Map<string, AbstractList>();
    for (const abstract of numbering?.all('w:abstractNum') ?? []) {
      const styleLink = valueAt(abstract, 'w:numStyleLink') ?? null;
      abstracts.set(abstract.attribute('w:abstractNumId') ?? '', { levels: levelsOf(abstract), styleLink });
    }
    const instances = new Map<string, ListInstance>();
    for (const num of numbering?.all('w:num') ?? []) {
      const overrides = num.all('w:lvlOverride');
      const startOverrides = overrides.flatMap((o) => {
        const start = valueAt(o, 'w:startOverride');
        return start === undefined ? [] : [[integer(o.attribute('w:ilvl'), 0), integer(start, 0)] as const];
      });
      const levelOverrides = overrides.flatMap((o) => [...levelsOf(o)]);
      instances.set(num.attribute('w:numId') ?? '', {
        abstractId: valueAt(num, 'w:abstractNumId') ?? '',
        startOverrides: new Map(startOverrides),
        levelOverrides: new Map(levelOverrides),
      });
    }
    return new DocxNumbering(abstracts, instances, styles, letters);
  }

  private abstractOf(instance: ListInstance): AbstractList | undefined {
    const abstract = this.abstracts.get(instance.abstractId);
    if (abstract === undefined || abstract.styleLink === null) return abstract;
    const linked = this.instances.get(this.styles.list(abstract.styleLink)?.numId ?? '');
    return linked === undefined ? abstract : this.abstracts.get(linked.abstractId);
  }

  /** Counts the paragraph in its list and gives the label Word draws before its text, separator included. */
  label(list: ListReference): string | null {
    const instance = this.instances.get(list.numId);
    const abstract = instance === undefined ? undefined : this.abstractOf(instance);
    if (instance === undefined || abstract === undefined) return null;
    const definitionOf = (level: number) => instance.levelOverrides.get(level) ?? abstract.levels.get(level);
    const startOf = (level: number) => instance.startOverrides.get(level) ?? definitionOf(level)?.start ?? 0;
    const level = list.level ?? [...abstract.levels].find(([, d]) => d.styleId === list.styleId)?.[0] ?? 0;
    const definition = definitionOf(level);
    if (definition === undefined || level < 0 || level >= LEVELS) return null;

    const counters = this.countersOf(list.numId, instance);
    const counted = counters[level];
    counters[level] = counted === null ? startOf(level) : counted + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper += 1) {
      if (level < (definitionOf(deeper)?.restartAfter ?? deeper)) counters[deeper] = null;
    }

    const label =
      definition.format === 'bullet'
        ? TYPED_BULLET.test(definition.text)
          ? definition.text
          : '•'
        : definition.text.replace(/%([1-9])/g, (_, n: string) => {
            const shown = Number(n) - 1;
            const format = definition.legal ? 'decimal' : (definitionOf(shown)?.format ?? 'decimal');
            return formatNumber(counters[shown] ?? startOf(shown), format, this.letters);
          });
    return label.trim() === '' ? null : label + definition.separator;
  }

  /** An instance that overrides a level is a list of its own; the others continue their abstract list's counting. */
  private countersOf(numId: string, instance: ListInstance): Array<number | null> {
    const overrides = instance.startOverrides.size > 0 || instance.levelOverrides.size > 0;
    const key = overrides ? `num ${numId}` : `abstract ${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (counters === undefined) {
      counters = new Array<number | null>(LEVELS).fill(null);
      this.counters.set(key, counters);
    }
    return counters;
  }
}
