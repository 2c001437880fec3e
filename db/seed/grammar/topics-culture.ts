import type { Topic } from "./types";

/* Culture, technology, science, and the local/regional everyday. */

export const CINEMA: Topic = {
  id: "cinema",
  tones: { optimistic: 4, neutral: 5, pessimistic: 1 },
  trapRate: 0.25,
  fr: {
    titles: [
      "Cinéma : « {film} », le film {genre} de la rentrée", "Box-office : « {film} » dépasse le million d'entrées", "Festival de {city} : le palmarès", "Critique : « {film} », {verdict}",
      "+{personM} récompensé pour son premier long-métrage", "Séries : les nouveautés de la semaine",
    ],
    trapTitles: ["« {film} » : un thriller qui fait un carton", "Critique : « {film} », un polar qui tue", "« {film} » crève l'écran", "« {film} » : une bombe au box-office"],
    open: ["Le réalisateur {personM} signe avec « {film} » un {genre} maîtrisé.", "« {film} » a attiré {n:200-1500} 000 spectateurs dès sa première semaine."],
    detail: ["L'actrice {personF} y livre une performance remarquable.", "« {cinequote} », {says} {person}."],
    close: ["En salles {next}.", "Une suite est déjà en préparation."],
    traps: ["Le film a fait un carton en salles.", "L'actrice crève l'écran dans ce rôle de tueuse à gages de fiction.", "Une scène de crise de fou rire restera dans les mémoires."],
    slots: {
      film: ["Les Heures claires", "Le Dernier Été", "Sous la surface", "La Maison du port", "Les Invisibles", "Nuit blanche à {city}"],
      genre: ["drame", "comédie", "thriller", "film d'animation", "documentaire"], verdict: ["une réussite", "un film inégal", "une pépite", "une déception"],
      cinequote: ["J'ai voulu filmer la tendresse", "Ce film parle de transmission"],
    },
  },
  en: {
    titles: ["Film review: \"{film}\"", "Box office: \"{film}\" passes a million admissions", "Festival in {city}: the winners"],
    trapTitles: ["\"{film}\" is a box-office smash", "\"{film}\": a killer thriller"],
    open: ["Director {person} delivers a controlled {genre} with \"{film}\"."],
    detail: ["Actress {personF} gives a remarkable performance."],
    close: ["In cinemas {next}."],
    traps: ["The film is a box-office smash hit."],
    slots: { film: ["Clear Hours", "The Last Summer", "Beneath the Surface"], genre: ["drama", "comedy", "thriller"] },
  },
};

export const MUSIC: Topic = {
  id: "music",
  tones: { optimistic: 5, neutral: 5 },
  trapRate: 0.2,
  fr: {
    titles: [
      "Festival : {n:20-150} 000 spectateurs attendus à {city}", "+{person} sort un nouvel album", "Concert : {person} en tournée, passage à {city}", "Musique classique : l'orchestre de {city} fête ses {n:50-150} ans",
      "Fête de la musique : le programme à {city}",
    ],
    trapTitles: ["{person} fait exploser les charts", "Le tube de l'été est une bombe", "Concert : {person} met le feu à {city}"],
    open: ["Le festival de {city} accueillera {n:20-80} artistes {when}.", "+{person} a dévoilé {when} son {n:2-9}e album."],
    detail: ["Les billets sont en vente à partir de {n:25-90} euros.", "« {muquote} », {says} {person}."],
    close: ["Rendez-vous {next}.", "La tournée passera par {city} {soon}."],
    traps: ["Le concert a mis le feu au public.", "Ce nouveau single est une véritable bombe."],
    slots: { muquote: ["La scène, c'est ma respiration", "Cet album est très personnel"] },
  },
  en: {
    titles: ["Festival: {n:20-150},000 expected in {city}", "+{person} releases new album"],
    trapTitles: ["{person} sets {city} on fire", "The summer smash hit is a bombshell"],
    open: ["The {city} festival will host {n:20-80} acts {when}."],
    detail: ["Tickets start at €{n:25-90}."],
    close: ["See you {next}."],
    slots: {},
  },
};

