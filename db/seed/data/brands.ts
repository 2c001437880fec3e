/*
 * The fictional news group: 38 titles mirroring a French group's mix (national dailies,
 * regional dailies across regions, business, sport, news weeklies, women's and lifestyle
 * magazines, tech, automotive, culture, kids/family, two English-language editions).
 * `volume` = share of the group's article output; `reach` = share of its readers.
 */

export type BrandKind =
  | "national_daily" | "regional_daily" | "business" | "sports" | "news_weekly" | "womens"
  | "lifestyle" | "tech" | "automotive" | "culture" | "kids_family";

/** A rubrique: weight within the brand, and the seed topics it publishes (weights). */
export type SectionSpec = { slug: string; name: string; weight: number; topics: Record<string, number>; lang?: "fr" | "en" };

export type BrandSpec = {
  id: string;
  name: string;
  kind: BrandKind;
  domain: string;
  lang: "fr" | "en";
  /** INSEE region code for regional titles. */
  region?: string;
  volume: number;
  reach: number;
  sections: SectionSpec[];
  newsletters: string[];
};

const s = (slug: string, name: string, weight: number, topics: Record<string, number>, lang?: "fr" | "en"): SectionSpec => ({ slug, name, weight, topics, lang });

const SPORT_MIX = { football: 4, rugby: 2.5, tennis: 1, cycling: 1, other_sports: 1.5 };
const CULTURE_MIX = { cinema: 3.5, music: 2.5, books: 2, exhibitions: 2 };

function nationalSections(english: number): SectionSpec[] {
  const list = [
    s("politique", "Politique", 14, { politics: 1 }),
    s("international", "International", 12, { international: 6, war: 4 }),
    s("economie", "Économie", 16, { economy: 3.5, business: 3, finance: 1.5, jobs: 1, real_estate: 1, startups: 1 }),
    s("societe", "Société", 18, { crime: 2, justice: 1.5, education: 1.5, social: 1.5, health: 1, epidemic: 0.7, accident: 0.8, drugs_arms_terror: 0.5, parenting: 0.5 }),
    s("planete", "Planète", 6, { environment: 7, weather_disaster: 3 }),
    s("sport", "Sport", 12, SPORT_MIX),
    s("culture", "Culture", 8, CULTURE_MIX),
    s("sciences", "Sciences", 4, { science: 6, health: 4 }),
    s("tech", "Tech", 4, { tech: 1 }),
    s("art-de-vivre", "Art de vivre", 6, { food: 3.5, travel: 3.5, wellness: 1.5, fashion_beauty: 1.5 }),
  ];
  if (english) list.push(s("english", "English edition", english, { politics: 2, international: 2, economy: 2, business: 1.5, cinema: 1, rugby: 1, football: 1, environment: 1 }, "en"));
  return list;
}

function regionalSections(rugby: number): SectionSpec[] {
  return [
    s("faits-divers", "Faits divers", 18, { crime: 4.5, accident: 3.5, justice: 1.5, drugs_arms_terror: 0.5 }),
    s("vie-locale", "Vie locale", 24, { local_life: 6, education: 1, health: 1, agriculture: 1, real_estate: 1 }),
    s("economie", "Économie", 12, { business: 3.5, startups: 2, jobs: 2, agriculture: 1.5, economy: 1 }),
    s("sport", "Sport", 16, { football: 4, rugby: 3 * rugby, cycling: 1, other_sports: 2 }),
    s("loisirs", "Loisirs", 10, { food: 3, travel: 2, music: 1.5, cinema: 1, home_garden: 1.5, exhibitions: 1 }),
    s("france-monde", "France-Monde", 10, { politics: 4, international: 2.5, war: 1.5, economy: 1, weather_disaster: 1 }),
    s("environnement", "Environnement", 6, { environment: 6, weather_disaster: 4 }),
    s("auto", "Auto", 4, { car_family: 5, car_electric: 3, car_luxury: 2 }),
  ];
}

