import type { Topic } from "./types";

/* Hard news: the pessimistic and anxious share of the corpus, plus justice and politics. */

export const CRIME: Topic = {
  id: "crime",
  tones: { pessimistic: 6, anxious: 3, neutral: 1 },
  fr: {
    titles: [
      "-{city} : un homme de {age} ans tué par balle", "-Cambriolages en série à {city} : {n:2-5} suspects interpellés", "!Agression au couteau près de la gare de {city}",
      "-Braquage d'une bijouterie du centre-ville de {city}", "!Féminicide à {city} : le conjoint en garde à vue", "-Règlement de comptes à {city} : {n:2-4} blessés",
      "-Vol avec violence : un septuagénaire agressé à son domicile", "Escroquerie : une fausse entreprise démantelée {inRegion}", "!Rixe mortelle à la sortie d'une discothèque de {city}",
      "-Incendie criminel : une école vandalisée à {city}",
    ],
    open: [
      "-Un homme de {age} ans a été tué par balle {when} dans un quartier de {city}.", "!Une femme a été grièvement blessée à l'arme blanche {when} près de la gare de {city}.",
      "-Les gendarmes ont interpellé {n:2-5} suspects soupçonnés d'une vingtaine de cambriolages.", "-Deux individus armés ont braqué {when} une bijouterie du centre de {city}.",
    ],
    detail: [
      "Le pronostic vital de la victime est engagé, selon le parquet.", "« {crimequote} », {says} {resident}.", "Une enquête pour meurtre a été ouverte et confiée à la police judiciaire.",
      "Les malfaiteurs ont pris la fuite à bord d'un véhicule volé.", "Le butin est estimé à {smallmoney}.",
    ],
    close: ["Un appel à témoins a été lancé.", "Les suspects doivent être présentés à un juge {soon}.", "Une cellule d'aide psychologique a été ouverte."],
    slots: { crimequote: ["On ne se sent plus en sécurité dans le quartier", "C'est la première fois que ça arrive ici", "J'ai entendu des cris puis des coups de feu"] },
  },
  en: {
    titles: ["-Man, {age}, shot dead in {city}", "!Knife attack near {city} station", "-Jewellery store robbed in central {city}", "-Burglary spree: {n:2-5} arrested"],
    open: ["-A {age}-year-old man was shot dead {when} in {city}.", "!A woman was seriously injured in a knife attack {when} near {city} station."],
    detail: ["A murder inquiry has been opened.", "The robbers fled in a stolen car."],
    close: ["Police have appealed for witnesses.", "The suspects will appear before a judge {soon}."],
    slots: {},
  },
};

export const ACCIDENT: Topic = {
  id: "accident",
  tones: { pessimistic: 6, anxious: 2, neutral: 1 },
  fr: {
    titles: [
      "-Accident sur la {road} : {un mort|{n:2-4} morts}", "-Collision entre un car scolaire et une voiture près de {city}", "-Un motard de {age} ans se tue sur une route {ofDept}",
      "!Carambolage sur l'autoroute : {n:5-40} véhicules impliqués", "-Chute mortelle d'un randonneur dans le massif", "-Incendie d'un immeuble à {city} : {n:2-4} victimes",
      "Sécurité routière : la mortalité en baisse de {pct}",
    ],
    open: [
      "-Un accident de la route a fait {un mort|{n:2-4} morts} {when} sur la {road}, près de {city}.", "!Un carambolage impliquant {n:5-40} véhicules s'est produit {when} dans le brouillard.",
      "-Un incendie s'est déclaré {when} au troisième étage d'un immeuble de {city}.",
    ],
    detail: ["Les pompiers ont mobilisé {n:20-90} hommes et un hélicoptère.", "La circulation a été coupée pendant {n:2-6} heures.", "L'alcool et la vitesse pourraient être en cause."],
    close: ["Une enquête a été ouverte pour déterminer les circonstances.", "Le maire a annoncé une minute de silence."],
    slots: { road: ["RN {n:7-165}", "D{n:10-990}", "A{n:4-89}", "rocade de {city}"] },
  },
  en: {
    titles: ["-Crash on the A{n:4-89} leaves {n:2-4} dead", "!Pile-up involving {n:5-40} vehicles", "-Fire in {city} apartment block"],
    open: ["-A road accident killed {n:2-4} people {when} near {city}.", "-A fire broke out {when} in a {city} apartment building."],
    detail: ["Firefighters deployed {n:20-90} crew and a helicopter."],
    close: ["An investigation has been opened."],
    slots: {},
  },
};

