/*
 * INSEE regions (2016 codes) with their départements and main cities. Population weights
 * are rounded millions (INSEE 2021 estimates), enough to draw realistic reader locations.
 */

export type Departement = { code: string; name: string; pop: number };
export type Region = { code: string; name: string; pop: number; departements: Departement[]; cities: string[] };

function deps(list: [string, string, number][]): Departement[] {
  return list.map(([code, name, pop]) => ({ code, name, pop }));
}

export const REGIONS: Region[] = [
  {
    code: "11", name: "Île-de-France", pop: 12.3,
    departements: deps([["75", "Paris", 2.1], ["77", "Seine-et-Marne", 1.43], ["78", "Yvelines", 1.45], ["91", "Essonne", 1.31], ["92", "Hauts-de-Seine", 1.62], ["93", "Seine-Saint-Denis", 1.66], ["94", "Val-de-Marne", 1.41], ["95", "Val-d'Oise", 1.25]]),
    cities: ["Paris", "Boulogne-Billancourt", "Saint-Denis", "Versailles", "Argenteuil", "Montreuil", "Créteil", "Nanterre", "Meaux", "Évry-Courcouronnes", "Vincennes", "Cergy"],
  },
  {
    code: "24", name: "Centre-Val de Loire", pop: 2.57,
    departements: deps([["18", "Cher", 0.3], ["28", "Eure-et-Loir", 0.43], ["36", "Indre", 0.22], ["37", "Indre-et-Loire", 0.61], ["41", "Loir-et-Cher", 0.33], ["45", "Loiret", 0.68]]),
    cities: ["Orléans", "Tours", "Bourges", "Blois", "Chartres", "Châteauroux", "Vierzon", "Amboise"],
  },
  {
    code: "27", name: "Bourgogne-Franche-Comté", pop: 2.8,
    departements: deps([["21", "Côte-d'Or", 0.53], ["25", "Doubs", 0.54], ["39", "Jura", 0.26], ["58", "Nièvre", 0.2], ["70", "Haute-Saône", 0.23], ["71", "Saône-et-Loire", 0.55], ["89", "Yonne", 0.33], ["90", "Territoire de Belfort", 0.14]]),
    cities: ["Dijon", "Besançon", "Belfort", "Chalon-sur-Saône", "Auxerre", "Nevers", "Mâcon", "Beaune", "Dole"],
  },
  {
    code: "28", name: "Normandie", pop: 3.32,
    departements: deps([["14", "Calvados", 0.69], ["27", "Eure", 0.6], ["50", "Manche", 0.49], ["61", "Orne", 0.28], ["76", "Seine-Maritime", 1.25]]),
    cities: ["Rouen", "Caen", "Cherbourg-en-Cotentin", "Évreux", "Alençon", "Dieppe", "Lisieux", "Bayeux", "Fécamp"],
  },
  {
    code: "32", name: "Hauts-de-France", pop: 6.0,
    departements: deps([["02", "Aisne", 0.53], ["59", "Nord", 2.61], ["60", "Oise", 0.83], ["62", "Pas-de-Calais", 1.46], ["80", "Somme", 0.57]]),
    cities: ["Lille", "Amiens", "Roubaix", "Tourcoing", "Dunkerque", "Calais", "Arras", "Beauvais", "Saint-Quentin", "Valenciennes", "Lens", "Boulogne-sur-Mer"],
  },
  {
    code: "44", name: "Grand Est", pop: 5.56,
    departements: deps([["08", "Ardennes", 0.27], ["10", "Aube", 0.31], ["51", "Marne", 0.57], ["52", "Haute-Marne", 0.17], ["54", "Meurthe-et-Moselle", 0.73], ["55", "Meuse", 0.18], ["57", "Moselle", 1.05], ["67", "Bas-Rhin", 1.14], ["68", "Haut-Rhin", 0.77], ["88", "Vosges", 0.36]]),
    cities: ["Strasbourg", "Reims", "Metz", "Mulhouse", "Nancy", "Colmar", "Troyes", "Charleville-Mézières", "Épinal", "Thionville", "Haguenau", "Verdun"],
  },
  {
    code: "52", name: "Pays de la Loire", pop: 3.83,
    departements: deps([["44", "Loire-Atlantique", 1.43], ["49", "Maine-et-Loire", 0.82], ["53", "Mayenne", 0.31], ["72", "Sarthe", 0.57], ["85", "Vendée", 0.69]]),
    cities: ["Nantes", "Angers", "Saint-Nazaire", "La Roche-sur-Yon", "Laval", "Cholet", "Saumur", "Les Sables-d'Olonne"],
  },
  {
    code: "53", name: "Bretagne", pop: 3.37,
    departements: deps([["22", "Côtes-d'Armor", 0.6], ["29", "Finistère", 0.92], ["35", "Ille-et-Vilaine", 1.08], ["56", "Morbihan", 0.76]]),
    cities: ["Rennes", "Brest", "Quimper", "Lorient", "Vannes", "Saint-Malo", "Saint-Brieuc", "Lannion", "Concarneau"],
  },
  {
    code: "75", name: "Nouvelle-Aquitaine", pop: 6.03,
    departements: deps([["16", "Charente", 0.35], ["17", "Charente-Maritime", 0.65], ["19", "Corrèze", 0.24], ["23", "Creuse", 0.12], ["24", "Dordogne", 0.41], ["33", "Gironde", 1.62], ["40", "Landes", 0.41], ["47", "Lot-et-Garonne", 0.33], ["64", "Pyrénées-Atlantiques", 0.68], ["79", "Deux-Sèvres", 0.37], ["86", "Vienne", 0.44], ["87", "Haute-Vienne", 0.37]]),
    cities: ["Bordeaux", "Limoges", "Poitiers", "Pau", "La Rochelle", "Bayonne", "Angoulême", "Biarritz", "Périgueux", "Niort", "Agen", "Mont-de-Marsan", "Brive-la-Gaillarde", "Arcachon"],
  },
  {
    code: "76", name: "Occitanie", pop: 5.97,
    departements: deps([["09", "Ariège", 0.15], ["11", "Aude", 0.37], ["12", "Aveyron", 0.28], ["30", "Gard", 0.75], ["31", "Haute-Garonne", 1.4], ["32", "Gers", 0.19], ["34", "Hérault", 1.18], ["46", "Lot", 0.17], ["48", "Lozère", 0.08], ["65", "Hautes-Pyrénées", 0.23], ["66", "Pyrénées-Orientales", 0.48], ["81", "Tarn", 0.39], ["82", "Tarn-et-Garonne", 0.26]]),
    cities: ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Béziers", "Narbonne", "Albi", "Carcassonne", "Castres", "Tarbes", "Rodez", "Montauban", "Auch", "Sète"],
  },
  {
    code: "84", name: "Auvergne-Rhône-Alpes", pop: 8.08,
    departements: deps([["01", "Ain", 0.65], ["03", "Allier", 0.33], ["07", "Ardèche", 0.33], ["15", "Cantal", 0.14], ["26", "Drôme", 0.52], ["38", "Isère", 1.27], ["42", "Loire", 0.77], ["43", "Haute-Loire", 0.23], ["63", "Puy-de-Dôme", 0.66], ["69", "Rhône", 1.88], ["73", "Savoie", 0.44], ["74", "Haute-Savoie", 0.83]]),
    cities: ["Lyon", "Saint-Étienne", "Grenoble", "Clermont-Ferrand", "Villeurbanne", "Annecy", "Chambéry", "Valence", "Bourg-en-Bresse", "Vichy", "Aurillac", "Roanne", "Chamonix"],
  },
  {
    code: "93", name: "Provence-Alpes-Côte d'Azur", pop: 5.1,
    departements: deps([["04", "Alpes-de-Haute-Provence", 0.16], ["05", "Hautes-Alpes", 0.14], ["06", "Alpes-Maritimes", 1.1], ["13", "Bouches-du-Rhône", 2.05], ["83", "Var", 1.08], ["84", "Vaucluse", 0.56]]),
    cities: ["Marseille", "Nice", "Toulon", "Aix-en-Provence", "Avignon", "Cannes", "Antibes", "Gap", "Digne-les-Bains", "Arles", "Fréjus", "Menton"],
  },
  {
    code: "94", name: "Corse", pop: 0.35,
    departements: deps([["2A", "Corse-du-Sud", 0.16], ["2B", "Haute-Corse", 0.18]]),
    cities: ["Ajaccio", "Bastia", "Porto-Vecchio", "Corte", "Calvi"],
  },
  { code: "01", name: "Guadeloupe", pop: 0.38, departements: deps([["971", "Guadeloupe", 0.38]]), cities: ["Pointe-à-Pitre", "Basse-Terre"] },
  { code: "02", name: "Martinique", pop: 0.36, departements: deps([["972", "Martinique", 0.36]]), cities: ["Fort-de-France"] },
  { code: "03", name: "Guyane", pop: 0.29, departements: deps([["973", "Guyane", 0.29]]), cities: ["Cayenne", "Kourou"] },
  { code: "04", name: "La Réunion", pop: 0.87, departements: deps([["974", "La Réunion", 0.87]]), cities: ["Saint-Pierre", "Le Tampon"] },
  { code: "06", name: "Mayotte", pop: 0.3, departements: deps([["976", "Mayotte", 0.3]]), cities: ["Mamoudzou"] },
];

export const REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** Every city, for national titles (weighted by region when drawn). */
export const ALL_CITIES: string[] = REGIONS.flatMap((r) => r.cities);
