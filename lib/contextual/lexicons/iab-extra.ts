/**
 * IAB cue lexicon, part 3: everyday news vocabulary that parts 1–2 miss — local civic life,
 * crime and accident reporting, markets, weather, leisure — mostly to widen English coverage.
 */
import type { LangTerms } from "./iab-news";

export const IAB_EXTRA: Record<string, LangTerms> = {
  "386": {
    fr: "élus 2, élu 1.5, mairie 2, municipalité 2, commune 1.5, communes 1, intercommunalité 3, conseil départemental 3, conseil régional 3, préfecture 1.5, préfet 1.5, adjoint au maire 3, délibération 2, budget participatif 3, collectivité 2, collectivités 2, riverains 1, habitants 0.5, transports en commun 1.5, réseau de bus 2, médiathèque 2, piscine municipale 2, travaux de voirie 2, aménagement urbain 2, onu 1.5, nations unies 2, ambassadeur 2, ministre des affaires étrangères 3, négociations 1.5, traité 2, accord 1, sanctions 1.5, opposant 2, opposants 2, régime 1.5, manifestations 1.5, manifestants 1.5, démission 1, liberté de la presse 2, ong 1",
    en: "council 2, councillors 3, councillor 3, city hall 2, town hall 2, local authority 3, county council 3, borough 2, mayor 2, residents 0.5, planning application 3, planning permission 3, bus route 2, bus timetable 3, library 1.5, public services 2, un 1, united nations 2, ambassador 2, foreign minister 3, negotiations 1.5, treaty 2, sanctions 1.5, regime 1.5, opposition leader 3, protests 1.5, protesters 1.5, demonstrators 2, press freedom 2, ngos 1, governor 2, state department 3, moratorium 1.5, referendum 3, campaign 0.5, constituency 3, mp 2, mps 2",
  },
  "380": {
    fr: "faits divers 3, commissariat 2, gendarmes 1.5, policiers 1.5, brigade 1.5, interpellé 2, interpellés 2, malfaiteurs 2, voleurs 2, délinquants 2, agressé 2, agression 2, cambriolé 2, vol 1, vols 1.5, chauffard 3, délit de fuite 3, refus d'obtempérer 3, saisie 1, douane 1.5, douaniers 2, contrebande 2, plainte 1.5, victime 1.5",
    en: "police said 2, officers 1.5, police officers 2, detectives 2, arrested 2, arrests 2, charged 1.5, robbers 2, thieves 2, burglars 2, break-ins 3, break-in 3, theft 2, stolen 1.5, raid 1.5, hit-and-run 3, set upon 3, confrontation 1.5, attacked 2, assault 2, gang 2, smuggling 2, smugglers 2, customs 1, seized 1.5, victim 1.5, crime 2, criminals 2, scam 1.5, fraudsters 2",
  },
  "383": {
    fr: "tribunal correctionnel 3, cour d'assises 3, cour criminelle 3, procès 3, prévenu 3, prévenus 3, réquisitions 3, requis 2, condamné 2.5, condamnés 2.5, relaxé 3, peine 1.5, prison avec sursis 3, avocat général 3, juge d'instruction 3, mis en examen 2, renvoyé devant 3, comparution immédiate 3, garde des sceaux 3, magistrat 2, magistrats 2, justice 2, loi 1.5, pénal 2, plainte 1.5, recours 1.5, conseil d'état 3",
    en: "court heard 3, magistrates 3, crown court 3, high court 3, sentenced 2.5, jailed 2.5, convicted 2.5, pleaded guilty 3, pleaded not guilty 3, trial 3, judge 2.5, jurors 3, prosecution 2, defence lawyer 3, barrister 3, appeal 1.5, ruled 2, ruling 2, lawsuit 3, legal action 2, justice 1.5, law 1, charged with 2",
  },
  "381": {
    fr: "pompiers 2, sapeurs-pompiers 2, secours 1.5, incendie 2.5, feu 1.5, flammes 2, brûlé 1, explosion de gaz 3, fuite de gaz 2, accident 1.5, carambolage 2, sinistre 2, évacués 1.5, intempéries 2, orages 1, grêle 1.5, tempête 1.5, noyade 2, chute 0.5, effondré 2",
    en: "firefighters 2, fire crews 3, fire service 2, fire 1.5, blaze 2.5, flames 2, gas explosion 3, gas leak 2, accident 1.5, crash 1.5, pile-up 3, emergency services 1.5, evacuated 1.5, storm damage 2, drowned 2, rescued 1.5, coastguard 3, lifeboat 2, heatwave 1.5, claims lives 3",
  },
  "389": {
    fr: "conflit 2, front 1.5, guerre 2.5, armée 2, soldats 2, frappes 2, drones 1.5, combattants 2, rebelles 2, cessez-le-feu 2.5, réfugiés 1.5, humanitaire 1.5, humanitaires 1.5, casques bleus 3, onu 1",
    en: "conflict 2, war 2.5, troops 2, soldiers 2, strikes 1, drones 1.5, fighters 2, rebels 2, ceasefire 2.5, refugees 1.5, humanitarian 1.5, peacekeepers 3, militants 2, insurgents 2, gunmen 1.5, frigates 1.5, navy 2, warships 2",
  },
  "286": {
    fr: "hôpital 1.5, hôpitaux 1.5, urgences 1.5, patients 1.5, soignants 2, chu 1.5, agence régionale de santé 3, ars 2, santé publique france 3, haute autorité de santé 3, infection 2, épidémie 2, allergies 2, allergologues 3, symptômes 2, médecin traitant 3, généraliste 3, généralistes 3, dépistage 3, cancer 2, maladie 2, traitement 2, essai clinique 3, greffe 3, chirurgien 3",
    en: "hospital 1.5, hospitals 1.5, a&e 3, emergency room 2, emergency rooms 2, patients 1.5, nhs 2, gp 2, gps 2, paramedics 1.5, health officials 2, public health 2, infection 2, allergies 2, symptoms 2, screening 3, cancer 2, illness 2, treatment 2, clinical trial 3, transplant 3, surgeon 3, coroner 1, pills 1.5, overdose 1.5",
  },
  "223": {
    fr: "ménopause 3, sommeil 2.5, stress 2, santé mentale 2.5, bien-être 3, forme 1, sédentarité 2, alimentation 2, aliments ultra-transformés 3, sucre 1, régime 1.5, poids 1.5, perdre du poids 3, marche 1.5, padel 1, natation 1, baignade 1, respiration 2, méditation 3, psychologue 2, psychologues 2",
    en: "menopause 3, sleep 2.5, stress 2, mental health 2.5, wellbeing 3, wellness 3, fitness 2, diet 1.5, ultra-processed 3, sugar 1, weight 1.5, lose weight 3, walking 1.5, cold-water swimming 3, breathing 2, mindfulness 3, meditation 3, loneliness 2, fomo 2, psychologists 1.5, therapist 1.5",
  },
  "52": {
    fr: "cours de bourse 3, séance 1.5, indice 1.5, valeurs 1.5, cac 40 3, wall street 3, analystes 2, carnet de commandes 3, contrat 1.5, commandes 1, repreneur 3, liquidation 2, tribunal de commerce 3, salariés 1.5, syndicats 1.5, usine 2, site industriel 2, haut-fourneau 3, enseigne 2, magasins 1.5, supermarchés 2, distributeur 2, marché 1, concurrence 1.5, chiffre 1, prix 0.5, baril 3, brent 3, pétrole 2, matières premières 3, bitcoin 2, cryptomonnaie 2",
    en: "shares 2, stock 1.5, ftse 3, ftse 100 3, index 1.5, traders 2, analysts 2, investors 2, contract 1.5, deal 1.5, takeover 2, administration 1, bankruptcy protection 3, retailer 2, retailers 2, chain 1, stores 1, supermarket 2, factory 2, plant 1, steelworks 3, blast furnace 3, workers 1.5, unions 1.5, jobs 1.5, carmaker 2, defence contractor 3, oil price 3, brent 3, crude 2, commodities 3, bitcoin 2, crypto 2, miners 1, rally 1, quarterly 2, profit warning 3",
  },
  "464": {
    fr: "météo 2, temps 1, températures 2, degrés 2, brouillard 2, givrant 2, verglas 2, orages 2, vigilance 1.5, chaleur 1.5, froid 1.5, gel 1.5, neige 2, pluie 2, vents 1.5, rafales 2, marée 2, coefficient 2, sécheresse 2.5, nappes phréatiques 3, glacier 3, glaciers 3, climat 2.5, biodiversité 2.5, espèce 2, espèces 2, faune 2, flore 2, oiseaux 1.5, loutre 2, phoques 2, abeilles 2, pollinisateurs 3, étude 1, chercheurs 2, scientifiques 2, sonde 3, satellite 2, aurores boréales 3",
    en: "weather 2, forecast 2, temperatures 2, degrees 1.5, fog 2, frost 2, ice 1, thunderstorms 2, warning 0.5, heat 1.5, cold snap 3, snow 2, rain 2, rainfall 2, winds 1.5, gusts 2, tide 2, drought 2.5, groundwater 2, glacier 3, glaciers 3, climate 2.5, biodiversity 2.5, species 2, wildlife 2, birds 1.5, bees 2, pollinators 3, study 1, researchers 2, scientists 2, probe 2, northern lights 3, solar storm 3, fishing 1, arctic 2, ocean 2, oceans 2, ecologists 2",
  },
  "8VZQHL": {
    fr: "fête 2, fêtes 1.5, festival 2, marché de noël 3, feu d'artifice 2, spectateurs 1, festivaliers 3, salon 1.5, foire 2, kermesse 3, carnaval 3, braderie 3, brocante 2, fête de la musique 3, fête foraine 3, concours 1.5, édition 1.5, organisateurs 2, bénévoles 1",
    en: "festival 2, fair 2, show 1, fireworks 2, bonfire night 3, parade 2, carnival 3, fun run 3, village show 3, crowds 1.5, crowd 1, organisers 2, volunteers 1, charity 1.5, contest 1.5, fete 3, christmas market 3",
  },
  "JLBCU7": {
    fr: "podcast 2, humoriste 2, spectacle 2, série 2, plateforme de streaming 2, streaming 1.5, documentaire 2, téléréalité 2, animateur 2, émission 2, star 1.5, vedette 2, acteur 2, actrice 2",
    en: "podcast 2, podcasts 2, comedian 2, comedy special 3, stand-up special 3, show 1.5, streaming 1.5, documentary 2, true-crime 2, sitcom 3, actor 2, actress 2, star 1.5, presenter 2, broadcaster 2",
  },
  "653": {
    fr: "voyageurs 2, trafic ferroviaire 3, sncf 2, tgv 2, ter 1.5, trains 1.5, touristes 2, vacanciers 3, escale 2, frontière 0.5, passeport 1.5, visa 2, train de nuit 3, ferry 2, ferries 2, vol 1, compagnie aérienne 2, aéroport 2, îles 1.5, criques 2, village 1, balade 2, balades 2, randonnées 2, quartiers 1, guide 1.5, séjour 2, escapade 3, itinéraire 2, week-end 1",
    en: "travellers 2, travelers 2, rail services 2, trains 1.5, commuters 2, tourists 2, holidaymakers 3, trip 2, passport 1.5, visa 2, border 0.5, sleeper train 3, train 1, ferry 2, airline 2, airport 2, flights 1.5, islands 1.5, temples 1.5, guide 1.5, stay 1, getaway 3, itinerary 2, weekend 1, crawl 1, city break 3",
  },
  "274": {
    fr: "jardin 3, potager 3, rosiers 3, roses 2, pucerons 3, coccinelles 2, taille 1, bouturage 3, arrosage 2, pelouse 2, terrasse 1.5, salon 1, cuisine 1, pièce 1.5, rangement 2, étagères 2, meubles 2, déco 3, décoration 3, architecte d'intérieur 3, pompe à chaleur 2, isolation 2, chauffage 2, mérule 3, charpente 2, humidité 2, bricolage 3",
    en: "garden 3, gardening 3, roses 2, aphids 3, ladybirds 2, pruning 3, deadheading 3, blooms 2, lawn 2, patio 2, shelves 2, bookshelf 2, clutter 2, cluttercore 3, storage 1.5, interiors 2, decor 3, heat pump 2, insulation 2, boiler 2, damp 2, diy 3, renovation 2",
  },
  "1": {
    fr: "voiture 3, automobilistes 2, conducteur 1, conductrice 1, pickup 2, autonomie 2, recharge 2, bornes 2, constructeur 2, rappel 1, airbag 3, concessionnaire 3, modèle 1, moteur 2, route 0.5, routes 0.5, permis 1.5, radar 2, limitation de vitesse 3",
    en: "car 3, cars 3, motorists 2, pickup 2, range 1, charging 2, chargers 2, carmaker 2, recall 1.5, airbag 3, dealership 3, model 0.5, engine 2, speed camera 3, speed limit 3, driving licence 2",
  },
  "483": {
    fr: "padel 3, tournoi 3, parcours 1, course 1, étape 2, maillot 2, sprint 2, record 1, lutteur 3, combat 1, ring 2",
    en: "bowler 3, batting 3, wicket 3, wickets 3, innings 3, cricket 3, test match 3, pins 1, wrestler 3, upset 1.5, underdog 2, title 1, route 0.5, stage 1.5, tour 1, rider 2, riders 2, race 2, racer 2, lap 2, grid 1, playoffs 3, play-offs 3, quarterback 3, touchdown 3",
  },
  "596": {
    fr: "données 1.5, cybersécurité 3, faille 2, mot de passe 2, comptes 1, compte 1, identifiants 2, routeurs 3, box internet 3, opérateur 1.5, messagerie 2, application 2, appli 2, applis 2, mise à jour 2, panne 1, cloud 2, serveurs 2, téléphone 1.5, smartphone 3, pliable 2",
    en: "data 1.5, cybersecurity 3, flaw 2, password 2, passwords 2, account 1, accounts 1, login 2, router 3, routers 3, hackers 2, hacked 2, breach 2, app 2, apps 2, update 1.5, outage 1.5, cloud 2, servers 2, phone 2, foldable 3, gadget 3, review 0.5, portal 2, online 1, download 1.5, card details 2",
  },
  "680": { fr: "jeu vidéo 3, jeux vidéo 3, partie 1, streameuse 3, streamer 3, téléchargement 1", en: "games 1.5, release 1, cracked 2, play 1, streamer 3, gamer 3" },
  "432": { fr: "people 2, célébrité 3, mort de 1, s'est éteint 1.5, disparition de 1", en: "celebrity 3, star 1.5, died aged 1, sitcom 1.5, tributes 1" },
  "163": { fr: "hommage 1.5, obsèques 2.5, s'est éteint 1.5, décédé à 2, disparition 1", en: "tributes paid 3, tributes 2, funeral 2, died aged 2, obituary 3, passed away 2" },
  "441": { fr: "bailleurs 3, bailleur 3, propriétaires 2, locataires 3, location 2, logement 2, logements 2, passoires thermiques 3, dpe 3, vendre 1, acheteurs 2, primo-accédants 3, taux de crédit 3, marchands de sommeil 2", en: "landlords 3, landlord 3, tenants 3, renters 3, homes 1.5, housing 2, buyers 2, first-time buyers 3, mortgage rates 3, unsold 2, asking prices 3, property 2, construction 1.5" },
  "391": { fr: "épargnants 3, économies 2, compte bancaire 2, banque 1.5, conseiller bancaire 3, carte bancaire 2, placement 2", en: "savers 3, savings 2, life savings 3, bank 1.5, bank account 2, widowers 1, pensioners 2, pension 2" },
  "132": { fr: "établissement 1, établissements scolaires 3, collégiens 3, lycéens 3, scolaire 2, rectorat 3, académie 2, cantine 2, harcèlement scolaire 3, internat 2, stage 1, concours 1, oraux 2", en: "pupils 3, headteacher 3, head teacher 3, school 2, schools 2, campus 2, detention 1, internship 1.5, coding 1.5, course 1, teachers 3, exam 2, exams 2, ofsted 3, tuition 1.5" },
  "186": { fr: "congé parental 3, pères 2, mères 2, parents 2, enfants 1.5, famille 2, familles 2, aidants 3, grands-parents 3, couple 1.5, pension alimentaire 3, garde 1", en: "dads 3, fathers 2, mothers 2, mums 2, parental leave 3, carers 3, family 2, families 2, parents 2, children 1.5, childcare 3, grandparents 3" },
  "552": { fr: "tenue 2, tenues 2, blazer 3, jean 1.5, mocassins 3, costume 2, tweed 3, velours 2, tailleurs 2, rouge à lèvres 3, teintes 2, transparence 1.5", en: "outfit 2, outfits 2, blazer 3, jeans 1.5, loafers 3, suit 1.5, sheer 2, trend 2, dressing 2, lipstick 3, shades 1, catwalk 3, fast-fashion 3, fast fashion 3, wardrobe 3" },
};
