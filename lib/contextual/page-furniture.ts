/**
 * Page furniture: the lines a news site wraps around an article — byline, timestamps, "Lire
 * aussi" links, share buttons, newsletter and paywall promos, photo credits, the "appeared first
 * on" line feeds append. CMS pushes and feeds carry them, the corpus the model learned from does
 * not. Read as text they mislead it: a newsletter promo ("click here… £1 the first month…")
 * reads like a spam page, so a long article's riskiest passages included it and harmless
 * articles were blocked. They are removed, whole lines only, before the classifier reads.
 *
 * Rules look at short lines only and are anchored at their start — except the promo rule, which
 * needs the publisher's own products ("notre newsletter", "subscribe to our") — so article prose
 * is not cut: no sentence of the labelled corpus or of the long-form set matches a rule
 * (page-furniture.test.ts checks it).
 */

type Rule = { maxWords: number; test: RegExp };

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** One to three people: "Anne Roy", "Tom Hughes and Priya Nair", "A. Martin, B. Colin et C. Petit". */
const PERSON = String.raw`${NAME}(?:\s+${NAME}){0,3}`;
const NAMES = String.raw`${PERSON}(?:(?:\s*,\s*|\s+(?:et|and|&)\s+)${PERSON}){0,2}`;
/** "(avec AFP)", "with Reuters". */
const AGENCY = String.raw`(?:\s*\(?(?:avec|with)\s+(?:l['’])?(?:afp|AFP|reuters|Reuters|AP|ANSA|Belga|dpa|PA Media|agences?)\)?)?`;

/** What opens a link to other articles: "Lire aussi : …", "Read more …". */
const LINK_LEADS = "lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|à voir aussi|à voir également|sur le même sujet|read more|read also|also read|see also";
/** Link-box labels, furniture only with a separator or alone on their line. */
const LINK_LABELS = "related(?: articles?| stories| content)?|recommended|more on this story|most read|notre dossier|nos articles|les plus lus|recommandé";

const RULES: Rule[] = [
  // Bylines: "Par Julien Marchand", "By Tom Hughes and Priya Nair", "Par Sophie Garnier (avec AFP)",
  // "De notre envoyée spéciale à Kyiv, Anne Roy", "Marie Le Goff, correspondante à Brest".
  // Case-sensitive: the names must be capitalised ("par les services de l'État" is prose).
  {
    maxWords: 14,
    test: new RegExp(
      String.raw`^(?:[Pp]ar|PAR|[Bb]y|BY|[Tt]exte|[Pp]ropos recueillis par|[Rr]eporting by|[Dd]e notre (?:envoy[ée]e?|correspondante?)(?: spéciale?)?(?: à [^,]+)?,?|[Ff]rom our (?:correspondent|reporter)[^,]*,?)\s+${NAMES}${AGENCY}(?:\s*(?:,|—|-|\|)\s*[^.!?]*)?$`,
      "u",
    ),
  },
  {
    maxWords: 10,
    test: new RegExp(String.raw`^${NAMES},\s*(?:notre\s+)?(?:correspondante?|envoyée? spéciale?|journaliste|rédact(?:eur|rice)|correspondent|reporter|[\p{L} ]*editor)\b[^.!?]*$`, "u"),
  },
  { maxWords: 4, test: /^(?:\S+\s+){0,3}(?:avec|with)\s+(?:l['’])?(?:afp|reuters|ap|ansa|belga|dpa|pa media|agences?)\.?$/iu },
  // Timestamps: "Publié le 12/03/2026 à 10h42, mis à jour à 11h05", "Updated 11:05 GMT", "12 mars 2026 à 10h42".
  {
    maxWords: 20,
    test: /^(?:publié|mis à jour|modifié|actualisé|published|updated|posted|last updated|first published)(?!\p{L})[^\d]{0,25}(?:\d{1,2}[:h]\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})/iu,
  },
  { maxWords: 10, test: /^(?:le\s+)?\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4}|\s+\p{L}+\s+\d{4})(?:\s+(?:à|at)\s+\d{1,2}[h:]\d{2})?\s*(?:\p{L}+)?$/iu },
  // Links to other articles ("Related" and the like only with their separator: "Related charges…" is prose).
  { maxWords: 30, test: new RegExp(String.raw`^(?:${LINK_LEADS})(?!\p{L})`, "iu") },
  { maxWords: 30, test: new RegExp(String.raw`^(?:${LINK_LABELS}|more from [^:]+)\s*(?:[:|>»]|-\s|$)`, "iu") },
  // Share and follow buttons.
  { maxWords: 15, test: /^(?:partager|share|tweet|imprimer|print|envoyer par e-?mail|email this|suivez-nous|follow us)(?:\s+(?:this article|this story|sur|on|this|cet article|l'article|l’article))?\s*(?::|facebook|x\b|twitter|linkedin|whatsapp|e-?mail|instagram|bluesky|$)/iu },
  // The publisher's own promos and paywall notices.
  {
    maxWords: 60,
    test: /(?:notre newsletter|nos newsletters|abonnez-vous (?:à (?:notre|nos|la newsletter)|pour (?:lire|accéder|soutenir|ne rien manquer))|inscrivez-vous à notre|réservé aux abonnés|déjà abonné|pour lire la suite|sign up (?:to|for) our\b|subscribe to our\b|our (?:free |daily |weekly )?newsletter|subscribers only|reserved for subscribers|already a subscriber|to continue reading)/iu,
  },
  // Picture credits and rights lines.
  { maxWords: 15, test: /^(?:photo|photos|crédit photo|crédits? ?:|credit|photograph|illustration|image|vidéo|video)\s*:/iu },
  // "Copyright © 2026 …", "Copyright 2026 …" — not "Copyright strike: …" (a scam page's headline, corpus en-9031).
  { maxWords: 12, test: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|tous droits réservés|all rights reserved)/iu },
  // Feed footers (WordPress and the like).
  { maxWords: 40, test: /^(?:the post .+ appeared first on .+|l['’]article .+ est apparu en premier sur .+|cet article .+ est apparu en premier sur .+)$/iu },
];

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

export function isPageFurniture(line: string): boolean {
  const l = line.trim();
  if (!l) return false;
  const n = words(l);
  return RULES.some((r) => n <= r.maxWords && r.test.test(l));
}

// A bare "Lire aussi" heading is followed by the linked headlines, a line each.
const LINK_HEADING = new RegExp(String.raw`^(?:${LINK_LEADS}|${LINK_LABELS})\s*:?\s*$`, "iu");
const MAX_LINKED_HEADLINES = 3;

/** A linked headline: short, and not ending like a sentence. */
function isHeadlineLine(line: string): boolean {
  const l = line.trim();
  return l.length > 0 && words(l) <= 20 && !/[.!?…»"”]$/u.test(l);
}

/** The text without its furniture lines (the text itself when it has none). */
export function stripPageFurniture(text: string): string {
  // Furniture comes as lines of its own around the article: a one-paragraph text is all article.
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isPageFurniture(lines[i])) {
      kept.push(lines[i]);
      continue;
    }
    if (LINK_HEADING.test(lines[i].trim())) {
      for (let n = 0; n < MAX_LINKED_HEADLINES; n++) {
        let j = i + 1;
        while (j < lines.length && !lines[j].trim()) j++;
        if (j >= lines.length || !isHeadlineLine(lines[j])) break;
        i = j;
      }
    }
  }
  return kept.length === lines.length ? text : kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
