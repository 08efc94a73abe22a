// Hostile files end with a Chinese message, quickly, without a DTD ever being expanded.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/import/docx-reader';
import { readDocument } from '../../src/import/read-document';
import { parseXml, XmlRefused } from '../../src/import/xml-lite';
import { entityBomb, zipBomb } from './hostile-docx';

describe('hostile .docx', () => {
  it('an entity blow-up is refused before parsing', () => {
    const bytes = entityBomb();
    expect(bytes.length).toBeLessThan(40 * 1024);
    const read = readDocx(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('DTD');
  });

  it('a small zip declaring ~39 MB of XML is refused before inflating', () => {
    const bytes = zipBomb();
    expect(bytes.length).toBeLessThan(200 * 1024);
    const read = readDocx(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('过大');
  });

  it('the worker request gives the message with the file name', () => {
    const bytes = entityBomb();
    const out = readDocument({
      kind: 'docx',
      name: 'bomb.docx',
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/^“bomb\.docx”：.*DTD/);
  });
});

describe('xml-lite', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?><a:r x="1 &amp; 2"><a:t>甲&lt;乙&#x4E19;</a:t><!-- c --><b/><![CDATA[<x>]]></a:r>');
    expect(root.local).toBe('r');
    expect(root.attrs.x).toBe('1 & 2');
    expect(root.children[0]).toMatchObject({ local: 't', children: ['甲<乙丙'] });
    expect(root.children[2]).toBe('<x>');
  });

  it.each(['<!DOCTYPE a><a/>', '<a><!ENTITY x "y"></a>', '<a><b></a>', '<a>', `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`])(
    'refuses %s',
    (xml) => {
      expect(() => parseXml(xml.slice(0, 2000))).toThrow(XmlRefused);
    },
  );
});