export const JUSTICE: Topic = {
  id: "justice",
  tones: { neutral: 5, pessimistic: 3 },
  fr: {
    titles: [
      "Procès : {n:5-30} ans de réclusion requis contre l'accusé", "Tribunal de {city} : un élu condamné pour prise illégale d'intérêts", "Cour d'assises : verdict attendu {next}",
      "Fraude fiscale : {coname2} condamnée à {money} d'amende", "-Violences conjugales : {n:18-36} mois de prison ferme", "Justice : la réforme du code pénal examinée au Sénat",
    ],
    open: ["La cour d'assises {ofDept} a condamné {when} un homme de {age} ans à {n:5-30} ans de réclusion.", "Le tribunal correctionnel de {city} a rendu {when} son jugement dans une affaire de fraude."],
    detail: ["L'avocat de la défense a annoncé son intention de faire appel.", "« {jquote} », a déclaré {personF}, avocate des parties civiles."],
    close: ["Le prévenu dispose de dix jours pour faire appel.", "Le délibéré sera rendu {soon}."],
    slots: { coname2: ["une société de BTP", "une enseigne de distribution", "une agence de conseil"], jquote: ["Justice a été rendue", "Ce verdict est une étape pour les familles"] },
  },
  en: {
    titles: ["Trial: prosecutors seek {n:5-30} years", "{city} court convicts local official", "Tax fraud: firm fined {money}"],
    open: ["A court in {city} sentenced a {age}-year-old man to {n:5-30} years {when}."],
    detail: ["The defence said it would appeal."],
    close: ["The verdict is expected {soon}."],
    slots: {},
  },
};

export const DISASTER: Topic = {
  id: "weather_disaster",
  tones: { anxious: 5, pessimistic: 3, neutral: 2 },
  fr: {
    titles: [
      "!Tempête {stormname} : {dept} en vigilance rouge", "!Inondations : {n:200-3000} foyers évacués autour de {city}", "-Incendie de forêt : {n:100-4000} hectares partis en fumée {inRegion}",
      "Météo : un week-end {ensoleillé|pluvieux|venteux} en perspective", "!Canicule : {n:10-45} départements en vigilance orange", "-Grêle : les vignes {ofRegion} dévastées",
      "!Séisme de magnitude {n:3-5},{n:1-9} ressenti {inRegion}", "Météo : les prévisions pour {next}",
    ],
    open: [
      "!Météo-France a placé {dept} en vigilance rouge {when} à l'approche de la tempête {stormname}.", "!La crue a contraint les autorités à évacuer {n:200-3000} foyers autour de {city}.",
      "-Le feu a parcouru {n:100-4000} hectares de forêt avant d'être fixé {when}.", "Les températures devraient atteindre {n:25-39} degrés {when} dans le sud du pays.",
    ],
    detail: ["Des rafales à {n:100-180} km/h sont attendues sur le littoral.", "« {disquote} », {says} {official}.", "Plus de {n:5-90} 000 foyers sont privés d'électricité."],
    close: ["L'état de catastrophe naturelle devrait être demandé.", "La vigilance reste de mise jusqu'à nouvel ordre.", "Les secours restent mobilisés."],
    slots: { stormname: ["Ciara", "Aline", "Bérénice", "Domingos", "Éléonore", "Gabin", "Louis", "Ophélie"], disquote: ["La situation est critique", "Restez chez vous", "Nous n'avions jamais vu ça"] },
  },
  en: {
    titles: ["!Storm {stormname}: red alert in {dept}", "!Floods: {n:200-3000} homes evacuated near {city}", "-Wildfire burns {n:100-4000} hectares", "Weather: what to expect {next}"],
    open: ["!Météo-France issued a red alert for {dept} {when}.", "-The fire swept through {n:100-4000} hectares of forest."],
    detail: ["Gusts of up to {n:100-180} km/h are forecast.", "More than {n:5-90},000 homes are without power."],
    close: ["Emergency services remain on alert."],
    slots: { stormname: ["Ciara", "Aline", "Gabin", "Louis"] },
  },
};

