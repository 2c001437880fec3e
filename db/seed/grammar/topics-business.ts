import type { Topic } from "./types";

const COMPANY_FR = [
  "le groupe {coname}", "l'entreprise {coname}", "la PME {coname}", "l'ETI {coname}", "la société {coname}", "le fabricant {coname}",
];
const CONAME = [
  "Bellecour Industrie", "Méridia", "Atelis", "Novaterra", "Groupe Ardent", "Vauban Services", "Solvéa", "Kerlys", "Ondine",
  "Batisol", "Pyrène Énergie", "Textiles du Nord", "Alpimat", "Cobalt Logistique", "Primevère", "Loire Composites", "Hexagone Data",
];
const STARTUP = ["Kiwee", "Datalune", "Greenloop", "Mobilis", "Agrinov", "Cliniq", "Paysage.ai", "Reflet", "Tandem", "Oya", "Quarkly", "Voltaïk", "Hublo", "Semaphor"];

export const ENVIRONMENT: Topic = {
  id: "environment",
  tones: { neutral: 4, optimistic: 3, pessimistic: 2, anxious: 1 },
  valueRate: 0.65,
  fr: {
    titles: [
      "Climat : {city} adopte son plan de transition écologique", "+Transition : à {city}, des entrepreneurs misent sur l'économie circulaire",
      "Sobriété énergétique : les collectivités serrent les boulons", "!Sécheresse : {n:20-70} communes {ofDept} en alerte renforcée",
      "+Énergie solaire : une ferme de {n:10-120} hectares inaugurée près de {city}", "-Biodiversité : les oiseaux des champs en net recul",
      "Les dirigeants face au défi climatique : l'heure de la transition", "+Des entrepreneurs engagés pour la sobriété {inRegion}",
      "Plan vélo : {n:20-180} km de pistes cyclables d'ici {horizon}", "-Pollution de l'air : un pic d'ozone attendu sur {city}",
      "+Zéro déchet : le pari réussi d'une commune {ofDept}", "Rénovation thermique : les aides évoluent en {year}",
    ],
    open: [
      "Le conseil municipal de {city} a voté {when} un plan climat de {money} sur six ans.", "+Une ferme solaire de {n:10-120} hectares a été inaugurée {when} près de {city}.",
      "!Le préfet a placé {n:20-70} communes {ofDept} en alerte sécheresse renforcée {when}.", "Les émissions de gaz à effet de serre du territoire ont baissé de {pct} en cinq ans.",
      "+Une vingtaine d'entrepreneurs {ofRegion} ont lancé {when} un réseau dédié à la transition écologique.",
    ],
    detail: [
      "« {envquote} », {says} {envperson}.", "Le dispositif doit réduire de {bigpct} la consommation d'énergie des bâtiments publics.",
      "-Les relevés montrent une baisse de {bigpct} des populations d'insectes en dix ans.", "Les agriculteurs devront limiter leurs prélèvements d'eau de {bigpct}.",
    ],
    close: ["Un premier bilan sera présenté {soon}.", "Les associations jugent le calendrier trop lent.", "Les habitants sont invités à une réunion publique {when}."],
    values: [
      "Pour les entrepreneurs, la transition écologique est devenue un levier de compétitivité autant qu'une contrainte.",
      "La sobriété énergétique s'impose désormais dans les entreprises comme dans les foyers.", "Face au changement climatique, les dirigeants repensent leurs chaînes d'approvisionnement.",
      "La transition passe par la sobriété, la rénovation et les énergies renouvelables.", "Ces entrepreneurs veulent prouver que climat et croissance ne sont pas incompatibles.",
      "L'urgence climatique pousse les dirigeants à mesurer l'empreinte carbone de leur activité.", "Sobriété, circuits courts, réemploi : la transition s'invente localement.",
      "Le défi climatique mobilise chefs d'entreprise, élus et citoyens autour d'une même feuille de route.",
    ],
    slots: {
      envquote: ["Chaque degré compte", "La sobriété n'est pas la décroissance", "Nous devons accélérer la transition", "Les entreprises ont un rôle moteur à jouer"],
      envperson: ["{personF}, présidente d'une association environnementale", "{person}, chef d'entreprise", "{person}, climatologue", "{expert}", "{personM}, adjoint au maire chargé du climat"],
    },
  },
  en: {
    titles: [
      "Climate: {city} adopts its green transition plan", "+Transition: {city} entrepreneurs bet on the circular economy", "!Drought alert for {n:20-70} towns in {dept}",
      "Energy sobriety: local councils tighten their belts", "+Solar farm of {n:10-120} hectares opens near {city}", "-Farmland birds in steep decline",
    ],
    open: [
      "{city} council voted {when} for a {money} climate plan over six years.", "+A {n:10-120}-hectare solar farm opened near {city} {when}.",
      "!{n:20-70} towns in {dept} were placed on drought alert {when}.",
    ],
    detail: ["\"Every tenth of a degree counts,\" {says} {person}, a climate scientist.", "The scheme aims to cut energy use in public buildings by {bigpct}."],
    close: ["A first review is due {soon}.", "Campaigners say the timetable is too slow."],
    values: [
      "For entrepreneurs, the green transition has become a competitive lever as much as a constraint.", "Energy sobriety is now the rule in businesses as in homes.",
      "Facing climate change, business leaders are rethinking their supply chains.", "These entrepreneurs want to prove that climate and growth can go together.",
    ],
    slots: {},
  },
};

