import type { Topic } from "./types";

/*
 * Lifestyle. Full of harmless articles with alarming words used figuratively — "tarte au
 * citron", "explosion de saveurs", "une bombe de fraîcheur", "shooting photo", "crise de fou
 * rire" — which a keyword blocklist would wrongly flag and our classifier must not.
 */

export const FOOD: Topic = {
  id: "food",
  tones: { optimistic: 5, neutral: 4 },
  trapRate: 0.45,
  valueRate: 0.2,
  fr: {
    titles: [
      "Recette : {dish} comme chez {grandma}", "Nos {n:5-12} idées de {dish2} pour l'été", "+Le chef {personM} ouvre son restaurant à {city}", "+La cheffe {personF} ouvre sa table à {city}", "Marché de {city} : les produits de saison à ne pas manquer",
      "Recette facile : {dish} en {n:15-45} minutes", "Guide : les meilleures boulangeries de {city}", "+Gastronomie : une étoile pour un restaurant de {city}", "Vin : les bonnes affaires de la foire aux vins",
    ],
    trapTitles: [
      "La tarte au citron meringuée, la recette qui tue", "Recette : une tarte au citron à tomber", "Ce dessert est une bombe de fraîcheur", "Une explosion de saveurs dans l'assiette du chef {person}",
      "Le crime parfait : un fondant au chocolat coupable", "Ce sandwich est une tuerie : la recette de {person}", "Tarte au citron : le secret d'une pâte qui ne craque pas",
    ],
    open: [
      "Pour {n:4-8} personnes, il vous faudra {ingredients}.", "+Le chef {personM} a ouvert {when} une table bistronomique dans le centre de {city}.",
      "Le marché de {city} regorge de {produce} en cette saison.", "Cette recette de {dish} se prépare en moins de {n:15-45} minutes.",
    ],
    detail: ["Faites revenir les oignons, ajoutez {produce} et laissez mijoter {n:10-40} minutes.", "« {foodquote} », {says} {personF}, cheffe à {city}.", "Comptez {n:18-65} euros pour un menu complet."],
    close: ["À déguster bien frais.", "Servez avec une salade de saison.", "Réservation conseillée le week-end."],
    values: ["Le chef défend les circuits courts et travaille avec {n:5-20} producteurs locaux.", "Un moment de convivialité à partager en famille ou entre amis."],
    traps: [
      "Une véritable explosion de saveurs en bouche.", "Cette tarte au citron est une bombe de fraîcheur.", "Le résultat est à tomber, une vraie tuerie.",
      "Le mariage sucré-salé fait l'effet d'une bombe.", "Attention, ce dessert est addictif : il risque de provoquer une crise de gourmandise.",
    ],
    slots: {
      dish: ["le bœuf bourguignon", "la quiche lorraine", "le gratin dauphinois", "la blanquette de veau", "le clafoutis aux cerises", "la ratatouille", "le poulet basquaise", "la tarte tatin"],
      dish2: ["salades composées", "desserts sans cuisson", "apéros dînatoires", "plats végétariens", "pique-niques"],
      grandma: ["mamie", "grand-mère", "nos grands-mères"], produce: ["fraises", "courgettes", "asperges", "champignons", "potirons", "poireaux"],
      ingredients: ["{n:200-500} g de farine, {n:2-6} œufs et du beurre", "un kilo de tomates, de l'ail et du basilic"],
      foodquote: ["Je cuisine ce que le marché m'offre", "Le produit doit rester la star de l'assiette"],
    },
  },
  en: {
    titles: ["Recipe: {dish} like grandma's", "+Chef {person} opens a bistro in {city}", "Guide: the best bakeries in {city}", "Easy recipe: {dish} in {n:15-45} minutes"],
    trapTitles: ["This lemon tart is to die for", "A flavour bomb from chef {person}", "Killer brownies: the recipe", "An explosion of flavours at {city}'s newest table"],
    open: ["You will need {n:200-500} g of flour, {n:2-6} eggs and butter.", "+Chef {person} opened a bistro in {city} {when}."],
    detail: ["Expect to pay €{n:18-65} for a full menu.", "\"The produce must be the star,\" {says} {person}."],
    close: ["Serve chilled.", "Booking is recommended at weekends."],
    traps: ["Every bite is an explosion of flavours.", "This dessert is absolutely to die for.", "A real flavour bomb."],
    slots: { dish: ["beef bourguignon", "quiche lorraine", "ratatouille", "tarte tatin", "cherry clafoutis"] },
  },
};

