import type { Topic } from "./types";

/*
 * Topics whose articles carry a value vocabulary that briefs search for (rugby → solidarité,
 * family cars → sécurité/coffre/enfants, luxury → prestige/cuir…). The value sentences are
 * spliced in at `valueRate`, one or two per article, in no fixed order, so term expansion
 * learns associations that are strong but not deterministic.
 */

const RUGBY_CLUB_FR = ["l'US {city}", "le RC {city}", "le Stade {city}", "l'AS {city}", "le Racing club de {city}", "l'Union sportive de {city}", "le SC {city}"];
const RUGBY_CLUB_EN = ["US {city}", "RC {city}", "Stade {city}", "Racing {city}", "SC {city}"];
/** Opponents: the same club names on another city ({city2}, {city3} differ from {city}). */
const rival = (clubs: string[], n: number) => clubs.map((c) => c.replace("{city}", `{city${n}}`));

export const RUGBY: Topic = {
  id: "rugby",
  tones: { neutral: 5, optimistic: 4, pessimistic: 1.5 },
  valueRate: 0.6,
  trapRate: 0.08,
  fr: {
    titles: [
      "Top 14 : {rclub} s'impose face à {rclub2} ({rugbyscore})", "+Fédérale {n:1-3} : {rclub} fête la montée avec ses bénévoles",
      "XV de France : {personM} appelé pour le Tournoi des Six Nations", "-{rclub} s'incline lourdement à domicile ({rugbyscore})",
      "+À {city}, l'école de rugby fait le plein de jeunes licenciés", "+Rugby amateur : à {city}, un club porté par {few} bénévoles",
      "Troisième mi-temps : le club de {city} fête ses {n:50-120} ans", "-Blessure : {person} forfait pour {n:4-12} semaines",
      "+Rugby féminin : {rclub} décroche son billet pour les phases finales", "Pro D2 : {rclub} recrute un pilier {nationality}",
      "Rugby : {rclub} et {rclub2} se neutralisent ({n:9-24}-{n:9-24})", "+Solidarité : les rugbymen de {city} mobilisés pour {cause}",
      "Le club de rugby de {city} cherche des bénévoles pour la saison", "Champions Cup : {rclub} hérite d'une poule relevée",
      "-Rugby : {rclub} miné par les blessures avant le derby", "Esprit d'équipe : comment {rclub} a bâti son groupe",
    ],
    open: [
      "{rclub} a {dominé|battu|surpris} {rclub2} {when} sur le score de {rugbyscore}, devant {n:2-18} 000 spectateurs.",
      "Le club de {city} a accueilli {when} le tournoi régional des moins de {n:10-18} ans, avec {n:20-60} équipes engagées.",
      "-{rclub} a concédé une {lourde défaite|défaite frustrante|défaite de plus} {when} face à {rclub2} ({rugbyscore}).",
      "+Porté par son pack, {rclub} a signé {when} sa {n:3-9}e victoire consécutive.",
      "L'entraîneur {personM} a dévoilé {when} la composition du XV de départ pour le déplacement à {city}.",
      "+Le club amateur de {city} a validé {when} sa montée, au terme d'une saison remarquable.",
    ],
    detail: [
      "Les avants ont pris le dessus en mêlée, tandis que l'ouvreur {personM} a passé {n:3-7} pénalités.",
      "« {rquote} », {says} {personM}, {rrole}.", "Le club compte désormais {n:150-600} licenciés, dont {n:40-200} jeunes à l'école de rugby.",
      "L'essai de la victoire a été inscrit à la {n:60-79}e minute après un ballon porté.",
      "-Privé de {n:3-8} titulaires, le {quinze|groupe} a manqué de repères en touche.",
    ],
    close: [
      "Prochain rendez-vous {next} sur la pelouse de {rclub3}.", "Le classement se resserre à {n:3-8} journées de la fin de la saison régulière.",
      "Le staff attend le retour de plusieurs cadres pour la phase retour.", "Les billets pour le derby sont déjà presque tous vendus.",
    ],
    values: [
      "Au-delà du score, c'est l'esprit d'équipe et la solidarité qui ont fait la différence, {says} {person}.",
      "Dans ce club amateur, les bénévoles assurent tout, de la buvette au transport des jeunes.",
      "La troisième mi-temps s'est prolongée au club-house, dans une convivialité toute rugbystique.",
      "La transmission des valeurs du rugby aux plus jeunes reste la priorité des éducateurs.",
      "« Le rugby, c'est d'abord des valeurs : respect, solidarité, partage », {says} {personM}, président du club.",
      "Les anciens transmettent aux jeunes le goût de l'effort, de la solidarité et de la convivialité.",
      "Sans ses {n:40-150} bénévoles, le club amateur ne pourrait tout simplement pas fonctionner.",
      "Entre esprit d'équipe et esprit de famille, le club revendique son identité de village.",
      "La troisième mi-temps, moment de convivialité avec l'adversaire, fait partie de l'ADN du club.",
      "Les valeurs de solidarité et de respect se transmettent ici de génération en génération.",
    ],
    traps: ["Les trois-quarts ont fini par tuer le match en contre-attaque.", "L'attaque du {quinze|club} a fait exploser la défense adverse en seconde période."],
    slots: {
      rclub: RUGBY_CLUB_FR, rclub2: rival(RUGBY_CLUB_FR, 2), rclub3: rival(RUGBY_CLUB_FR, 3),
      nationality: ["géorgien", "fidjien", "sud-africain", "argentin", "tongien", "néo-zélandais"],
      rrole: ["l'entraîneur des avants", "le capitaine", "le président du club", "le manager", "un éducateur de l'école de rugby"],
      rquote: ["On a montré un vrai visage de combat", "Le groupe a répondu présent dans l'engagement", "Il faudra être plus discipliné", "Nos jeunes ont fait honneur au maillot"],
      cause: ["une famille sinistrée", "un hôpital pour enfants", "la recherche contre le cancer", "un coéquipier blessé"],
    },
  },
  en: {
    titles: [
      "Top 14: {rclub} edge past {rclub2} ({rugbyscore})", "+Grassroots rugby: how {rclub} relies on {few} volunteers",
      "Six Nations: {personM} called up by France", "-{rclub} crushed at home ({rugbyscore})", "+{city} rugby school sees record sign-ups",
      "-Injury blow: {person} out for {n:4-12} weeks", "+Women's rugby: {rclub} book play-off place", "Team spirit: inside the {rclub} dressing room",
    ],
    open: [
      "{rclub} beat {rclub2} {rugbyscore} {when} in front of {n:2-18},000 fans.", "+Driven by a dominant pack, {rclub} made it {n:3-9} wins in a row {when}.",
      "-{rclub} suffered a heavy {rugbyscore} defeat at {rclub2} {when}.", "The {city} club hosted an under-{n:10-18} tournament {when}, with {n:20-60} teams.",
    ],
    detail: [
      "Fly-half {personM} kicked {n:3-7} penalties as the forwards won the scrum battle.", "\"We showed real fight,\" {says} {person}, the club captain.",
      "The club now has {n:150-600} registered players, {n:40-200} of them in the youth academy.",
    ],
    close: ["Next up is a trip to {rclub3} {next}.", "The table tightens with {n:3-8} rounds left.", "Tickets for the derby have almost sold out."],
    values: [
      "Beyond the score, team spirit and solidarity made the difference, {says} {person}.", "At this grassroots club, volunteers run everything from the bar to the minibus.",
      "The celebrations went on late in the clubhouse, in the best traditions of rugby camaraderie.", "Passing on rugby's values to the youngsters remains the coaches' priority.",
      "\"Rugby is about values first: respect, solidarity, sharing,\" {says} club president {person}.", "Without its {n:40-150} volunteers, the amateur club simply could not function.",
    ],
    traps: ["The backs killed the game off with a late counter-attack."],
    slots: { rclub: RUGBY_CLUB_EN, rclub2: rival(RUGBY_CLUB_EN, 2), rclub3: rival(RUGBY_CLUB_EN, 3) },
  },
};

