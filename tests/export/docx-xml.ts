// Test helpers: unzip a .docx and parse its parts with a small, strict XML 1.0 parser (node has no DOMParser;
// a lenient parser would hide exactly the faults the hostile-text test looks for).
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(text: string, at: number): string {
  return text.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & at ${at}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const m = /^#(x[0-9a-fA-F]+|\d+)$/.exec(ref);
    if (!m) throw new Error(`unknown entity &${ref}; at ${at}`);
    const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    const ch = String.fromCodePoint(code);
    if (INVALID_CHAR.test(ch)) throw new Error(`character reference to a forbidden character at ${at}`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = INVALID_CHAR.exec(xml);
  if (bad) throw new Error(`forbidden character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} at ${bad.index}`);
  let i = 0;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new Error('unclosed processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new Error(`mismatched </${name}> at ${i}`);
      i = end + 1;
    } else if (xml[i] === '<') {
      i++;
      const name = NAME.exec(xml.slice(i, i + 200))?.[0];
      if (!name) throw new Error(`bad element name at ${i}`);
      i += name.length;
      const el: XmlElement = { name, attrs: {}, children: [] };
      for (;;) {
        while (/\s/.test(xml[i] ?? '')) i++;
        if (xml.startsWith('/>', i)) {
          i += 2;
          stack.at(-1)!.children.push(el);
          break;
        }
        if (xml[i] === '>') {
          i++;
          stack.at(-1)!.children.push(el);
          stack.push(el);
          break;
        }
        const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(i, i + 100_000));
        if (!attr) throw new Error(`bad attribute in <${name}> at ${i}`);
        if (attr[1]! in el.attrs) throw new Error(`duplicate attribute ${attr[1]} at ${i}`);
        el.attrs[attr[1]!] = decode(attr[3] ?? attr[4] ?? '', i);
        i += attr[0].length;
      }
    } else {
      const end = xml.indexOf('<', i);
      const raw = xml.slice(i, end < 0 ? xml.length : end);
      if (raw.includes('>') && raw.includes(']]>')) throw new Error(`]]> in text at ${i}`);
      const text = decode(raw, i);
      if (stack.length === 1 && text.trim() !== '') throw new Error(`text outside the root element at ${i}`);
      if (stack.length > 1) stack.at(-1)!.children.push(text);
      i += raw.length;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error('a document needs exactly one root element');
  return elements[0]!;
}

export const childElements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childElements(el, name)[0] : undefined);

export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(el)) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** Visible text of a paragraph, cell or part: w:t text, w:br and w:tab as line break / tab. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') out += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:br') out += '\n';
    else if (c.name === 'w:tab') out += '\t';
    else out += textOf(c);
  }
  return out;
}

export interface DocxParts {
  files: Record<string, Uint8Array>;
  xml(path: string): XmlElement;
  raw(path: string): string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const raw = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`${path} missing from the .docx`);
    return strFromU8(file);
  };
  return { files, raw, xml: (path) => parseXml(raw(path)) };
}
