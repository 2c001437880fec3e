import { type Rng, pick, randInt } from "../random";
import type { Lang, Pools } from "./engine";

/* Slots every topic can use: people, time expressions, quotes, figures. */

const FIRST_F = [
  "Claire", "Sophie", "Émilie", "Léa", "Nathalie", "Isabelle", "Sarah", "Aurélie", "Inès", "Chloé", "Manon", "Amandine",
  "Fatima", "Élodie", "Céline", "Hélène", "Lucie", "Marion", "Anaïs", "Jeanne", "Nadia", "Pauline", "Valérie", "Agathe",
];
const FIRST_M = [
  "Julien", "Thomas", "Nicolas", "Antoine", "Maxime", "Pierre", "Karim", "Mathieu", "Yannick", "Hugo", "Laurent", "François",
  "Olivier", "Bruno", "Mehdi", "Guillaume", "Sébastien", "Romain", "Stéphane", "Benoît", "Damien", "Patrick", "Rémi", "Xavier",
];
const LAST = [
  "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier", "Roux", "Fournier", "Girard",
  "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier",
  "Blanc", "Guérin", "Boyer", "Chevalier", "Perrin", "Morel", "Gauthier", "Robin", "Clément", "Masson",
  "Marchand", "Duval", "Denis", "Lemaire", "Benali", "Nguyen", "Da Silva", "Le Gall", "Kervella", "Etcheverry",
  "Schmitt", "Meyer", "Colin", "Barbier", "Arnaud", "Rolland", "Picard", "Lacroix", "Brun", "Renaud",
];

export const SHARED: Record<Lang, Pools> = {
  fr: {
    person: ["{personF}", "{personM}"],
    personF: ["{firstF} {last}"],
    personM: ["{firstM} {last}"],
    firstF: FIRST_F,
    firstM: FIRST_M,
    last: LAST,
    when: [
      "ce week-end", "lundi", "mardi soir", "mercredi", "jeudi matin", "vendredi", "samedi après-midi", "dimanche",
      "dans la nuit de samedi à dimanche", "en fin de journée", "ce matin", "hier soir", "en début de semaine", "à la mi-journée",
      "mercredi soir", "lundi matin", "vendredi après-midi", "dans la nuit de jeudi à vendredi",
    ],
    next: ["ce week-end", "samedi", "dimanche", "la semaine prochaine", "mardi prochain", "dès vendredi", "le {n:2-28} du mois prochain", "mercredi"],
    says: ["explique", "assure", "souligne", "confie", "précise", "estime", "résume", "reconnaît", "insiste"],
    soon: ["dans les prochaines semaines", "d'ici la fin de l'année", "dès la rentrée", "au printemps prochain", "d'ici la fin du mois", "avant l'été"],
    few: ["quelques", "plusieurs", "une dizaine de", "une vingtaine de", "des centaines de"],
    official: [
      "le maire", "la maire", "le préfet", "la préfète", "le président du conseil départemental", "la présidente de la région",
      "un adjoint au maire", "une élue de l'opposition", "le député de la circonscription", "la sénatrice",
    ],
    expert: [
      "{personM}, économiste", "{personF}, sociologue", "{personM}, chercheur au CNRS", "{personF}, analyste", "{personM}, spécialiste du secteur",
      "{personF}, professeure d'université", "{personF}, économiste", "{personM}, consultant",
    ],
    resident: ["un habitant", "une riveraine", "un commerçant du centre-ville", "une mère de famille", "un retraité", "une étudiante"],
  },
  en: {
    person: ["{personF}", "{personM}"],
    personF: ["{firstF} {last}"],
    personM: ["{firstM} {last}"],
    firstF: FIRST_F,
    firstM: FIRST_M,
    last: LAST,
    when: [
      "this weekend", "on Monday", "on Tuesday evening", "on Wednesday", "on Thursday morning", "on Friday",
      "on Saturday afternoon", "on Sunday", "overnight", "late in the day", "this morning", "last night", "on Monday morning",
    ],
    next: ["this weekend", "on Saturday", "on Sunday", "next week", "next Tuesday", "from Friday", "on Wednesday"],
    says: ["says", "explains", "insists", "notes", "admits", "argues", "adds"],
    soon: ["in the coming weeks", "by the end of the year", "in September", "next spring", "by the end of the month", "before the summer"],
    few: ["a few", "several", "a dozen", "around twenty", "hundreds of"],
    official: ["the mayor", "the prefect", "the head of the regional council", "a deputy mayor", "an opposition councillor", "the local MP", "a senator"],
    expert: ["{person}, an economist", "{person}, a sociologist", "{person}, a CNRS researcher", "{person}, an analyst", "{person}, an industry specialist"],
    resident: ["a local resident", "a shopkeeper", "a mother of two", "a retired teacher", "a student"],
  },
};

export type PlaceContext = {
  /** Cities the article may mention (the brand's region, or the whole country). */
  cities: readonly string[];
  regionName: string;
  departements: readonly string[];
  year: number;
};