export const FASHION_BEAUTY: Topic = {
  id: "fashion_beauty",
  tones: { optimistic: 5, neutral: 4 },
  trapRate: 0.4,
  fr: {
    titles: [
      "Mode : les {n:5-15} tendances de la saison", "Beauté : la routine de {person} pour une peau éclatante", "Fashion week : les temps forts du défilé {label}",
      "Soldes : nos {n:10-30} pièces coup de cœur", "Cheveux : la coupe qui fait fureur cet automne", "+{label} célèbre ses {n:20-100} ans avec une collection capsule",
    ],
    trapTitles: [
      "Shooting photo : dans les coulisses de la campagne {label}", "Ce parfum est une bombe de fraîcheur", "Le rouge à lèvres qui tue : notre sélection",
      "Beauté : les soins choc de l'hiver", "Cette robe fait un carton : la pièce qui s'arrache", "Un shooting photo explosif pour la nouvelle collection {label}",
    ],
    open: ["La maison {label} a présenté {when} sa collection printemps-été à Paris.", "Cette saison, les {couleurs pastel|imprimés fleuris|pièces oversize} font leur grand retour.", "La mannequin {personF} s'est confiée sur sa routine beauté."],
    detail: ["« {fashquote} », {says} {personF}, directrice artistique.", "Comptez {n:25-300} euros pour les pièces phares."],
    close: ["La collection sera disponible {soon}.", "À adopter sans modération."],
    traps: [
      "Le shooting photo s'est déroulé sur une plage de {city}.", "Ce sérum est une véritable bombe d'hydratation.", "Le mascara qui tue, selon nos lectrices.",
      "Une crise de fou rire a éclaté en coulisses pendant le shooting.", "Une bombe de fraîcheur pour l'été.",
    ],
    slots: {
      label: ["Maison Célestine", "Atelier Saint-Roch", "Ligne Bastide", "Vérane Paris", "Studio Mistral"],
      fashquote: ["La mode doit raconter une histoire", "Nous avons voulu une collection joyeuse"],
    },
  },
  en: {
    titles: ["Fashion: {n:5-15} trends of the season", "Beauty: {person}'s skincare routine", "Fashion week highlights from {label}"],
    trapTitles: ["Behind the scenes of the {label} photo shoot", "This scent is a bombshell of freshness", "Drop-dead gorgeous: our party looks"],
    open: ["{label} presented its spring-summer collection in Paris {when}."],
    detail: ["Key pieces cost €{n:25-300}."],
    close: ["The collection arrives {soon}."],
    traps: ["The photo shoot took place on a beach near {city}.", "This serum is a hydration bomb."],
    slots: { label: ["Maison Célestine", "Atelier Saint-Roch", "Vérane Paris"] },
  },
};

export const CELEBRITIES: Topic = {
  id: "celebrities",
  tones: { neutral: 5, optimistic: 4, pessimistic: 1 },
  trapRate: 0.35,
  fr: {
    titles: [
      "{starF} se confie sur sa nouvelle vie", "+{star} et {star2} officialisent leur histoire", "Mariage : {star} a dit oui à {city}", "-{star} annule sa tournée pour raisons de santé",
      "{star} dévoile les premières images de son bébé", "Télé : {star} rejoint le jury de l'émission",
    ],
    trapTitles: [
      "Crise de fou rire en direct : {star} ne peut plus s'arrêter", "{star} fait exploser l'audimat", "{star}, la bombe de l'été", "{star} a tué le game avec sa dernière apparition",
    ],
    open: ["{starF} s'est confiée {when} dans une longue interview.", "{star} a fait son retour {when} à l'antenne."],
    detail: ["« {celquote} », confie la star.", "Les réseaux sociaux se sont enflammés après la diffusion."],
    close: ["Le couple devrait apparaître ensemble {soon}.", "Une suite est déjà prévue."],
    traps: ["L'émission a été interrompue par une crise de fou rire générale.", "Sa robe a fait l'effet d'une bombe sur le tapis rouge.", "Une apparition qui a fait exploser les compteurs."],
    slots: { star: ["la chanteuse {personF}", "l'acteur {personM}", "l'animatrice {personF}", "l'humoriste {person}", "{person}", "le chanteur {personM}"], starF: ["la chanteuse {personF}", "l'actrice {personF}", "l'animatrice {personF}", "{personF}"], celquote: ["Je n'ai jamais été aussi heureuse", "J'ai appris à ralentir"] },
  },
  en: {
    titles: ["{personF} opens up about her new life", "+{person} and {person} go public", "-{person} cancels tour for health reasons"],
    trapTitles: ["Live on air, {person} gets a fit of the giggles", "{person} is the bombshell of the summer"],
    open: ["{personF} opened up in a long interview {when}."],
    detail: ["Social media went wild after the broadcast."],
    close: ["A sequel is already planned."],
    traps: ["The show was interrupted by a fit of uncontrollable laughter."],
    slots: {},
  },
};

