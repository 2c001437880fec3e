/**
 * IAB Content Taxonomy 3.1 cue lexicon, part 1: news, society, business, health, science.
 * Format: "phrase weight, phrase weight" (weight defaults to 1; 3 = unambiguous).
 * Words are matched on light stems; "word*" matches any word starting with it.
 * Keys are IAB 3.1 unique ids (tier 1 or tier 2).
 */
export type LangTerms = { fr?: string; en?: string };

export const IAB_NEWS: Record<string, LangTerms> = {
  // Politics
  "386": {
    fr: "gouvernement 2, ministre 2, premier ministre 3, président de la république 3, elysée 3, matignon 3, assemblée nationale 3, sénat 2, député 3, sénateur 3, parlement 2, parti 1, opposition 1, majorité 1, motion de censure 3, remaniement 3, conseil des ministres 3, politique 1, macron 2, projet de loi 2, amendement 2, proposition de loi 2, hémicycle 3, ministère 1, maire 1, conseil municipal 2, préfet 1, diplomatie 2, sommet 1, chef de l'état 3, bruxelles 1, commission européenne 2, union européenne 1",
    en: "government 2, minister 2, prime minister 3, parliament 3, senate 2, senator 3, congress 2, congressman 3, lawmaker 3, lawmakers 3, white house 3, downing street 3, president 1, policy 1, political 2, politician 2, party leader 3, opposition 1, bill 1, legislation 2, diplomacy 2, diplomat 2, summit 1, mayor 1, cabinet 1, european commission 2",
  },
  "387": {
    fr: "élection 3, élections 3, électoral 3, scrutin 3, vote 2, voter 2, électeur 3, électeurs 3, candidat 2, candidate 2, campagne électorale 3, sondage 2, second tour 3, premier tour 3, législatives 3, présidentielle 3, municipales 3, européennes 2, bulletin 2, urne 3, abstention 3, meeting 1",
    en: "election 3, elections 3, electoral 3, ballot 3, vote 2, voters 3, voter 3, candidate 2, campaign trail 3, poll 2, polls 2, primary 1, runoff 3, midterms 3, turnout 2",
  },
  "388": {
    fr: "réforme 2, réforme des retraites 3, loi 1, budget de l'état 2, politique publique 3, décret 2, fiscalité 2, impôt 1, mesure 1",
    en: "reform 2, policy 2, pension reform 3, decree 2, public policy 3, executive order 3, regulation 1",
  },
  // Business and Finance
  "52": {
    fr: "entreprise 2, entreprises 2, société 1, chiffre d'affaires 3, bénéfice 2, bénéfices 2, résultats 1, actionnaire 2, actionnaires 2, bourse 2, cac 40 3, investisseur 2, investisseurs 2, pdg 3, directeur général 2, groupe 1, marché 1, marchés 1, croissance 1, rachat 2, fusion 2, acquisition 2, levée de fonds 3, start-up 2, startup 2, dividende 3, secteur 1, clients 1, ventes 2, usine 2, industriel 2, filiale 3, conseil d'administration 3",
    en: "company 2, companies 2, firm 1, revenue 3, profit 2, profits 2, earnings 3, shareholder 2, shareholders 2, stock market 3, stocks 2, shares 2, investor 2, investors 2, ceo 3, chief executive 3, market 1, markets 1, merger 3, acquisition 2, takeover 2, startup 2, start-up 2, funding round 3, dividend 3, quarterly 2, sales 1, factory 2, board 1, wall street 3, nasdaq 3",
  },
  "53": {
    fr: "pdg 2, patron 2, dirigeant 2, stratégie 1, start-up 2, entrepreneur 2, entrepreneurs 2, création d'entreprise 3, pme 3, tpe 3, management 2, franchise 1",
    en: "entrepreneur 2, small business 3, business 2, management 1, founder 2, founders 2",
  },
  "80": {
    fr: "économie 3, économique 2, inflation 3, pib 3, croissance économique 3, récession 3, chômage 3, banque centrale 3, bce 3, taux d'intérêt 3, taux directeur 3, conjoncture 3, insee 3, dette publique 3, déficit 2, prix 1, pouvoir d'achat 3, emploi 1, exportations 2, importations 2, commerce extérieur 3, droits de douane 3",
    en: "economy 3, economic 2, inflation 3, gdp 3, economic growth 3, recession 3, unemployment 3, central bank 3, federal reserve 3, interest rates 3, interest rate 3, public debt 3, deficit 2, tariffs 3, tariff 3, exports 2, imports 2, jobs report 3, consumer prices 3",
  },
  "90": {
    fr: "industrie 2, industriel 2, secteur automobile 2, aéronautique 2, énergie 1, pétrole 2, nucléaire 1, sidérurgie 3, chantier naval 3, btp 3, agroalimentaire 3, pharmaceutique 1, luxe 1, distribution 1, transport aérien 2, compagnie aérienne 2, télécoms 2, opérateur 1",
    en: "industry 2, industrial 2, manufacturing 3, aerospace 2, oil 1, energy sector 3, steel 2, shipbuilding 3, airline 2, telecom 2, retail sector 3, pharmaceutical industry 3, automaker 3, carmaker 3",
  },
  // Personal finance
  "391": {
    fr: "épargne 3, livret a 3, placement 2, crédit immobilier 3, prêt 2, emprunt 2, banque 1, assurance vie 3, retraite 1, budget 1, impôt sur le revenu 3, déclaration d'impôts 3, patrimoine 2",
    en: "savings 3, saving 2, mortgage 3, loan 2, bank account 2, retirement 2, personal finance 3, budget 1, credit card 3, tax return 3, pension 2",
  },
  "410": { fr: "bourse 1, actions 1, portefeuille 2, placement 2, etf 3, assurance vie 2", en: "portfolio 2, etf 3, index fund 3, 401k 3" },
  "416": { fr: "retraite 2, retraités 2, pension 2, âge de départ 3", en: "retirement 3, retiree 3, retirees 3, pension 2" },
  "398": { fr: "assurance 2, assureur 3, assureurs 3, mutuelle 3, indemnisation 2", en: "insurance 3, insurer 3, insurers 3, premium 1" },
  // Careers
  "123": {
    fr: "emploi 2, recrutement 3, recruter 2, embauche 3, embaucher 2, salariés 2, salarié 2, carrière 3, candidature 2, cv 2, entretien d'embauche 3, offre d'emploi 3, télétravail 3, formation professionnelle 3, apprentissage 2, apprenti 2, alternance 3, reconversion 3, licenciement 1, démission 2",
    en: "job 2, jobs 2, hiring 3, recruitment 3, career 3, careers 3, employee 2, employees 2, workers 1, resume 2, job interview 3, job offer 3, remote work 3, apprenticeship 3, vocational 3, layoffs 1, resign 1",
  },
  "130": { fr: "télétravail 3, travail à distance 3, coworking 3", en: "remote work 3, working from home 3, remote working 3, hybrid work 3" },
  // Education
  "132": {
    fr: "école 2, écoles 2, élève 3, élèves 3, enseignant 3, enseignants 3, professeur 2, professeurs 2, collège 2, lycée 3, lycéens 3, baccalauréat 3, bac 2, brevet 2, université 3, étudiant 3, étudiants 3, rentrée scolaire 3, éducation nationale 3, classe 1, diplôme 2, parcoursup 3, scolarité 3, pédagogie 3, apprentissage 1, cours 1, examen 2",
    en: "school 2, schools 2, pupil 3, pupils 3, student 3, students 3, teacher 3, teachers 3, classroom 3, university 3, college 2, campus 2, degree 2, exam 2, exams 2, curriculum 3, education 3, tuition 2, graduate 1",
  },
  // Law / crime / disasters / war (tier-1 news topics)
  "383": {
    fr: "tribunal 3, procès 3, juge 3, juges 3, justice 2, avocat 2, avocate 2, cour d'appel 3, cour de cassation 3, conseil constitutionnel 3, jugement 3, verdict 3, condamné 2, condamnation 2, plainte 2, parquet 2, procureur 2, jurisprudence 3, audience 2, mis en examen 2, réquisitoire 3, acquitté 3, relaxe 3, loi 1",
    en: "court 3, trial 3, judge 3, judges 3, lawyer 2, lawyers 2, attorney 2, supreme court 3, appeals court 3, ruling 3, verdict 3, sentenced 2, lawsuit 3, sued 3, prosecutor 2, prosecutors 2, jury 3, convicted 2, acquitted 3, legal 2",
  },
  "380": {
    fr: "police 2, policier 2, policiers 2, gendarmerie 2, gendarmes 2, enquête 2, enquêteurs 3, interpellé 3, interpellés 3, garde à vue 3, suspect 3, suspects 3, meurtre 3, homicide 3, vol 1, cambriolage 3, braquage 3, agression 3, escroquerie 3, trafic de drogue 2, dealer 3, délinquance 3, criminalité 3, crime 2, meurtrier 3, victime 2, victimes 2, interpellation 3, perquisition 3, écroué 3",
    en: "police 2, officers 1, detective 3, investigation 2, arrested 3, arrest 3, suspect 3, suspects 3, murder 3, homicide 3, robbery 3, burglary 3, theft 2, assault 3, fraud 2, crime 2, criminal 2, gang 2, stabbing 3, shooting 2, charged with 3, custody 2",
  },
  "381": {
    fr: "séisme 3, tremblement de terre 3, inondation 3, inondations 3, crue 3, crues 3, ouragan 3, cyclone 3, tempête 2, incendie 2, incendies 2, feu de forêt 3, feux de forêt 3, éruption 3, tsunami 3, catastrophe naturelle 3, glissement de terrain 3, sinistrés 3, vigilance rouge 3, canicule 2, avalanche 2, explosion 1, effondrement 2",
    en: "earthquake 3, flood 3, floods 3, flooding 3, hurricane 3, cyclone 3, typhoon 3, storm 2, wildfire 3, wildfires 3, blaze 2, eruption 3, tsunami 3, natural disaster 3, landslide 3, heatwave 2, avalanche 2, collapse 1, evacuated 2, evacuation 2",
  },
  "389": {
    fr: "guerre 3, conflit 2, armée 2, armées 2, soldat 3, soldats 3, militaire 2, militaires 2, front 2, offensive 2, frappes 2, bombardement 3, bombardements 3, missile 3, missiles 3, drone 1, drones 1, cessez-le-feu 3, otan 3, ukraine 2, russie 1, gaza 2, hamas 3, israël 1, kiev 2, moscou 1, troupes 3, invasion 3, char 1, chars 2, obus 3, réfugiés 2, occupation 1",
    en: "war 3, conflict 2, army 2, troops 3, soldier 3, soldiers 3, military 2, frontline 3, front line 3, offensive 2, airstrike 3, airstrikes 3, strikes 1, shelling 3, missile 3, missiles 3, drone 1, drones 1, ceasefire 3, nato 3, ukraine 2, russia 1, gaza 2, hamas 3, invasion 3, tanks 1, artillery 3, refugees 2",
  },
  // Medical health
  "286": {
    fr: "santé 2, hôpital 1.5, hôpitaux 2, médecin 3, médecins 3, patient 2, patients 2, maladie 3, maladies 3, soins 2, traitement 2, médical 3, médicale 3, urgences 2, infirmier 3, infirmière 3, chu 3, clinique 3, diagnostic 3, chirurgie 3, ars 2, sécurité sociale 2, assurance maladie 3",
    en: "health 2, hospital 1.5, hospitals 2, doctor 3, doctors 3, patient 2, patients 2, disease 3, diseases 3, treatment 2, medical 3, clinic 3, nurse 3, nurses 3, diagnosis 3, surgery 3, healthcare 3, physician 3",
  },
  "287": {
    fr: "cancer 3, diabète 3, maladie 2, épidémie 3, virus 3, grippe 3, covid 3, infection 3, infections 3, contagion 3, souche 2, variant 2, symptômes 3, pathologie 3, alzheimer 3, asthme 3, obésité 2, dépression 2, cas 1, contaminations 3",
    en: "cancer 3, diabetes 3, disease 2, epidemic 3, outbreak 3, virus 3, flu 3, influenza 3, covid 3, infection 3, infections 3, strain 1, variant 2, symptoms 3, alzheimer 3, asthma 3, obesity 2, cases 1",
  },
  "322": { fr: "vaccin 3, vaccins 3, vaccination 3, dose 1, rappel 1", en: "vaccine 3, vaccines 3, vaccination 3, jab 2, booster 2" },
  "320": { fr: "médicament 3, médicaments 3, antibiotique 3, ordonnance 2, pharmacie 2, pénurie de médicaments 3", en: "drug 1, medication 3, medicine 2, prescription 2, pharmacy 2, antibiotics 3" },
  // Healthy living
  "223": {
    fr: "bien-être 3, sommeil 2, alimentation 1, sport santé 3, activité physique 3, stress 1, équilibre 1, prévention 1, méditation 3, yoga 3, marche 1",
    en: "wellbeing 3, well-being 3, wellness 3, sleep 2, physical activity 3, exercise 2, stress 1, meditation 3, yoga 3, healthy 2",
  },
  "225": { fr: "fitness 3, musculation 3, salle de sport 3, entraînement 1, course à pied 2, running 2", en: "fitness 3, workout 3, gym 3, training 1, running 2, jogging 3" },
  "229": { fr: "nutrition 3, vitamines 3, protéines 2, régime 2, nutritionniste 3", en: "nutrition 3, vitamins 3, protein 2, diet 2, nutritionist 3" },
  // Science
  "464": {
    fr: "science 3, scientifique 3, scientifiques 3, chercheur 3, chercheurs 3, recherche 2, laboratoire 2, cnrs 3, étude 1, découverte 2, expérience 1, inserm 3, publication 1, revue nature 3",
    en: "science 3, scientist 3, scientists 3, researcher 3, researchers 3, research 2, laboratory 2, lab 1, study 1, discovery 2, experiment 2, peer-reviewed 3",
  },
  "467": {
    fr: "climat 3, climatique 3, réchauffement 3, environnement 3, écologie 2, biodiversité 3, pollution 3, émissions 2, carbone 2, co2 3, énergies renouvelables 3, transition écologique 3, espèces 2, déforestation 3, océans 2, recyclage 2, déchets 2, plastique 1, éolien 2, solaire 1",
    en: "climate 3, global warming 3, environment 3, environmental 3, biodiversity 3, pollution 3, emissions 2, carbon 2, co2 3, renewable 3, renewables 3, species 2, deforestation 3, oceans 2, recycling 2, waste 1, plastic 1, wind farm 2, solar 1",
  },
  "390": { fr: "météo 3, météo-france 3, prévisions 2, températures 2, pluie 2, orages 2, neige 2, vent 1, vigilance 2, chaleur 1, canicule 2", en: "weather 3, forecast 2, temperatures 2, rain 2, thunderstorms 3, snow 2, heatwave 2, met office 3" },
  "472": { fr: "espace 2, spatial 3, fusée 3, satellite 3, astronaute 3, nasa 3, esa 3, planète 3, mars 1, lune 2, télescope 3, astronomie 3, étoile 1, galaxie 3", en: "space 2, rocket 3, satellite 3, astronaut 3, nasa 3, planet 3, moon 2, telescope 3, astronomy 3, galaxy 3, spacex 3, orbit 3" },
  "465": { fr: "biologie 3, cellules 2, adn 3, génétique 2, espèce 2, évolution 1", en: "biology 3, cells 2, dna 3, species 2, evolution 1" },
  "471": { fr: "physique 2, quantique 3, particules 3, cern 3", en: "physics 3, quantum 3, particle 3, cern 3" },
  // Technology & Computing
  "596": {
    fr: "technologie 3, technologies 3, numérique 3, logiciel 3, application 2, smartphone 3, internet 2, données 1, cybersécurité 3, cyberattaque 2, informatique 3, tech 2, plateforme 1, google 2, apple 2, microsoft 3, meta 1, réseaux sociaux 2, algorithme 3, cloud 3, puce 3, semi-conducteurs 3, innovation 1",
    en: "technology 3, tech 2, digital 2, software 3, app 2, smartphone 3, internet 2, data 1, cybersecurity 3, computer 3, computing 3, platform 1, google 2, apple 2, microsoft 3, social media 2, algorithm 3, cloud 3, chip 3, chips 2, semiconductor 3, startup 1",
  },
  "597": { fr: "intelligence artificielle 3, ia 3, ia générative 3, chatgpt 3, openai 3, modèle de langage 3, apprentissage automatique 3", en: "artificial intelligence 3, ai 3, generative ai 3, chatgpt 3, openai 3, machine learning 3, language model 3, llm 3" },
  "632": { fr: "smartphone 3, iphone 3, tablette 2, ordinateur portable 3, écran 1, casque 1, téléviseur 3, console 1, objets connectés 3", en: "smartphone 3, iphone 3, tablet 2, laptop 3, headphones 3, gadget 3, tv set 2, wearable 3" },
  "599": { fr: "ordinateur 3, logiciel 2, programmation 3, développeur 3, serveur 2, cloud 2", en: "computer 3, software 2, programming 3, developer 2, server 2, cloud 2" },
  "638": { fr: "robot 3, robots 3, robotique 3", en: "robot 3, robots 3, robotics 3" },
  // Real estate
  "441": {
    fr: "immobilier 3, logement 2, logements 2, appartement 2, maison 1, loyer 3, loyers 3, propriétaire 2, locataire 3, locataires 3, notaire 3, prix de l'immobilier 3, agence immobilière 3, achat immobilier 3, mètre carré 3, m2 2, promoteur 2, hlm 3",
    en: "real estate 3, housing 2, apartment 2, home prices 3, house prices 3, rent 2, rents 2, landlord 3, tenant 3, tenants 3, property market 3, mortgage 1, realtor 3, square feet 2",
  },
  // Family and Relationships
  "186": {
    fr: "famille 2, familles 2, parents 2, enfant 1, enfants 1, couple 2, mariage 2, divorce 3, grands-parents 3, fratrie 3, parentalité 3, bébé 2, adolescent 2, adolescents 2",
    en: "family 2, families 2, parents 2, parenting 3, children 1, kids 1, couple 2, marriage 2, divorce 3, grandparents 3, siblings 3, baby 2, teenager 2, teenagers 2",
  },
  "192": { fr: "parentalité 3, éducation des enfants 3, parents 2, bébé 1, crèche 3, poussette 3", en: "parenting 3, parents 2, toddler 3, nursery 2, childcare 3" },
  "188": { fr: "rencontre amoureuse 3, site de rencontre 3, célibataire 2, premier rendez-vous 3", en: "dating 3, dating app 3, first date 3, single 1" },
  // Religion
  "453": { fr: "religion 3, église 2, pape 3, catholique 3, musulman 3, islam 3, juif 3, mosquée 3, synagogue 3, foi 2, prière 3, évêque 3, vatican 3, laïcité 3, spiritualité 3", en: "religion 3, church 2, pope 3, catholic 3, muslim 3, islam 3, jewish 3, mosque 3, synagogue 3, faith 2, prayer 3, bishop 3, vatican 3, spirituality 3" },
  "456": { fr: "horoscope 3, astrologie 3, signe astrologique 3", en: "horoscope 3, astrology 3, zodiac 3" },
  // Pets
  "422": { fr: "chien 3, chiens 3, chat 3, chats 3, animal de compagnie 3, animaux de compagnie 3, chiot 3, chaton 3, vétérinaire 3, croquettes 3, spa 2", en: "dog 3, dogs 3, cat 3, cats 3, pet 3, pets 3, puppy 3, kitten 3, vet 2, veterinarian 3" },
  // Automotive
  "1": {
    fr: "voiture 3, voitures 3, automobile 3, automobiles 3, véhicule 2, véhicules 2, constructeur automobile 3, berline 3, suv 3, citadine 3, moteur 2, électrique 1, hybride 2, renault 3, peugeot 3, citroën 3, stellantis 3, tesla 3, volkswagen 3, toyota 3, bmw 3, mercedes 2, audi 3, permis de conduire 3, conducteur 2, conducteurs 2, automobilistes 3, autonomie 1, recharge 2, borne de recharge 3, salon de l'auto 3, essai 1, carburant 2",
    en: "car 3, cars 3, automotive 3, vehicle 2, vehicles 2, automaker 3, carmaker 3, sedan 3, suv 3, hatchback 3, engine 2, electric vehicle 3, ev 2, hybrid 2, tesla 3, volkswagen 3, toyota 3, bmw 3, ford 2, driver 1, drivers 1, motorists 3, charging 2, test drive 3, fuel 2",
  },
  "27": { fr: "moto 3, motos 3, motard 3, motards 3, deux-roues 3", en: "motorcycle 3, motorcycles 3, motorbike 3, biker 3" },
  "2": { fr: "berline 3, suv 3, citadine 3, break 1, monospace 3, coupé 2, cabriolet 3", en: "sedan 3, suv 3, hatchback 3, coupe 2, convertible 3, minivan 3, pickup truck 3" },
  "30": { fr: "immatriculations 3, ventes de voitures 3, concession 3, occasion 1", en: "car sales 3, dealership 3, used car 3, registrations 2" },
};