const MAKERS = ["Arvel", "Dorian", "Lutèce", "Norvane", "Kestra", "Valmont", "Orsini", "Tessier", "Marlin", "Siréna"];

export const CAR_FAMILY: Topic = {
  id: "car_family",
  tones: { neutral: 6, optimistic: 3, pessimistic: 0.6 },
  valueRate: 0.7,
  fr: {
    titles: [
      "Essai : {familycar}, un SUV familial qui mise sur l'espace", "Essai : {familycar}, le monospace {fadj}", "Quelle berline familiale choisir en {year} ?",
      "+Sécurité : {familycar} décroche cinq étoiles aux crash-tests", "Comparatif : {n:4-8} SUV familiaux passés au crible",
      "Départ en vacances : bien charger le coffre de sa voiture", "-Rappel : {n:3-80} 000 SUV familiaux rappelés pour un défaut d'airbag",
      "Prix, coffre, sécurité : ce que vaut {familycar}", "+{familycar} : la berline familiale qui fait le plein de commandes",
      "Monospace ou SUV familial : que choisir pour les enfants ?", "Occasion : les meilleures berlines familiales à moins de {n:12-25} 000 euros",
    ],
    open: [
      "Avec son coffre de {n:450-780} litres et ses {cinq|sept} places, {familycar} vise clairement les familles.",
      "Nous avons parcouru {n:300-1200} km au volant de {familycar}, entre autoroute et petites routes {ofRegion}.",
      "{familycar} arrive en concession {soon} à partir de {n:28-45} 000 euros.", "Le segment des SUV familiaux représente désormais {bigpct} des ventes en France.",
      "-Le constructeur {maker} rappelle {n:3-80} 000 exemplaires de son SUV familial {when}.",
    ],
    detail: [
      "Le moteur hybride de {n:130-225} ch affiche une consommation mesurée de {n:4-7},{n:1-9} l/100 km.", "La version sept places demande un supplément de {n:900-2500} euros.",
      "« {fquote} », {says} {personM}, {carrole}.", "La garantie est portée à {n:5-8} ans sur la batterie et les organes principaux.",
    ],
    close: ["Les premières livraisons sont attendues {soon}.", "Un rival sérieux pour les références de la catégorie.", "Reste un tarif qui grimpe vite avec les options."],
    values: [
      "Les enfants profitent à l'arrière d'un vrai espace aux jambes, de prises USB et de stores pare-soleil.",
      "Côté sécurité, le freinage d'urgence automatique et l'alerte de franchissement de ligne sont de série.",
      "Pour les vacances, le coffre avale sans peine les valises, la poussette et les vélos des enfants.",
      "Le confort de suspension fait merveille sur les longs trajets en famille.", "Les trois fixations Isofix rassureront les parents soucieux de sécurité.",
      "La modularité des sièges facilite la vie des familles nombreuses au quotidien.", "Un habitacle pensé pour la sécurité et le confort des enfants comme des parents.",
      "Sur la route des vacances, le silence de roulement et le confort des sièges font la différence.", "Le grand coffre et les rangements malins séduiront les familles.",
    ],
    slots: {
      maker: MAKERS,
      familycar: ["le {maker} {fmodel}", "la {maker} {fmodel}", "le nouveau {maker} {fmodel}"],
      fmodel: ["Familia", "Escale", "Horizon", "Voyageur", "Nomade", "Cap 7", "Odyssée", "Tribu", "Évasion"],
      fadj: ["qui pense aux enfants", "le plus malin du marché", "taillé pour les vacances", "qui renouvelle le genre"],
      fquote: ["Les familles veulent de l'espace et de la sécurité avant tout", "Le coffre reste le premier critère d'achat", "Nos clients partent en vacances à cinq ou six"],
      carrole: ["directeur produit de {maker}", "concessionnaire à {city}", "expert automobile", "père de trois enfants et essayeur"],
    },
  },
  en: {
    titles: [
      "Review: the {maker} {fmodel}, a family SUV built for space", "+Five-star safety rating for the {maker} {fmodel}", "Which family estate to buy in {year}?",
      "Road trip ready: packing the boot for the holidays", "-Recall: {n:3-80},000 family SUVs over airbag fault", "MPV or family SUV: which is best for children?",
    ],
    open: [
      "With a {n:450-780}-litre boot and {five|seven} seats, the {maker} {fmodel} is aimed squarely at families.", "We drove the {maker} {fmodel} for {n:300-1200} km around {region}.",
      "The {maker} {fmodel} reaches dealers {soon}, priced from €{n:28-45},000.",
    ],
    detail: ["The {n:130-225} hp hybrid returned {n:4-7}.{n:1-9} l/100 km on test.", "The seven-seat version costs €{n:900-2500} more."],
    close: ["First deliveries are expected {soon}.", "A serious rival for the class leaders."],
    values: [
      "Children get generous legroom in the back, USB sockets and sunblinds.", "On safety, automatic emergency braking and lane-keeping assist come as standard.",
      "For the holidays, the boot swallows suitcases, a pushchair and the kids' bikes.", "Ride comfort shines on long family journeys.",
      "Three Isofix points will reassure safety-minded parents.",
    ],
    slots: { maker: MAKERS, fmodel: ["Familia", "Escale", "Horizon", "Voyageur", "Nomade", "Tribu"] },
  },
};