export const BOOKS: Topic = {
  id: "books",
  tones: { neutral: 6, optimistic: 4 },
  trapRate: 0.15,
  fr: {
    titles: [
      "Rentrée littéraire : {n:300-500} romans en librairie", "+Prix littéraire : {personF} couronnée", "+Prix littéraire : {personM} couronné pour son premier roman", "Livres : nos coups de cœur de la semaine", "Salon du livre de {city} : les auteurs attendus",
    ],
    trapTitles: ["Polar : un meurtre à {city} sous la plume de {person}", "Un thriller qui tue : notre critique"],
    open: ["{n:300-500} romans paraîtront cette année à la rentrée.", "+{person} a reçu {when} le prix des lecteurs pour son troisième roman."],
    detail: ["« {bookquote} », {says} {person}.", "L'ouvrage est publié chez un éditeur indépendant."],
    close: ["Le livre est disponible en librairie.", "Une adaptation au cinéma est envisagée."],
    traps: ["Dans ce polar, l'enquête sur un meurtre fictif tient le lecteur en haleine.", "Un roman noir où l'on tue pour un héritage, page après page."],
    slots: { bookquote: ["J'écris pour comprendre", "Ce roman parle de transmission et de famille"] },
  },
  en: {
    titles: ["Literary season: {n:300-500} new novels", "+{person} wins literary prize"],
    open: ["{n:300-500} novels will be published this autumn."],
    detail: ["The book is published by an independent house."],
    close: ["Available in bookshops."],
    slots: {},
  },
};

export const EXHIBITIONS: Topic = {
  id: "exhibitions",
  tones: { neutral: 6, optimistic: 4 },
  fr: {
    titles: ["Exposition : {painter} au musée de {city}", "Patrimoine : les Journées européennes à {city}", "+Le musée de {city} accueille {n:100-500} 000 visiteurs", "Théâtre : {person} met en scène Molière"],
    open: ["Le musée des beaux-arts de {city} consacre {when} une rétrospective à {painter}.", "Les Journées du patrimoine ouvrent {n:20-150} sites au public à {city}."],
    detail: ["L'exposition rassemble {n:60-200} œuvres.", "« {artquote} », {says} {person}, commissaire de l'exposition."],
    close: ["À voir jusqu'au {n:1-28} du mois prochain.", "Entrée gratuite pour les moins de 26 ans."],
    slots: { painter: ["Berthe Morisot", "Gustave Courbet", "Nicolas de Staël", "Rosa Bonheur", "Pierre Soulages"], artquote: ["Une œuvre d'une modernité saisissante", "Nous avons voulu surprendre"] },
  },
  en: {
    titles: ["Exhibition: {painter} at the {city} museum", "Heritage days open {n:20-150} sites in {city}"],
    open: ["The {city} fine arts museum presents a retrospective of {painter}."],
    detail: ["The show brings together {n:60-200} works."],
    close: ["On until the {n:1-28}th of next month."],
    slots: { painter: ["Berthe Morisot", "Gustave Courbet", "Nicolas de Staël"] },
  },
};

export const TECH: Topic = {
  id: "tech",
  tones: { neutral: 5, optimistic: 4, pessimistic: 1.5, anxious: 0.5 },
  trapRate: 0.15,
  valueRate: 0.2,
  fr: {
    titles: [
      "Smartphone : notre test du {phone}", "Intelligence artificielle : {n:3-10} usages concrets en entreprise", "!Cybersécurité : une cyberattaque paralyse l'hôpital de {city}",
      "+IA générative : {startup} lève {money}", "Fibre : {n:80-99} % des foyers {ofDept} raccordables", "Jeux vidéo : les sorties du mois", "-Fuite de données : {n:1-30} millions de comptes exposés",
    ],
    trapTitles: ["La killer app de l'année est française", "Ce smartphone est une bombe", "Jeu vidéo : une attaque de zombies à {city}, le carton de l'année"],
    open: ["Le {phone} arrive avec un écran de {n:6-7},{n:1-9} pouces et une autonomie record.", "!Une cyberattaque par rançongiciel a paralysé {when} les services de l'hôpital de {city}.", "L'intelligence artificielle s'invite dans les PME {ofRegion}."],
    detail: ["« {techquote} », {says} {personF}, ingénieure.", "Le prix de lancement est fixé à {n:299-1399} euros."],
    close: ["Disponible {soon}.", "L'Anssi a été saisie de l'incident."],
    values: ["Pour les dirigeants, l'innovation numérique est devenue un enjeu de compétitivité.", "Les cadres innovants s'approprient l'IA pour gagner en productivité."],
    traps: ["Ce jeu de tir en ligne fait un carton chez les adolescents.", "Un processeur qui explose tous les records de performance."],
    slots: { phone: ["Pixelio 9", "Nova X", "Orbis Pro", "Lumen 5G"], startup: ["Paysage.ai", "Datalune", "Quarkly"], techquote: ["L'IA doit rester un outil", "La sécurité doit être pensée dès la conception"] },
  },
  en: {
    titles: ["Review: the {phone} smartphone", "AI: {n:3-10} practical uses at work", "!Cyberattack cripples {city} hospital", "-Data leak exposes {n:1-30} million accounts"],
    trapTitles: ["The killer app of the year is French", "This phone is a bomb"],
    open: ["The {phone} has a {n:6-7}.{n:1-9}-inch screen and record battery life."],
    detail: ["Launch price is €{n:299-1399}."],
    close: ["Available {soon}."],
    values: ["For executives, digital innovation is now a competitive issue."],
    slots: { phone: ["Pixelio 9", "Nova X", "Orbis Pro"] },
  },
};

