/*
 * Compact French and English stop words for term expansion: function words, auxiliaries
 * and the commonest verbs/adverbs of news prose that associate with everything and so say
 * nothing. Written here (not a dependency) because we also need the elided forms ("d'",
 * "l'") and the phrase connectors below, which generic lists do not mark.
 */

const FRENCH = `
a à afin ai aie aient ainsi alors après as assez au aucun aucune aujourd'hui auprès aura aurait aussi autant autre autres aux avait avaient avant avec avez avoir avons ayant
beaucoup bien bon c' ça car ce ceci cela celle celles celui cependant certains ces cet cette ceux chacun chaque chez ci comme comment contre d' dans de depuis des dès deux
dire doit donc dont du durant elle elles en encore entre est et étaient était état été être eu eux fait faire fois font fut grand grande gros hier ici il ils j' jamais je jusqu'
l' la là le les leur leurs lors lorsqu' lui m' ma mais malgré me même mêmes mes moi moins mon n' ne ni non nos notre nous on ont ou où par parce parmi pas peu peut peuvent
plus plusieurs pour pourquoi pourtant près puis puisqu' qu' quand que quel quelle quelles quels qui quoi s' sa sans se selon ses seul seule si sien soit son sont sous
souvent sur t' ta tant te tes toi ton tous tout toute toutes très trop tu un une vers via voici voilà vos votre vous y déjà chose choses an ans année années jour jours
mois semaine fin début cas part côté lieu temps fois dit dire explique selon nouvelle nouveau nouveaux nouvelles premier première dernier dernière derniers dernières
mettre mis prendre pris passe passé venir vient va vont aller faut fallait avoir ont sera seront serait seraient peut-être désormais notamment également ainsi toujours
afin cours face partir lors tandis quant aucun chez ceux celles sommes êtes suis étais étions été avions avaient eût monsieur madame m. mme
un deux trois quatre cinq six sept huit neuf dix cent cents mille
presque plutôt vraiment ensuite enfin surtout autour aucune tel telle tels telles lequel laquelle lesquels dont
pendant devant derrière hors sauf envers outre
`;

const ENGLISH = `
a about above after again against all also am an and any are aren't as at be because been before being below between both but by can can't cannot could couldn't
did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought
our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves said says say new one two three
year years day days week time just like also will would could may might many much well still even back first last get got make made now since per mr mrs ms
every several either neither whose whether although though unless yet within without beyond across among along around behind despite except
inside outside near onto toward towards upon via amid
`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${FRENCH} ${ENGLISH}`.split(/\s+/).filter(Boolean));

/**
 * Short words allowed inside a multi-word expression, between two content words:
 * "esprit d'équipe", "coupe du monde", "chef d'entreprise", "state of the art".
 */
// Not "et"/"and": coordinations ("route et coffre") are rarely fixed expressions.
export const PHRASE_CONNECTORS: ReadonlySet<string> = new Set(["de", "d'", "du", "des", "à", "au", "aux", "en", "of"]);

/*
 * Closed classes that tell a noun phrase from a verb or a bare modifier by its neighbours
 * (term-shape.ts), per language since some forms collide (French "a" is a verb, English "a"
 * an article): a noun phrase follows a determiner, a preposition or a number ("la
 * solidarité", "de bénévoles", "150 licenciés") far more often than a verb ("ont baissé"),
 * a participle ("un ballon porté") or an adjective after its noun ("berline familiale") does;
 * and a determiner right after a phrase ("privilégient le") opens a verb's object.
 */
export type FunctionWords = {
  nounPhraseOpeners: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  objectDeterminers: ReadonlySet<string>;
  /**
   * English puts adjectives and noun modifiers before the noun ("the amateur club", "prime
   * minister"): a content word before a term is then no sign against a noun. French puts
   * them after ("club amateur"): a word right after a content word is a modifier or a verb.
   */
  modifiersBeforeNoun: boolean;
};

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Object determiners leave out "des"/"du"/"that", which also follow nouns ("bénévoles des associations", "the club that").
const FRENCH_DETERMINERS = "le la les l' un une ce cet cette ces sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos";
const ENGLISH_DETERMINERS = "the a an this these those its their his her our your my";

export const FUNCTION_WORDS: { fr: FunctionWords; en: FunctionWords } = {
  fr: {
    nounPhraseOpeners: words(`${FRENCH_DETERMINERS} des du au aux chaque quelques plusieurs aucun aucune certains certaines
      deux trois quatre cinq six sept huit neuf dix cent mille
      de d' à en par pour avec sans sur sous dans entre vers chez contre après avant depuis pendant durant selon malgré parmi dès
      devant derrière hors sauf envers outre`),
    coordinators: words("et ou ni mais"),
    objectDeterminers: words(FRENCH_DETERMINERS),
    modifiersBeforeNoun: false,
  },
  en: {
    nounPhraseOpeners: words(`${ENGLISH_DETERMINERS} every each some any several both two three four five six seven eight nine ten hundred thousand
      of for with without within from by in on at into onto about between among through after before during across against
      beyond along around behind despite except inside outside near toward towards upon via amid`),
    coordinators: words("and or nor but"),
    objectDeterminers: words(ENGLISH_DETERMINERS),
    modifiersBeforeNoun: true,
  },
};

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
