/**
 * IAB Content Taxonomy 3.1 cue lexicon, part 2: sport, food, culture, leisure, style.
 * Same format as iab-news.ts.
 */
import type { LangTerms } from "./iab-news";

export const IAB_LIFESTYLE: Record<string, LangTerms> = {
  // Sports (tier 1) — generic sport vocabulary
  "483": {
    fr: "match 3, matchs 3, championnat 3, équipe 2, équipes 2, entraîneur 3, sélectionneur 3, joueur 2, joueurs 2, joueuse 3, joueuses 3, victoire 1, défaite 1, score 2, saison 1, compétition 2, tournoi 3, finale 2, demi-finale 3, quart de finale 3, coupe 1, titre 1, stade 2, supporters 3, supporter 2, sportif 3, sportifs 3, sportive 3, athlète 3, athlètes 3, jeux olympiques 3, jo 2, médaille 3, médailles 3, podium 3, record 1, classement 2, vestiaire 3, mi-temps 3, prolongation 3, arbitre 3, club 2, ligue 2, mercato 3, transfert 2, blessure 1, entraînement 2, coach 2, capitaine 2, adversaire 2, remporté 1, qualifié 2, qualification 2, éliminé 2, sport 3, sports 3",
    en: "match 3, game 1, championship 3, team 2, teams 2, coach 3, manager 1, player 2, players 2, win 1, defeat 1, score 2, season 1, tournament 3, final 1, semi-final 3, semifinal 3, quarter-final 3, cup 1, title 1, stadium 3, fans 2, athlete 3, athletes 3, olympics 3, olympic 3, medal 3, medals 3, podium 3, league 2, transfer 2, injury 1, halftime 3, half-time 3, referee 3, club 1, squad 3, sport 3, sports 3",
  },
  "533": {
    fr: "football 3, foot 3, ligue 1 3, ligue des champions 3, but 2, buts 2, buteur 3, attaquant 3, gardien 2, penalty 3, coup franc 3, corner 3, psg 3, om 3, ol 2, bleus 1, mbappé 3, ballon d'or 3, fifa 3, uefa 3, coupe du monde 2, premier league 3, liga 3, hors-jeu 3, milieu de terrain 3, défenseur 2",
    en: "football 2, soccer 3, premier league 3, champions league 3, goal 2, goals 2, striker 3, goalkeeper 3, penalty 2, free kick 3, corner 1, fifa 3, uefa 3, world cup 2, offside 3, midfielder 3, defender 2, arsenal 2, liverpool 2, chelsea 2",
  },
  "527": {
    fr: "rugby 3, top 14 3, xv de france 3, six nations 3, essai 2, essais 2, mêlée 3, touche 1, ovalie 3, troisième mi-temps 3, pilier 2, demi de mêlée 3, ouvreur 3, talonneur 3, transformation 1, drop 2, plaquage 3, plaquages 3, stade toulousain 3, rochelle 1",
    en: "rugby 3, six nations 3, try 1, tries 2, scrum 3, lineout 3, all blacks 3, fly-half 3, tackle 2, tackles 2, premiership rugby 3",
  },
  "539": { fr: "tennis 3, roland-garros 3, wimbledon 3, us open 3, open d'australie 3, set 2, sets 2, raquette 3, atp 3, wta 3, djokovic 3, nadal 3, alcaraz 3, sinner 3, balle de match 3, double faute 3, service 1", en: "tennis 3, wimbledon 3, roland garros 3, us open 2, set 1, sets 2, racket 3, atp 3, wta 3, djokovic 3, nadal 3, alcaraz 3, match point 3, grand slam 3" },
  "492": { fr: "cyclisme 3, tour de france 3, vélo 2, coureur 2, peloton 3, étape 2, maillot jaune 3, échappée 3, sprint 2, col 1, cycliste 3, cyclistes 3", en: "cycling 3, tour de france 3, bike 2, peloton 3, stage 1, yellow jersey 3, breakaway 3, cyclist 3, cyclists 3" },
  "518": { fr: "formule 1 3, f1 3, grand prix 2, pilote 2, pilotes 2, écurie 2, pole position 3, circuit 2, verstappen 3, hamilton 2, leclerc 2, rallye 3, 24 heures du mans 3, moto gp 3", en: "formula one 3, formula 1 3, f1 3, grand prix 2, driver 1, pole position 3, circuit 2, verstappen 3, nascar 3, rally 2, motogp 3" },
  "547": { fr: "basket 3, basket-ball 3, nba 3, wembanyama 3, panier 2, paniers 2, rebond 1, rebonds 2, meneur 2", en: "basketball 3, nba 3, dunk 3, rebound 1, rebounds 2, point guard 3, three-pointer 3" },
  "540": { fr: "athlétisme 3, sprint 2, marathon 3, 100 m 3, saut 2, lancer 1, relais 2, perche 2", en: "athletics 3, track and field 3, sprint 2, marathon 3, relay 2, high jump 3, long jump 3, pole vault 3" },
  "512": { fr: "golf 3, golfeur 3, parcours 1, trou 1, birdie 3, ryder cup 3", en: "golf 3, golfer 3, birdie 3, ryder cup 3, pga 3, masters 1" },
  "530": { fr: "voile 3, vendée globe 3, skipper 3, navigateur 2, régate 3, route du rhum 3", en: "sailing 3, skipper 3, regatta 3, america's cup 3, yacht 2" },
  "531": { fr: "ski 3, skieur 3, skieuse 3, slalom 3, descente 1, piste 1, station de ski 3, biathlon 3", en: "skiing 3, ski 3, skier 3, slalom 3, downhill 2, ski resort 3, biathlon 3" },
  "485": { fr: "boxe 3, boxeur 3, ring 2, ko 2, poids lourds 3, combat 1", en: "boxing 3, boxer 3, ring 1, knockout 3, heavyweight 3, bout 2" },
  "520": { fr: "judo 3, karaté 3, mma 3, arts martiaux 3, taekwondo 3, ufc 3", en: "judo 3, karate 3, mma 3, martial arts 3, taekwondo 3, ufc 3" },
  "537": { fr: "natation 3, nageur 3, nageuse 3, piscine 2, bassin 1, brasse 3, nage libre 3", en: "swimming 3, swimmer 3, pool 1, freestyle 2, breaststroke 3" },
  "521": { fr: "jeux olympiques 3, olympique 2, paralympiques 3, comité olympique 3, jo 2", en: "olympics 3, olympic games 3, paralympics 3, olympic 2" },
  "496": { fr: "équitation 3, hippisme 3, cheval 2, chevaux 2, jockey 3, course hippique 3, prix de l'arc de triomphe 3", en: "horse racing 3, equestrian 3, jockey 3, racehorse 3, derby 1" },
  "515": { fr: "hockey sur glace 3, patinoire 2", en: "ice hockey 3, nhl 3, hockey 2" },
  "514": { fr: "chasse 2, chasseur 3, chasseurs 3, tir sportif 3, ball-trap 3", en: "hunting 3, hunter 2, hunters 2, shooting range 3, clay shooting 3" },
  // Food & Drink
  "210": {
    fr: "cuisine 2, recette 3, recettes 3, chef 2, restaurant 2, gastronomie 3, gastronomique 3, plat 2, plats 2, dessert 3, saveur 2, saveurs 3, goût 2, ingrédients 3, déguster 3, dégustation 3, repas 2, menu 1, cuisiner 3, gourmand 3, gourmande 3, produits du terroir 3, fromage 3, pain 2, boulangerie 3, pâtisserie 3, chocolat 2, vin 2, vins 2, bière 2, café 1, légumes 2, fruits 1, viande 2, poisson 1, épices 3, sauce 2, four 1, cuillère 3, beurre 2, sucre 1, farine 3, citron 2, tarte 3",
    en: "cooking 3, recipe 3, recipes 3, chef 2, restaurant 2, cuisine 3, dish 2, dishes 2, dessert 3, flavour 3, flavor 3, flavours 3, flavors 3, taste 1, ingredients 3, meal 2, menu 1, foodie 3, cheese 2, bread 2, bakery 3, pastry 3, chocolate 2, wine 2, beer 2, coffee 1, vegetables 2, meat 2, spices 3, sauce 2, oven 2, tablespoon 3, butter 2, flour 3, lemon 2, tart 3, pie 2",
  },
  "217": { fr: "dessert 3, pâtisserie 3, gâteau 3, tarte 3, tarte au citron 3, crème 1, chocolat 2, macaron 3, éclair 2, meringue 3, biscuit 3, viennoiserie 3, pâtissier 3, boulanger 2", en: "dessert 3, baking 3, cake 3, tart 3, lemon tart 3, pastry 3, cookies 3, meringue 3, biscuit 2, baker 2" },
  "216": { fr: "recette 3, cuisson 3, mijoter 3, poêle 3, four 2, préparation 1, cuisiner 3, émincer 3", en: "recipe 3, bake 2, roast 2, simmer 3, pan 1, oven 2, cook 2" },
  "218": { fr: "restaurant 3, restaurants 3, étoilé 3, guide michelin 3, bistrot 3, brasserie 2, table 1, addition 1, sommelier 3, toque 3", en: "restaurant 3, restaurants 3, michelin 3, bistro 3, diner 2, dining 3, sommelier 3, brunch 2" },
  "211": { fr: "vin 3, vins 3, vignoble 3, vigneron 3, vendanges 3, champagne 3, bière 3, brasserie artisanale 3, whisky 3, cocktail 3, cocktails 3, apéritif 2, cave 1, millésime 3, cognac 3, spiritueux 3", en: "wine 3, wines 3, vineyard 3, winemaker 3, champagne 3, beer 3, brewery 3, whisky 3, whiskey 3, cocktail 3, cocktails 3, spirits 2, vintage 1" },
  "214": { fr: "cuisine italienne 3, cuisine japonaise 3, sushi 3, pizza 2, tapas 3, couscous 3, curry 3", en: "italian cuisine 3, japanese cuisine 3, sushi 3, pizza 2, tapas 3, curry 3, ramen 3" },
  "222": { fr: "jus 2, thé 2, café 2, boisson 2, smoothie 3", en: "juice 2, tea 2, coffee 2, smoothie 3, soft drink 3" },
  "221": { fr: "manger sain 3, équilibré 1, bio 1, légumes 1", en: "healthy eating 3, organic 1, superfood 3" },
  // Travel
  "653": {
    fr: "voyage 3, voyages 3, tourisme 3, touristes 3, touriste 3, vacances 3, séjour 3, hôtel 2, hôtels 2, destination 2, escapade 3, randonnée 2, plage 2, billet d'avion 3, vol 1, aéroport 2, croisière 3, valise 2, office de tourisme 3, itinéraire 2, visiter 2, week-end 1, road trip 3",
    en: "travel 3, trip 2, tourism 3, tourists 3, tourist 3, holiday 1, vacation 3, hotel 2, hotels 2, destination 2, getaway 3, hiking 2, beach 2, flight 1, airport 2, cruise 3, itinerary 3, sightseeing 3, backpacking 3",
  },
  "655": { fr: "destination 2, île 2, côte 1, capitale 1, région 1, village 1", en: "destination 2, island 2, coast 1, resort 1, village 1" },
  // Entertainment
  "JLBCU7": {
    fr: "divertissement 3, spectacle 2, film 2, série 2, concert 2, festival 2, star 2, acteur 2, actrice 2, chanteur 2, chanteuse 2, album 2, succès 1, public 1",
    en: "entertainment 3, show 1, film 2, movie 2, series 1, concert 2, festival 2, star 1, actor 2, actress 2, singer 2, album 2, celebrity 2",
  },
  "324": { fr: "cinéma 3, film 3, films 3, réalisateur 3, réalisatrice 3, box-office 3, salles obscures 3, long-métrage 3, cannes 2, festival de cannes 3, césar 2, oscar 3, oscars 3, tournage 3, bande-annonce 3, scénario 2, acteur 2, actrice 2, avant-première 3, affiche 1", en: "cinema 3, movie 3, movies 3, film 3, films 3, director 2, box office 3, hollywood 3, oscar 3, oscars 3, screenplay 3, trailer 2, premiere 2, actor 2, actress 2, blockbuster 3, sequel 3" },
  "338": { fr: "musique 3, concert 3, concerts 3, album 3, chanson 3, chansons 3, chanteur 3, chanteuse 3, rappeur 3, rap 3, rock 2, tournée 3, festival 2, scène 1, groupe 1, single 2, titre 1, zénith 3, olympia 2, musicien 3, musiciens 3, orchestre 3", en: "music 3, concert 3, concerts 3, album 3, song 3, songs 3, singer 3, rapper 3, rap 3, rock 2, tour 1, band 2, single 1, musician 3, musicians 3, orchestra 3, gig 3, charts 2, grammy 3" },
  "640": { fr: "télévision 3, série 3, séries 3, émission 3, audience 1, audiences 2, tf1 3, france 2 2, m6 3, netflix 3, chaîne 2, téléréalité 3, épisode 3, saison 1, animateur 3, animatrice 3, prime time 3, streaming 2", en: "television 3, tv series 3, series 2, tv show 3, episode 3, season 1, netflix 3, hbo 3, bbc 2, channel 1, host 1, reality tv 3, sitcom 3, streaming 2, ratings 2" },
  // Fine art, books, events
  "201": { fr: "art 2, artiste 2, artistes 2, exposition 3, musée 2, peinture 3, peintre 3, sculpture 3, galerie 2, œuvre 2, œuvres 2, vernissage 3, art contemporain 3, biennale 3", en: "art 2, artist 2, artists 2, exhibition 3, museum 2, painting 3, painter 3, sculpture 3, gallery 2, artwork 3, contemporary art 3, biennale 3" },
  "209": { fr: "théâtre 3, pièce de théâtre 3, comédien 3, comédienne 3, mise en scène 3, metteur en scène 3, planches 2, avignon 2, comédie-française 3", en: "theatre 3, theater 3, play 1, stage 1, playwright 3, west end 3, broadway 3" },
  "203": { fr: "danse 3, danseur 3, danseuse 3, ballet 3, chorégraphe 3, chorégraphie 3", en: "dance 3, dancer 3, ballet 3, choreographer 3, choreography 3" },
  "208": { fr: "opéra 3, ténor 3, soprano 3, lyrique 2", en: "opera 3, tenor 3, soprano 3" },
  "42": { fr: "livre 3, livres 3, roman 3, romans 3, écrivain 3, écrivaine 3, auteur 2, autrice 3, éditeur 2, maison d'édition 3, librairie 3, lecture 2, lecteurs 2, prix goncourt 3, goncourt 3, rentrée littéraire 3, littérature 3, best-seller 3, poésie 3, bande dessinée 3, bd 2, manga 3", en: "book 3, books 3, novel 3, novels 3, writer 3, author 3, publisher 2, bookshop 3, bookstore 3, reading 1, readers 2, literature 3, booker prize 3, bestseller 3, poetry 3, comic 2, memoir 3" },
  "48": { fr: "roman 3, romancier 3, romancière 3, fiction 3, polar 3, thriller 2", en: "novel 3, novelist 3, fiction 3, thriller 2, crime novel 3" },
  "8VZQHL": { fr: "salon 2, festival 1, cérémonie 2, gala 2, conférence 1, foire 2", en: "expo 2, convention 2, ceremony 2, gala 2, conference 1, fair 1" },
  "162": { fr: "cérémonie des césar 3, remise des prix 3, victoires de la musique 3, palmarès 2, lauréat 2, lauréate 2", en: "awards 3, award ceremony 3, oscars 2, grammys 3, nominee 2, nominees 2, winner 1" },
  "180": { fr: "salon professionnel 3, vivatech 3, ces 2, congrès 2, conférence 2", en: "trade show 3, conference 2, expo 2, summit 1, ces 2, web summit 3" },
  // Style & Fashion, beauty
  "552": { fr: "mode 3, défilé 3, fashion week 3, collection 2, couturier 3, créateur 2, créatrice 2, haute couture 3, vêtements 3, tendance 2, tendances 2, look 2, mannequin 3, luxe 1, maquillage 3, cosmétiques 3, beauté 3, parfum 3", en: "fashion 3, runway 3, fashion week 3, collection 2, designer 2, couture 3, clothing 3, clothes 3, trend 2, trends 2, outfit 3, model 1, luxury 1, makeup 3, cosmetics 3, beauty 3, fragrance 3" },
  "553": { fr: "beauté 3, maquillage 3, soin du visage 3, crème 1, cosmétique 3, cosmétiques 3, coiffure 3, manucure 3", en: "beauty 3, makeup 3, skincare 3, cosmetics 3, haircut 3, manicure 3" },
  "578": { fr: "haute couture 3, chanel 3, dior 3, hermès 3, louis vuitton 3, maison de couture 3", en: "haute couture 3, chanel 3, dior 3, hermes 3, louis vuitton 3, high fashion 3" },
  // Home & Garden
  "274": { fr: "maison 2, jardin 3, jardinage 3, décoration 3, bricolage 3, rénovation 2, travaux 1, cuisine équipée 3, salon 1, plantes 2, potager 3, déco 3, meubles 3, aménagement 2", en: "home 1, garden 3, gardening 3, decor 3, decorating 3, diy 3, renovation 2, furniture 3, plants 2, backyard 3, interior design 3" },
  "275": { fr: "jardin 3, jardinage 3, potager 3, semis 3, taille 1, rosiers 3, plantes 2, arrosage 3, pelouse 3", en: "garden 3, gardening 3, vegetable patch 3, seeds 2, pruning 3, lawn 3, watering 2" },
  "280": { fr: "bricolage 3, rénovation 3, isolation 2, travaux 2, peinture murale 3, outils 2", en: "diy 3, renovation 3, home improvement 3, insulation 2, tools 1" },
  // Video gaming
  "680": { fr: "jeu vidéo 3, jeux vidéo 3, gamer 3, gamers 3, console 2, playstation 3, xbox 3, nintendo 3, switch 1, manette 3, studio 1, ubisoft 3, esport 3, e-sport 3", en: "video game 3, video games 3, gaming 3, gamer 3, gamers 3, console 2, playstation 3, xbox 3, nintendo 3, controller 1, esports 3, steam 1" },
  "682": { fr: "esport 3, e-sport 3, compétition de jeux vidéo 3", en: "esports 3, e-sports 3" },
  // Hobbies
  "239": { fr: "loisirs 3, passion 1, collection 1, collectionneur 3, jeux de société 3, puzzle 3, échecs 3, photographie 2, couture 2, tricot 3, bricolage 1, modélisme 3", en: "hobby 3, hobbies 3, collector 3, board games 3, puzzle 3, chess 3, photography 2, knitting 3, crafts 3" },
  "269": { fr: "jeux de société 3, échecs 3, puzzle 3, mots croisés 3, sudoku 3", en: "board games 3, chess 3, puzzle 3, crossword 3, sudoku 3" },
  // Attractions
  "150": { fr: "parc d'attractions 3, musée 2, monument 2, zoo 3, aquarium 3, château 1, visite guidée 3", en: "theme park 3, museum 2, monument 2, zoo 3, aquarium 3, guided tour 3, landmark 2" },
  "179": { fr: "bar 2, bars 2, café-bar 3, terrasse 2, apéro 3", en: "bar 2, bars 2, pub 3, pubs 3" },
  "181": { fr: "casino 3, casinos 3, paris sportifs 3, jeux d'argent 3", en: "casino 3, casinos 3, gambling 3, sports betting 3" },
  // Pop culture
  "432": { fr: "people 2, célébrité 3, célébrités 3, star 2, stars 2, influenceur 3, influenceuse 3, paparazzi 3, tapis rouge 3, buzz 2", en: "celebrity 3, celebrities 3, star 1, stars 1, influencer 3, paparazzi 3, red carpet 3, royal family 2" },
  "440": { fr: "humour 3, humoriste 3, sketch 3, satire 3, blague 3, blagues 3, rire 2, fou rire 3, crise de fou rire 3, stand-up 3, comique 2", en: "humour 3, humor 3, comedian 3, comedy 2, satire 3, joke 3, jokes 3, laughter 2, stand-up 3, funny 2" },
  // Shopping
  "473": { fr: "soldes 3, achats 2, shopping 3, promotions 2, bons plans 3, magasin 2, magasins 2, consommateurs 2, black friday 3, commerce en ligne 3, e-commerce 3", en: "shopping 3, sales 1, discount 2, discounts 2, deals 2, store 1, stores 1, shoppers 3, black friday 3, e-commerce 3, online shopping 3" },
  // Holidays and celebrations
  "1KXCLD": { fr: "noël 3, nouvel an 3, pâques 3, 14 juillet 3, fête nationale 3, réveillon 3, toussaint 3, vacances de noël 3", en: "christmas 3, new year 3, easter 3, thanksgiving 3, halloween 3, bank holiday 3" },
  "163": { fr: "anniversaire 2, mariage 2, naissance 2, obsèques 2, funérailles 2, remise des diplômes 3", en: "birthday 3, wedding 3, anniversary 2, funeral 2, graduation 3, baby shower 3" },
  "165": { fr: "mariage 3, mariée 3, noces 3, robe de mariée 3", en: "wedding 3, bride 3, groom 2" },
  "171": { fr: "obsèques 3, funérailles 3, enterrement 3, hommage 1", en: "funeral 3, burial 3, memorial service 3" },
  "170": { fr: "anniversaire 3, bougies 2, fête d'anniversaire 3", en: "birthday 3, birthday party 3" },
};
