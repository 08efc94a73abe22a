// Grows the text areas of 一, 五, 六 to their text in browsers without CSS field-sizing (Chromium before 123, as in
// many 360/QQ/UOS builds; older Firefox ESRs); TextSection.tsx loads this only there. Collapsing an area to measure
// it lays out the whole page twice (hundreds of inputs below it), so text that only grew is measured in place: it can
// only need more height, and most keys need none. Any other change (a deletion, an undo, the first measure) collapses.
const pending = new Set<HTMLTextAreaElement>();
const measuredLength = new WeakMap<HTMLTextAreaElement, number>();

export function autosize(el: HTMLTextAreaElement): void {
  pending.add(el);
  if (pending.size === 1) requestAnimationFrame(flush);
}

/** All areas in one frame: every write first, then every read, then every write (one forced layout). */
function flush(): void {
  const areas = [...pending].filter((el) => el.isConnected);
  pending.clear();
  const collapsed = areas.map((el) => !(el.value.length > (measuredLength.get(el) ?? Number.POSITIVE_INFINITY)));
  areas.forEach((el, i) => {
    if (collapsed[i]) el.style.height = 'auto';
  });
  const heights = areas.map((el) => el.scrollHeight + 2); // scrollHeight holds the padding; + the two borders
  areas.forEach((el, i) => {
    measuredLength.set(el, el.value.length);
    if (collapsed[i] || heights[i]! > el.offsetHeight) el.style.height = `${heights[i]}px`;
  });
}
