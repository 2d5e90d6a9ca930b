// A table that may be wider than a phone: it scrolls sideways in a region the keyboard can reach (tabindex 0),
// named after the table's caption (axe: scrollable-region-focusable).
import { h } from '../dom';

export function tableWrap(table: HTMLTableElement): HTMLElement {
  const name = table.caption?.textContent ?? '';
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': name || null, tabindex: 0 }, table);
}
