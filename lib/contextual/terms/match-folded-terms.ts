import { foldText } from "../blocklist/fold-text";

/*
 * Which of a fixed list of terms a text contains, the way a keyword or blocklist entry
 * matches an article (blocklist/match-articles-sql.ts): accents and case folded, on word
 * boundaries — " troisieme mi temps " is a substring of the folded text. The term build uses
 * it to record, once, the articles every corpus term would match, so a suggestion request
 * reads them instead of scanning every article. Pure.
 */

type Node = { ids: number[]; next: Map<string, Node> };

const newNode = (): Node => ({ ids: [], next: new Map() });

/** Folded words of a text ("L'Équipe" → ["l", "equipe"]). */
function foldedWords(text: string): string[] {
  const core = foldText(text).trim();
  return core ? core.split(" ") : [];
}

export class FoldedTermMatcher {
  private readonly root = newNode();

  /** `terms[i]` is reported as `i`; a term that folds to nothing never matches. */
  constructor(terms: readonly string[]) {
    terms.forEach((term, i) => {
      const words = foldedWords(term);
      if (!words.length) return;
      let node = this.root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = newNode()));
        node = child;
      }
      node.ids.push(i);
    });
  }

  /** Indexes of the terms the text contains, ascending, each once. */
  match(text: string): number[] {
    const words = foldedWords(text);
    const found = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      let node: Node | undefined = this.root;
      for (let j = i; j < words.length; j++) {
        node = node.next.get(words[j]);
        if (!node) break;
        for (const id of node.ids) found.add(id);
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}
