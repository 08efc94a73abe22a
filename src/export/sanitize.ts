// One sanitiser for every piece of user text that goes into the .docx: XML 1.0 forbids
// U+0000–U+001F except \t \n \r, lone surrogates and U+FFFE/U+FFFF. \r is dropped too
// (paragraphs are split on line breaks before this runs), so Word never sees a stray carriage return.
// A loop over code units rather than a regex with lookbehind: Safari 14 (a build target) has no lookbehind.

export function cleanText(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let keep: boolean;
    if (c < 0x20) keep = c === 0x09 || c === 0x0a;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      keep = next >= 0xdc00 && next <= 0xdfff;
      if (keep) {
        i++;
        continue;
      } // a valid pair: keep both halves
    } else if (c >= 0xdc00 && c <= 0xdfff)
      keep = false; // a low surrogate not preceded by a high one
    else keep = c !== 0xfffe && c !== 0xffff;
    if (!keep) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