export const STARTUPS: Topic = {
  id: "startups",
  tones: { optimistic: 5, neutral: 4, pessimistic: 1 },
  valueRate: 0.65,
  fr: {
    titles: [
      "+Levée de fonds : {startup} lève {money} pour accélérer", "+La start-up {startup}, née à {city}, séduit les investisseurs",
      "French Tech : {n:5-30} pépites {ofRegion} à suivre", "+Innovation : {startup} invente {innovation}", "-{startup} placée en redressement judiciaire",
      "Créateurs d'entreprise : les aides à connaître en {year}", "+Incubateur : {city} accueille {n:10-40} nouvelles jeunes pousses",
      "Portrait : {personF}, créatrice de {startup}", "Portrait : {personM}, le fondateur de {startup}", "-Financement : les levées de fonds des start-up en baisse de {bigpct}",
      "Entrepreneuriat : le nombre de créations d'entreprises bat un record",
    ],
    open: [
      "+La jeune pousse {startup}, fondée à {city} en {n:2017-2023}, a annoncé {when} une levée de fonds de {money}.",
      "{startup} développe {innovation} et emploie déjà {n:12-180} salariés.", "-Après deux ans de difficultés, {startup} a été placée en redressement judiciaire {when}.",
      "Le nombre de créations d'entreprises a progressé de {pct} {inRegion} sur un an.",
    ],
    detail: [
      "Le tour de table est mené par {fund}, aux côtés de business angels de la région.", "« {suquote} », {says} {personM}, cofondateur de {startup}.",
      "La société vise {n:50-400} recrutements d'ici {horizon}.", "-Le modèle économique n'a pas convaincu les investisseurs lors du dernier tour.",
    ],
    close: ["Une ouverture à l'international est prévue {soon}.", "La start-up devrait atteindre la rentabilité {soon}.", "Le secteur reste très concurrentiel."],
    values: [
      "Cette levée de fonds illustre le dynamisme de l'innovation dans la région.", "Pour les créateurs d'entreprise, l'accompagnement des incubateurs reste décisif.",
      "L'innovation et la prise de risque sont au cœur de l'aventure entrepreneuriale.", "Les créateurs d'entreprise misent sur l'innovation pour se démarquer.",
      "La levée de fonds doit financer la R&D, l'innovation produit et de nouveaux recrutements.", "Réseaux, mentors, incubateurs : les créateurs d'entreprise ne sont plus seuls.",
      "Les nouveaux entrepreneurs allient innovation technologique et impact positif.",
    ],
    slots: {
      startup: STARTUP,
      fund: ["un fonds d'amorçage lyonnais", "Bpifrance", "un fonds européen", "un investisseur américain", "un fonds à impact"],
      innovation: ["une application de covoiturage rural", "un capteur pour l'agriculture de précision", "une plateforme de télémédecine", "un logiciel de comptabilité carbone", "des batteries recyclées", "un assistant juridique par IA"],
      suquote: ["Nous voulons devenir le leader européen", "Cette levée valide notre modèle", "L'innovation naît des contraintes"],
    },
  },
  en: {
    titles: [
      "+Funding round: {startup} raises {money}", "+{city}-born start-up {startup} wins over investors", "French Tech: {n:5-30} start-ups to watch in {region}",
      "-{startup} enters receivership", "Founders' guide: support schemes in {year}",
    ],
    open: ["+Start-up {startup}, founded in {city}, announced a {money} funding round {when}.", "{startup} develops {innovation} and already employs {n:12-180} people."],
    detail: ["The round is led by {fund}.", "\"This round validates our model,\" {says} co-founder {person}."],
    close: ["International expansion is planned {soon}.", "The sector remains fiercely competitive."],
    values: [
      "The funding round reflects the region's innovation drive.", "For founders, incubator support remains decisive.",
      "Innovation and risk-taking are at the heart of the entrepreneurial adventure.", "New business creators are betting on innovation to stand out.",
    ],
    slots: {
      startup: STARTUP,
      fund: ["a Lyon seed fund", "Bpifrance", "a European VC fund", "a US investor"],
      innovation: ["a rural car-pooling app", "precision-farming sensors", "a telemedicine platform", "carbon accounting software"],
    },
  },
};

