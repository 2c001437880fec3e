/**
 * Brand-suitability cues per GARM category (ids from shared/data/garm/categories.json).
 * Format: "phrase weight, …"; a leading "~" marks a word often used figuratively (sport,
 * food, business, culture), which domain context discounts unless real-harm frames appear.
 * Frames (below) are situations that make a text risky without any alarming keyword.
 */
import type { LangTerms } from "./iab-news";

export const RISK_TERMS: Record<string, LangTerms> = {
  terrorism: {
    fr: "attentat 4, attentats 4, terroriste 4, terroristes 4, terrorisme 4, djihadiste 4, djihadistes 4, jihadiste 4, kamikaze 4, attentat-suicide 4, ceinture d'explosifs 4, prise d'otages 3, otages 2, otage 2, état islamique 3, daech 4, al-qaïda 4, radicalisé 3, radicalisation 3, fiché s 3, parquet national antiterroriste 4, pnat 4, antiterroriste 3, vigipirate 3, urgence attentat 4, revendiqué 2, ~explosion 1, engin explosif 3, bombe artisanale 4, colis piégé 4, voiture piégée 4, ~bombe 1, apologie du terrorisme 4",
    en: "terror attack 4, terrorist 4, terrorists 4, terrorism 4, jihadist 4, jihadists 4, suicide bomber 4, suicide bombing 4, hostage 2, hostages 2, hostage-taking 3, islamic state 3, isis 4, al-qaeda 4, radicalised 3, radicalized 3, counter-terrorism 3, claimed responsibility 3, ~explosion 1, explosive device 3, ied 3, car bomb 4, pipe bomb 4, ~bomb 1, ~bombing 2",
  },
  death_injury_military_conflict: {
    fr: "~mort 2, ~morts 2, ~morte 2, décès 1, décédé 2, décédée 2, ~tué 3, ~tués 3, ~tuée 3, ~tuer 2, victime 1, victimes 2, ~blessé 2, ~blessés 2, blessées 2, grièvement blessé 3, pronostic vital 3, ~bilan 1, bilan humain 3, corps sans vie 3, cadavre 3, cadavres 3, ~guerre 2, ~bombardement 3, bombardements 3, frappe aérienne 3, frappes aériennes 3, frappes russes 3, frappes israéliennes 3, missile 2, missiles 2, obus 3, ~massacre 3, ~carnage 2, génocide 4, crimes de guerre 4, charnier 4, civils tués 4, ~fusillade 3, ~tuerie 4, ~drame 1, accident mortel 3, noyade 2, noyé 2, s'est noyé 3, ~collision 1, ~crash 2, ~effondrement 1, périr 2, péri 2, ont péri 3, cessez-le-feu 2, front 1, offensive 2, ~soldats 1, ~armée 1, invasion 2, ~assaut 1, ~combats 2, réfugiés 1, exode 2, famine 2, ~sang 1, ensanglanté 3, décapité 4, mutilé 3, amputé 2, suicide 3, s'est suicidé 4, pendaison 3, immolé 4",
    en: "~dead 2, ~death 1, deaths 2, died 1, ~killed 3, ~kill 1, ~killing 2, killings 3, victim 1, victims 2, ~injured 2, ~wounded 3, critically injured 3, casualties 3, death toll 3, ~body 1, bodies 2, corpse 3, ~war 2, ~bombardment 3, airstrike 3, airstrikes 3, missile 2, missiles 2, shelling 3, ~massacre 3, ~carnage 2, genocide 4, war crimes 4, mass grave 4, civilians killed 4, ~shooting 2, ~gunfire 3, mass shooting 4, fatal crash 3, fatal accident 3, drowned 3, ~crash 2, ~collapse 1, perished 3, ceasefire 2, frontline 1, offensive 1, ~troops 1, invasion 2, ~combat 1, ~fighting 1, refugees 1, famine 2, ~blood 1, bloodied 3, beheaded 4, mutilated 3, suicide 3, killed himself 4, killed herself 4",
  },
  crime_harmful_acts_human_rights: {
    fr: "meurtre 3, meurtres 3, meurtrier 3, assassinat 3, assassiné 3, assassinée 3, homicide 3, féminicide 4, ~agression 2, agressé 2, agressée 2, viol 4, violée 4, violé 3, violeur 4, agression sexuelle 4, pédocriminalité 4, pédophile 4, inceste 4, violences conjugales 4, violences 2, ~braquage 2, vol à main armée 3, cambriolage 2, escroquerie 2, arnaque 1, enlèvement 3, enlevé 2, séquestration 3, séquestré 3, torture 4, torturé 4, harcèlement 3, harcelé 3, maltraitance 4, trafic d'êtres humains 4, traite 2, esclavage 3, proxénétisme 4, rixe 3, règlement de comptes 4, coups de couteau 4, poignardé 4, lynchage 4, émeutes 3, garde à vue 2, mis en examen 2, interpellé 1, suspect 1, suspecté 1, ~vol 1, ~victime 1, disparition inquiétante 3, corps retrouvé 3, mineur 1, ~cruauté 2, maltraitance animale 3",
    en: "murder 3, murders 3, murdered 3, murderer 3, assassination 3, assassinated 3, homicide 3, femicide 4, ~assault 2, assaulted 2, rape 4, raped 4, rapist 4, sexual assault 4, child abuse 4, paedophile 4, pedophile 4, domestic violence 4, ~violence 2, armed robbery 3, ~robbery 2, burglary 2, fraud 1, scam 1, kidnapping 3, kidnapped 3, abducted 3, torture 4, tortured 4, harassment 3, harassed 3, human trafficking 4, trafficking 2, slavery 3, stabbing 4, stabbed 4, riot 2, riots 3, lynching 4, in custody 1, charged 1, suspect 1, ~victim 1, missing person 2, animal cruelty 3",
  },
  arms_ammunition: {
    fr: "~arme 2, ~armes 2, arme à feu 3, armes à feu 3, fusil 2, fusil d'assaut 4, kalachnikov 4, pistolet 3, revolver 3, munitions 3, cartouches 1, ~armé 2, ~armés 2, arme blanche 3, couteau 2, ~tireur 2, ~tirs 2, coups de feu 3, ~coup de feu 2, balles 1, ~balle 1, trafic d'armes 4, armurerie 2, ~explosifs 3, grenade 3, grenades 3, lance-roquettes 4, vente d'armes 3, arme imprimée 4",
    en: "~gun 2, ~guns 2, firearm 3, firearms 3, rifle 2, assault rifle 4, ak-47 4, pistol 3, handgun 3, revolver 3, ammunition 3, ammo 3, ~armed 2, knife 2, ~gunman 4, gunmen 4, ~shooter 2, ~shots 1, shots fired 3, ~bullet 1, bullets 2, arms trafficking 4, gun sale 3, ~explosives 3, grenade 3, grenades 3, rocket launcher 4, ghost gun 4, 3d-printed gun 4",
  },
  illegal_drugs_tobacco_vaping_alcohol: {
    fr: "drogue 2, drogues 2, stupéfiants 3, stups 3, cocaïne 3, coke 2, crack 3, héroïne 3, cannabis 2, résine de cannabis 3, shit 2, beuh 3, herbe 1, ecstasy 3, mdma 3, kétamine 3, méthamphétamine 3, fentanyl 3, opioïdes 2, trafic de drogue 4, trafic de stupéfiants 4, trafiquant 3, trafiquants 3, narcotrafic 4, narcotrafiquants 4, dealer 3, dealers 3, deal 1, point de deal 4, points de deal 4, go fast 3, overdose 3, ~surdose 3, toxicomane 2, tabac 1, cigarette 1, cigarettes 1, vapotage 1, puff 1, ivresse 2, alcoolisé 1, binge drinking 2, cuite 2, alcool au volant 2, ~défonce 2",
    en: "drugs 2, drug 1, narcotics 3, cocaine 3, crack 2, heroin 3, cannabis 2, weed 2, marijuana 2, ecstasy 3, mdma 3, ketamine 3, meth 3, methamphetamine 3, fentanyl 3, opioid 2, opioids 2, drug trafficking 4, drug dealer 4, drug dealing 4, dealer 1, dealers 2, cartel 3, cartels 3, overdose 3, overdoses 3, addict 1, tobacco 1, cigarette 1, cigarettes 1, vaping 1, vape 1, binge drinking 2, drunk 2, drink-driving 2, ~stoned 2, ~high 0",
  },
  hate_speech_aggression: {
    fr: "raciste 3, racistes 3, racisme 2, antisémite 3, antisémitisme 3, homophobe 3, homophobie 2, islamophobe 3, xénophobe 3, haine 2, propos haineux 4, discours de haine 4, injures racistes 4, insultes 2, insulte 2, discrimination 2, suprémaciste 4, néonazi 4, néonazis 4, ratonnade 4, incitation à la haine 4, apologie 2, croix gammée 3",
    en: "racist 3, racism 2, antisemitic 3, antisemitism 3, homophobic 3, homophobia 2, islamophobic 3, xenophobic 3, hate 1, hatred 2, hate speech 4, hate crime 4, racial slur 4, slurs 3, insults 2, discrimination 2, white supremacist 4, neo-nazi 4, neo-nazis 4, incitement 3, swastika 3",
  },
  adult_explicit_sexual_content: {
    fr: "pornographie 4, pornographique 4, porno 4, sexe 2, sexuel 1, sexuelle 1, sexuels 1, érotique 2, nudité 2, nu 1, nue 1, prostitution 3, escort 2, x 0, libertin 2",
    en: "pornography 4, pornographic 4, porn 4, sex 2, sexual 1, erotic 2, nudity 2, naked 2, nude 2, prostitution 3, escort 1, explicit 1, onlyfans 3",
  },
  obscenity_profanity: {
    fr: "putain 3, merde 2, connard 3, connasse 3, enculé 4, salope 4, bordel 1, foutre 2, nique 3",
    en: "fuck 3, fucking 3, shit 2, bullshit 2, asshole 3, bitch 3, motherfucker 4, cunt 4, damn 1",
  },
  online_piracy: {
    fr: "piratage 2, ~pirate 1, streaming illégal 4, téléchargement illégal 4, contrefaçon 3, contrefaçons 3, iptv illégale 4, site illégal 3, hadopi 2, arcom 1",
    en: "piracy 3, pirated 3, illegal streaming 4, illegal download 4, counterfeit 3, counterfeits 3, torrent 2, torrents 2",
  },
  spam_harmful_content: {
    fr: "hameçonnage 3, phishing 3, logiciel malveillant 3, rançongiciel 3, ransomware 3, cyberattaque 2, arnaque en ligne 3, faux site 2, spam 2, malware 3, virus informatique 2",
    en: "phishing 3, malware 3, ransomware 3, cyberattack 2, spam 2, online scam 3, fake website 2, computer virus 2",
  },
  debated_sensitive_social_issues: {
    fr: "avortement 3, ivg 3, euthanasie 3, fin de vie 2, immigration 2, migrants 2, sans-papiers 3, expulsion 1, expulsions 2, violences policières 3, bavure 3, peine de mort 3, port du voile 3, burkini 3, communautarisme 3, mariage pour tous 3, gpa 3, pma 2, transgenre 2, identité de genre 3, laïcité 2, manifestation 1, manifestants 1",
    en: "abortion 3, euthanasia 3, assisted dying 3, immigration 2, migrants 2, illegal immigrants 3, deportation 2, deportations 2, police brutality 3, death penalty 3, gun control 3, transgender 2, gender identity 3, same-sex marriage 3, surrogacy 3, protesters 1",
  },
  misinformation: {
    fr: "fake news 2, infox 2, désinformation 2, théorie du complot 3, complotiste 3, complotistes 3, antivax 3, fausses informations 2, canular 1",
    en: "fake news 2, disinformation 2, misinformation 2, conspiracy theory 3, conspiracy theories 3, conspiracy theorist 3, anti-vax 3, hoax 1",
  },
};

