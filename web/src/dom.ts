// A tiny DOM builder: h('p', { class: 'x' }, 'text', child). No framework, no innerHTML: every text is a text
// node, so nothing the API returns can become markup.

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}

let ids = 0;
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * The few Markdown forms an easy-to-read summary uses ("# title", "- item", paragraphs), as elements with text
 * nodes only: nothing else is interpreted.
 */
export function simpleText(text: string): HTMLElement {
  const holder = h('div', { class: 'simple-text' });
  let list: HTMLUListElement | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      list = null;
      continue;
    }
    if (line.startsWith('- ') || line.startsWith('* ')) {
      if (!list) holder.appendChild((list = h('ul')));
      list.appendChild(h('li', null, line.slice(2)));
      continue;
    }
    list = null;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    holder.appendChild(heading ? h('p', { class: 'simple-heading' }, heading[1]) : h('p', null, line));
  }
  return holder;
}
