"""Issue 27 ninth hold-out batch: whole posts about an eleventh brand (Solvea, a skincare and cosmetics
brand with Glow Serum, Brisa SPF, Nube Cream and the Solvea Club loyalty programme; Europe/Madrid;
tests/data/endorsements/holdout9/). Written from docs/labelling-endorsements.md alone, before reading
the detector code, the rules or the holdout8 posts in this session, and committed before scoring.
Weighted to the classes the frozen set is weakest on (NLRA caution, 465.7 suppression, employee
endorsements, ambiguous disclosure) and their hard negatives; close to half of the posts are in
Spanish, French, German, Portuguese, Italian or Dutch, many as long Instagram, TikTok, LinkedIn and
YouTube captions.

Roster: officers inesmarin_ceo/ines-marin-solvea (CEO), thomas-keller-cfo (CFO); managers
carla.duarte.pt/carla-duarte-retail (Lisbon retail), julien_lab/julien-moreau-lab (formulation lab);
staff lucia.glowup (Madrid beauty advisor, instagram and tiktok), marta_care (customer care, Milan),
daan_dv/daandv (warehouse, Rotterdam), sofia.skinlab/SofiaSkinLab (content, Berlin); blank role
bea.makeup.pt (Porto store); nachogil/nacho.gil.mua (Seville store until 2026-06-30); elif.skin (from
2026-08-03); hugo-lambert-ops (operations manager until 2026-05-31). Partners glowatlas/GlowAtlas
(paid), bellezzavera (affiliate, instagram and tiktok), nina.kraus.beauty/ninakraus (ambassador
2026-03-01 to 2026-09-30), dermadeals_nl/DermaDealsNL (affiliate). Brand accounts solveabeauty,
solveacare, solvea.beauty, solvea (tiktok), SolveaBeauty, solvea (linkedin).

First pass (blind, commit 1c0f7b2): expected-finding accuracy 0.655, disclosure accuracy 0.945; recall
employee 0.393, ambiguous 0.688, suppression 0.333, NLRA 0.385. After round 7 (tuned): 0.982 and 1.000.
Details, one label correction (u0057) and what is left: tests/data/endorsements/holdout9/README.md.
By the language detector, 174 of the 220 posts (79%) are in es/de/it/pt/nl/fr.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

A = "2026-07-20T10:00:00Z"  # noon in Madrid: Nacho and Hugo have left, Elif has not started, Nina is active
SUP, SOL, OFF = "review-suppression", "review-solicitation", "officer-review-undisclosed"
AMB, EMP, PAR, NLRA = "ambiguous-disclosure", "employee-undisclosed", "partner-undisclosed", "nlra-caution"

SUPPRESSION = [
    ("instagram", "solvea.beauty", None, A, "@laura.skin Tu reseña sobre el Glow Serum es falsa y dañina. Bórrala hoy o nuestro departamento legal tomará medidas.", SUP, "missing", "review-suppression", "Spanish legal threat from the brand"),
    ("x", "solveacare", None, A, "@claire_b Nous avons transmis votre avis à notre avocat. Supprimez-le avant vendredi pour éviter une procédure.", SUP, "missing", "review-suppression", "French lawyer and deadline"),
    ("x", "solveacare", None, A, "@jana_k Ihre Rückerstattung bleibt gesperrt, solange die 1-Stern-Bewertung online ist.", SUP, "missing", "review-suppression", "German refund withheld while the review stays"),
    ("instagram", "solvea.beauty", None, A, "@ana.rita.pt Os seus pontos Solvea Club foram suspensos até a avaliação negativa ser apagada.", SUP, "missing", "review-suppression", "Portuguese points suspended until deletion"),
    ("x", "solveabeauty", None, A, "@giulia_m Se la recensione non sparisce entro domani, ci rivolgeremo ai nostri legali.", SUP, "missing", "review-suppression", "Italian legal threat with deadline"),
    ("x", "solveacare", None, A, "@femke_j Wij weten wie u bent. Haal de review weg, anders nemen wij juridische stappen.", SUP, "missing", "review-suppression", "Dutch exposure and legal steps"),
    ("tiktok", "solvea", None, A, "@skinbyzoe that video is defamation, take it down or our lawyers will be in touch", SUP, "missing", "review-suppression", "brand TikTok reply with lawyers"),
    ("youtube", "SolveaBeauty", None, A, "@HonestSkinTalk We've noted the false claims in this review. Remove the video or expect a formal notice from our legal team.", SUP, "missing", "review-suppression", "brand YouTube reply threatens formal notice"),
    ("instagram", "lucia.glowup", None, A, "@mariaa.rv tía borra esa reseña, que sé dónde vives y en tienda ya te conocemos 🙃", SUP, "missing", "review-suppression", "advisor intimidates in slang Spanish"),
    ("x", "marta_care", None, A, "@paolo_v la tua recensione? cancellala e ti rimborso, altrimenti niente rimborso e il tuo nome finisce nella lista nera", SUP, "missing", "review-suppression", "care staff: refund conditional, blacklist"),
    ("x", "daandv", None, A, "@kim_r die review over je kapotte pakket, haal weg of je volgende bestelling komt nooit aan 😉", SUP, "missing", "review-suppression", "warehouse staff threatens deliveries"),
    ("instagram", "carla.duarte.pt", None, A, "@joana.beauty Apague a avaliação sobre a loja de Lisboa. Não volta a ser atendida aqui enquanto ela estiver publicada.", SUP, "missing", "review-suppression", "store manager bans reviewer"),
    ("linkedin", "ines-marin-solvea", None, A, "To whoever keeps posting anonymous one-star reviews of Solvea: we have identified you, and our counsel will act if they continue.", SUP, "missing", "review-suppression", "CEO threatens anonymous reviewer"),
    ("x", "julien_lab", None, A, "@dermato_fan Vous diffusez des mensonges sur notre formule. Retirez cet avis ou je transmets votre profil à notre service juridique.", SUP, "missing", "review-suppression", "lab manager threatens in French"),
    ("x", "solveabeauty", None, A, "@sara_lima Your Solvea Club account is under review because of the comments you left about Nube Cream. Editing them would help.", SUP, "missing", "review-suppression", "veiled account threat"),
    ("instagram", "solvea.beauty", None, A, "@lea.glow Wir behalten uns rechtliche Schritte vor, falls Ihre Bewertung nicht bis Montag entfernt wird.", SUP, "missing", "review-suppression", "German reserved legal steps"),
    ("tiktok", "sofia.skinlab", None, A, "@mila.makeup lösch das video lieber, ich kenn deinen arbeitgeber 😊", SUP, "missing", "review-suppression", "content staff threatens to contact employer"),
    ("x", "solveacare", None, A, "@rui_costa Se retirar a review, enviamos um kit grátis. Se não, o seu pedido de troca fica cancelado.", SUP, "missing", "review-suppression", "exchange cancelled unless removed"),
    ("x", "solveabeauty", None, A, "@noor_a delete it. now. or we escalate.", SUP, "missing", "review-suppression", "terse threat"),
    ("instagram", "bea.makeup.pt", None, A, "@catarina_m quem escreve reviews assim na loja do Porto já sabe que não é bem-vinda. apaga isso.", SUP, "missing", "review-suppression", "blank-role store worker intimidates"),
    ("x", "solveacare", None, A, "@elena_p La garanzia del tuo ordine è annullata finché la recensione resta pubblicata.", SUP, "missing", "review-suppression", "Italian warranty void while review up"),
    ("youtube", "SolveaBeauty", None, A, "@TessVlogs Nous avons signalé votre vidéo pour diffamation et nous demandons son retrait immédiat, à défaut de quoi nous saisirons la justice.", SUP, "missing", "review-suppression", "French takedown and court"),
    ("x", "solveacare", None, A, "@ruben_g Je retourzending wordt pas verwerkt als je beoordeling is aangepast naar 4 of 5 sterren.", SUP, "missing", "review-suppression", "Dutch return conditional on rating change"),
]

SUPPRESSION_LOOKALIKES = [
    ("instagram", "solvea.beauty", None, A, "@laura.skin Sentimos mucho la reacción. Escríbenos por privado y te enviamos el reembolso, sin condiciones.", "none", "missing", "brand-polite-reply", "Spanish apology, unconditional refund"),
    ("x", "solveacare", None, A, "@claire_b Merci pour votre avis. Pouvez-vous nous envoyer le numéro de lot par message privé ? Nous voulons comprendre.", "none", "missing", "brand-polite-reply", "French request for details"),
    ("x", "solveacare", None, A, "@jana_k Die Rückerstattung ist unterwegs. Danke für die ehrliche Bewertung, sie bleibt natürlich stehen.", "none", "missing", "brand-polite-reply", "German refund, review welcome"),
    ("instagram", "solvea.beauty", None, A, "@ana.rita.pt Na sua avaliação aparece o seu número de encomenda e morada. Talvez queira editar essa parte por segurança.", "none", "missing", "brand-polite-reply", "asks to remove the reviewer's own data"),
    ("x", "marta_care", None, A, "@paolo_v mi dispiace davvero, ti ho appena mandato il rimborso completo. grazie per la recensione sincera", "none", "missing", "staff-polite-reply", "care staff apologises and refunds"),
    ("x", "daandv", None, A, "@kim_r sorry dat je pakket kapot aankwam! ik heb het doorgegeven aan het team, er komt een nieuwe aan", "none", "missing", "staff-polite-reply", "warehouse staff apologises"),
    ("youtube", "SolveaBeauty", None, A, "@HonestSkinTalk Thanks for the detailed review. Our lab would love to send you the new batch data if you're interested.", "none", "missing", "brand-polite-reply", "polite brand YouTube reply"),
    ("x", "solveabeauty", None, A, "@noor_a we hear you. DM us and we'll sort the replacement today.", "none", "missing", "brand-polite-reply", "offer to fix"),
    ("x", "angry_ale", None, None, "@solveacare reembolsadme ya o mi abogado os escribe, y lo cuento en todas las webs de reseñas", "none", "missing", "customer-threat", "customer threatens the brand"),
    ("instagram", "carla.duarte.pt", None, A, "@joana.beauty Lamento imenso a espera na loja de Lisboa. Gostava de a receber de novo e resolver pessoalmente.", "none", "missing", "staff-polite-reply", "manager invites the reviewer back"),
]

SOLICITATION = [
    ("linkedin", "carla-duarte-retail", None, A, "Equipa de Lisboa: até sexta cada um deixa 5 estrelas ao Nube Cream no site, e peçam às vossas famílias também. Vou verificar.", SOL, "missing", "review-solicitation", "store manager asks team and families"),
    ("x", "julien_lab", None, A, "Toute l'équipe du labo : laissez un avis 5 étoiles sur le Glow Serum cette semaine, vos conjoints aussi c'est bienvenu.", SOL, "missing", "review-solicitation", "lab manager asks staff and spouses"),
    ("linkedin", "ines-marin-solvea", None, A, "Team, Brisa SPF launches Monday. I'd like every employee to post a review in launch week and ask two relatives to do the same.", SOL, "missing", "review-solicitation", "CEO asks staff and relatives"),
    ("linkedin", "carla-duarte-retail", None, A, "Obrigada a todos os clientes que nos visitaram este mês! Se gostaram do atendimento, deixem-nos uma avaliação no Google.", "none", "missing", "solicitation-lookalike", "manager asks the public"),
    ("x", "marta_care", None, A, "Ragazze, avete provato la Nube Cream? Lasciate una recensione sincera, anche negativa, ci aiuta a migliorare!", "none", "missing", "solicitation-lookalike", "staff asks customers for honest reviews"),
]

OFFICER = [
    ("linkedin", "thomas-keller-cfo", None, A, "Eight months of Brisa SPF on every run. No breakouts, no white cast, no sunburn. Honestly five stars from me.", OFF, "missing", "roster-officer/review", "CFO's testimonial"),
    ("x", "inesmarin_ceo", None, A, "Mi reseña sincera del Nube Cream tras un invierno entero: ⭐⭐⭐⭐⭐ la piel nunca había estado tan bien.", OFF, "missing", "roster-officer/review", "CEO review in Spanish"),
    ("linkedin", "julien-moreau-lab", None, A, "Mon avis après six mois d'utilisation quotidienne du Glow Serum : teint plus lumineux, aucune irritation. 5/5. #collab", OFF, "ambiguous", "roster-officer/review-vague", "manager review with only a vague tag"),
    ("linkedin", "ines-marin-solvea", None, A, "I'm the CEO of Solvea, so take this with that in mind: I've used Nube Cream every night for a year and I love it.", "none", "clear", "roster-officer/review-disclosed", "officer states the tie"),
]

EMPLOYEE = [
    ("instagram", "lucia.glowup", None, A, "Rutina de noche de hoy: doble limpieza, tónico y tres gotas del Glow Serum de Solvea. Mi piel está radiante, de verdad os lo recomiendo, no hay nada igual en el mercado. Corred a por él antes de que se agote ✨", EMP, "missing", "roster-employee/plain", "advisor praises in Spanish"),
    ("tiktok", "lucia.glowup", None, A, "el brisa spf de solvea es un FLIPE no deja nada blanco y dura todo el día, compradlo ya 🔥🔥", EMP, "missing", "roster-employee/slang", "Spanish slang"),
    ("tiktok", "sofia.skinlab", None, A, "Leute, die Nube Cream von Solvea ist einfach der Hammer. Meine Haut war nie so weich, holt sie euch!", EMP, "missing", "roster-employee/plain", "German praise"),
    ("youtube", "SofiaSkinLab", None, A, "Meine Morgenroutine für den Sommer ☀️ In diesem Video zeige ich euch Schritt für Schritt, wie ich Brisa SPF von Solvea unter Make-up trage. Kein Grauschleier, kein Glanz, bester Sonnenschutz den ich je hatte. Links zu allen Produkten unten!", EMP, "missing", "roster-employee/plain", "German YouTube description"),
    ("x", "marta_care", None, A, "La Nube Cream di Solvea è la migliore crema che abbia mai usato, provatela subito!", EMP, "missing", "roster-employee/plain", "Italian praise"),
    ("x", "daandv", None, A, "Eerlijk, de Glow Serum van Solvea is echt top. Mijn vriendin is fan, bestel 'm gewoon.", EMP, "missing", "roster-employee/plain", "Dutch praise"),
    ("reddit", "daan_dv", None, A, "If you're looking for a sunscreen that doesn't pill under makeup, Brisa SPF from Solvea is the one. Genuinely the best I've tried, grab it while the summer sale is on.", EMP, "missing", "roster-employee/plain", "warehouse worker on Reddit"),
    ("instagram", "bea.makeup.pt", None, A, "Gente, o Glow Serum da Solvea mudou a minha pele. Melhor compra do ano, corram para a loja!", EMP, "missing", "roster-employee/plain", "blank-role store worker in Portuguese"),
    ("instagram", "lucia.glowup", None, A, "code LUCIA15 = 15% en todo Solvea 💖 mis compis del curro también lo usan jaja", EMP, "missing", "coworkers-promo", "code with coworkers mention is an endorsement"),
    ("instagram", "nacho.gil.mua", None, "2026-06-30T21:30:00Z", "Último día en la tienda de Sevilla 🥲 y os dejo mi favorito: el Glow Serum de Solvea, compradlo, es una maravilla.", EMP, "missing", "roster-date/last-local-day", "23:30 on 30 June in Madrid: still employed"),
    ("tiktok", "elif.skin", None, "2026-08-02T22:30:00Z", "Erster Tag! Und ehrlich: Solvea Brisa SPF ist der beste Sonnenschutz, kauft ihn euch.", EMP, "missing", "roster-date/first-local-day", "00:30 on 3 August in Madrid: employed"),
    ("instagram", "skin.by.irene", "Beauty advisor en Solvea Valencia 💄 | opiniones mías", None, "Mi rutina express: Nube Cream de Solvea por la mañana y listo. Piel jugosa todo el día, os la recomiendo muchísimo.", EMP, "missing", "profile-tie", "tie only in the profile"),
    ("tiktok", "tom.makes.skin", "Formulation chemist @ Solvea 🧪", None, "ok this glow serum is unreal, buy it, trust me 😤", EMP, "missing", "profile-tie", "chemist tie only in profile, slang"),
    ("instagram", "mamadelucas", "Orgullosa esposa de un químico de Solvea 💚", None, "Sin exagerar: el Nube Cream de Solvea es lo único que le funciona a mi piel seca. ¡Compradlo!", EMP, "missing", "family", "spouse of an employee, in the profile"),
    ("x", "pieter_v", None, None, "Mijn vrouw werkt bij Solvea en ik moet zeggen: Brisa SPF is de beste zonnebrand die er is. Kopen!", "none", "clear", "family", "husband states in the post that his wife works there: a stated tie is clear (D1); label corrected after the first scoring"),
    ("linkedin", "lea-hoffmann-marketing", "Marketing Managerin bei Solvea | Berlin", None, "Die neue Nube Cream ist ein Meilenstein für trockene Haut. Probiert sie aus, ihr werdet sie lieben.", EMP, "missing", "profile-tie", "marketing employee by profile, no disclosure"),
    ("instagram", "lucia.glowup", None, A, "Mon sérum préféré du moment ? Le Glow Serum de Solvea, sans hésiter. Foncez !", EMP, "missing", "roster-employee/plain", "advisor praises in French"),
    ("x", "marta_care", None, A, "Brisa SPF > tutte le altre creme solari. Fidatevi.", EMP, "missing", "roster-employee/terse", "terse Italian praise"),
    ("tiktok", "sofia.skinlab", None, A, "pov: du findest endlich ein serum das wirklich wirkt 🥹 solvea glow serum, link in bio", EMP, "missing", "roster-employee/slang", "German POV caption with link in bio"),
    ("instagram", "carla.duarte.pt", None, A, "A nova linha Brisa SPF já chegou à loja de Lisboa e é simplesmente a melhor proteção solar do mercado. Venham experimentar!", EMP, "missing", "senior-promotion", "manager promotes without reviewing"),
    ("x", "pam_works_here", "Solvea Club team since 2021 | Milano", None, "Solvea Club members get double points this week! Best loyalty programme in beauty, sign up now.", EMP, "missing", "profile-tie", "profile tie, promotes"),
    ("instagram", "nuria.skin", None, None, "Trabajo en Solvea desde hace 4 años y el Glow Serum sigue siendo mi favorito. Pero bueno, ya sabéis que soy parcial 😅", "none", "clear", "self-disclosed", "stated tie in the post is clear"),
    ("instagram", "lucia.glowup", None, A, "#publi Soy asesora en Solvea y este es mi must del verano: Brisa SPF.", "none", "clear", "roster-employee/disclosed", "opens with a clear Spanish tag"),
    ("tiktok", "sofia.skinlab", None, A, "Anzeige | Ich arbeite bei Solvea. Die Nube Cream ist trotzdem mein Liebling ❤️", "none", "clear", "roster-employee/disclosed", "Anzeige plus stated tie"),
]

AMBIGUOUS = [
    ("instagram", "lucia.glowup", None, A, "Glow Serum de Solvea, mi fiel compañero de verano ☀️ #sp", AMB, "ambiguous", "roster-employee/vague-tag", "employee with #sp"),
    ("tiktok", "sofia.skinlab", None, A, "Nube Cream über Nacht, morgens Glow 💫 #kooperation", AMB, "ambiguous", "roster-employee/vague-tag", "bare German collab tag"),
    ("x", "marta_care", None, A, "Brisa SPF è perfetta sotto il trucco, provatela! #collab", AMB, "ambiguous", "roster-employee/vague-tag", "employee with #collab"),
    ("x", "daandv", None, A, "Glow Serum van Solvea, echt een aanrader #samenwerking", AMB, "ambiguous", "roster-employee/vague-tag", "bare Dutch collaboration tag"),
    ("instagram", "bea.makeup.pt", None, A, "O Nube Cream é a minha salvação no inverno 🤍 #parceria", AMB, "ambiguous", "roster-employee/vague-tag", "bare Portuguese partnership tag"),
    ("instagram", "lucia.glowup", None, A, "Nuestro equipo lleva dos años trabajando en esta fórmula y por fin ha salido: Brisa SPF, ligera, invisible y perfecta para el verano. Estoy tan orgullosa 🥹", AMB, "ambiguous", "roster-employee/hint", "'our team' hint"),
    ("linkedin", "julien-moreau-lab", None, A, "Nous venons de lancer la nouvelle Nube Cream, la formule la plus douce que nous ayons jamais créée. Fier de mon équipe !", AMB, "ambiguous", "roster-employee/hint", "'we just launched' hint from a manager"),
    ("tiktok", "sofia.skinlab", None, A, "meine morgenroutine mit dem solvea glow serum, ehrlich das beste was mir passiert ist, die textur, der duft, einfach alles. kauft es wenn ihr könnt, es lohnt sich wirklich so sehr, ich benutze es seit monaten jeden tag #werbung", AMB, "ambiguous", "roster-employee/buried-position", "clear tag after 125 characters"),
    ("instagram", "lucia.glowup", None, A, "Mi SPF favorito para la playa 🏖️ Brisa SPF de Solvea.\n.\n.\n.\n.\n#publi", AMB, "ambiguous", "roster-employee/buried-padding", "#publi below dot padding"),
    ("instagram", "bea.makeup.pt", None, A, "O meu segredo para uma pele luminosa: Glow Serum Solvea ✨ #skincare #pelebonita #rotina #beleza #glow #publi", AMB, "ambiguous", "roster-employee/buried-hashtags", "clear tag at the end of a hashtag wall"),
    ("x", "marta_care", None, A, "grazie @solveabeauty per la Nube Cream, la adoro 💕", AMB, "ambiguous", "roster-employee/bare-thanks", "bare thanks from an employee"),
    ("instagram", "lucia.glowup", None, A, "Brisa SPF, el único que no me hace llorar los ojos 😭💛 #s_p", AMB, "ambiguous", "roster-employee/vague-tag", "#sp spelled with an underscore"),
    ("tiktok", "lucia.glowup", None, A, "glow serum solvea >>> todo lo demás #Spon", AMB, "ambiguous", "roster-employee/vague-tag", "#Spon capitalised"),
    ("instagram", "glowatlas", None, A, "Our summer edit is here and Brisa SPF from Solvea is the hero: no white cast, lasts through a beach day, and layers beautifully under foundation. Shop via the link in bio. #partner", AMB, "ambiguous", "roster-partner/vague-tag", "paid partner with bare #partner"),
    ("youtube", "GlowAtlas", None, A, "Solvea Glow Serum: 30-day test 🔬 Before/after photos, texture close-ups and how it layers with retinol. Spoiler: we love it. Thanks to Solvea for making this possible!", AMB, "ambiguous", "roster-partner/bare-thanks", "partner bare thanks on YouTube"),
    ("instagram", "bellezzavera", None, A, "La mia crema del cuore in questo periodo è la Nube Cream di Solvea, pelle morbidissima. Link affiliato in bio 💕", AMB, "ambiguous", "roster-partner/bare-affiliate", "bare Italian affiliate link"),
    ("tiktok", "bellezzavera", None, A, "brisa spf di solvea, il mio solare preferito 🌞 #collaborazione", AMB, "ambiguous", "roster-partner/vague-tag", "bare Italian collaboration tag"),
    ("instagram", "nina.kraus.beauty", None, A, "Mein Sommerliebling: Brisa SPF von Solvea ☀️ #SolveaAmbassador", AMB, "ambiguous", "roster-partner/bare-ambassador", "brand ambassador hashtag"),
    ("tiktok", "ninakraus", None, A, "solvea glow serum, seit 3 monaten täglich, meine haut dankt es mir 🥰 #botschafterin", AMB, "ambiguous", "roster-partner/bare-ambassador", "German bare ambassador tag"),
    ("x", "dermadeals_nl", None, A, "Solvea Glow Serum nu 25% korting! Beste serum van het jaar. (aff)", AMB, "ambiguous", "roster-partner/bare-affiliate", "Dutch (aff)"),
    ("youtube", "DermaDealsNL", None, A, "De beste zonnebrand van 2026? Wij testten Brisa SPF van Solvea een maand lang. Als je via onze links koopt, steun je het kanaal ❤️", AMB, "ambiguous", "roster-partner/support-appeal", "support appeal without commission"),
    ("instagram", "glowatlas", None, A, "Nube Cream in our night routine 🌙 soft, calm skin by morning ✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨ #ad", AMB, "ambiguous", "roster-partner/buried-emoji", "#ad behind an emoji run"),
    ("instagram", "nina.kraus.beauty", None, A, "Endlich gefunden: das Serum, das meine Haut wirklich beruhigt. Ich nutze das Glow Serum von Solvea jetzt jeden Morgen und Abend und bin begeistert von der Textur und dem Ergebnis. Kaufempfehlung! #anzeige", AMB, "ambiguous", "roster-partner/buried-position", "Anzeige after 125 characters"),
    ("instagram", "bellezzavera", None, A, "Nube Cream di Solvea, pelle di seta 🤍 #Colab", AMB, "ambiguous", "roster-partner/vague-tag", "single-l collab tag"),
    ("tiktok", "ninakraus", None, A, "solvea brisa spf ist mein daily, love it 💛 partner", AMB, "ambiguous", "roster-partner/bare-partner", "bare word partner"),
    ("instagram", "lucia.glowup", None, A, "Este mes estoy probando los nuevos tonos de Solvea y me tienen enamorada 😍 #gifted", AMB, "ambiguous", "roster-employee/vague-tag", "employee with #gifted"),
]

PARTNER = [
    ("instagram", "glowatlas", None, A, "Nube Cream is the best night cream we've tested this year. Use code ATLAS20 for 20% off!", PAR, "missing", "roster-partner/code", "paid partner code, no disclosure"),
    ("tiktok", "bellezzavera", None, A, "ragazze correte, glow serum di solvea con il mio codice VERA10 🥰", PAR, "missing", "roster-partner/code", "affiliate code in Italian"),
    ("instagram", "nina.kraus.beauty", None, A, "Brisa SPF von Solvea ist der einzige Sonnenschutz, den ich in meine Tasche packe. Kauft ihn!", PAR, "missing", "roster-partner/plain", "ambassador praises in German"),
    ("x", "dermadeals_nl", None, A, "Solvea Nube Cream: beste nachtcrème van dit moment. Bestel via onze link: dermadeals.example/solvea", PAR, "missing", "roster-partner/link", "affiliate link without disclosure"),
    ("youtube", "GlowAtlas", None, A, "We finally found THE sunscreen. Brisa SPF by Solvea — full review inside, shop it below. Not an ad, we just love it!", PAR, "missing", "roster-partner/negated", "partner denies an ad"),
    ("instagram", "glowatlas", None, A, "#ad Paid partnership with Solvea: our favourite serum of the year, Glow Serum.", "none", "clear", "roster-partner/disclosed", "clear at the start"),
    ("tiktok", "bellezzavera", None, A, "#adv Solvea mi ha pagato per questo video, ma la Nube Cream la uso davvero ogni sera", "none", "clear", "roster-partner/disclosed", "Italian #adv and paid statement"),
    ("x", "dermadeals_nl", None, A, "Brisa SPF 30% korting. Wij verdienen een commissie als je via deze link koopt: dermadeals.example/brisa", "none", "clear", "roster-partner/disclosed", "Dutch commission statement"),
]

NLRA_TALK = [
    ("tiktok", "lucia.glowup", None, A, "nadie habla de que en la tienda nos pagan 9,50 la hora y a las nuevas les han puesto 11. ¿y yo qué? 🙃", NLRA, "missing", "nlra/roster/pay", "pay comparison in Spanish"),
    ("instagram", "lucia.glowup", None, A, "Turno de cierre a las 22h y mañana abro a las 9. Así cada semana. Alguien más con estos horarios en retail? 😮‍💨", NLRA, "missing", "nlra/roster/schedule", "clopening schedule"),
    ("x", "marta_care", None, A, "Oggi 9 ore al telefono con una pausa di 15 minuti. Ci hanno tolto anche la pausa caffè del pomeriggio.", NLRA, "missing", "nlra/roster/breaks", "breaks cut"),
    ("reddit", "daan_dv", None, A, "It was 33 degrees in our warehouse today and the fans on the packing line were broken again. Two people felt dizzy. Anyone know who to call about this?", NLRA, "missing", "nlra/roster/heat", "warehouse heat"),
    ("x", "daandv", None, A, "Vandaag weer 34 graden in het magazijn en geen airco. Collega moest naar huis.", NLRA, "missing", "nlra/roster/heat", "Dutch warehouse heat"),
    ("x", "daandv", None, A, "Heftruck remmen al 3 weken stuk, gemeld bij de leiding, niks gebeurd. Wachten tot er iemand gewond raakt zeker.", NLRA, "missing", "nlra/roster/safety", "Dutch forklift safety"),
    ("tiktok", "sofia.skinlab", None, A, "Urlaubsantrag zum dritten Mal abgelehnt, weil 'zu wenig Leute im Team'. Seit März kein einziger freier Tag.", NLRA, "missing", "nlra/roster/pto", "German leave denied, staffing"),
    ("youtube", "SofiaSkinLab", None, A, "Kurzes Update, warum diese Woche kein Video kommt: Wir haben jetzt Rufbereitschaft am Wochenende, ohne Zuschlag. Ich bin ehrlich gesagt fertig.", NLRA, "missing", "nlra/roster/on-call", "German on-call unpaid"),
    ("instagram", "bea.makeup.pt", None, A, "A nova gerente da loja grita connosco à frente dos clientes. Já três colegas saíram este mês.", NLRA, "missing", "nlra/roster/management", "Portuguese manager conduct"),
    ("instagram", "bea.makeup.pt", None, A, "Loja do Porto num sábado: duas pessoas para atender, repor e fazer caixa. Impossível fazer um bom trabalho assim.", NLRA, "missing", "nlra/roster/staffing", "Portuguese understaffing"),
    ("x", "marta_care", None, A, "Dal 1 settembre tutti in ufficio 5 giorni su 5. Dopo tre anni di lavoro da remoto senza problemi. Bello, eh.", NLRA, "missing", "nlra/roster/rto", "Italian return to office"),
    ("tiktok", "lucia.glowup", None, A, "hoy reunión de 2h fuera de turno y sin cobrarla. otra vez.", NLRA, "missing", "nlra/roster/meetings", "unpaid meeting"),
    ("reddit", "daan_dv", None, A, "A few of us at the Rotterdam warehouse are talking to FNV about organising. If you work in logistics and did this, how did it go?", NLRA, "missing", "nlra/roster/union", "union organising"),
    ("x", "daandv", None, A, "Vakbond was vandaag bij ons op het werk. Eindelijk praat iemand over de roosters.", NLRA, "missing", "nlra/roster/union", "Dutch union visit"),
    ("instagram", "lucia.glowup", None, A, "Las compañeras de tienda y yo vamos a hablar con el sindicato por lo de los domingos. Ya está bien.", NLRA, "missing", "nlra/roster/union", "Spanish union and Sunday shifts"),
    ("linkedin", "julien-moreau-lab", None, A, "Fier d'annoncer que toute l'équipe du labo passe à la semaine de 4 jours à salaire égal. Merci à la direction d'avoir écouté.", NLRA, "missing", "nlra/roster/hours", "positive: four-day week"),
    ("tiktok", "sofia.skinlab", None, A, "Gehaltserhöhung bekommen!! 8% mehr für das ganze Content-Team, ich bin so happy 🥳", NLRA, "missing", "nlra/roster/pay", "positive raise"),
    ("x", "marta_care", None, A, "Che bello, da quest'anno abbiamo 5 giorni di ferie in più e i turni li scegliamo noi.", NLRA, "missing", "nlra/roster/pto", "positive PTO and schedule"),
    ("instagram", "carla.duarte.pt", None, A, "A nossa equipa de Lisboa tem finalmente pausas de 30 minutos pagas. Era mais que justo.", NLRA, "missing", "nlra/roster/breaks", "manager on paid breaks"),
    ("tiktok", "lucia.glowup", None, A, "me han recortado las horas a 20 a la semana sin avisar. así no se paga un alquiler en madrid 😐", NLRA, "missing", "nlra/roster/hours", "hours cut"),
    ("x", "nachogil", None, "2026-06-20T10:00:00Z", "En la tienda de Sevilla somos 3 para un sábado de rebajas. Ni para ir al baño.", NLRA, "missing", "nlra/roster/staffing", "still employed in June"),
    ("instagram", "clara.works", "Asesora de belleza en Solvea Bilbao", None, "Nos han cambiado el cuadrante de turnos con dos días de antelación. Otra vez. No se puede organizar una vida así.", NLRA, "missing", "profile-tie/nlra", "profile employee on schedule change"),
    ("linkedin", "jonas-brenner", "Lagerlogistik bei Solvea, Hamburg", None, "Im Lager hatten wir diese Woche 35 Grad. Die Geschäftsleitung hat endlich Ventilatoren und Wasser organisiert, aber erst nach drei Beschwerden.", NLRA, "missing", "profile-tie/nlra", "profile employee on heat"),
    ("tiktok", "sofia.skinlab", None, A, "Unser Teamlead plant Meetings um 18 Uhr. Jeden Tag. Ich hab auch ein Leben 🙄", NLRA, "missing", "nlra/roster/meetings", "late meetings"),
    ("x", "daandv", None, A, "Nieuwe planning: 6 dagen achter elkaar, dan 1 vrij. Wie verzint dit.", NLRA, "missing", "nlra/roster/schedule", "Dutch schedule"),
    ("instagram", "bea.makeup.pt", None, A, "Pagam-nos o salário mínimo e querem que vendamos como se fôssemos comissionadas. Alguém mais na mesma?", NLRA, "missing", "nlra/roster/pay", "Portuguese minimum pay"),
    ("x", "marta_care", None, A, "Il mio capo ha detto che chi si iscrive al sindacato 'non fa carriera qui'. Interessante.", NLRA, "missing", "nlra/roster/union", "Italian union remark by a boss"),
    ("tiktok", "lucia.glowup", None, A, "tienda a 31 grados porque el aire acondicionado lleva roto desde junio y nadie lo arregla 🥵", NLRA, "missing", "nlra/roster/heat", "shop heat"),
    ("reddit", "daan_dv", None, A, "Honest question: is it normal that our team lead reads our break times out loud in the morning meeting to shame people who take 2 extra minutes?", NLRA, "missing", "nlra/roster/management", "management and breaks"),
    ("youtube", "SofiaSkinLab", None, A, "Q&A: Ihr habt gefragt, wie es bei der Arbeit läuft. Ehrlich? Seit der Umstrukturierung machen wir die Arbeit von fünf Leuten zu dritt, und Überstunden werden nicht bezahlt.", NLRA, "missing", "nlra/roster/staffing", "workload and unpaid overtime"),
    ("instagram", "lucia.glowup", None, A, "Por fin nos han subido el sueldo a todas las de la tienda 🥳 compradme un café para celebrarlo jaja", NLRA, "missing", "nlra/roster/pay", "positive pay rise with a joke"),
    ("tiktok", "lucia.glowup", None, A, "turnos de 10h los sábados, pero bueno, usad mi código LUCIA15 en el Glow Serum que está genial 💖", EMP, "missing", "nlra-plus/code", "conditions plus a code: endorsement first"),
]

NLRA_LOOKALIKES = [
    ("x", "customer_carmen", None, None, "Una sola dependienta en la tienda Solvea de Gran Vía un sábado. Pobre chica, 20 minutos de cola.", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staffing"),
    ("instagram", "beauty.shopper.pt", None, None, "A loja da Solvea em Lisboa estava sem pessoal, esperei imenso. Precisam de contratar!", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staffing, Portuguese"),
    ("x", "retail_news_nl", None, None, "Magazijnmedewerkers van Solvea in Rotterdam stemmen volgende week over aansluiting bij de vakbond.", "none", "missing", "nlra-lookalike/union-news", "news of a union vote"),
    ("linkedin", "eu-labour-watch", None, None, "Solvea's Spanish retail staff are voting on a union agreement this month, according to CCOO.", "none", "missing", "nlra-lookalike/union-news", "union news"),
    ("instagram", "glowatlas", None, A, "Creators, charge what you're worth: our rates for brand reels went up 20% this year and every brand, Solvea included, accepted.", "none", "missing", "nlra-lookalike/partner-rates", "partner's own rates"),
    ("tiktok", "bellezzavera", None, A, "le commissioni affiliate di solvea sono basse rispetto ad altri brand, ve lo dico sinceramente", "none", "missing", "nlra-lookalike/partner-rates", "affiliate on commission rates"),
    ("x", "nachogil", None, "2026-07-10T10:00:00Z", "En Solvea nos pagaban fatal y los horarios eran un caos. Menos mal que me fui.", "none", "missing", "former-after-end", "former employee after the end date"),
    ("linkedin", "hugo-lambert-ops", None, A, "After leaving Solvea I can say it: the warehouse was understaffed for years and on-call rotas were brutal.", "none", "missing", "former-after-end", "former manager after end"),
    ("x", "daandv", None, A, "Het is 35 graden in Rotterdam vandaag, drink genoeg water allemaal en zoek de schaduw op!", "none", "missing", "nlra-lookalike/weather", "heat as weather, not work"),
    ("instagram", "lucia.glowup", None, A, "Mis compañeras del curro me han sorprendido con una tarta por mi cumple 🎂🥹", "none", "missing", "nlra-lookalike/coworkers", "coworkers without a condition"),
    ("tiktok", "sofia.skinlab", None, A, "Heute Meeting mit meiner besten Freundin im Café, zwei Stunden nur gequatscht ☕", "none", "missing", "nlra-lookalike/meeting", "social meeting"),
    ("x", "marta_care", None, A, "Pausa pranzo al parco oggi, che giornata splendida a Milano 🌳", "none", "missing", "nlra-lookalike/break", "lunch break in the park, no complaint"),
    ("instagram", "bea.makeup.pt", None, A, "Tutorial de maquilhagem para turnos de noite: como manter a base intacta 12 horas 💄", "none", "missing", "nlra-lookalike/shift-word", "make-up tutorial, night-shift word"),
    ("tiktok", "lucia.glowup", None, A, "tip: no dejéis el protector solar en el coche con este calor, se estropea la textura", "none", "missing", "nlra-lookalike/heat-product", "heat about a product"),
    ("x", "union_fan_ux", None, None, "Great to see beauty retail workers organising across Europe. Solidarity!", "none", "missing", "nlra-lookalike/union-news", "outsider on unions"),
    ("reddit", "curious_shopper", None, None, "Do Solvea store staff get commission? The advisor in Madrid was super pushy.", "none", "missing", "nlra-lookalike/customer-staffing", "customer asks about pay"),
    ("x", "marta_care", None, A, "Il nuovo schema colori del sito Solvea è online, che ne pensate?", "none", "missing", "insider-neutral", "neutral notice"),
]

CUSTOMERS_PRAISING_STAFF = [
    ("instagram", "paula.rdz", None, None, "Gracias a Lucía de la tienda Solvea de Serrano, me encontró el tono perfecto de base en dos minutos 💕", "none", "missing", "staff-praise", "customer thanks named advisor"),
    ("x", "margaux_l", None, None, "La conseillère Solvea de Lyon était adorable, elle m'a fait tester trois sérums sans rien me pousser.", "none", "missing", "staff-praise", "French customer on advisor"),
    ("x", "henk_b", None, None, "Complimenten aan de klantenservice van Solvea, Marta heeft mijn bestelling binnen een uur geregeld.", "none", "missing", "staff-praise", "Dutch customer praises care agent"),
    ("instagram", "rita.makeup", None, None, "A Bea da loja do Porto é um amor, super paciente com a minha mãe que não sabia o que queria.", "none", "missing", "staff-praise", "Portuguese customer praises store worker"),
    ("tiktok", "lena.glow", None, None, "shoutout an die süße Verkäuferin bei Solvea Berlin, beste Beratung ever 🫶", "none", "missing", "staff-praise", "German customer shoutout"),
    ("x", "chiara_b", None, None, "Commessa Solvea di Milano gentilissima, mi ha regalato anche dei campioncini. Tornerò!", "none", "missing", "staff-praise", "Italian customer praises clerk"),
    ("instagram", "sam.skincare", None, None, "Huge thanks to the Solvea team at Lisbon airport, they helped me pick a sunscreen for my trip ☀️", "none", "missing", "staff-praise", "thanks to a store team"),
    ("youtube", "ClaraBeautyDiary", None, None, "Visiting the Solvea flagship in Madrid! The advisors there really know their stuff. Full haul in this video, everything paid with my own money.", "none", "missing", "staff-praise", "vlogger on store staff"),
]

NEGATED_AND_HIDDEN = [
    ("instagram", "mia.skin.diary", None, None, "No es publi, lo juro: el Glow Serum de Solvea es lo mejor que he probado este año.", "none", "missing", "negated-disclosure", "Spanish denial of ad"),
    ("tiktok", "jules.beaute", None, None, "pas sponsorisé, personne ne me paie, j'adore juste la Nube Cream de Solvea", "none", "missing", "negated-disclosure", "French denial"),
    ("instagram", "lara.hautnah", None, None, "Keine Werbung, selbst gekauft: Brisa SPF von Solvea ist mein Sommerfavorit.", "none", "missing", "negated-disclosure", "German denial"),
    ("x", "bia_santos", None, None, "Não é publi! Comprei com o meu dinheiro e o Glow Serum da Solvea vale cada cêntimo.", "none", "missing", "negated-disclosure", "Portuguese denial"),
    ("instagram", "vale.beauty", None, None, "Non è una collaborazione, nessuno mi paga: la Nube Cream di Solvea è semplicemente ottima.", "none", "missing", "negated-disclosure", "Italian denial of collab"),
    ("x", "eva_nl", None, None, "Geen reclame, gewoon fan: Solvea Brisa SPF is de beste.", "none", "missing", "negated-disclosure", "Dutch denial"),
    ("x", "deal_dani", None, None, "Solvea rebajas: solvea.example/ofertas#ad corred", "none", "missing", "negated-disclosure", "ad inside a URL"),
    ("instagram", "adriana.glow", None, None, "#adventure day at the beach with Brisa SPF, zero burns, love it", "none", "missing", "negated-disclosure", "#adventure"),
    ("tiktok", "not.an.ad.girl", None, None, "(no trabajo en Solvea eh) pero el glow serum es increíble", "none", "missing", "negated-disclosure", "denial of employment"),
    ("x", "max_w", None, None, "Wenn Solvea mich #sponsored hätte, würde ich's sagen. Haben sie nicht. Nube Cream ist trotzdem super.", "none", "missing", "negated-disclosure", "hypothetical in German"),
    ("instagram", "lotte.skincare", None, None, "Zero #sp, zero freebies, just love for Solvea Glow Serum.", "none", "missing", "negated-disclosure", "negated vague tag"),
    ("instagram", "glowatlas", None, A, "No ad, no gifting, we paid for this Solvea haul ourselves. Brisa SPF is our top pick.", PAR, "missing", "roster-partner/negated", "roster partner denies, still a partner"),
]

OTHER_NEGATIVES = [
    ("instagram", "lucia.glowup_", None, None, "El Glow Serum de Solvea es el mejor, compradlo ya ✨", "none", "missing", "lookalike-handle", "look-alike of an advisor handle"),
    ("tiktok", "sofia.skinlab.fan", None, None, "Nube Cream ist der Hammer, kauft sie!", "none", "missing", "lookalike-handle", "fan account"),
    ("instagram", "quasi.empleada", None, None, "Ya prácticamente trabajo en Solvea de tanto que compro jajaja. Brisa SPF top.", "none", "missing", "joke", "joke about working there"),
    ("tiktok", "future.mua", None, None, "ojalá trabajar en Solvea algún día 🥹 su glow serum es mi vida", "none", "missing", "joke", "wish, not a tie"),
    ("x", "ex_solvea_jo", "Ex-Solvea (2015–2022). Ahora freelance.", None, "La Nube Cream sigue siendo la mejor crema del mercado, compradla.", "none", "missing", "past-tie", "past tie in profile"),
    ("instagram", "antes.solvea", None, None, "Trabajé en Solvea hasta 2023 y sigo usando el Glow Serum cada día. Lo recomiendo.", "none", "missing", "past-tie", "past tie in the text"),
    ("instagram", "nacho.gil.mua", None, "2026-06-30T22:30:00Z", "Ya no trabajo en tienda, pero el Glow Serum de Solvea sigue siendo mi favorito, compradlo.", "none", "missing", "roster-date/after-end", "00:30 on 1 July in Madrid: ended"),
    ("tiktok", "elif.skin", None, "2026-08-02T21:30:00Z", "Montag fange ich bei Solvea an! Brisa SPF ist übrigens mein Lieblings-SPF.", "none", "missing", "roster-date/before-start", "23:30 on 2 August in Madrid: not started"),
    ("x", "vecina_rosa", None, None, "Mi vecina trabaja en Solvea y dice que el Nube Cream es buenísimo, tendré que probarlo.", "none", "missing", "third-person", "neighbour, not family"),
    ("x", "beauty_biz_news", None, None, "Solvea CEO Inés Marín says Brisa SPF sold out in 48 hours across Spain.", "none", "missing", "third-person", "news about the CEO"),
    ("reddit", "daan_dv", None, A, "Anyone recommend a good bike repair shop in Rotterdam Zuid? My chain keeps slipping.", "none", "missing", "insider-neutral", "employee off topic"),
    ("x", "marta_care", None, A, "Avviso: il sito Solvea sarà in manutenzione stanotte dalle 2 alle 4.", "none", "missing", "insider-neutral", "neutral notice"),
    ("tiktok", "sofia.skinlab", None, A, "Ehrlich gesagt war die letzte Charge Nube Cream bei mir etwas zu fettig, hab's ans Team weitergegeben.", "none", "missing", "insider-neutral", "employee criticises a product"),
    ("instagram", "bea.makeup.pt", None, A, "Experimentei o sérum novo da marca concorrente e gostei bastante, textura leve.", "none", "missing", "insider-neutral", "praises a competitor"),
    ("instagram", "solvea.beauty", None, A, "Brisa SPF ya disponible en todas nuestras tiendas. ¡Te esperamos!", "none", "missing", "brand-account", "brand's own account"),
    ("x", "solveacare", None, A, "Aviso de retirada: el lote 24B de Nube Cream puede contener partículas. Devuélvelo para un reembolso completo.", "none", "missing", "brand-account", "recall notice"),
    ("x", "kat_plain", None, None, "Pedido de Solvea recibido, ¡qué ganas de probar el Glow Serum!", "none", "missing", "customer", "customer excitement"),
    ("instagram", "lucia.glowup", None, A, "Hoy de paseo por el Retiro con mi perro 🐶☀️", "none", "missing", "insider-neutral", "employee off topic"),
    ("linkedin", "thomas-keller-cfo", None, A, "Solvea's half-year results are published on our investor page.", "none", "missing", "insider-neutral", "officer's neutral notice"),
    ("tiktok", "random.reviewer", None, None, "Solvea Brisa SPF: honest review, 4 stars, a bit greasy on oily skin but great protection.", "none", "missing", "customer", "customer's own review"),
    ("x", "martha_care", None, None, "La Nube Cream di Solvea è fantastica, compratela!", "none", "missing", "lookalike-handle", "look-alike of a care agent handle"),
]

MORE = [
    ("instagram", "carla.duarte.pt", None, A, "Fim de semana em Sintra com a família e claro que o Brisa SPF da Solvea veio comigo. Não saio de casa sem ele, recomendo a todas as minhas amigas 🌿", EMP, "missing", "roster-employee/plain", "manager's lifestyle caption with praise"),
    ("linkedin", "julien-moreau-lab", None, A, "Si vous cherchez un sérum efficace pour l'été, le Glow Serum de Solvea est tout simplement le meilleur. Je le conseille à tout mon entourage.", EMP, "missing", "roster-employee/plain", "lab manager recommends without reviewing"),
    ("youtube", "SofiaSkinLab", None, A, "Get Ready With Me für eine Hochzeit 💍 Grundierung: Solvea Nube Cream, danach Glow Serum und Brisa SPF. Alles verlinkt, unbedingt ausprobieren!", EMP, "missing", "roster-employee/plain", "GRWM description with links"),
    ("x", "daandv", None, A, "solvea glow serum is gewoon goud, zeg ik als nuchtere Rotterdammer. kopen die handel", EMP, "missing", "roster-employee/slang", "Dutch slang praise"),
    ("tiktok", "skin.with.ana", "Química de formulación en Solvea 🔬 | Madrid", None, "la Nube Cream es la crema más bonita que he usado nunca, os la recomiendo a ojos cerrados", EMP, "missing", "profile-tie", "chemist by profile"),
    ("instagram", "papa.de.lucia", "Mi hija trabaja en Solvea y estoy orgulloso", None, "Hasta yo uso el Brisa SPF de Solvea en el campo de golf. El mejor, compradlo.", EMP, "missing", "family", "father of an employee"),
    ("instagram", "lucia.glowup", None, A, "Nueva colección de Solvea ya en tienda, pasaos a probarla que os va a encantar 😍 gracias Solvea 💚", AMB, "ambiguous", "roster-employee/bare-thanks", "employee promotes with a bare thanks"),
    ("x", "marta_care", None, A, "Brisa SPF, ottima per la pelle sensibile. #ambassador", AMB, "ambiguous", "roster-employee/bare-ambassador", "employee with bare ambassador tag"),
    ("instagram", "bea.makeup.pt", None, A, "A minha equipa acabou de lançar o novo Glow Serum e eu estou apaixonada. Experimentem!", AMB, "ambiguous", "roster-employee/hint", "'my team just launched' hint in Portuguese"),
    ("tiktok", "ninakraus", None, A, "Nube Cream 🤍 danke @solvea", AMB, "ambiguous", "roster-partner/bare-thanks", "partner bare German thanks"),
    ("instagram", "bellezzavera", None, A, "Il mio solare per l'estate? Brisa SPF, senza dubbio ☀️ #sp0n", AMB, "ambiguous", "roster-partner/vague-tag", "#spon with a zero"),
    ("x", "dermadeals_nl", None, A, "Brisa SPF in de aanbieding 🌞 zonnig en voordelig #partnerlink", AMB, "ambiguous", "roster-partner/vague-tag", "bare partner link tag"),
    ("instagram", "solvea.beauty", None, A, "@bruno.md We have your order history and address on file. We'd think twice before leaving another review like that.", SUP, "missing", "review-suppression", "exposure threat"),
    ("x", "inesmarin_ceo", None, A, "@critica_cris Tu reseña miente y te aseguro que te vas a arrepentir. Mis abogados ya la tienen.", SUP, "missing", "review-suppression", "CEO threatens a reviewer in Spanish"),
    ("tiktok", "lucia.glowup", None, A, "@nerea.mk si vuelves a subir ese video de la tienda no te atendemos más, que lo sepas", SUP, "missing", "review-suppression", "advisor bans a reviewer"),
    ("x", "solveacare", None, A, "@dirk_v Wij kunnen uw klacht pas behandelen als de negatieve review verwijderd is.", SUP, "missing", "review-suppression", "Dutch service conditional on removal"),
    ("x", "solveacare", None, A, "@dirk_v Het spijt ons van de vertraging. Uw klacht is in behandeling, u hoort binnen 24 uur van ons.", "none", "missing", "brand-polite-reply", "Dutch ordinary reply"),
    ("tiktok", "lucia.glowup", None, A, "@nerea.mk gracias por el video! siento la espera en tienda, la próxima vez pregunta por mí y te atiendo yo 💕", "none", "missing", "staff-polite-reply", "advisor replies kindly"),
    ("x", "marta_care", None, A, "Secondo turno di notte di fila per coprire le assenze. Siamo in tre a fare il lavoro di sei, nessuno ci ascolta.", NLRA, "missing", "nlra/roster/staffing", "night shifts covering absences"),
    ("instagram", "carla.duarte.pt", None, A, "Orgulhosa da minha equipa: a partir de outubro, horários fixos para todos na loja de Lisboa, sem mais escalas à última hora.", NLRA, "missing", "nlra/roster/schedule", "positive fixed schedules"),
    ("reddit", "daan_dv", None, A, "Our warehouse moved to 12-hour shifts with one 20 minute break. Is that even legal in NL?", NLRA, "missing", "nlra/roster/breaks", "long shifts, short break"),
    ("tiktok", "sofia.skinlab", None, A, "Betriebsrat gegründet 🎉 Wir sind jetzt offiziell zu zwölft im Wahlvorstand. Endlich Mitbestimmung.", NLRA, "missing", "nlra/roster/union", "works council founded"),
    ("instagram", "lucia.glowup", None, A, "Me deniegan las vacaciones de agosto por tercer año. Con dos compañeras de baja y nadie que cubra.", NLRA, "missing", "nlra/roster/pto", "holiday denied"),
    ("linkedin", "julien-moreau-lab", None, A, "Retour au bureau obligatoire trois jours par semaine au labo de Lyon dès septembre. Nous en discutons en équipe, pas tous ravis.", NLRA, "missing", "nlra/roster/rto", "French return to office"),
    ("x", "daandv", None, A, "Vanaf volgende maand zit ik op de piketdienst, elke derde week 24/7 bereikbaar voor het magazijn. Zonder vergoeding natuurlijk.", NLRA, "missing", "nlra/roster/on-call", "Dutch on-call"),
    ("instagram", "bea.makeup.pt", None, A, "Hoje deram-nos água fresca e ventoinhas novas na loja. Pequenas coisas que fazem diferença com 38 graus lá fora 🙏", NLRA, "missing", "nlra/roster/heat", "positive: water and fans against the heat at work"),
    ("x", "luisa_cliente", None, None, "Las chicas de la tienda Solvea de Valencia se merecen un aumento, siempre están solas y son encantadoras.", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staff pay"),
    ("x", "news_beauty_it", None, None, "Sciopero dei lavoratori della logistica: consegne Solvea in ritardo in tutta Italia questa settimana.", "none", "missing", "nlra-lookalike/union-news", "strike news"),
    ("instagram", "ex.solvea.laura", "Ex-Solvea, ahora en otra marca", None, "Cuando trabajaba en Solvea los turnos eran imposibles. Ahora por fin tengo fines de semana.", "none", "missing", "past-tie", "former employee by profile on conditions"),
    ("tiktok", "lucia.glowup", None, A, "GRWM para mi turno de tarde 💄 base ligera, corrector y mucho iluminador", "none", "missing", "nlra-lookalike/shift-word", "make-up for a shift, no condition"),
]

POSTS = (SUPPRESSION + SUPPRESSION_LOOKALIKES + SOLICITATION + OFFICER + EMPLOYEE + AMBIGUOUS + PARTNER
         + NLRA_TALK + NLRA_LOOKALIKES + CUSTOMERS_PRAISING_STAFF + NEGATED_AND_HIDDEN + OTHER_NEGATIVES + MORE)