export const ECONOMY: Topic = {
  id: "economy",
  tones: { neutral: 6, optimistic: 2, pessimistic: 2.5 },
  fr: {
    titles: [
      "Inflation : les prix ont augmenté de {pct} sur un an", "-Chômage : le taux remonte à {n:7-9},{n:1-9} % au dernier trimestre", "+Croissance : l'Insee relève sa prévision pour {year}",
      "Budget {nextYear} : ce que prévoit le projet de loi de finances", "-Pouvoir d'achat : les ménages {ofRegion} sous pression", "Taux d'intérêt : la BCE maintient le cap",
      "+Export : les entreprises {ofRegion} gagnent des parts de marché", "Impôts : ce qui change pour les contribuables en {year}", "-Défaillances d'entreprises : un niveau record {inRegion}",
    ],
    open: [
      "Selon l'Insee, les prix à la consommation ont progressé de {pct} sur un an.", "-Le nombre de défaillances d'entreprises a bondi de {bigpct} {inRegion}.",
      "+Le produit intérieur brut a progressé de {n:0-1},{n:1-9} % au dernier trimestre.", "Le gouvernement a présenté {when} les grandes lignes du budget {nextYear}.",
    ],
    detail: ["« {ecoquote} », {says} {expert}.", "Les prix de l'énergie et de l'alimentation pèsent le plus dans l'évolution.", "Le déficit public devrait atteindre {n:3-5},{n:1-9} % du PIB."],
    close: ["Les prochains chiffres seront publiés {soon}.", "Les économistes restent prudents pour la suite.", "Les partenaires sociaux doivent être reçus {soon}."],
    slots: { ecoquote: ["La reprise reste fragile", "Les ménages arbitrent leurs dépenses", "Nous sortons progressivement de la zone de turbulence"] },
  },
  en: {
    titles: ["Inflation eases to {pct} in France", "-French unemployment rises to {n:7-9}.{n:1-9}%", "+INSEE raises its growth forecast for {year}", "Budget {nextYear}: what the finance bill holds"],
    open: ["Consumer prices rose {pct} year on year, according to INSEE.", "+GDP grew {n:0-1}.{n:1-9}% in the last quarter.", "-Business failures jumped {bigpct} in {region}."],
    detail: ["\"The recovery remains fragile,\" {says} {expert}.", "Energy and food prices weigh most."],
    close: ["The next figures are due {soon}.", "Economists remain cautious."],
    slots: {},
  },
};

