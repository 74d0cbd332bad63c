import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Tree = { [key: string]: string | Tree };

/** Flattens nested messages to dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
export function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flatten(value, path, out);
  }
  return out;
}

function collect(elements: MessageFormatElement[], into: Set<string>) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) collect(option.value, into);
    }
    if (el.type === TYPE.tag) collect(el.children, into);
  }
}

/** The ICU arguments of a message with their kind, e.g. ['count:plural', 'name:argument']. */
export function icuArguments(message: string): string[] {
  const found = new Set<string>();
  collect(parse(message, { ignoreTag: false }), found);
  return [...found].sort();
}

export type LocaleDiff = {
  missing: string[];
  extra: string[];
  argumentMismatch: string[];
  invalid: string[];
};

/** Compares a locale's messages with the English contract. */
export function compareMessages(en: Tree, other: Tree): LocaleDiff {
  const a = flatten(en);
  const b = flatten(other);
  const diff: LocaleDiff = { missing: [], extra: [], argumentMismatch: [], invalid: [] };
  for (const key of Object.keys(a)) {
    if (!(key in b)) diff.missing.push(key);
  }
  for (const [key, text] of Object.entries(b)) {
    if (!(key in a)) {
      diff.extra.push(key);
      continue;
    }
    try {
      if (icuArguments(a[key] ?? '').join() !== icuArguments(text).join())
        diff.argumentMismatch.push(key);
    } catch {
      diff.invalid.push(key);
    }
  }
  return diff;
}
