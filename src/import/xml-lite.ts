// A small, bounded XML reader for the parts of .docx and .odt files: DOMParser is not available in a worker,
// and a hostile file must not reach a full parser. No DTD, no entities beyond the five predefined and numeric
// references: any <!DOCTYPE or <!ENTITY is refused before anything is read. Depth and element count are capped.
export interface XmlElement {
  /** Qualified name (w:p); `local` without the prefix (p). */
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlRefused extends Error {}

export const XML_LIMITS = { depth: 200, elements: 2_000_000 };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[ref] ?? whole;
  });
}

const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new XmlRefused('文件中含有文档类型定义（DTD），正常的 Word 文件没有这种内容，出于安全考虑已拒绝读取。');
  const root: XmlElement = { name: '#root', local: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) stack[stack.length - 1]!.children.push(decode(xml.slice(i, textEnd)));
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      i = skipTo(xml, '?>', lt);
    } else if (xml.startsWith('<!--', lt)) {
      i = skipTo(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) throw new XmlRefused('XML 不完整。');
      stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw new XmlRefused('XML 不完整。');
      const name = xml.slice(lt + 2, end).trim();
      if (stack.length < 2 || stack[stack.length - 1]!.name !== name) throw new XmlRefused('XML 标签不配对，文件可能已损坏。');
      stack.pop();
      i = end + 1;
    } else if (xml[lt + 1] === '!') {
      throw new XmlRefused('文件中含有不支持的 XML 声明，已拒绝读取。');
    } else {
      const end = tagEnd(xml, lt);
      const selfClosing = xml[end - 1] === '/';
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const m = /^([^\s/>]+)/.exec(body);
      if (!m) throw new XmlRefused('XML 标签无效，文件可能已损坏。');
      const attrs: Record<string, string> = {};
      for (const a of body.slice(m[1]!.length).matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
        attrs[a[1]!] = decode(a[3] ?? a[4] ?? '');
      const el: XmlElement = { name: m[1]!, local: localOf(m[1]!), attrs, children: [] };
      if (++count > XML_LIMITS.elements) throw new XmlRefused('文档内容过多，不像是年度报告，已停止读取。');
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) {
        stack.push(el);
        if (stack.length > XML_LIMITS.depth) throw new XmlRefused('文档结构嵌套过深，不像是年度报告，已停止读取。');
      }
      i = end + 1;
    }
  }
  if (stack.length !== 1) throw new XmlRefused('XML 不完整，文件可能已损坏。');
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlRefused('XML 是空的。');
  return top;
}

function skipTo(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw new XmlRefused('XML 不完整。');
  return end + marker.length;
}

/** The closing '>' of a start tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new XmlRefused('XML 不完整。');
}

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}