function regional(id: string, name: string, domain: string, region: string, rugby: number, reach: number): BrandSpec {
  return { id, name, kind: "regional_daily", domain, lang: "fr", region, volume: 1.6, reach, sections: regionalSections(rugby), newsletters: ["essentiel-local", "sport-local"] };
}

export const BRANDS: BrandSpec[] = [
  { id: "le-quotidien", name: "Le Quotidien", kind: "national_daily", domain: "lequotidien.fr", lang: "fr", volume: 3.3, reach: 10, sections: nationalSections(18), newsletters: ["la-matinale", "essentiel-du-soir", "politique"] },
  { id: "journal-de-france", name: "Le Journal de France", kind: "national_daily", domain: "journaldefrance.fr", lang: "fr", volume: 3, reach: 8, sections: nationalSections(0), newsletters: ["la-matinale", "grands-formats"] },
  {
    id: "the-paris-tribune", name: "The Paris Tribune", kind: "national_daily", domain: "paristribune.com", lang: "en", volume: 6, reach: 3,
    sections: [
      s("france", "France", 15, { politics: 1 }),
      s("world", "World", 15, { international: 6, war: 4 }),
      s("business", "Business", 20, { economy: 3, business: 3, startups: 2, finance: 1.5, real_estate: 1 }),
      s("society", "Society", 10, { crime: 3, justice: 2, social: 2, health: 2, epidemic: 1, drugs_arms_terror: 0.4 }),
      s("climate", "Climate", 7, { environment: 7, weather_disaster: 3 }),
      s("sport", "Sport", 12, { rugby: 3.5, football: 3.5, tennis: 1.5, cycling: 1.5 }),
      s("culture", "Culture", 10, CULTURE_MIX),
      s("food-travel", "Food & Travel", 8, { food: 1, travel: 1 }),
      s("tech", "Tech", 3, { tech: 1 }),
    ],
    newsletters: ["morning-brief", "weekend-reads"],
  },
  regional("echo-d-alsace", "L'Écho d'Alsace", "echo-alsace.fr", "44", 0.3, 2.2),
  regional("gazette-lorraine", "La Gazette lorraine", "gazette-lorraine.fr", "44", 0.3, 1.8),
  regional("courrier-du-nord", "Le Courrier du Nord", "courrierdunord.fr", "32", 0.3, 3),
  regional("rhone-matin", "Le Rhône Matin", "rhonematin.fr", "84", 0.8, 3),
  regional("alpin-libere", "L'Alpin libéré", "alpin-libere.fr", "84", 0.8, 2),
  regional("midi-toulousain", "Le Midi toulousain", "midi-toulousain.fr", "76", 3, 3),
  regional("sud-littoral", "Sud Littoral", "sud-littoral.fr", "93", 1.5, 2.6),
  regional("l-atlantique", "L'Atlantique", "latlantique.fr", "52", 0.6, 2.4),
  regional("armor-matin", "L'Armor Matin", "armor-matin.fr", "53", 0.6, 2.2),
  regional("gironde-republicaine", "La Gironde républicaine", "gironde-republicaine.fr", "75", 3, 2.6),
  regional("bourgogne-republicaine", "La Bourgogne républicaine", "bourgogne-republicaine.fr", "27", 1, 1.4),
  regional("normand-libre", "Le Normand libre", "normand-libre.fr", "28", 0.4, 1.6),
  regional("centre-eclair", "Le Centre Éclair", "centre-eclair.fr", "24", 0.6, 1.3),
  {
    id: "riviera-post", name: "The Riviera Post", kind: "regional_daily", domain: "rivierapost.com", lang: "en", region: "93", volume: 2.6, reach: 0.8,
    sections: [
      s("local", "Local", 30, { local_life: 5, real_estate: 3, weather_disaster: 2 }),
      s("news", "News", 20, { crime: 4, accident: 3, politics: 3 }),
      s("property", "Property", 10, { real_estate: 1 }),
      s("lifestyle", "Lifestyle", 25, { food: 3.5, travel: 3.5, fashion_beauty: 1.5, celebrities: 1.5 }),
      s("sport", "Sport", 10, { football: 6, rugby: 2, tennis: 2 }),
      s("culture", "Culture", 5, { music: 1, cinema: 1 }),
    ],
    newsletters: ["riviera-weekly"],
  },
  {
    id: "l-economiste", name: "L'Économiste", kind: "business", domain: "leconomiste.fr", lang: "fr", volume: 2, reach: 3.5,
    sections: [
      s("economie", "Économie", 22, { economy: 5, jobs: 1.5, real_estate: 1.5, social: 1 }),
      s("entreprises", "Entreprises", 22, { business: 8, social: 2 }),
      s("start-up", "Start-up", 12, { startups: 1 }),
      s("finance", "Finance & marchés", 12, { finance: 1 }),
      s("tech-medias", "Tech & médias", 8, { tech: 1 }),
      s("transition", "Transition", 10, { environment: 8, car_electric: 2 }),
      s("patrimoine", "Patrimoine", 6, { real_estate: 5, finance: 3, car_luxury: 2 }),
      s("english", "In English", 20, { economy: 3, business: 3, startups: 2, finance: 2 }, "en"),
    ],
    newsletters: ["essentiel-eco", "start-up", "marches"],
  },
  {
    id: "entreprendre-hebdo", name: "Entreprendre Hebdo", kind: "business", domain: "entreprendre-hebdo.fr", lang: "fr", volume: 0.8, reach: 1.2,
    sections: [
      s("creer", "Créer sa boîte", 30, { startups: 1 }),
      s("pme", "PME & ETI", 30, { business: 7, jobs: 3 }),
      s("transition", "Entreprises en transition", 25, { environment: 8, car_electric: 2 }),
      s("dirigeants", "Dirigeants", 15, { tech: 4, car_luxury: 3, finance: 3 }),
    ],
    newsletters: ["entrepreneurs"],
  },
  {
    id: "sport-matin", name: "Sport Matin", kind: "sports", domain: "sportmatin.fr", lang: "fr", volume: 2.2, reach: 7,
    sections: [
      s("football", "Football", 40, { football: 1 }), s("rugby", "Rugby", 20, { rugby: 1 }), s("tennis", "Tennis", 10, { tennis: 1 }),
      s("cyclisme", "Cyclisme", 12, { cycling: 1 }), s("omnisport", "Omnisport", 10, { other_sports: 1 }),
      s("english", "English", 8, { football: 6, rugby: 4 }, "en"),
    ],
    newsletters: ["resultats", "mercato"],
  },
  {
    id: "ovalie-magazine", name: "Ovalie Magazine", kind: "sports", domain: "ovalie-mag.fr", lang: "fr", volume: 0.8, reach: 1.5,
    sections: [s("top-14", "Top 14", 45, { rugby: 1 }), s("amateur", "Rugby amateur", 30, { rugby: 1 }), s("xv-de-france", "XV de France", 25, { rugby: 1 })],
    newsletters: ["ovalie"],
  },
  {
    id: "velo-passion", name: "Vélo Passion", kind: "sports", domain: "velo-passion.fr", lang: "fr", volume: 0.5, reach: 0.8,
    sections: [s("route", "Route", 60, { cycling: 1 }), s("outdoor", "Trail & outdoor", 40, { other_sports: 6, travel: 2, wellness: 2 })],
    newsletters: ["velo"],
  },
  {
    id: "l-hebdo", name: "L'Hebdo", kind: "news_weekly", domain: "lhebdo.fr", lang: "fr", volume: 0.8, reach: 3,
    sections: [
      s("politique", "Politique", 25, { politics: 1 }), s("monde", "Monde", 15, { international: 5, war: 5 }), s("economie", "Économie", 15, { economy: 5, business: 3, startups: 2 }),
      s("societe", "Société", 20, { social: 3, justice: 2, education: 2, health: 2, crime: 1 }), s("culture", "Culture", 15, CULTURE_MIX), s("idees", "Idées", 10, { environment: 6, science: 4 }),
    ],
    newsletters: ["hebdo"],
  },
  {
    id: "le-regard", name: "Le Regard", kind: "news_weekly", domain: "leregard.fr", lang: "fr", volume: 0.8, reach: 2.2,
    sections: [
      s("politique", "Politique", 22, { politics: 1 }), s("monde", "Monde", 15, { international: 5, war: 5 }), s("enquetes", "Enquêtes", 15, { justice: 3, crime: 3, drugs_arms_terror: 1, business: 3 }),
      s("economie", "Économie", 15, { economy: 5, finance: 3, real_estate: 2 }), s("culture", "Culture", 18, CULTURE_MIX), s("planete", "Planète", 15, { environment: 7, weather_disaster: 3 }),
    ],
    newsletters: ["regard"],
  },
  ...womens(),
  ...lifestyle(),
  ...techAutoCultureKids(),
];

