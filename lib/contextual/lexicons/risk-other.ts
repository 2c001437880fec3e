/**
 * Risk cue classes, part 2: substances, sex, hate, health threats, cyber and financial crime,
 * judicial and police context, debated issues, and the brand-safety-floor patterns (selling
 * illegal goods, phishing, propaganda, health disinformation).
 */
import type { RiskClass } from "./risk-violence";

export const RISK_OTHER: Record<string, RiskClass> = {
  drug_traffic: {
    garm: ["illegal_drugs_tobacco_vaping_alcohol", "crime_harmful_acts_human_rights"], iab: { "380": 0.8 },
    fr: "trafic de drogue 4, trafic de stupéfiants 4, trafic de cocaïne 4, narcotrafic 4, narcotrafiquants 4, narcotrafiquant 4, trafiquant 3, trafiquants 3, dealer* 3, point de deal 4, points de deal 4, point de vente 1.5, point de revente 3, guetteurs 3, go fast 3, stupéfiants 3, stups 2, cocaïne 3, héroïne 3, crack 2.5, poudre blanche 3, résine de cannabis 2.5, kilos de cannabis 3, tonnes de cocaïne 4, kétamine 3, méthamphétamine 3, fentanyl 3, ecstasy 2.5, mdma 2.5, démantèlement 1.5, démantelé 1.5, réseau démantelé 2.5, saisie 1, saisis 1, saisies 1, douaniers 1, revente 1.5, cartel 3, cartels 3, mule 1, livraison de stupéfiants 4, messagerie chiffrée 2, messageries chiffrées 2, cryptomonnaie 1, beuh 3, coke 2, weed 2, shit 1, résine 1.5, pochons 3, barrettes 2, plaquettes 1, gummies 1, fleurs de cbd 1, cachets 1.5, comprimés 1, ecstasy 2.5, drogues de synthèse 3, opioïdes de synthèse 3, salle de consommation 2, salles de consommation 2, usagers de drogue 2, drogués 2",
    en: "drug trafficking 4, drug smuggling 4, drug trade 3, narcotics 3, drug dealer 4, drug dealers 4, drug dealing 4, dealers 2, dealing 1, drug gang 4, cocaine 3, heroin 3, crack cocaine 3, methamphetamine 3, meth 2.5, fentanyl 3, ecstasy 2.5, mdma 2.5, ketamine 3, cartel 3, cartels 3, drug bust 4, dismantled 1.5, seized 1, seizure 1, customs officers 1, street value 3, smuggled 2, trafficker 3, traffickers 3, county lines 4, encrypted messaging 2, encrypted app 2, bad pills 3, high-strength tablets 3, strong batches 2, tablets 1, pills 1, edibles 2, thc 2, thc gummies 3, counterfeit pills 3, synthetic opioids 3, spiked 2, drug-related 2",
  },
  substance: {
    garm: ["illegal_drugs_tobacco_vaping_alcohol"], iab: { "286": 0.3 },
    fr: "~drogue 1.5, ~drogues 2, cannabis 2, addiction 1.5, addictions 1.5, addictologie 2, toxicomanie 2, toxicomane 2, ~overdose 2.5, ~surdose 3, alcool 1.5, alcoolisme 2, alcoolémie 2, alcoolémies 2, ivresse 2, ivre 2, binge drinking 2, tabac 1.5, tabagisme 2, cigarette 1, cigarettes 1.5, cigarette électronique 1.5, vapotage 1.5, puffs 2, protoxyde d'azote 3, gaz hilarant 2, contrebande 2, positifs aux stupéfiants 2, ~vin 0.5, vins 0.5, vin jaune 0.5, spiritueux 1, à consommer avec modération 2, avec modération 1.5, ~défonce 2",
    en: "~drugs 1.5, drug use 2, cannabis 2, marijuana 2, weed 1.5, addiction 1.5, addicts 2, ~overdose 2.5, overdoses 3, alcohol 1.5, alcoholism 2, drunk 2, binge drinking 2, drink-driving 2, drunk driving 2, tobacco 1.5, smoking 1, cigarette 1, cigarettes 1.5, e-cigarette 1.5, vaping 1.5, vapes 1.5, laughing gas 2, nitrous oxide 2, contraband 2, ~wine 0.5, spirits 0.5, drink responsibly 2, ~high 0.5, poison control 2, sickened 1.5",
  },
  sexual_crime: {
    garm: ["crime_harmful_acts_human_rights", "adult_explicit_sexual_content"], iab: { "380": 0.6 },
    fr: "viol 4, viols 4, violée 4, violé 3, violeur 4, agression sexuelle 4, agressions sexuelles 4, atteinte sexuelle 4, attouchements 4, pédocriminalité 4, pédocriminel 4, pédocriminels 4, pédophile 4, pédopornographie 4, pédopornographiques 4, inceste 4, exhibition sexuelle 3, proxénétisme 4, prostitution de mineurs 4, faits commis sur 3, photos intimes 3, images intimes 3, contenus intimes 3, envoyer des photos 2, grooming 3, pédopiégeage 4",
    en: "rape 4, raped 4, rapist 4, sexual assault 4, sexually assaulted 4, sexual abuse 4, sexually abused 4, indecent assault 4, child sexual abuse 4, paedophile 4, pedophile 4, child pornography 4, child abuse images 4, indecent images 4, incest 4, grooming 3, groomed 3, intimate images 3, intimate photos 3, revenge porn 4, sex trafficking 4",
  },
  sexual_content: {
    garm: ["adult_explicit_sexual_content"],
    fr: "pornographie 4, pornographique 4, porno 4, érotique 2, érotisme 2, nudité 2, scènes de sexe 3, scènes intimes 2, scènes crues 2, sensualité 1.5, interdit aux moins de 16 ans 2, interdit aux moins de 18 ans 3, sexualité 1.5, sexuel 1, sexuelle 1, sexuellement 1, sexe 1.5, ist 1, infections sexuellement transmissibles 1.5, prostitution 3, escort girl 3, escort girls 3, libertin 2, strip-tease 3, scènes intimes 2, frontales 1.5, sensualité assumée 2",
    en: "pornography 4, pornographic 4, porn 4, erotic 2, nudity 2, sex scenes 3, explicit scenes 3, sensuality 1.5, adults only 2, x-rated 3, sexuality 1.5, sexual 1, sex 1.5, sexually transmitted 1.5, stis 1, prostitution 3, escort 1.5, onlyfans 3, strip club 3, intimate scenes 2, explicit scenes 3, lengthy intimate scenes 3",
  },
  hate: {
    garm: ["hate_speech_aggression"], iab: { "380": 0.6 },
    fr: "raciste 3, racistes 3, racisme 2.5, antisémite 3, antisémites 3, antisémitisme 3, homophobe 3, homophobes 3, homophobie 2.5, transphobe 3, islamophobe 3, islamophobie 3, xénophobe 3, xénophobes 3, haine 2, haineux 3, haineuses 3, propos haineux 4, discours de haine 4, injures racistes 4, inscriptions insultantes 3, insultes 1.5, tags 1, croix gammée 4, croix gammées 4, tête de porc 3, profanation 3, profanée 3, profané 3, provocation à la discrimination 4, provocation à la haine 4, incitation à la haine 4, hostiles aux étrangers 3, slogans hostiles 3, « l'invasion » 2, suprémaciste 4, néonazi 4, néonazis 4, ratonnade 4, discrimination 1.5, discriminations 1.5",
    en: "racist 3, racism 2.5, racially aggravated 4, antisemitic 3, anti-semitic 3, antisemitism 3, homophobic 3, homophobia 2.5, transphobic 3, islamophobic 3, islamophobia 3, xenophobic 3, hatred 2, hateful 3, hate speech 4, hate crime 4, hate crimes 4, racial slur 4, racial slurs 4, slurs 2, graffiti 1, swastika 4, swastikas 4, pig's head 3, desecration 3, desecrated 3, incitement to hatred 4, anti-immigrant 3, white supremacist 4, neo-nazi 4, neo-nazis 4, discrimination 1.5",
  },
  epidemic: {
    garm: ["death_injury_military_conflict"], iab: { "286": 0.7 },
    fr: "épidémie 2, épidémique 2, pandémie 3, flambée 1.5, foyer 1, foyer épidémique 3, cluster 2, souche 1.5, nouvelle souche 3, le variant 2, ce variant 2, nouveau variant 3, contagieux 2, contagion 2, propagation 1.5, transmission locale 3, cas autochtones 3, cas confirmés 2, cas suspects 2, nouveaux cas 1.5, cas 0.5, admissions 1, hospitalisations 1.5, réanimation 2, en réanimation 3, soins critiques 3, soins intensifs 2, plan blanc 3, déprogrammer 2, déprogrammation 2, saturation 1.5, saturés 2, quarantaine 3, confinés 1.5, isolement 1, mortalité 1, taux d'incidence 2, choléra 3, rougeole 2.5, méningite 2.5, dengue 2, ebola 4, mpox 3, variole 3, grippe aviaire 2, peste 2, tuberculose 2, virus 1, infection invasive 3, démoustication 2, vaccination 0.5, rattrapage vaccinal 1.5, oms 1",
    en: "epidemic 2, pandemic 3, outbreak 2.5, flare-up 1.5, cluster 2, strain 1, new strain 3, variant 2, new variant 3, contagious 2, contagion 2, spread 1, local transmission 3, confirmed cases 2, suspected cases 2, new cases 1.5, cases 0.5, admissions 1, hospitalisations 1.5, hospitalizations 1.5, intensive care 2, icu 2, critical care 3, overwhelmed 2, quarantine 3, isolation 1, mortality 1, infection rate 2, cholera 3, measles 2.5, meningitis 2.5, dengue 2, ebola 4, mpox 3, smallpox 3, bird flu 2, avian flu 2, plague 2, tuberculosis 2, virus 1, who 0.5",
  },
  health_harm: {
    garm: ["death_injury_military_conflict"], iab: { "286": 0.5 },
    fr: "mortalité 1.5, décès par an 2, décès 1, cause de mortalité 2, mortalité massive 2, morts prématurées 2, cancer 0.5, lésions neurologiques 2, paralysies 2, intoxication 2, intoxiqués 2, empoisonnement 2, centres antipoison 2",
    en: "mortality 1.5, deaths a year 2, deaths per year 2, leading cause of death 2, premature deaths 2, poisoning 2, poison centres 2, neurological damage 2",
  },
  cyber: {
    garm: ["crime_harmful_acts_human_rights"], iab: { "596": 0.6 },
    fr: "rançongiciel 3, ransomware 3, rançonneurs 3, cyberattaque 3, cyberattaques 3, piratage 2, pirates informatiques 3, hackers 1.5, intrusion 2, données dérobées 3, dérobées 1.5, dérobé 1.5, fuite de données 3, faille 1, faille exploitée 3, ordinateurs zombies 3, botnet 3, logiciel malveillant 3, hameçonnage 3, phishing 3, faux sms 3, faux appel 3, faux conseillers 3, se faisaient passer pour 3, escrocs 3, arnaque 2, arnaques 2, usurpation d'identité 3, comptes vidés 3, mis en vente sur un forum 3, mis en vente 1.5, fichiers de 1, données de santé 1.5, données personnelles 1, hypertrucage 2.5, deepfake 2.5",
    en: "ransomware 3, cyberattack 3, cyber attack 3, cyber-attack 3, hack 2, hacked 2.5, hackers 2, breach 1.5, data breach 3, stolen data 3, leaked data 2, vulnerability exploited 3, botnet 3, malware 3, phishing 3, scam texts 3, scam calls 3, fraudsters 3, scammers 3, posing as 2, impersonating 2, identity theft 3, drained 1.5, deepfake 2.5, tricked into 2.5, transferring 1, put up for sale 2, offered for sale 2, data of 1, hackers leak 3, leak 1.5, leaked 1.5",
  },
  fraud: {
    garm: ["crime_harmful_acts_human_rights"], iab: { "380": 0.4, "383": 0.2 },
    fr: "fraude 2, fraudes 2, escroquerie 2.5, escroqueries 2.5, escroc 2, abus de biens sociaux 3, détournement 2, détourné 2, détournement de fonds 3, corruption 2.5, blanchiment 2.5, marchés truqués 3, truqués 2, prise illégale d'intérêts 3, favoritisme 2, pot-de-vin 3, pots-de-vin 3, faux placements 3, banque fantôme 2, pyramide de ponzi 3, évasion fiscale 2, fraude fiscale 2.5, vol 1, vols 1.5, cambriolage 2, cambriolages 2, cambrioleurs 2, vol de câbles 2, malfaiteurs 1, recel 2",
    en: "fraud 2, fraudulent 2, embezzlement 3, embezzled 3, corruption 2.5, bribery 3, bribes 3, money laundering 3, laundering 2, rigged 2, ponzi scheme 3, tax evasion 2.5, tax fraud 2.5, theft 1.5, stolen 1, burglary 2, burglaries 2, burglars 2, shoplifting 2",
  },
  justice: {
    garm: ["crime_harmful_acts_human_rights"], iab: { "383": 0.7 },
    fr: "mis en examen 1.5, mise en examen 1.5, garde à vue 1.5, placé en garde à vue 2, placés en garde à vue 2, interpellé 1, interpellés 1, interpellée 1, interpellation 1, écroué 2, écrouée 2, détention provisoire 2, déféré 1.5, déférés 1.5, procès 1, prévenu 1, prévenus 1, accusé 1, accusés 1, cour d'assises 2, cour criminelle 2, réclusion criminelle 2.5, prison ferme 2, emprisonnement 1.5, ans de prison 1.5, sursis 1, parties civiles 1.5, enquête ouverte 1, une enquête a été ouverte 1, plainte 0.5, suspect 1.5, suspects 1.5, soupçonné 1, soupçonnés 1, en fuite 1.5, prise en charge par les secours 1, police scientifique 2, médecin légiste 3, enquêteurs 1",
    en: "charged with 1.5, arrested 1, arrest 1, in custody 1.5, remanded in custody 2, custody 1, trial 1, defendant 1, defendants 1, accused 1, jury 1, crown court 2, sentenced 1.5, jailed 2, years in prison 1.5, life sentence 2.5, suspended sentence 1, investigation opened 1, suspect 1.5, suspects 1.5, on the run 1.5, forensic 2, coroner 2, detectives 1.5, investigators 1",
  },
  debated: {
    garm: ["debated_sensitive_social_issues"], iab: { "386": 0.6 },
    fr: "avortement 3, ivg 3, euthanasie 3, fin de vie 2, aide active à mourir 3, suicide assisté 3, immigration 2.5, immigrés 2, migrants 2, demandes d'asile 2, demandeurs d'asile 2, sans-papiers 3, régularisation 2, titre de séjour 1.5, mineurs isolés 2, expulsion 1, expulsions 2, reconduite à la frontière 2, quotas 1, violences policières 3, bavure 3, peine de mort 3, port du voile 3, le voile 2, burkini 3, laïcité 1.5, communautarisme 3, mariage pour tous 3, gpa 3, pma 2, transgenre 2, identité de genre 3, manifestants 1, manifestation 0.5, tribune 0.5, droits de l'enfant 1, droits des personnes trans 3, transidentité 2.5, bloqueurs de puberté 3, pro-vie 3, anti-ivg 3, grand remplacement 3, wokisme 2, woke 1.5, théorie du genre 2.5, loi immigration 3, centre de rétention 2, oqtf 3, obligation de quitter le territoire 3, régularisation des sans-papiers 3, aide médicale d'état 2.5, polémique 1, tribune 0.5",
    en: "abortion 3, euthanasia 3, assisted dying 3, assisted suicide 3, immigration 2.5, immigrants 2, migrants 2, asylum seekers 2, asylum 1.5, undocumented 2, illegal immigrants 3, deportation 2, deportations 2, police brutality 3, death penalty 3, gun control 3, gun rights 3, headscarf 2, hijab 2, transgender 2, gender identity 3, same-sex marriage 3, surrogacy 3, protesters 1, op-ed 0.5, vote irregularities 2, ballot stuffing 2, asylum seekers 2, house asylum seekers 3, rival demonstrations 2, trans rights 3, gender-affirming care 3, puberty blockers 3, roe v wade 3, pro-life 3, pro-choice 3, border wall 2.5, deportation flights 3, rwanda scheme 3, migrant hotels 2.5, culture war 2, woke 1.5, reparations 2, affirmative action 2.5, police reform 2, drag queen story hour 3, book bans 2, banned books 2, opinion 0.5, we must 0.5",
  },
  profanity: {
    garm: ["obscenity_profanity"],
    fr: "putain 3, merde 2, connard 3, connasse 3, enculé 4, salope 4, nique 3, contenu explicite 2, paroles explicites 2, grossièretés 2, insultes 1",
    en: "fuck 3, fucking 3, shit 2, bullshit 2, asshole 3, bitch 3, motherfucker 4, cunt 4, explicit lyrics 2, explicit content 2, profanity 2, obscene 2",
  },
  piracy: {
    garm: ["online_piracy"], iab: { "596": 0.4 },
    fr: "iptv illicite 3, iptv illégale 3, streaming illégal 3, téléchargement illégal 3, site illégal 2, sites pirates 3, piratage audiovisuel 3, contrefaçon 2.5, contrefaçons 2.5, en streaming gratuit 2, match en direct gratuit 3, sans abonnement 2, lien hd 3, liens mis à jour 3, toutes les chaînes 1.5, fermez les fenêtres publicitaires 4, sans inscription 2, télécharger l'album complet 3, lien direct 2, miroirs multiples 3, avant sa sortie 1.5, version crackée 4, crackée 3",
    en: "illegal streaming 3, illegal iptv 3, pirate sites 3, pirated 3, piracy 3, illegal download 3, counterfeit 2.5, counterfeits 2.5, free live stream 3, watch free 2, no subscription 2, hd link 3, links updated 3, close the pop-ups 4, torrent 2, cracked 3, ready to play 2, instant download 2, every new release 2, leaked album 3, direct link 2, mirror links 3",
  },
  misinformation: {
    garm: ["misinformation"],
    fr: "fake news 1.5, infox 1.5, désinformation 1.5, théorie du complot 2, complotiste 2, complotistes 2, antivax 2, ce qu'on ne vous dit pas 4, ne vous disent pas 4, ne vous le diront pas 4, refusent de publier 3, la vérité cachée 4, en privé 1, remplace tous les traitements 4, guérir en 48 heures 4, déconseille de consulter un médecin 4, potion miracle 1, remède miracle 3, big pharma 3, les médias vous cachent 4, partagez avant suppression 4, réveillez-vous 3, ce qu'on vous cache 4, on vous cache 3, la vérité sur 1.5, les médias ne vous diront pas 4, censuré 2, vidéo censurée 3, faites vos propres recherches 3, plandémie 4, le vaccin tue 4, vaccins tuent 4, puces 5g 3, puce sous-cutanée 3, traînées chimiques 4, chemtrails 4, remède naturel 2.5, guérit le cancer 4, complot mondialiste 4, mondialistes 3, dépopulation 4, avant que ce soit supprimé 4, réveillez-vous 3, moutons 1.5, les autorités cachent 4, étouffé 1.5, scandale sanitaire caché 4",
    en: "fake news 1.5, disinformation 1.5, misinformation 1.5, conspiracy theory 2, conspiracy theories 2, anti-vax 2, what they don't tell you 4, they won't tell you 4, refuse to publish 3, hidden truth 4, miracle cure 3, cures everything 4, big pharma 3, share before it's deleted 4, wake up 1, the proof they don't want you to see 4, don't want you to see 3, officials have buried 3, buried the data 3, making children ill 2, 5g masts 2, cover-up 2, they don't want you to know 4, the truth about 1.5, mainstream media won't 4, plandemic 4, chemtrails 4, microchips 2, natural cure 2.5, doctors hate 4, banned video 3, censored video 3, do your own research 3, the real reason 1.5, hidden agenda 3, globalists 3, depopulation 4, share this before 4, wake up people 4, sheeple 4, vaccine injuries 2, vaccines cause 4, cures cancer 4, they are hiding 3",
  },
  commemoration: {
    garm: ["death_injury_military_conflict"],
    fr: "commémoration 2, commémorations 2, cérémonie d'hommage 2, rend hommage 1, hommage aux victimes 2, mémorial 2, devoir de mémoire 2, anciens combattants 2, vétérans 2, déportés 2, débarquement 1.5, libération des camps 2, anniversaire de 0.5, ans après 1, obsèques 1.5, décédé à 1, disparition de 0.5",
    en: "commemoration 2, commemorations 2, memorial 2, remembrance 2, veterans 2, anniversary of 0.5, years after 1, years on 1, funeral 1.5, died aged 1.5, obituary 2, tribute 1",
  },
};

