// Effective formatting, as Word resolves it: the document defaults, then the paragraph style's chain (basedOn,
// from the root down), then the run's own properties (or the paragraph mark's, or the paragraph's). The export sets
// fonts, sizes, tracking and keep-with-next in styles and only what differs on runs and paragraphs, so tests read
// what a run or paragraph ends up with, not what it carries.
import { child, childElements, descendants, type XmlElement } from './docx-xml';

export interface RunFormat {
  eastAsia?: string;
  ascii?: string;
  hAnsi?: string;
  cs?: string;
  hint?: string;
  /** Half-points. */
  size?: number;
  sizeCs?: number;
  /** Character spacing in twips (0 when nothing sets it). */
  tracking: number;
}

const FONT_SLOTS = ['eastAsia', 'ascii', 'hAnsi', 'cs', 'hint'] as const;

function apply(format: RunFormat, rPr: XmlElement | undefined): RunFormat {
  if (!rPr) return format;
  const out = { ...format };
  if (child(rPr, 'w:rStyle')) throw new Error('character styles are not resolved here');
  const fonts = child(rPr, 'w:rFonts');
  if (fonts) {
    const themed = Object.keys(fonts.attrs).filter((a) => a.endsWith('Theme'));
    if (themed.length > 0) throw new Error(`theme fonts (${themed.join(', ')}) depend on the theme: set fonts explicitly`);
    for (const slot of FONT_SLOTS) if (fonts.attrs[`w:${slot}`] !== undefined) out[slot] = fonts.attrs[`w:${slot}`];
  }
  const sz = child(rPr, 'w:sz')?.attrs['w:val'];
  if (sz !== undefined) out.size = Number(sz);
  const szCs = child(rPr, 'w:szCs')?.attrs['w:val'];
  if (szCs !== undefined) out.sizeCs = Number(szCs);
  const spacing = child(rPr, 'w:spacing')?.attrs['w:val'];
  if (spacing !== undefined) out.tracking = Number(spacing);
  return out;
}

export interface StyleSheet {
  /** The formatting a run of `paragraph` ends up with. */
  run(paragraph: XmlElement, run: XmlElement): RunFormat;
  /** The formatting of `paragraph`'s mark (its pPr/rPr over its style), which sets the height of an empty line. */
  mark(paragraph: XmlElement): RunFormat;
  /** The formatting a paragraph style gives its runs. */
  style(styleId: string): RunFormat;
  /** Whether an on/off paragraph property (w:keepNext, w:snapToGrid…) is on for `paragraph`. */
  paragraphOn(paragraph: XmlElement, property: string): boolean;
}

/** An on/off property element: absent → undefined; present → on unless w:val says 0/false/off. */
function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  return !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? 'true');
}

/** Reads word/styles.xml once; `run`, `mark`, `style` and `paragraphOn` resolve against it. */
export function styleSheet(styles: XmlElement): StyleSheet {
  const byId = new Map(descendants(styles, 'w:style').map((s) => [s.attrs['w:styleId']!, s]));
  const defaults = apply({ tracking: 0 }, child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  const defaultParagraphStyle = descendants(styles, 'w:style').find(
    (s) => s.attrs['w:type'] === 'paragraph' && s.attrs['w:default'] === '1',
  );

  const chainOf = (id: string | undefined): XmlElement[] => {
    const chain: XmlElement[] = [];
    for (let s = id === undefined ? defaultParagraphStyle : byId.get(id); s; ) {
      if (chain.includes(s)) throw new Error(`style ${id} is based on itself`);
      chain.unshift(s);
      const base = child(s, 'w:basedOn')?.attrs['w:val'];
      s = base === undefined ? undefined : byId.get(base);
      if (base !== undefined && !s) throw new Error(`style ${base} missing`);
    }
    if (id !== undefined && chain.length === 0) throw new Error(`paragraph style ${id} missing from styles.xml`);
    return chain;
  };
  const styleFormat = (id: string | undefined): RunFormat => chainOf(id).reduce((f, s) => apply(f, child(s, 'w:rPr')), defaults);
  const styleIdOf = (p: XmlElement) => child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'];
  const paragraphStyle = (p: XmlElement) => styleFormat(styleIdOf(p));
  const pPrDefault = child(child(child(styles, 'w:docDefaults'), 'w:pPrDefault'), 'w:pPr');

  return {
    run: (p, r) => {
      if (!childElements(p).includes(r) && !childElements(p, 'w:hyperlink').some((h) => childElements(h).includes(r)))
        throw new Error('the run is not in this paragraph');
      return apply(paragraphStyle(p), child(r, 'w:rPr'));
    },
    mark: (p) => apply(paragraphStyle(p), child(child(p, 'w:pPr'), 'w:rPr')),
    style: (id) => styleFormat(id),
    paragraphOn: (p, property) => {
      const layers = [pPrDefault, ...chainOf(styleIdOf(p)).map((s) => child(s, 'w:pPr')), child(p, 'w:pPr')];
      return layers.reduce<boolean>((on, pPr) => onOff(child(pPr, property)) ?? on, false);
    },
  };
}