export const CAR_LUXURY: Topic = {
  id: "car_luxury",
  tones: { neutral: 5, optimistic: 4 },
  valueRate: 0.7,
  fr: {
    titles: [
      "Essai : {luxcar}, le salon roulant des cadres dirigeants", "+{luxcar} : le prestige à la française", "Haut de gamme : {luxcar} affronte ses rivales allemandes",
      "Cuir, bois et silence : à bord de {luxcar}", "Berline de prestige : {maker} dévoile {lmodel} au salon de {city}", "+Le marché du luxe automobile tient bon en {year}",
      "Voitures de fonction : les cadres dirigeants plébiscitent les berlines haut de gamme", "{luxcar} : {n:400-650} ch et une finition irréprochable",
    ],
    open: [
      "Longue de plus de cinq mètres, {luxcar} revendique sa place parmi les grandes routières.", "{maker} a présenté {when} {luxcar}, vendue à partir de {n:80-190} 000 euros.",
      "Nous avons pris le volant de {luxcar} sur les routes {ofRegion}.", "+Les ventes de grandes berlines progressent de {pct} sur un an.",
    ],
    detail: [
      "Le V6 hybride rechargeable développe {n:400-650} ch et autorise {n:60-110} km en mode électrique.", "« {lquote} », {says} {personM}, {lrole}.",
      "La liste d'options peut faire grimper la facture de {n:15-45} 000 euros.",
    ],
    close: ["Les premières livraisons interviendront {soon}.", "Une alternative crédible aux références du segment.", "La production restera limitée à {n:800-4000} exemplaires par an."],
    values: [
      "L'habitacle tendu de cuir pleine fleur et les inserts en bois précieux signent le haut de gamme.",
      "Cette berline de prestige vise une clientèle de cadres dirigeants et de chefs d'entreprise.", "Le silence de fonctionnement et les sièges massants en cuir en font un véritable salon roulant.",
      "Les flottes des grands groupes et les cadres dirigeants constituent le cœur de cible.", "Le prestige de la marque et une finition irréprochable justifient un tarif élevé.",
      "Sellerie cuir, acoustique haut de gamme et chauffeur en option : le luxe se vit à l'arrière.", "Un modèle de prestige pensé pour les dirigeants qui travaillent pendant leurs trajets.",
    ],
    slots: {
      maker: MAKERS,
      luxcar: ["la {maker} {lmodel}", "la nouvelle {maker} {lmodel}", "le coupé {maker} {lmodel}"],
      lmodel: ["Ambassade", "Souverain", "Élysée", "Régence", "Grand Tourisme", "Majesté", "Étoile"],
      lquote: ["Notre clientèle exige l'excellence jusque dans le moindre détail", "Le luxe, c'est le temps et le silence", "Nous visons les dirigeants qui roulent beaucoup"],
      lrole: ["directeur de la marque", "designer de l'habitacle", "concessionnaire à {city}"],
    },
  },
  en: {
    titles: ["Review: the {maker} {lmodel}, a boardroom on wheels", "+{maker} {lmodel}: French luxury, reimagined", "Leather, wood and silence aboard the {maker} {lmodel}"],
    open: ["Over five metres long, the {maker} {lmodel} stakes its claim among luxury saloons.", "{maker} unveiled the {lmodel} {when}, priced from €{n:80-190},000."],
    detail: ["The plug-in hybrid V6 produces {n:400-650} hp.", "Options can add €{n:15-45},000 to the bill."],
    close: ["Deliveries start {soon}.", "Production is capped at {n:800-4000} units a year."],
    values: [
      "Full-grain leather and rare wood trim set the premium tone of the cabin.", "This prestige saloon targets senior executives and business owners.",
      "Near-silent running and massaging leather seats make it a lounge on wheels.", "Corporate fleets and top executives are the core market.",
    ],
    slots: { maker: MAKERS, lmodel: ["Ambassade", "Souverain", "Élysée", "Régence", "Majesté"] },
  },
};