export const SCIENCE: Topic = {
  id: "science",
  tones: { neutral: 6, optimistic: 4 },
  fr: {
    titles: ["Espace : la fusée {rocket} décolle de Kourou", "+Recherche : une avancée contre {disease}", "Archéologie : une villa gallo-romaine découverte près de {city}", "Astronomie : une pluie d'étoiles filantes à observer {next}"],
    open: ["La fusée {rocket} a décollé {when} du centre spatial guyanais.", "+Des chercheurs de {city} ont identifié une piste prometteuse contre {disease}.", "Les archéologues ont mis au jour {when} les vestiges d'une villa."],
    detail: ["Les résultats sont publiés dans une revue scientifique internationale.", "« {sciquote} », {says} {personF}, chercheuse."],
    close: ["De nouvelles fouilles sont prévues {soon}.", "Les essais cliniques débuteront {soon}."],
    slots: { rocket: ["Ariane 6", "Vega-C"], disease: ["la maladie d'Alzheimer", "certains cancers du sein", "la mucoviscidose"], sciquote: ["C'est une étape importante", "Il reste beaucoup à découvrir"] },
  },
  en: {
    titles: ["Space: {rocket} lifts off from Kourou", "+Research breakthrough against {disease}"],
    open: ["The {rocket} rocket lifted off {when}."],
    detail: ["The results are published in an international journal."],
    close: ["Clinical trials start {soon}."],
    slots: { rocket: ["Ariane 6", "Vega-C"], disease: ["Alzheimer's disease", "cystic fibrosis"] },
  },
};

export const HEALTH: Topic = {
  id: "health",
  tones: { neutral: 6, optimistic: 2, pessimistic: 2 },
  fr: {
    titles: ["Santé : les déserts médicaux progressent {inRegion}", "+Hôpital de {city} : un nouveau service d'urgences", "Médicaments : les pénuries persistent", "Cancer : le dépistage gratuit prolongé", "Diabète : les bons réflexes"],
    open: ["-Près de {bigpct} des habitants {ofDept} n'ont plus de médecin traitant.", "+L'hôpital de {city} a inauguré {when} un service d'urgences flambant neuf.", "Plusieurs médicaments courants restent difficiles à trouver en pharmacie."],
    detail: ["« {hquote} », {says} {person}, médecin généraliste.", "L'investissement atteint {money}."],
    close: ["L'agence régionale de santé promet des mesures {soon}.", "Parlez-en à votre médecin."],
    slots: { hquote: ["Nous manquons de bras", "La prévention reste essentielle"] },
  },
  en: {
    titles: ["Health: medical deserts spread in {region}", "+New emergency department opens in {city}", "Drug shortages persist"],
    open: ["+{city} hospital opened a new emergency department {when}."],
    detail: ["The investment totals {money}."],
    close: ["The regional health agency promises action {soon}."],
    slots: {},
  },
};

export const EDUCATION: Topic = {
  id: "education",
  tones: { neutral: 7, optimistic: 2, pessimistic: 1 },
  fr: {
    titles: ["Bac : les résultats dans l'académie de {city}", "Parcoursup : les nouveautés de {year}", "-Fermeture de classes : les parents mobilisés à {city}", "+Un nouveau lycée ouvre ses portes à {city}", "Université : les inscriptions en hausse"],
    open: ["Le taux de réussite au bac atteint {n:88-96},{n:1-9} % dans l'académie.", "-Les parents d'élèves de {city} se mobilisent contre la fermeture de {n:1-4} classes."],
    detail: ["« {equote} », {says} {personF}, proviseure.", "Le rectorat promet de revoir la carte scolaire."],
    close: ["Les résultats seront affichés {next}.", "Une réunion est prévue {soon}."],
    slots: { equote: ["Nos élèves ont fait preuve de sérieux", "Chaque classe compte pour un village"] },
  },
  en: {
    titles: ["Baccalauréat results in {city}", "-Parents fight class closures in {city}"],
    open: ["The baccalauréat pass rate reached {n:88-96}.{n:1-9}%."],
    detail: ["The education authority promises a review."],
    close: ["A meeting is planned {soon}."],
    slots: {},
  },
};