export const BUSINESS: Topic = {
  id: "business",
  tones: { neutral: 5, optimistic: 3, pessimistic: 2 },
  fr: {
    titles: [
      "+{Company} affiche un chiffre d'affaires en hausse de {pct}", "-{Company} annonce la suppression de {n:40-900} postes", "+{Company} investit {money} dans son usine de {city}",
      "Rachat : {Company} met la main sur un concurrent", "Résultats : {Company} tient ses objectifs", "-Grève chez {coname} : la production à l'arrêt à {city}",
      "+Industrie : {n:50-600} emplois créés à {city}", "Distribution : {Company} revoit sa stratégie", "Assemblée générale : les actionnaires de {coname} approuvent le dividende",
    ],
    open: [
      "{company} a publié {when} des résultats {meilleurs que prévu|conformes aux attentes|en demi-teinte}.", "+{company} va investir {money} dans son site de {city}, avec {n:50-600} embauches à la clé.",
      "-{company} a présenté {when} un plan social prévoyant {n:40-900} suppressions de postes.", "{company} a finalisé {when} le rachat d'un concurrent pour {money}.",
    ],
    detail: ["« {bizquote} », {says} {person}, PDG de {coname}.", "Le chiffre d'affaires atteint {billions}, pour une marge opérationnelle de {pct}.", "Les syndicats ont demandé une réunion d'urgence avec la direction."],
    close: ["Le groupe présentera sa feuille de route {soon}.", "Le titre a gagné {pct} en Bourse.", "-Le titre a perdu {pct} en Bourse."],
    slots: {
      company: COMPANY_FR, Company: CONAME, coname: CONAME,
      bizquote: ["Nous avons tenu le cap malgré un contexte difficile", "L'investissement est la clé de notre compétitivité", "Nous restons attachés à notre ancrage régional"],
    },
  },
  en: {
    titles: ["+{coname} revenue up {pct}", "-{coname} to cut {n:40-900} jobs", "+{coname} invests {money} in {city} plant", "Takeover: {coname} buys a rival"],
    open: ["{coname} reported {better-than-expected|in-line|mixed} results {when}.", "-{coname} unveiled a restructuring plan {when} that would cut {n:40-900} jobs."],
    detail: ["Revenue reached {billions}.", "\"We held our course in a tough market,\" {says} chief executive {person}."],
    close: ["The shares rose {pct}.", "-The shares fell {pct}."],
    slots: { coname: CONAME },
  },
};

export const FINANCE: Topic = {
  id: "finance",
  tones: { neutral: 6, optimistic: 2, pessimistic: 2 },
  fr: {
    titles: [
      "Bourse : le CAC 40 termine la semaine en {hausse|baisse} de {pct}", "Épargne : le Livret A reste-t-il intéressant en {year} ?", "Assurance-vie : la collecte repart",
      "Crédit immobilier : les taux passent sous les {n:3-4} %", "-Marchés : la volatilité revient", "Retraite : comment préparer son épargne", "+Placements : l'or au plus haut",
    ],
    open: ["Le CAC 40 a terminé la séance de {when} à {n:7000-8200} points.", "La collecte nette de l'assurance-vie atteint {billions} depuis janvier.", "Les taux des crédits immobiliers ont reculé pour le {n:3-8}e mois consécutif."],
    detail: ["« {finquote} », {says} {personM}, gérant de portefeuille.", "Les valeurs bancaires ont mené la tendance."],
    close: ["Les investisseurs attendent la réunion de la Fed {soon}.", "La prudence reste de mise."],
    slots: { finquote: ["Le marché reste suspendu aux banques centrales", "Diversifier reste la meilleure protection"] },
  },
  en: {
    titles: ["Markets: CAC 40 ends the week {up|down} {pct}", "Savings: is the Livret A still worth it in {year}?", "Mortgage rates fall below {n:3-4}%"],
    open: ["The CAC 40 closed at {n:7000-8200} points {when}.", "Mortgage rates fell for the {n:3-8}th month in a row."],
    detail: ["Banks led the market."],
    close: ["Investors await the Fed {soon}."],
    slots: {},
  },
};