const PLURAL_PREFIX = /^(Hautes-|Hauts-|Alpes-|Bouches-|Côtes-|Deux-|Pyrénées-)/;
const PLURAL = new Set(["Landes", "Yvelines", "Vosges", "Ardennes"]);
const NO_ARTICLE = new Set(["Paris", "Mayotte", "La Réunion"]);
const MASCULINE = new Set([
  "Finistère", "Calvados", "Doubs", "Jura", "Nord", "Var", "Gard", "Gers", "Lot", "Tarn", "Cher", "Loiret", "Cantal", "Rhône",
  "Morbihan", "Puy-de-Dôme", "Pas-de-Calais", "Val-de-Marne", "Val-d'Oise", "Territoire de Belfort", "Aveyron", "Loir-et-Cher",
  "Lot-et-Garonne", "Tarn-et-Garonne", "Maine-et-Loire", "Bas-Rhin", "Haut-Rhin", "Eure-et-Loir", "Allier", "Ain", "Hérault", "Vaucluse",
]);
const VOWEL_START = /^([AEIOUYÉÈÊÎÔ]|Hérault)/;

/** French article forms of a département: "la Gironde" / "de la Gironde", "les Landes" / "des Landes". */
export function frDepartement(name: string): { the: string; of: string } {
  if (NO_ARTICLE.has(name)) return { the: name, of: `de ${name}` };
  if (PLURAL.has(name) || PLURAL_PREFIX.test(name)) return { the: `les ${name}`, of: `des ${name}` };
  if (VOWEL_START.test(name)) return { the: `l'${name}`, of: `de l'${name}` };
  return MASCULINE.has(name) ? { the: `le ${name}`, of: `du ${name}` } : { the: `la ${name}`, of: `de la ${name}` };
}

const REGION_FORMS: Record<string, { in: string; of: string }> = {
  "Grand Est": { in: "dans le Grand Est", of: "du Grand Est" },
  "Hauts-de-France": { in: "dans les Hauts-de-France", of: "des Hauts-de-France" },
  "Pays de la Loire": { in: "dans les Pays de la Loire", of: "des Pays de la Loire" },
  "La Réunion": { in: "à La Réunion", of: "de La Réunion" },
  Mayotte: { in: "à Mayotte", of: "de Mayotte" },
  France: { in: "en France", of: "de France" },
};

/** "en Occitanie" / "d'Occitanie", "dans le Grand Est" / "du Grand Est". */
export function frRegion(name: string): { in: string; of: string } {
  return REGION_FORMS[name] ?? { in: `en ${name}`, of: `de ${name}` };
}

function frNumber(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(".", ",");
}

/** Computed slots: figures formatted per language, places, years relative to the seed date. */
export function computedSlots(lang: Lang, place: PlaceContext): Record<string, (rng: Rng) => string> {
  const fr = lang === "fr";
  return {
    city: (rng) => pick(rng, place.cities),
    region: () => place.regionName,
    inRegion: () => (fr ? frRegion(place.regionName).in : `in ${place.regionName}`),
    ofRegion: () => (fr ? frRegion(place.regionName).of : `of ${place.regionName}`),
    dept: (rng) => (fr ? frDepartement(pick(rng, place.departements)).the : pick(rng, place.departements)),
    ofDept: (rng) => (fr ? frDepartement(pick(rng, place.departements)).of : `of ${pick(rng, place.departements)}`),
    year: () => String(place.year),
    lastYear: () => String(place.year - 1),
    nextYear: () => String(place.year + 1),
    horizon: (rng) => String(pick(rng, [2030, 2030, 2035, 2040, 2050].filter((y) => y > place.year + 1))),
    pct: (rng) => {
      const v = rng.next() * 14 + 0.3;
      return fr ? `${frNumber(v, 1)} %` : `${v.toFixed(1)}%`;
    },
    bigpct: (rng) => `${randInt(rng, 15, 85)}${fr ? " %" : "%"}`,
    money: (rng) => {
      const v = randInt(rng, 2, 950);
      return fr ? `${v} millions d'euros` : `€${v} million`;
    },
    smallmoney: (rng) => {
      const v = randInt(rng, 5, 900) * 1000;
      return fr ? `${v.toLocaleString("fr-FR").replace(/\u202f/g, " ")} euros` : `€${v.toLocaleString("en-GB")}`;
    },
    billions: (rng) => {
      const v = rng.next() * 40 + 1;
      return fr ? `${frNumber(v, 1)} milliards d'euros` : `€${v.toFixed(1)} billion`;
    },
    hour: (rng) => {
      const h = randInt(rng, 6, 23);
      const m = pick(rng, [0, 15, 30, 45]);
      return fr ? `${h} h${m ? ` ${m}` : ""}` : `${h % 12 || 12}${m ? `:${String(m).padStart(2, "0")}` : ""}${h < 12 ? "am" : "pm"}`;
    },
    age: (rng) => String(randInt(rng, 17, 84)),
    score: (rng) => `${randInt(rng, 0, 4)}-${randInt(rng, 0, 3)}`,
    rugbyscore: (rng) => `${randInt(rng, 12, 42)}-${randInt(rng, 6, 30)}`,
  };
}