export const LOCAL_LIFE: Topic = {
  id: "local_life",
  tones: { neutral: 6, optimistic: 4, pessimistic: 1 },
  trapRate: 0.08,
  valueRate: 0.2,
  fr: {
    titles: [
      "{city} : le marché de Noël ouvre ses portes", "Travaux : la rue principale de {city} fermée {n:2-8} semaines", "+Fête de village : {n:2-15} 000 visiteurs à {city}",
      "{city} : le nouveau parking divise les riverains", "Associations : le forum de {city} fait le plein", "+Centenaire : {person} fête ses 100 ans à {city}",
      "Pèlerinage : {n:2-20} 000 fidèles attendus à {city}", "Conseil municipal de {city} : ce qu'il faut retenir",
    ],
    trapTitles: ["Feu d'artifice du 14-Juillet : {city} sort l'artillerie lourde", "Carnaval de {city} : une explosion de couleurs"],
    open: ["Le marché de Noël de {city} accueille {n:40-150} chalets jusqu'à la fin décembre.", "La municipalité de {city} a lancé {when} des travaux de voirie.", "+La fête du village a attiré {n:2-15} 000 visiteurs {when}."],
    detail: ["« {locquote} », {says} {resident}.", "Le chantier coûtera {smallmoney}.", "Une déviation est mise en place."],
    close: ["Programme complet en mairie.", "Les travaux doivent s'achever {soon}."],
    values: ["Les bénévoles des associations locales ont assuré l'organisation dans une ambiance conviviale.", "La solidarité entre voisins a fait la réussite de la fête."],
    traps: ["Le feu d'artifice a fait exploser les couleurs au-dessus du port.", "Une explosion de couleurs et de rires pendant le défilé."],
    slots: { locquote: ["C'est un moment qu'on attend toute l'année", "On aurait aimé être consultés", "Le village revit"] },
  },
  en: {
    titles: ["{city} Christmas market opens", "+Village fête draws {n:2-15},000 to {city}", "Roadworks close {city} high street for {n:2-8} weeks"],
    open: ["The {city} Christmas market hosts {n:40-150} stalls until late December."],
    detail: ["A diversion is in place."],
    close: ["The works should finish {soon}."],
    slots: {},
  },
};

export const AGRICULTURE: Topic = {
  id: "agriculture",
  tones: { neutral: 5, pessimistic: 3, optimistic: 2 },
  valueRate: 0.2,
  fr: {
    titles: ["-Colère agricole : les tracteurs bloquent {city}", "Vendanges : une récolte {précoce|abondante|en baisse} {inRegion}", "+Circuits courts : un magasin de producteurs ouvre à {city}", "Salon de l'agriculture : les éleveurs {ofDept} au Salon"],
    open: ["-Plusieurs centaines d'agriculteurs ont bloqué {when} les accès de {city}.", "Les vendanges ont débuté {when} avec {n:1-3} semaines d'avance.", "+Une vingtaine de producteurs {ofDept} ont ouvert un magasin collectif."],
    detail: ["« {agriquote} », {says} {personM}, éleveur.", "Les prix payés aux producteurs ont baissé de {pct}."],
    close: ["Une rencontre avec le préfet est prévue {soon}."],
    values: ["Les circuits courts et la transition agroécologique séduisent de jeunes entrepreneurs agricoles."],
    slots: { agriquote: ["On ne vit plus de notre travail", "Le consommateur veut savoir d'où vient ce qu'il mange"] },
  },
  en: {
    titles: ["-Farmers' anger: tractors block {city}", "Grape harvest starts early in {region}"],
    open: ["-Hundreds of farmers blocked roads into {city} {when}."],
    detail: ["Farm-gate prices fell {pct}."],
    close: ["A meeting with the prefect is planned {soon}."],
    slots: {},
  },
};
