import type { Topic } from "./types";

/* Sport besides rugby. Football carries the classic traps: "attaque", "tuer le match", "bombe". */

const FCLUB_FR = ["le FC {city}", "l'Olympique de {city}", "l'AS {city}", "le Stade {city}", "l'En Avant {city}", "le Racing {city}"];

export const FOOTBALL: Topic = {
  id: "football",
  tones: { neutral: 5, optimistic: 3, pessimistic: 2 },
  trapRate: 0.35,
  valueRate: 0.12,
  fr: {
    titles: [
      "Ligue 1 : {fclub} s'impose face à {fclub2} ({score})", "-{fclub} s'effondre à domicile", "+{fclub} renverse {fclub2} dans les arrêts de jeu", "Mercato : {fclub} recrute un attaquant {nat}",
      "Coupe de France : {fclub} qualifié pour les huitièmes", "Équipe de France : la liste de {person} dévoilée", "-{fclub} limoge son entraîneur",
      "National : {fclub} reste invaincu", "Ligue des champions : {fclub} tire un adversaire redoutable", "Football amateur : le club de {city} fête ses {n:50-120} ans",
    ],
    trapTitles: [
      "{fclub} tue le match en dix minutes", "L'attaque de {fclub} fait exploser la défense de {fclub2}", "{personM}, la bombe de l'attaque de {fclub}",
      "{fclub} massacre {fclub2} ({n:4-7}-0) et s'envole en tête", "{person} fusille le gardien et offre la victoire à {fclub}",
    ],
    open: [
      "{fclub} a battu {fclub2} {when} sur le score de {score} devant {n:8-60} 000 spectateurs.", "-{fclub} a concédé {when} une nouvelle défaite, la {n:3-6}e de la saison.",
      "+Mené au score, {fclub} a renversé la situation {when} grâce à un doublé de {person}.", "{fclub} a officialisé {when} l'arrivée d'un attaquant {nat} pour {money}.",
    ],
    detail: ["« {fquote} », {says} l'entraîneur {personM}.", "Le club pointe désormais à la {n:1-18}e place du classement.", "Le but décisif est tombé à la {n:70-94}e minute."],
    close: ["Prochain match {next} face à {fclub3}.", "Le club espère retrouver l'Europe la saison prochaine."],
    values: ["Dans ce club amateur, l'esprit d'équipe et les bénévoles font vivre le football le week-end."],
    traps: [
      "L'attaque de {fclub} a fait exploser la défense adverse en seconde période.", "{person} a tué le match d'une frappe limpide à la {n:60-85}e minute.",
      "Une véritable bombe du pied gauche a fait trembler les filets.", "Les attaquants ont martyrisé la défense pendant tout le match.",
      "{person} a assassiné le gardien d'une frappe sous la barre.", "La charnière centrale a fini par craquer sous les assauts répétés.",
    ],
    slots: {
      fclub: FCLUB_FR, fclub2: FCLUB_FR.map((c) => c.replace("{city}", "{city2}")), fclub3: FCLUB_FR.map((c) => c.replace("{city}", "{city3}")), nat: ["brésilien", "sénégalais", "belge", "ivoirien", "argentin", "norvégien"],
      fquote: ["On a montré du caractère", "Il faut rester humble", "Nous devons être plus efficaces", "Le vestiaire a réagi"],
    },
  },
  en: {
    titles: ["Ligue 1: FC {city} beat Olympique {city2} ({score})", "-FC {city} collapse at home", "Transfer news: FC {city} sign {nat} striker", "France squad named by {person}"],
    trapTitles: ["FC {city} kill the game in ten minutes", "{person} fires a rocket as FC {city} cruise"],
    open: ["FC {city} beat Olympique {city2} {score} {when} in front of {n:8-60},000 fans.", "+Trailing at the break, FC {city} came back to win {when}."],
    detail: ["\"We showed character,\" {says} coach {person}.", "The winner came in the {n:70-94}th minute."],
    close: ["Next up: a trip to FC {city3} {next}."],
    traps: ["The FC {city} attack tore the defence apart after the break.", "{person} killed the game off with a thunderbolt."],
    slots: { nat: ["Brazilian", "Senegalese", "Belgian", "Norwegian"] },
  },
};

