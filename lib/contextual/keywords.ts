/** Keywords: multi-word lexicon phrases first, then the most frequent content words. */
import { spanOf, type Analysis } from "./analyze";

const STOP = new Set(
  (
    "alors aussi autre autres avant avec avoir bien cela celle celui cette ceux chez comme comment dans depuis deux donc dont elle elles encore entre etait etaient etre fait faire font hier leur leurs lors mais meme memes moins notre nous nouvelle nouveau nouveaux onze pour plus peut pourrait quand quatre quel quelle quelque quelques sans selon sera seront ses sont sous sept suis tous tout toute toutes tres trois vers votre vous deja apres depuis avait avaient sera ainsi enfin cependant toutefois chaque plusieurs aujourd dont lequel laquelle lesquels autour pendant contre parmi cinq entre etat fois jour jours annee annees mois semaine ceci celles point selon "
    + "about after again against also among another because been before being between both came come could does doing down during each even every first from further have having here into itself just last like made make many more most much must never only other others over same says said should since some still such than that their them then there these they this those three through today under until very week were what when where which while whom will with within would year years your yours told also"
  ).split(" "),
);

export function extractKeywords(a: Analysis, max = 8): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (k: string) => {
    const key = k.toLowerCase();
    if (seen.has(key) || out.length >= max) return;
    seen.add(key);
    out.push(key);
  };
  for (const h of [...a.idioms, ...a.hits]) {
    if (h.end - h.start >= 2 && (h.cue.k === "iab" || h.cue.k === "idiom")) add(spanOf(a, h));
  }
  const counts = new Map<string, { n: number; surface: string; first: number }>();
  a.tokens.forEach((t, i) => {
    if (t.norm.length < 4 || STOP.has(t.norm) || (t.norm.charCodeAt(0) >= 48 && t.norm.charCodeAt(0) <= 57)) return;
    const c = counts.get(t.stem);
    const inc = i < 16 && a.tokens[i].sentence === 0 ? 2 : 1;
    if (c) c.n += inc;
    else counts.set(t.stem, { n: inc + t.norm.length / 100, surface: a.full.slice(t.start, t.end), first: i });
  });
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n || x.first - y.first);
  for (const c of ranked) {
    if (out.length >= max) break;
    add(c.surface);
  }
  return out;
}