/**
 * Situations. A frame's cues say nothing alone; two or more frames together (or one frame plus
 * a risk term) describe a real event. Each frame escalates the listed GARM category.
 */
export const RISK_FRAMES: Record<string, { garm: string; fr: string; en: string }> = {
  casualties: {
    garm: "death_injury_military_conflict",
    fr: "victimes 2, blessés 2, morts 2, tués 2, décès 1, urgences 1, hospitalisés 2, hospitalisées 2, transportés à l'hôpital 2, évacués vers l'hôpital 2, pronostic vital 3, bilan 1, secours 1, pompiers 1, samu 2, en état d'urgence absolue 3, cellule psychologique 2, corps 1, deuil 1, minute de silence 1, marche blanche 2, disparus 1",
    en: "victims 2, injured 2, wounded 2, dead 2, killed 2, casualties 3, hospitalised 2, hospitalized 2, taken to hospital 2, death toll 3, paramedics 2, first responders 2, emergency services 1, critical condition 3, bodies 1, mourning 1, vigil 2, missing 1",
  },
  armed: {
    garm: "arms_ammunition",
    fr: "armé 2, armés 2, lourdement armés 3, assaillant 3, assaillants 3, tireur 2, cagoulé 2, cagoulés 2, couteau 2, arme blanche 3, pistolet 2, fusil 2, coups de feu 3, a ouvert le feu 4, ouvert le feu 4, rafales 2, douilles 3",
    en: "armed 2, heavily armed 3, assailant 3, attacker 2, attackers 2, gunman 3, masked 2, knife 2, pistol 2, rifle 2, shots 1, opened fire 4, gunfire 3, shell casings 3",
  },
  security: {
    garm: "terrorism",
    fr: "évacuation 1, évacués 1, périmètre de sécurité 3, cellule de crise 2, forces de l'ordre 1, raid 2, gign 3, bri 2, démineurs 3, déminage 3, colis suspect 2, confinement 1, plan blanc 2, mobilisation générale 1, alerte 1, état d'urgence 2, sirènes 1, bouclé 2, quartier bouclé 3, niveau d'alerte 2, sous le choc 1",
    en: "evacuation 1, evacuated 1, security perimeter 3, cordon 2, cordoned off 3, lockdown 2, swat 3, bomb squad 3, suspicious package 2, state of emergency 2, sirens 1, high alert 2, shelter in place 3, in shock 1",
  },
  drug_sale: {
    garm: "illegal_drugs_tobacco_vaping_alcohol",
    fr: "messagerie chiffrée 3, messageries chiffrées 3, telegram 2, snapchat 2, signal 1, livraison 1, livré 1, livrés 1, livraison à domicile 2, livraison discrète 3, paiement 1, paiement en cryptomonnaie 3, cryptomonnaie 2, bitcoin 2, commande 1, commander 1, marchandise 2, grammes 2, kilos 1, plaquettes 2, barrettes 2, pochons 3, sachets 1, produit 1, produits 1, clients 1, tarifs 1, dispo 2, menu 1, carte 0, plan 0, guetteurs 3, nourrice 2, four 0, réseau 1, démantelé 2, saisie 2, saisis 1",
    en: "encrypted messaging 3, encrypted app 3, telegram 2, snapchat 2, signal 1, delivery 1, delivered 1, discreet delivery 3, payment 1, crypto 2, cryptocurrency 2, bitcoin 2, order 1, grams 2, kilos 1, baggies 3, product 1, customers 1, menu 1, lookouts 2, stash house 3, network 1, dismantled 2, seized 2, seizure 2",
  },
  epidemic: {
    garm: "death_injury_military_conflict",
    fr: "épidémie 2, pandémie 3, souche 2, nouvelle souche 3, variant 2, contagieux 2, contagion 2, transmission 1, cas confirmés 3, nouveaux cas 2, cas 1, foyer 1, cluster 2, admissions 2, hospitalisations 2, réanimation 2, soins intensifs 2, saturation 2, saturés 2, plan blanc 2, quarantaine 3, isolement 1, décès 1, mortalité 2, taux d'incidence 3, vague 1, épidémiologique 3, virus 1",
    en: "epidemic 2, pandemic 3, outbreak 2, strain 2, new strain 3, variant 2, contagious 2, transmission 1, confirmed cases 3, new cases 2, cases 1, cluster 2, admissions 2, hospitalisations 2, hospitalizations 2, intensive care 2, icu 2, overwhelmed 2, quarantine 3, isolation 1, mortality 2, infection rate 3, wave 1, virus 1",
  },
  conflict: {
    garm: "death_injury_military_conflict",
    fr: "troupes 2, soldats 2, armée 1, militaires 1, front 1, offensive 2, frappes 2, bombardé 3, bombardée 3, pilonné 3, pilonnage 3, sirènes 1, abris 2, réfugiés 1, civils 2, déplacés 2, villages détruits 3, ruines 2, décombres 3, cessez-le-feu 2, belligérants 3, artillerie 3, blindés 3, drones 1, mobilisation 1",
    en: "troops 2, soldiers 2, army 1, military 1, frontline 1, offensive 2, strikes 1, bombed 3, shelled 3, shelters 2, air raid 3, refugees 1, civilians 2, displaced 2, rubble 3, ruins 2, ceasefire 2, artillery 3, tanks 1, drones 1, mobilisation 1",
  },
  crime_scene: {
    garm: "crime_harmful_acts_human_rights",
    fr: "enquête 1, enquêteurs 1, police judiciaire 2, police scientifique 3, médecin légiste 3, autopsie 3, garde à vue 2, mis en examen 2, écroué 2, interpellé 1, interpellés 1, suspect 1, victime 1, plainte 1, parquet 1, procureur 1, scène de crime 3, témoin 1, témoins 1, en fuite 2, avis de recherche 3, corps 1, sans vie 2",
    en: "investigation 1, investigators 1, forensic 2, coroner 3, autopsy 3, in custody 2, charged 1, arrested 1, suspect 1, victim 1, prosecutor 1, crime scene 3, witness 1, witnesses 1, on the run 2, manhunt 3, lifeless 2",
  },
  promotion: {
    garm: "illegal_drugs_tobacco_vaping_alcohol",
    fr: "commandez 3, commander en ligne 2, écrivez-nous 3, contactez-nous 2, en dm 3, en mp 3, par mp 3, livraison discrète 3, livraison rapide 2, livraison 24h 3, livraison 24 h 3, paiement en crypto 3, paiement crypto 3, prix imbattables 3, qualité premium 2, stock dispo 3, dispo 7j/7 3, 7j/7 2, sans ordonnance 3, envoi discret 3, emballage discret 3, carte du jour 1, promo 1, offre spéciale 1",
    en: "order now 3, dm us 3, dm me 3, text us 3, discreet delivery 3, discreet shipping 3, fast delivery 2, pay in crypto 3, crypto payment 3, unbeatable prices 3, premium quality 2, in stock 2, no prescription 4, stealth shipping 4, special offer 1",
  },
  recruitment: {
    garm: "terrorism",
    fr: "rejoignez 2, rejoindre les rangs 3, combattants 2, martyr 3, martyrs 3, mécréants 4, croisés 2, djihad 4, allégeance 3, califat 4, vidéo de propagande 4, propagande 2",
    en: "join the ranks 3, fighters 2, martyr 3, martyrs 3, infidels 4, crusaders 2, jihad 4, pledge allegiance 3, caliphate 4, propaganda video 4, propaganda 2",
  },
};
