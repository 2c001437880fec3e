import type { Pools } from "./engine";

/*
 * Extra slot-rich titles for the topics with the most articles per template, so that over
 * 20,000+ articles titles rarely repeat (measured by db/seed/articles.test.ts).
 */
export type ExtraTitles = { fr?: string[]; en?: string[]; frSlots?: Pools; enSlots?: Pools };

const POLISSUE_FR = ["la hausse des impôts locaux", "la fermeture d'une maternité", "le manque de logements sociaux", "l'insécurité", "la desserte ferroviaire", "la fermeture du bureau de poste", "le prix de l'eau", "les déserts médicaux"];
const POLISSUE_EN = ["local tax rises", "a maternity ward closure", "the housing shortage", "rail links", "post office closures", "water prices", "medical deserts"];

export const EXTRA_TITLES: Record<string, ExtraTitles> = {
  politics: {
    fr: [
      "{personM}, député {ofRegion}, dénonce {polissue}", "{polissue} : {person} interpelle le gouvernement", "Conseil régional {ofRegion} : le budget {year} voté",
      "Visite ministérielle à {city} sur {polissue}", "Législative partielle à {city} : {n:2-8} candidats en lice", "Sondage : {n:25-65} % des Français favorables au texte sur {bill}",
      "{party} : {person} veut prendre la tête du parti", "Mairie de {city} : l'opposition dénonce {polissue}", "Intercommunalité : {city} et {city2} veulent travailler ensemble",
      "{polissue} : le conseil municipal de {city} sous tension",
    ],
    en: [
      "{person}, MP for {city}, slams {polissue}", "Poll: {n:25-65}% of French back the {bill} bill", "Minister visits {city} amid row over {polissue}",
      "{city} council: opposition cries foul over {polissue}", "By-election in {city}: {n:2-8} candidates in the race", "What the {bill} bill means for you",
      "Senate rewrites the {bill} bill", "France's {bill} reform in {n:3-9} points", "{person} eyes the party leadership", "{region} regional council passes {year} budget",
    ],
    frSlots: { polissue: POLISSUE_FR, party: ["Le parti majoritaire", "La droite républicaine", "La gauche écologiste", "Le centre"] },
    enSlots: { polissue: POLISSUE_EN },
  },
  economy: {
    fr: [
      "Pouvoir d'achat : à {city}, les ménages font leurs comptes", "{expense} : une hausse de {pct} attendue en {nextYear}", "Conjoncture {ofRegion} : {n:3-9} signaux à surveiller",
      "{expense} : ce qui change au {n:1-28} du mois", "Inflation : les prix {expenseOf} ont bondi de {pct}", "Budget : {n:2-40} milliards d'économies recherchées",
    ],
    en: ["{expense}: prices up {pct} in a year", "Cost of living: {city} households tighten belts", "Budget: the government seeks €{n:2-40} billion in savings", "{region} economy: {n:3-9} signs to watch"],
    frSlots: { expense: ["Électricité", "Loyers", "Carburants", "Assurances", "Mutuelles", "Péages", "Produits alimentaires"], expenseOf: ["de l'électricité", "des loyers", "des carburants", "des assurances"] },
    enSlots: { expense: ["Electricity", "Rents", "Fuel", "Insurance", "Motorway tolls", "Food"] },
  },
  finance: {
    fr: ["{stock} : le titre bondit de {pct} après ses résultats", "-{stock} chute de {pct} en Bourse", "Épargne : {n:3-9} placements pour {year}", "Crédit : {n:3-9} conseils pour négocier son prêt à {city}", "Bourse de Paris : {stock} à l'honneur"],
    en: ["{stock} shares jump {pct} on results", "-{stock} slides {pct} in Paris", "Savings: {n:3-9} options for {year}", "Mortgages: {n:3-9} tips to negotiate your loan"],
    frSlots: { stock: ["Méridia", "Bellecour Industrie", "Novaterra", "Pyrène Énergie", "Hexagone Data", "Solvéa"] },
    enSlots: { stock: ["Méridia", "Bellecour Industrie", "Novaterra", "Pyrène Énergie"] },
  },
  jobs: {
    fr: ["{trade} : {n:50-900} postes à pourvoir {inRegion}", "Reconversion : {personM} est devenu {trade2} à {n:35-55} ans", "Emploi à {city} : {employer} recrute {n:20-300} personnes", "Salaires : combien gagne un {trade2} en {year} ?"],
    en: ["{n:50-900} jobs on offer in {region}", "{employer} hiring {n:20-300} in {city}", "Career change: from office to {trade2} at {n:35-55}"],
    frSlots: { trade: ["Bâtiment", "Santé", "Logistique", "Restauration", "Industrie", "Numérique"], trade2: ["boulanger", "infirmier", "développeur", "charpentier", "maraîcher", "cuisinier"], employer: ["un hôpital", "une plateforme logistique", "une usine", "un groupe de restauration", "un parc d'attractions"] },
    enSlots: { trade2: ["baker", "nurse", "developer", "carpenter", "market gardener"], employer: ["A hospital", "A logistics hub", "A factory", "A theme park"] },
  },
  health: {
    fr: ["{city} : {n:2-12} nouveaux médecins s'installent", "Hôpital de {city} : {n:10-80} lits rouverts", "-Urgences de {city} : des heures d'attente", "{illness} : {n:3-9} idées reçues", "Santé {ofRegion} : {n:2-20} maisons de santé en projet", "Dépistage {ofIllness} : une campagne lancée à {city}"],
    en: ["{city} welcomes {n:2-12} new GPs", "-A&E waits soar in {city}", "{illness}: {n:3-9} myths debunked"],
    frSlots: { illness: ["Diabète", "Hypertension", "Migraine", "Asthme", "Cholestérol", "Arthrose"], ofIllness: ["du cancer colorectal", "du diabète", "du cancer du sein"] },
    enSlots: { illness: ["Diabetes", "Hypertension", "Migraine", "Asthma"] },
  },
  education: {
    fr: ["Lycée de {city} : {n:88-100} % de réussite au bac", "Collège de {city} : les parents inquiets pour {schoolissue}", "Rentrée à {city} : {n:200-9000} élèves attendus", "Université de {city} : {n:2-9} nouvelles formations", "{schoolissue} : les enseignants de {city} mobilisés"],
    en: ["{city} high school posts {n:88-100}% pass rate", "{city} university launches {n:2-9} new courses"],
    frSlots: { schoolissue: ["la cantine", "les remplacements", "la sécurité aux abords", "les effectifs", "le chauffage des classes"] },
  },
  home_garden: {
    fr: ["{plant2} : {n:3-9} erreurs à éviter", "Déco : le {style} s'invite dans le salon", "Avant/après : une {house} rénovée près de {city}", "Jardin : {n:3-12} astuces pour {gardentask}", "{plant2} : comment les réussir en {month}", "Maison : {n:3-9} idées {style} pour moins de {n:50-500} euros"],
    en: ["{plant2}: {n:3-9} mistakes to avoid", "Before and after: a {house} renovated near {city}", "Garden: {n:3-12} tips to {gardentask}"],
    frSlots: {
      plant2: ["Les tomates", "Les rosiers", "Les orchidées", "Les fraisiers", "Les hortensias", "Les courgettes", "Les agrumes en pot"], style: ["style bohème", "style scandinave", "style industriel", "style campagne chic"],
      house: ["longère", "maison de ville", "grange", "maison de pêcheur", "ferme"], gardentask: ["économiser l'eau", "attirer les oiseaux", "préparer l'hiver", "réussir ses semis"],
    },
    enSlots: { plant2: ["Tomatoes", "Roses", "Orchids", "Strawberries"], house: ["farmhouse", "town house", "barn"], gardentask: ["save water", "attract birds", "prepare for winter"], month: ["March", "April", "May", "September"] },
  },
  parenting: {
    fr: ["Ados : {n:3-9} conseils pour {parenttask}", "Bébé : {n:3-9} questions sur {babytopic}", "Témoignage : « {parentquote} »", "Crèches à {city} : {n:20-300} places créées", "Enfants : comment gérer {babytopic} ?"],
    en: ["Teens: {n:3-9} tips to {parenttask}", "Baby: {n:3-9} questions about {babytopic}"],
    frSlots: { parenttask: ["limiter les écrans", "parler d'argent", "gérer les disputes", "réussir les devoirs"], babytopic: ["le sommeil", "la diversification alimentaire", "les premières dents", "la crèche"], parentquote: ["Mon fils a arrêté les écrans pendant un mois", "Nous avons choisi l'instruction en famille", "Être parent solo au quotidien"] },
    enSlots: { parenttask: ["limit screen time", "talk about money", "handle arguments"], babytopic: ["sleep", "weaning", "teething"] },
  },
  kids: {
    fr: ["Quiz : connais-tu {kidtopic} ?", "Le saviez-vous ? {n:5-12} secrets sur {kidtopic}", "Bricolage : fabrique {craft} en {n:10-30} minutes", "{kidtopic} expliqués aux enfants", "Jeu : retrouve {n:5-10} différences à {city}"],
    frSlots: { kidtopic: ["les volcans", "les planètes", "les abeilles", "les pyramides", "les chevaliers", "les baleines", "les dinosaures", "les pompiers"], craft: ["une fusée en carton", "un attrape-rêves", "une mangeoire à oiseaux", "un bateau en bouchons"] },
  },
  wellness: {
    fr: ["{wtopic} : {n:3-12} conseils de {expertW}", "{n:5-30} minutes de {activity} par jour : les effets", "Bien-être : {person} nous livre ses secrets", "{wtopic} : ce que dit la science", "Forme : {n:3-9} exercices à faire chez soi"],
    en: ["{wtopic}: {n:3-12} tips from experts", "{n:5-30} minutes of {activity} a day: the effects"],
    frSlots: { wtopic: ["Sommeil", "Stress", "Dos", "Digestion", "Fatigue", "Concentration"], expertW: ["kiné", "sophrologue", "nutritionniste", "coach sportif"], activity: ["marche", "yoga", "vélo", "natation", "méditation"] },
    enSlots: { wtopic: ["Sleep", "Stress", "Back pain", "Fatigue"], activity: ["walking", "yoga", "cycling", "swimming"] },
  },
  science: {
    fr: ["Chercheurs de {city} : une découverte sur {scitopic}", "{scitopic} : une étude remet en cause les idées reçues", "Le CNRS de {city} lance un projet sur {scitopic}"],
    en: ["{city} researchers make discovery on {scitopic}"],
    frSlots: { scitopic: ["les trous noirs", "le microbiote", "les océans", "la mémoire", "les abeilles", "le climat passé"] },
    enSlots: { scitopic: ["black holes", "the microbiome", "oceans", "memory"] },
  },
  travel: {
    fr: ["{dest} : {n:3-12} expériences à vivre", "Week-end à {city} : {n:3-10} adresses coup de cœur", "Road-trip {inRegion} : notre itinéraire de {n:3-10} jours", "Vacances : {dest} à petit prix"],
    en: ["{dest}: {n:3-12} experiences not to miss", "A road trip {region} in {n:3-10} days", "Weekend in {city}: {n:3-10} favourite spots"],
    enSlots: { dest: ["Portugal", "Crete", "Iceland", "Japan", "Sicily", "Quebec"] },
  },
  international: {
    fr: ["{capital} : les ministres {ofDossier} réunis", "Sommet à {capital} : {n:2-30} pays signent un accord", "{capital} : le président français en visite pour {n:2-3} jours"],
    en: ["{capital} talks: {n:2-30} countries sign deal", "French president in {capital} for {n:2-3}-day visit", "{capital} hosts ministers on {dossier}"],
    frSlots: { ofDossier: ["de la Défense", "du Commerce", "de l'Énergie", "de l'Agriculture"] },
  },
  war: {
    fr: ["!Front : {n:3-40} localités reprises selon l'armée", "-Guerre : {n:2-10} ans après, la reconstruction s'enlise", "Aide humanitaire : {n:20-400} camions entrent dans la zone"],
    en: ["!Frontline: army claims {n:3-40} villages retaken", "Aid: {n:20-400} trucks enter the zone"],
  },
  cinema: { en: ["\"{film}\" review: {verdictEn}", "{person} shines in \"{film}\"", "Box office: \"{film}\" tops {n:200-1500},000 admissions"], enSlots: { verdictEn: ["a triumph", "a mixed bag", "a gem", "a letdown"] } },
  fashion_beauty: { en: ["{label}: {n:5-15} looks for the season", "Beauty: {n:3-9} products for winter skin", "{person}'s beauty routine"] },
  tech: { fr: ["Test : {phone}, {techverdict}", "Logiciel : {n:3-9} outils pour {techtask}", "IA : à {city}, une PME automatise {techtask}"], en: ["{phone} review: {techverdictEn}", "AI: a {city} SME automates its paperwork"], frSlots: { techverdict: ["le meilleur rapport qualité-prix", "une déception", "le nouveau roi de l'autonomie"], techtask: ["sa comptabilité", "le service client", "la gestion des stocks", "la prise de rendez-vous"] }, enSlots: { techverdictEn: ["best value yet", "a disappointment", "the battery king"] } },
  business: { en: ["{coname} opens site in {city} with {n:50-600} jobs", "{coname} names {person} chief executive", "{coname}: results beat forecasts"], fr: ["{coname} nomme {person} à sa tête", "{coname} ouvre un site à {city} : {n:50-600} emplois"] },
  real_estate: { en: ["{city} property: {n:3-9} neighbourhoods to watch", "Renting in {city}: {n:3-9} things to know"], fr: ["Immobilier à {city} : {n:3-9} quartiers à surveiller", "Location à {city} : les loyers en hausse de {pct}"] },
  food: { en: ["{n:5-12} ideas for summer salads", "{city} market: what's in season"] },
};