function womens(): BrandSpec[] {
  const sections = () => [
    s("mode", "Mode", 30, { fashion_beauty: 1 }), s("beaute", "Beauté", 15, { fashion_beauty: 1 }), s("people", "People", 20, { celebrities: 1 }),
    s("cuisine", "Cuisine", 10, { food: 1 }), s("psycho", "Psycho & bien-être", 10, { wellness: 1 }), s("famille", "Famille", 10, { parenting: 1 }),
    s("societe", "Société", 5, { social: 5, health: 5 }),
  ];
  return [
    { id: "madame-style", name: "Madame Style", kind: "womens", domain: "madamestyle.fr", lang: "fr", volume: 0.7, reach: 3, sections: sections(), newsletters: ["tendances"] },
    { id: "elles-aujourd-hui", name: "Elles Aujourd'hui", kind: "womens", domain: "elles-aujourdhui.fr", lang: "fr", volume: 0.7, reach: 2.5, sections: sections(), newsletters: ["elles"] },
    { id: "tendances-beaute", name: "Tendances Beauté", kind: "womens", domain: "tendances-beaute.fr", lang: "fr", volume: 0.7, reach: 1.6, sections: sections(), newsletters: ["beaute"] },
  ];
}

function lifestyle(): BrandSpec[] {
  return [
    {
      id: "maison-jardin", name: "Maison & Jardin", kind: "lifestyle", domain: "maison-jardin.fr", lang: "fr", volume: 0.6, reach: 2,
      sections: [s("deco", "Déco", 35, { home_garden: 1 }), s("jardin", "Jardin", 35, { home_garden: 1 }), s("travaux", "Travaux", 30, { home_garden: 6, real_estate: 2, environment: 2 })],
      newsletters: ["jardin"],
    },
    {
      id: "saveurs-et-tables", name: "Saveurs & Tables", kind: "lifestyle", domain: "saveurs-tables.fr", lang: "fr", volume: 0.6, reach: 2.4,
      sections: [s("recettes", "Recettes", 55, { food: 1 }), s("restaurants", "Restaurants", 25, { food: 1 }), s("vins", "Vins", 20, { food: 7, agriculture: 3 })],
      newsletters: ["recette-du-jour"],
    },
    {
      id: "evasion-voyages", name: "Évasion Voyages", kind: "lifestyle", domain: "evasion-voyages.fr", lang: "fr", volume: 0.6, reach: 1.8,
      sections: [s("destinations", "Destinations", 45, { travel: 1 }), s("week-end", "Week-end", 30, { travel: 8, food: 2 }), s("in-english", "In English", 25, { travel: 8, food: 2 }, "en")],
      newsletters: ["evasion"],
    },
    {
      id: "bien-etre-mag", name: "Bien-Être Mag", kind: "lifestyle", domain: "bienetre-mag.fr", lang: "fr", volume: 0.6, reach: 1.8,
      sections: [s("forme", "Forme", 40, { wellness: 1 }), s("sante", "Santé", 35, { health: 7, epidemic: 1, wellness: 2 }), s("nutrition", "Nutrition", 25, { food: 5, wellness: 5 })],
      newsletters: ["bien-etre"],
    },
  ];
}