export const TRAVEL: Topic = {
  id: "travel",
  tones: { optimistic: 6, neutral: 4, pessimistic: 0.5 },
  valueRate: 0.15,
  fr: {
    titles: [
      "Week-end à {city} : nos bonnes adresses", "{n:5-15} villages {ofRegion} à découvrir", "Voyage : {dest}, la destination tendance de l'été", "Train de nuit : la ligne vers {city} relancée",
      "+Tourisme : une saison record {inRegion}", "Randonnée : les plus beaux sentiers {ofDept}", "-Grève des contrôleurs aériens : des vols annulés",
    ],
    open: ["À moins de trois heures de Paris, {city} séduit par son patrimoine et sa gastronomie.", "+La fréquentation touristique a progressé de {pct} cet été {inRegion}.", "Direction {dest} pour un séjour dépaysant."],
    detail: ["Comptez {n:80-250} euros la nuit en chambre d'hôtes.", "« {travquote} », {says} {person}, guide."],
    close: ["Pensez à réserver {soon}.", "Une escapade idéale pour les vacances."],
    values: ["Une destination idéale pour des vacances en famille, avec des activités pour les enfants."],
    slots: { dest: ["le Portugal", "la Crète", "l'Islande", "le Japon", "la Sicile", "le Québec"], travquote: ["On vient ici pour le calme", "Le tourisme durable se développe"] },
  },
  en: {
    titles: ["A weekend in {city}: our favourite addresses", "{n:5-15} villages to discover in {region}", "+Record tourist season in {region}"],
    open: ["Less than three hours from Paris, {city} charms with its heritage and food."],
    detail: ["B&B rooms cost €{n:80-250} a night."],
    close: ["Book {soon}."],
    slots: {},
  },
};

export const HOME_GARDEN: Topic = {
  id: "home_garden",
  tones: { neutral: 6, optimistic: 4 },
  trapRate: 0.12,
  fr: {
    titles: [
      "Jardin : que planter en {month} ?", "Déco : {n:5-12} idées pour agrandir un petit salon", "Travaux : les aides pour isoler sa maison en {year}",
      "Potager : réussir ses tomates", "Maison : {n:5-10} plantes d'intérieur faciles", "Bricolage : repeindre ses volets sans se tromper",
    ],
    open: ["En {month}, c'est le moment de semer {plants}.", "Un petit salon peut paraître deux fois plus grand avec quelques astuces.", "Les aides à la rénovation évoluent en {year}."],
    detail: ["Arrosez le soir pour limiter l'évaporation.", "Comptez {n:30-400} euros pour le matériel."],
    close: ["Vos récoltes n'en seront que meilleures.", "Un résultat bluffant pour un petit budget."],
    traps: ["Une astuce imparable pour tuer les mauvaises herbes sans produits chimiques.", "Ce coussin coloré est la bombe déco de la saison."],
    slots: { month: ["mars", "avril", "mai", "septembre", "octobre"], plants: ["les radis et les salades", "les tomates", "les bulbes de printemps", "les haricots verts"] },
  },
  en: {
    titles: ["Garden: what to plant in {month}", "Decor: {n:5-12} ideas for a small living room"],
    open: ["In {month}, it is time to sow {plants}."],
    detail: ["Water in the evening to limit evaporation."],
    close: ["A stunning result on a small budget."],
    slots: { month: ["March", "April", "May", "September"], plants: ["radishes and lettuce", "tomatoes", "spring bulbs"] },
  },
};