/** Floor patterns: whoever writes this is selling, phishing or propagandising. */
export const FLOOR_CUES: Record<string, { fr: string; en: string }> = {
  sale: {
    fr: "livraison discrète 3, livraison rapide 1.5, livraison en 30 minutes 3, livraison dans toute l'europe 3, livraison 24h 2, envoi discret 3, envoi en plusieurs colis 3, emballage neutre 3, emballage discret 3, discrétion absolue 3, discrétion garantie 3, commande sur notre canal 4, rejoignez le canal 3, notre canal 2, commandez 2, commandes groupées 2, tarifs dégressifs 3, paiement en cryptomonnaie 3, paiement en crypto 3, paiement sécurisé 1.5, paiement à la remise 3, en espèces à la remise 3, qualité premium 2, produits testés 2, menu du jour 1, offres fidélité 2, messagerie sécurisée 2, contact uniquement 3, réponse sous 24 heures 2, en 72 heures 1, sans ordonnance 2, passer les contrôles 4, faux papiers 4, faux documents 4, hologrammes conformes 4, supports originaux 3, enregistrés dans les fichiers 3, 7j/7 1.5",
    en: "discreet delivery 3, discreet shipping 3, stealth shipping 4, plain packaging 3, fast delivery 1.5, worldwide shipping 2, order now 2, bulk orders 2, join our channel 3, our channel 2, pay in crypto 3, crypto payment 3, cash on delivery 3, premium quality 2, lab tested 2, loyalty offers 2, secure messaging 2, contact only via 3, no prescription 3, pass inspections 4, fake papers 4, fake documents 4, fake ids 4, genuine materials 3, registered in the database 3, 24/7 1",
  },
  phishing: {
    fr: "dossier est suspendu 4, votre compte a été bloqué 4, vérifiez votre identité 3, mettez à jour vos informations 4, confirmez vos coordonnées 4, coordonnées bancaires 2, cliquant sur le lien 3, cliquez sur le lien 3, lien ci-dessous 2, sous 48 heures 1.5, clôture de votre dossier 3, vos droits seront 2, suite à une anomalie 3, remboursement 1, frais de réexpédition 2, colis en attente 2, identifiant 1, mot de passe 1",
    en: "account has been suspended 4, account has been locked 4, locked due to unusual activity 4, verify your identity 3, billing details 2, secure link 2, within 24 hours 1.5, account suspended 3, update your information 4, confirm your details 4, bank details 2, click the link 3, click on the link 3, link below 2, within 48 hours 1.5, avoid closure 3, unusual activity 2, refund 1, redelivery fee 3, parcel is waiting 2, verify your account 3",
  },
  scam: {
    fr: "heureux gagnant 3, vous avez gagné 3, vous êtes l'heureux 3, tirage mensuel 2, frais de port 1.5, il vous suffit de 2, renseignant vos coordonnées 3, coordonnées bancaires 2, offre limitée 1.5, félicitations 1, jeunes femmes de 18 à 25 ans 3, salaire élevé garanti 3, voyage et logement offerts 3, vos papiers seront 3, hôtesses recherchées 3, sans expérience 1, argent facile 3",
    en: "congratulations 1, you have won 3, you've won 3, claim your prize 4, winner of our 2, shipping fee 1.5, postage fee 1.5, enter your card 3, young women wanted 3, high salary guaranteed 3, travel and accommodation provided 3, no experience needed 1.5, easy money 3",
  },
  fraud_goods: {
    fr: "faux papiers 4, faux documents 4, numéros de carte 3, cartes bancaires volées 4, comptes vérifiés 3, identités prêtes 4, remplacement garanti 3",
    en: "fresh card details 4, card details 2, verified bank accounts 4, ready-made identities 4, replacement guaranteed 3, full card data 4, cvv 3, fullz 4, fake ids 4, cloned cards 4",
  },
  propaganda: {
    fr: "communiqué intégral 3, republié sans commentaire 4, déclaration de revendication 4, saluant ses auteurs 4, comme des « héros » 3, héros 0.5, poursuivre la lutte 2, soutien financier 2, lien de soutien 3, faire un don 1, rejoignez 1.5, martyrs 3, martyr 2, mécréants 4, croisés 2, djihad 3, califat 4, allégeance 3, vidéo de propagande 4, quitter leur famille 3, rejoindre son territoire 4, fraternité 1",
    en: "full statement 2, republished without comment 4, claim of responsibility 3, hailing the attackers 4, as heroes 3, continue the struggle 2, financial support 2, donate 1, join the ranks 3, martyrs 3, martyr 2, infidels 4, crusaders 2, jihad 3, caliphate 4, pledge allegiance 3, propaganda video 4, join the caravan 4, leave their families 3, travel to its territory 4, brotherhood 1.5, promising purpose 2",
  },
};