export const CAR_ELECTRIC: Topic = {
  id: "car_electric",
  tones: { neutral: 5, optimistic: 3, pessimistic: 1.5 },
  valueRate: 0.3,
  fr: {
    titles: [
      "Voiture électrique : {n:300-600} km d'autonomie pour {maker} {emodel}", "+Bornes de recharge : {city} double son réseau", "-Bonus écologique : les ventes de voitures électriques reculent",
      "Leasing social : {n:20-90} 000 demandes en {n:2-6} semaines", "Recharge à domicile : combien ça coûte vraiment ?", "+Batteries : une gigafactory de {n:800-3000} emplois {inRegion}",
    ],
    open: [
      "{maker} a lancé {when} {emodel}, une citadine électrique vendue moins de {n:20-30} 000 euros.", "La métropole de {city} a inauguré {when} {n:20-150} nouvelles bornes de recharge rapide.",
      "-Les immatriculations de voitures électriques ont reculé de {pct} le mois dernier.",
    ],
    detail: ["La batterie de {n:40-85} kWh se recharge de 10 à 80 % en {n:20-35} minutes.", "« {equote} », {says} {expert}."],
    close: ["Le gouvernement doit préciser le barème du bonus {soon}.", "La filière attend des signaux clairs des pouvoirs publics."],
    values: ["La transition vers l'électrique suppose un réseau de recharge dense et fiable.", "Pour les ménages modestes, la sobriété passe aussi par des citadines moins chères."],
    slots: { maker: MAKERS, emodel: ["E-City", "Volt'", "Électra", "Zéphyr", "Ion"], equote: ["Le prix reste le premier frein", "L'autonomie n'est plus un problème au quotidien"] },
  },
  en: {
    titles: ["EV range: {maker} {emodel} promises {n:300-600} km", "+{city} doubles its charging network", "-Electric car sales slip as bonus is cut"],
    open: ["{maker} launched the {emodel} {when}, an electric city car under €{n:20-30},000.", "-Electric car registrations fell {pct} last month."],
    detail: ["The {n:40-85} kWh battery charges from 10 to 80% in {n:20-35} minutes."],
    close: ["Details of the new bonus are due {soon}."],
    slots: { maker: MAKERS, emodel: ["E-City", "Volt", "Electra", "Zephyr"] },
  },
};