export const PARENTING: Topic = {
  id: "parenting",
  tones: { neutral: 6, optimistic: 3, pessimistic: 1 },
  valueRate: 0.25,
  fr: {
    titles: [
      "Écrans : combien de temps pour les enfants ?", "Rentrée scolaire : la liste des fournitures", "Congé parental : ce qui change en {year}", "Ados : comment parler de harcèlement",
      "Sommeil : les bons réflexes pour bébé", "Allocations familiales : les montants de {year}", "Vacances : {n:5-12} activités à faire avec les enfants",
    ],
    open: ["Les pédiatres recommandent de limiter l'exposition des enfants aux écrans.", "La rentrée approche et les parents préparent les cartables.", "Le congé de naissance évolue en {year}."],
    detail: ["« {parquote} », {says} {person}, pédiatre.", "Le coût moyen de la rentrée atteint {n:180-450} euros par enfant."],
    close: ["Un guide est disponible en mairie.", "Les inscriptions ouvrent {soon}."],
    values: ["Les familles cherchent avant tout la sécurité et le bien-être des enfants.", "Pour les vacances en famille, les parents privilégient le confort et les activités pour les enfants."],
    slots: { parquote: ["Il faut poser un cadre clair", "Chaque enfant a son rythme"] },
  },
  en: {
    titles: ["Screens: how much time for children?", "Back to school: the supplies list", "Parental leave: what changes in {year}"],
    open: ["Paediatricians advise limiting children's screen time."],
    detail: ["Back-to-school costs average €{n:180-450} per child."],
    close: ["Registration opens {soon}."],
    slots: {},
  },
};

export const KIDS: Topic = {
  id: "kids",
  tones: { optimistic: 6, neutral: 4 },
  trapRate: 0.1,
  fr: {
    titles: [
      "Quiz : connais-tu les animaux de la forêt ?", "Expérience : fabrique un volcan dans ta cuisine", "Pourquoi le ciel est-il bleu ?", "Bricolage : un mobile en carton pour ta chambre",
      "Les dinosaures expliqués aux enfants", "Le coin lecture : {n:5-10} livres pour les vacances",
    ],
    open: ["Tu t'es déjà demandé pourquoi le ciel est bleu ?", "Avec un peu de bicarbonate et du vinaigre, tu peux fabriquer un volcan.", "Les dinosaures ont vécu pendant plus de {n:100-160} millions d'années."],
    detail: ["Demande à un adulte de t'aider pour découper le carton.", "C'est la lumière du soleil qui se disperse dans l'air."],
    close: ["Envoie-nous une photo de ta création !", "À toi de jouer !"],
    traps: ["Attention à l'éruption : ton volcan va exploser de mousse !"],
    slots: {},
  },
  en: {
    titles: ["Quiz: do you know the forest animals?", "Experiment: make a volcano in your kitchen", "Why is the sky blue?"],
    open: ["Have you ever wondered why the sky is blue?"],
    detail: ["Ask a grown-up to help you cut the cardboard."],
    close: ["Your turn!"],
    slots: {},
  },
};

export const WELLNESS: Topic = {
  id: "wellness",
  tones: { optimistic: 5, neutral: 5 },
  fr: {
    titles: [
      "Sommeil : {n:5-10} conseils pour mieux dormir", "Yoga : les postures pour débuter", "Alimentation : les bienfaits des légumineuses", "Stress : la méditation en {n:5-15} minutes par jour",
      "Course à pied : bien reprendre après l'hiver", "Santé mentale : apprendre à déconnecter",
    ],
    open: ["Un adulte sur trois dort moins de six heures par nuit.", "Le yoga séduit de plus en plus de débutants.", "Les légumineuses sont riches en protéines végétales."],
    detail: ["« {wquote} », {says} {person}, coach.", "Commencez par {n:10-20} minutes, trois fois par semaine."],
    close: ["Les bénéfices se font sentir en quelques semaines.", "Écoutez votre corps."],
    slots: { wquote: ["La régularité compte plus que l'intensité", "Respirer, c'est déjà se soigner"] },
  },
  en: {
    titles: ["Sleep: {n:5-10} tips to rest better", "Yoga: poses for beginners", "Stress: meditation in {n:5-15} minutes a day"],
    open: ["One adult in three sleeps less than six hours a night."],
    detail: ["Start with {n:10-20} minutes three times a week."],
    close: ["Listen to your body."],
    slots: {},
  },
};