export const REAL_ESTATE: Topic = {
  id: "real_estate",
  tones: { neutral: 6, optimistic: 2, pessimistic: 2 },
  fr: {
    titles: [
      "Immobilier : les prix reculent de {pct} à {city}", "+Logement : {n:80-600} logements neufs à {city}", "-Crise du logement : la construction au plus bas {inRegion}",
      "Acheter ou louer à {city} en {year} ?", "Encadrement des loyers : {city} candidate", "Investissement locatif : les villes où c'est encore rentable",
    ],
    open: ["Le prix moyen du mètre carré à {city} s'établit à {n:1800-11000} euros.", "+Un programme de {n:80-600} logements a été lancé {when} à {city}.", "-Les mises en chantier ont chuté de {bigpct} sur un an {inRegion}."],
    detail: ["« {requote} », {says} {person}, notaire à {city}.", "Les primo-accédants restent les plus pénalisés."],
    close: ["Les professionnels espèrent une reprise {soon}.", "Le marché devrait se stabiliser {soon}."],
    slots: { requote: ["Les acheteurs reviennent prudemment", "Les vendeurs doivent revoir leurs prix"] },
  },
  en: {
    titles: ["Property prices fall {pct} in {city}", "Buy or rent in {city} in {year}?", "-Housing crisis: construction at record low"],
    open: ["The average price per square metre in {city} is €{n:1800-11000}.", "-Housing starts fell {bigpct} in {region}."],
    detail: ["First-time buyers are hit hardest."],
    close: ["Agents hope for a recovery {soon}."],
    slots: {},
  },
};

export const JOBS: Topic = {
  id: "jobs",
  tones: { neutral: 5, optimistic: 3, pessimistic: 1.5 },
  fr: {
    titles: [
      "Emploi : {n:300-3000} postes à pourvoir au forum de {city}", "Reconversion : ils ont changé de métier à {n:40-55} ans", "Télétravail : ce que prévoit le nouvel accord",
      "+Apprentissage : un nombre record de contrats signés", "Salaires : les métiers qui recrutent en {year}", "-Licenciements : les salariés de {coname} inquiets",
    ],
    open: ["Plus de {n:300-3000} offres seront proposées {when} au forum de l'emploi de {city}.", "+Le nombre de contrats d'apprentissage a progressé de {pct} sur un an."],
    detail: ["« {jobquote} », {says} {personF}, chargée de recrutement.", "Les secteurs du bâtiment et de la santé peinent toujours à recruter."],
    close: ["Les inscriptions sont ouvertes jusqu'au {n:1-28}.", "France Travail accompagne les candidats {soon}."],
    slots: { coname: CONAME, jobquote: ["Les candidats motivés sont recherchés partout", "La formation est la clé"] },
  },
  en: {
    titles: ["Jobs fair: {n:300-3000} vacancies in {city}", "Career change at {n:40-55}: they did it", "+Apprenticeships hit a record"],
    open: ["More than {n:300-3000} jobs are on offer at the {city} jobs fair."],
    detail: ["Construction and healthcare still struggle to hire."],
    close: ["Registration is open until the {n:1-28}th."],
    slots: {},
  },
};

export const SOCIAL: Topic = {
  id: "social",
  tones: { neutral: 5, pessimistic: 3 },
  fr: {
    titles: [
      "-Grève : perturbations attendues {when} dans les transports", "Retraites : les syndicats appellent à manifester", "-Manifestation : {n:2-40} 000 personnes dans les rues de {city}",
      "SNCF : le préavis de grève levé", "Dialogue social : accord trouvé chez {coname}", "Marche des fiertés : {n:5-60} 000 participants à {city}",
    ],
    open: ["Les syndicats ont appelé à la grève {when} pour protester contre la réforme.", "-Entre {n:2-40} 000 et {n:40-80} 000 personnes ont défilé {when} à {city}.", "La direction et les syndicats de {coname} ont signé {when} un accord salarial."],
    detail: ["« {soquote} », {says} {personF}, secrétaire départementale de la CGT.", "Le trafic sera très perturbé sur les lignes régionales."],
    close: ["Une nouvelle journée de mobilisation est prévue {soon}.", "Les négociations reprendront {soon}."],
    slots: { coname: CONAME, soquote: ["La mobilisation ne faiblit pas", "Nous irons jusqu'au bout"] },
  },
  en: {
    titles: ["-Strike: transport disruption expected {when}", "Pensions: unions call for protests", "-{n:2-40},000 march in {city}"],
    open: ["Unions called a strike {when} against the reform.", "-Thousands marched through {city} {when}."],
    detail: ["Regional rail lines will be heavily disrupted."],
    close: ["Another day of action is planned {soon}."],
    slots: {},
  },
};