function techAutoCultureKids(): BrandSpec[] {
  return [
    {
      id: "numerique-hebdo", name: "Numérique Hebdo", kind: "tech", domain: "numerique-hebdo.fr", lang: "fr", volume: 0.7, reach: 1.6,
      sections: [s("actu", "Actu", 45, { tech: 1 }), s("start-up", "Start-up", 20, { startups: 1 }), s("sciences", "Sciences", 15, { science: 1 }), s("tests", "Tests", 10, { tech: 1 }), s("english", "English", 10, { tech: 6, startups: 4 }, "en")],
      newsletters: ["numerique"],
    },
    {
      id: "geek-and-co", name: "Geek & Co", kind: "tech", domain: "geekandco.fr", lang: "fr", volume: 0.6, reach: 1.4,
      sections: [s("high-tech", "High-tech", 60, { tech: 1 }), s("series", "Séries & ciné", 20, { cinema: 1 }), s("sciences", "Sciences", 20, { science: 1 })],
      newsletters: ["geek"],
    },
    {
      id: "auto-passion", name: "Auto Passion", kind: "automotive", domain: "autopassion.fr", lang: "fr", volume: 0.6, reach: 2,
      sections: [
        s("essais", "Essais", 35, { car_family: 5, car_luxury: 3, car_electric: 2 }), s("electrique", "Électrique", 20, { car_electric: 1 }),
        s("prestige", "Prestige", 15, { car_luxury: 1 }), s("famille", "Voitures familiales", 20, { car_family: 1 }), s("actu", "Actu auto", 10, { car_electric: 4, business: 3, accident: 3 }),
      ],
      newsletters: ["essais"],
    },
    {
      id: "le-guide-auto", name: "Le Guide Auto", kind: "automotive", domain: "leguideauto.fr", lang: "fr", volume: 0.5, reach: 1.6,
      sections: [s("occasion", "Occasion", 40, { car_family: 6, car_electric: 2, car_luxury: 2 }), s("essais", "Essais", 40, { car_family: 5, car_luxury: 3, car_electric: 2 }), s("budget", "Budget auto", 20, { car_electric: 5, car_family: 5 })],
      newsletters: ["guide"],
    },
    {
      id: "scenes-et-ecrans", name: "Scènes & Écrans", kind: "culture", domain: "scenes-ecrans.fr", lang: "fr", volume: 0.6, reach: 1.5,
      sections: [s("cinema", "Cinéma", 30, { cinema: 1 }), s("musique", "Musique", 25, { music: 1 }), s("livres", "Livres", 15, { books: 1 }), s("expositions", "Expos & scènes", 20, { exhibitions: 1 }), s("english", "English", 10, { cinema: 5, music: 5 }, "en")],
      newsletters: ["sorties"],
    },
    {
      id: "momes-magazine", name: "Mômes Magazine", kind: "kids_family", domain: "momes-mag.fr", lang: "fr", volume: 0.4, reach: 0.8,
      sections: [s("jeux", "Jeux & quiz", 40, { kids: 1 }), s("decouvertes", "Découvertes", 40, { kids: 7, science: 3 }), s("recettes", "Cuisine des petits", 20, { kids: 5, food: 5 })],
      newsletters: ["momes"],
    },
    {
      id: "famille-aujourd-hui", name: "Famille Aujourd'hui", kind: "kids_family", domain: "famille-aujourdhui.fr", lang: "fr", volume: 0.4, reach: 1.2,
      sections: [s("parents", "Parents", 50, { parenting: 1 }), s("ecole", "École", 20, { education: 1 }), s("sorties", "Sorties & vacances", 20, { travel: 5, food: 2, car_family: 3 }), s("sante", "Santé des enfants", 10, { health: 6, epidemic: 2, parenting: 2 })],
      newsletters: ["famille"],
    },
  ];
}

export const BRAND_INDEX: ReadonlyMap<string, number> = new Map(BRANDS.map((b, i) => [b.id, i]));