export const EPIDEMIC: Topic = {
  id: "epidemic",
  tones: { anxious: 5, neutral: 3, pessimistic: 2 },
  fr: {
    titles: [
      "!Grippe : l'épidémie s'étend à {n:5-13} régions", "!Covid : un nouveau variant surveillé", "-Bronchiolite : les urgences pédiatriques saturées à {city}",
      "Vaccination : la campagne prolongée jusqu'à la fin du mois", "!Rougeole : {n:10-90} cas recensés {inRegion}", "Épidémie : les gestes barrières recommandés",
    ],
    open: ["!Santé publique France a déclaré {when} l'épidémie de grippe dans {n:5-13} régions.", "-Les urgences pédiatriques de {city} sont saturées depuis {n:2-10} jours.", "Un nouveau variant fait l'objet d'une surveillance renforcée."],
    detail: ["Le taux d'incidence atteint {n:150-900} cas pour 100 000 habitants.", "« {epiquote} », {says} {person}, infectiologue."],
    close: ["Les autorités appellent les personnes fragiles à se faire vacciner.", "Le pic est attendu {soon}."],
    slots: { epiquote: ["Il faut protéger les plus fragiles", "La circulation du virus reste active"] },
  },
  en: {
    titles: ["!Flu epidemic spreads to {n:5-13} regions", "!New Covid variant under watch", "-Paediatric A&E overwhelmed in {city}"],
    open: ["!Public health authorities declared a flu epidemic {when}."],
    detail: ["The incidence rate has reached {n:150-900} per 100,000."],
    close: ["The peak is expected {soon}."],
    slots: {},
  },
};

export const DRUGS_ARMS_TERROR: Topic = {
  id: "drugs_arms_terror",
  tones: { anxious: 5, pessimistic: 4 },
  fr: {
    titles: [
      "!Trafic de drogue : {n:20-400} kilos de cocaïne saisis au port de {city}", "-Point de deal démantelé à {city} : {n:3-12} interpellations",
      "!Trafic d'armes : un arsenal découvert dans un garage {ofDept}", "!Terrorisme : un projet d'attentat déjoué", "!Menace terroriste : le plan Vigipirate relevé",
      "-Narcotrafic : une fusillade sur fond de guerre des gangs à {city}", "!Procès des attentats : l'émotion des familles de victimes",
    ],
    open: [
      "!Les douaniers ont saisi {when} {n:20-400} kilos de cocaïne dissimulés dans un conteneur.", "!La DGSI a interpellé {when} {n:2-5} personnes soupçonnées de préparer un attentat.",
      "-Les enquêteurs ont découvert des fusils d'assaut et des munitions dans un garage {ofDept}.", "-Un point de deal a été démantelé {when} dans un quartier de {city}.",
    ],
    detail: ["La valeur de la drogue à la revente est estimée à {money}.", "Les suspects ont été mis en examen pour association de malfaiteurs terroriste.", "Le réseau écoulait du cannabis et de la cocaïne dans toute la région."],
    close: ["Le ministre de l'Intérieur a salué le travail des enquêteurs.", "Les investigations se poursuivent pour identifier d'éventuels complices."],
    slots: {},
  },
  en: {
    titles: ["!{n:20-400} kg of cocaine seized at {city} port", "!Terror plot foiled, {n:2-5} arrested", "!Weapons cache found in {dept} garage"],
    open: ["!Customs officers seized {n:20-400} kg of cocaine {when}.", "!Intelligence services arrested {n:2-5} people suspected of plotting an attack."],
    detail: ["The drugs have a street value of {money}."],
    close: ["Investigators are looking for accomplices."],
    slots: {},
  },
};

export const POLITICS: Topic = {
  id: "politics",
  tones: { neutral: 7, pessimistic: 2, optimistic: 1 },
  fr: {
    titles: [
      "Assemblée nationale : le projet de loi sur {bill} adopté en première lecture", "Municipales : {personM} candidat à {city}", "Municipales : {personF} candidate à {city}", "Gouvernement : {n:2-6} ministres changent de portefeuille",
      "Sondage : la cote de popularité de l'exécutif {recule|progresse} de {n:1-6} points", "Sénat : débat tendu sur {bill}", "Régionales : la majorité sortante en tête {inRegion}",
      "-Motion de censure : le gouvernement sur la sellette", "Réforme : ce que contient le texte sur {bill}",
    ],
    open: ["Les députés ont adopté {when} le projet de loi sur {bill} par {n:280-360} voix contre {n:150-250}.", "{person} a officialisé {when} sa candidature à la mairie de {city}.", "Le Premier ministre a défendu {when} sa réforme devant le Sénat."],
    detail: ["« {polquote} », a lancé {polperson}.", "L'opposition dénonce un passage en force.", "Le texte doit encore être examiné en commission mixte paritaire."],
    close: ["Le vote solennel aura lieu {soon}.", "Les débats reprendront {soon}."],
    slots: {
      bill: ["la fin de vie", "l'immigration", "le logement", "l'assurance chômage", "la simplification administrative", "la sécurité sociale"],
      polquote: ["Nous tiendrons nos engagements", "Ce texte est un recul", "Il faut écouter les Français"], polperson: ["{personM}, député de la majorité", "{personF}, sénatrice de l'opposition", "{person}, porte-parole du gouvernement", "{personF}, députée de {city}"],
    },
  },
  en: {
    titles: ["National Assembly passes {bill} bill", "{person} runs for mayor of {city}", "Poll: government approval {falls|rises} {n:1-6} points", "-Censure motion threatens government"],
    open: ["MPs passed the {bill} bill {when} by {n:280-360} votes to {n:150-250}.", "The prime minister defended the reform before the Senate {when}."],
    detail: ["The opposition denounced a power grab.", "The text now goes to a joint committee."],
    close: ["A final vote is due {soon}."],
    slots: { bill: ["end-of-life", "immigration", "housing", "unemployment insurance"] },
  },
};