export const CYCLING: Topic = {
  id: "cycling",
  tones: { neutral: 5, optimistic: 3, pessimistic: 1 },
  trapRate: 0.1,
  fr: {
    titles: [
      "Tour de France : l'étape arrivera à {city}", "+Cyclisme : {person} remporte la {n:2-21}e étape", "Vélo : le Grand Prix de {city} attire {n:80-200} coureurs",
      "-Chute collective dans le final : {person} abandonne", "Cyclosportive : {n:1-8} 000 amateurs au départ de {city}",
    ],
    open: ["+{personM} s'est imposé {when} au sommet après une échappée de {n:30-140} km.", "La ville de {city} accueillera une arrivée d'étape du Tour de France en {nextYear}."],
    detail: ["Le peloton a roulé à plus de {n:42-48} km/h de moyenne.", "« {cquote} », {says} {person}."],
    close: ["La course se poursuit {next} par une étape de montagne."],
    traps: ["Dans la dernière ascension, {person} a dynamité la course par une attaque tranchante."],
    slots: { cquote: ["J'ai tout donné dans la dernière montée", "C'est un rêve de gosse"] },
  },
  en: {
    titles: ["Tour de France stage to finish in {city}", "+{person} wins stage {n:2-21}", "-Crash in the finale: {person} abandons"],
    open: ["+{person} won {when} after a {n:30-140} km breakaway."],
    detail: ["The peloton averaged over {n:42-48} km/h."],
    close: ["The race heads into the mountains {next}."],
    slots: {},
  },
};

export const TENNIS: Topic = {
  id: "tennis",
  tones: { neutral: 5, optimistic: 3, pessimistic: 2 },
  trapRate: 0.1,
  fr: {
    titles: [
      "Roland-Garros : {person} file en quarts de finale", "-Tennis : {personM} éliminé d'entrée", "-Tennis : {personF} éliminée d'entrée", "+Open de {city} : {person} s'offre son premier titre", "Tennis : le tournoi de {city} affiche complet",
    ],
    open: ["{personM} s'est qualifié {when} en battant une tête de série en {n:3-5} sets.", "-{personM} a été éliminé {when} dès le premier tour."],
    detail: ["Le joueur a réussi {n:8-25} aces.", "« {tquote} », {says} {person}."],
    close: ["Prochain tour {next}."],
    traps: ["Son coup droit, véritable arme fatale, a fait mal à son adversaire."],
    slots: { tquote: ["J'ai bien géré les moments importants", "Je suis déçu mais je vais rebondir"] },
  },
  en: {
    titles: ["Roland-Garros: {person} into the quarter-finals", "-{person} knocked out in round one", "+{person} wins first title in {city}"],
    open: ["{person} beat a seeded opponent in {n:3-5} sets {when}."],
    detail: ["The Frenchman served {n:8-25} aces."],
    close: ["The next round is {next}."],
    slots: {},
  },
};

export const OTHER_SPORTS: Topic = {
  id: "other_sports",
  tones: { neutral: 5, optimistic: 3, pessimistic: 1 },
  valueRate: 0.15,
  fr: {
    titles: [
      "Handball : {city} s'impose sur le fil", "Basket : {city} enchaîne une {n:3-9}e victoire", "Athlétisme : {person} bat le record de France", "+Natation : {person} en or aux championnats d'Europe",
      "Trail : {n:1-5} 000 coureurs au départ de {city}", "Voile : le départ de la course au large donné à {city}", "Ski : {person} signe son premier podium en Coupe du monde",
    ],
    open: ["L'équipe de {city} s'est imposée {when} d'un petit point.", "+{person} a remporté {when} la médaille d'or avec un temps record.", "Plus de {n:1-5} 000 coureurs se sont élancés {when} de {city}."],
    detail: ["« {oquote} », {says} {person}.", "L'équipe reste sur une série de {n:3-9} victoires."],
    close: ["Rendez-vous {next} pour la suite de la compétition."],
    values: ["Les bénévoles du club ont assuré l'organisation dans une belle ambiance de convivialité."],
    slots: { oquote: ["C'est l'aboutissement de plusieurs années de travail", "Le collectif a fait la différence"] },
  },
  en: {
    titles: ["Handball: {city} win at the buzzer", "Athletics: {person} breaks French record", "+Swimming: {person} takes European gold"],
    open: ["+{person} won gold {when} in a record time."],
    detail: ["The team has now won {n:3-9} in a row."],
    close: ["The competition continues {next}."],
    slots: {},
  },
};
