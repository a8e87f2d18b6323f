import type { Node, LineCounter } from 'yaml';
import { loadYaml } from '../util/vendor/yaml.js';
import { pairOf } from '../util/yaml-pair.js';
import type { FieldPath, LineLocator } from '../model/types.js';
import { indexDocumentLines, treeIndexLocator } from './line-index.js';

/** Locator for a block-style YAML document spanning lines [start, end) of a file. */
export function yamlLocator(
  lines: readonly string[],
  start: number,
  end: number,
  firstLine: number,
): LineLocator {
  return treeIndexLocator(() => indexDocumentLines(lines, start, end), firstLine);
}

/**
 * Locator backed by a full position-keeping parse, for JSON files and other flow-style
 * text that the line scanner cannot follow. Built only when a finding needs a line.
 */
export function treeLocator(text: string, firstLine = 1): LineLocator {
  let root: Node | null | undefined;
  let counter: LineCounter | undefined;
  return {
    locate(path: FieldPath) {
      const yaml = loadYaml();
      if (!counter) {
        counter = new yaml.LineCounter();
        root = yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false }).contents;
      }
      let node = root ?? null;
      let best = node?.range ? node.range[0] : 0;
      let exact = true;
      for (const seg of path) {
        let next: Node | null = null;
        let keyOffset: number | undefined;
        if (yaml.isMap(node)) {
          const pair = pairOf(node, String(seg));
          if (pair) {
            next = (pair.value as Node | null) ?? null;
            keyOffset = yaml.isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
          }
        } else if (yaml.isSeq(node) && typeof seg === 'number') {
          next = (node.items[seg] as Node | undefined) ?? null;
          keyOffset = next?.range?.[0];
        }
        if (keyOffset === undefined) {
          exact = false;
          break;
        }
        best = keyOffset;
        node = next;
      }
      return { line: counter.linePos(best).line + firstLine - 1, exact };
    },
  };
}