export const INTERNATIONAL: Topic = {
  id: "international",
  tones: { neutral: 6, pessimistic: 2, optimistic: 1 },
  fr: {
    titles: [
      "Diplomatie : sommet européen à {capital} sur {dossier}", "Élections aux {country} : {person} donné favori", "Union européenne : accord trouvé sur {dossier}",
      "Visite d'État : le président reçu à {capital}", "-Crise diplomatique entre {country} et {country2}", "G20 : les dirigeants divisés sur {dossier}",
    ],
    open: ["Les chefs d'État européens se sont retrouvés {when} à {capital} pour discuter de {dossier}.", "Les électeurs {votent|voteront} {when} aux {country} lors d'un scrutin très suivi."],
    detail: ["« {intquote} », a déclaré le ministre des Affaires étrangères.", "Les négociations ont duré plus de {n:10-30} heures."],
    close: ["Un nouveau sommet est prévu {soon}.", "Les résultats définitifs sont attendus {soon}."],
    slots: {
      capital: ["Bruxelles", "Berlin", "Madrid", "Rome", "Varsovie", "Washington", "Pékin", "Dakar", "Ottawa"], country: ["États-Unis", "Pays-Bas", "Philippines", "Émirats arabes unis"],
      dossier: ["la politique migratoire", "le commerce international", "la défense européenne", "le climat", "l'énergie"], intquote: ["C'est un compromis historique", "Le dialogue reste ouvert"],
    },
  },
  en: {
    titles: ["EU summit in {capital} on {dossier}", "Elections: {person} tipped to win", "EU reaches deal on {dossier}"],
    open: ["European leaders met in {capital} {when} to discuss {dossier}."],
    detail: ["Talks lasted more than {n:10-30} hours."],
    close: ["Another summit is planned {soon}."],
    slots: { capital: ["Brussels", "Berlin", "Madrid", "Rome", "Warsaw", "Washington"], dossier: ["migration", "trade", "European defence", "energy"] },
  },
};

export const WAR: Topic = {
  id: "war",
  tones: { anxious: 4, pessimistic: 5, neutral: 1 },
  fr: {
    titles: [
      "!Guerre : nouvelles frappes sur {warzone}", "-Conflit : {n:10-200} civils tués dans un bombardement", "!Offensive : l'armée revendique une percée près de {warzone}",
      "Cessez-le-feu : reprise des négociations", "-Réfugiés : {n:10-500} 000 personnes fuient les combats", "!Escalade militaire : l'ONU réunit le Conseil de sécurité",
    ],
    open: ["!De nouvelles frappes ont visé {when} {warzone}, faisant au moins {n:5-60} morts.", "-Les combats ont contraint {n:10-500} 000 personnes à fuir leur foyer.", "Les belligérants ont accepté {when} de reprendre les pourparlers."],
    detail: ["Les infrastructures électriques ont été gravement endommagées.", "« {warquote} », a déclaré un porte-parole de l'ONU.", "L'armée affirme avoir abattu {n:5-40} drones dans la nuit."],
    close: ["La communauté internationale appelle à la désescalade.", "Le bilan pourrait encore s'alourdir."],
    slots: { warzone: ["la région frontalière", "la capitale", "le port stratégique", "les faubourgs de la ville assiégée"], warquote: ["La situation humanitaire est catastrophique", "Les civils doivent être protégés"] },
  },
  en: {
    titles: ["!New strikes hit {warzone}", "-Conflict: {n:10-200} civilians killed in shelling", "Ceasefire talks resume", "-{n:10-500},000 flee the fighting"],
    open: ["!New strikes hit {warzone} {when}, killing at least {n:5-60} people.", "Both sides agreed {when} to resume talks."],
    detail: ["Power infrastructure was badly damaged."],
    close: ["The toll could rise further."],
    slots: { warzone: ["the border region", "the capital", "the strategic port", "the besieged city"] },
  },
};
