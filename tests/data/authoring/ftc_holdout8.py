"""Issue 27 eighth hold-out batch: whole posts about a tenth brand (Rookwell, a tyre and auto-service
chain with GripLine tyres, the PitPass service membership, the RoadCare warranty and the Rookwell app;
America/Chicago; tests/data/endorsements/holdout8/). Written from docs/labelling-endorsements.md alone,
before reading the detector code or rules in this session, and committed before scoring. Weighted to
the five classes that scored lowest on the frozen set (NLRA caution, 465.7 suppression, employee and
partner undisclosed, ambiguous disclosure) and to their hard negatives: customers on staffing, union
news, partners' rates, former staff after their end date, customers praising named staff, negated
disclosures, polite brand replies and customers who threaten the brand.

Roster: officers dwhitcombe/dana-whitcombe (CEO), marcusbell_coo/marcus-bell-rookwell (COO); managers
tessortega_jlt/tess.wrenches (Joliet store), granthaugen/grant-haugen (region); staff yoli.torque
(instagram and tiktok), bszabo_tires/bennyszabo (tyre shop, reddit and x), amira_rw (call centre),
luis.ferreira.mec (service bay), SofiaWrenches (training, youtube); blank role kenji_parts (parts);
rhondakapp (until 2026-05-31); felixaubin_rw/felix.aubin (until 2026-08-11); noorsidd (from
2026-09-01); walt_ebert (manager until 2026-06-15). Partners torquetuesday/TorqueTuesday (paid),
drivedealshq (affiliate, reddit and x), jade.rides (ambassador 2026-02-01 to 2026-12-31),
overlandollie/OverlandOllie (affiliate), miatamel (ambassador until 2026-04-30). Brand accounts
rookwell, rookwellhelp, rookwell.tire, RookwellTire.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).

First pass (scored once, after the commit that added this file):
  PYTHONPATH=src .venv/bin/python bench/quality.py --set tests/data/endorsements/holdout8/posts.jsonl \
      --config tests/data/endorsements/holdout8/config.yaml
  (figures recorded in tests/data/endorsements/holdout8/README.md)
"""

A = "2026-08-12T17:00:00Z"  # noon in Chicago: Rhonda, Walt, Felix and Mel have left, Noor has not started
LAST_DAY = "2026-08-12T03:30:00Z"  # 22:30 on 11 August in Chicago: Felix's last day still counts
DAY_AFTER = "2026-08-12T06:00:00Z"  # 01:00 on 12 August in Chicago: Felix has left
SUP, SOL, OFF = "review-suppression", "review-solicitation", "officer-review-undisclosed"
AMB, EMP, PAR, NLRA = "ambiguous-disclosure", "employee-undisclosed", "partner-undisclosed", "nlra-caution"

SUPPRESSION = [
    ("x", "rookwellhelp", None, A, "@corey_vance The statements in your Google review about our Elgin store are false. Our attorneys have been instructed to act unless it is taken down by Monday.", SUP, "missing", "review-suppression", "attorneys instructed, deadline"),
    ("x", "rookwell", None, A, "@lisa_drives delete the review and we'll honour the RoadCare claim. leave it up and the claim stays denied.", SUP, "missing", "review-suppression", "warranty claim held hostage"),
    ("x", "rookwellhelp", None, A, "@pete_m We'd hate for your PitPass membership to be cancelled over a misunderstanding. Please reconsider your Yelp post.", SUP, "missing", "review-suppression", "veiled membership cancellation"),
    ("instagram", "rookwell.tire", None, A, "@kara.lee customers who post reviews like yours are no longer welcome at any Rookwell location.", SUP, "missing", "review-suppression", "ban from stores"),
    ("x", "tessortega_jlt", None, A, "@dwayne_r I've got your plate number and your address on the work order. Think hard about that review.", SUP, "missing", "review-suppression", "manager uses customer data to intimidate"),
    ("x", "bennyszabo", None, A, "@rick_t1 talk trash about my shop again and good luck getting a lift slot in this town lol", SUP, "missing", "review-suppression", "staff threatens service in slang"),
    ("reddit", "granthaugen", None, A, "You posted our tech's name and a false story. Rookwell's legal department has a copy of this thread. Edit it or expect a letter.", SUP, "missing", "review-suppression", "regional manager threatens a Reddit reviewer"),
    ("x", "rookwellhelp", None, A, "@mo_hassan the free rotation you asked for is available once that one-star is removed :)", SUP, "missing", "review-suppression", "service conditional on removal"),
    ("x", "rookwell", None, A, "@julia_w Sus comentarios son falsos. Elimine la reseña o procederemos por la vía judicial.", SUP, "missing", "review-suppression", "Spanish court threat"),
    ("x", "rookwellhelp", None, A, "@nico_f Supprimez votre avis sous 24 h ou nous transmettrons le dossier à notre avocat.", SUP, "missing", "review-suppression", "French lawyer threat"),
    ("x", "rookwell", None, A, "@jonas_k Löschen Sie die Rezension, sonst erhalten Sie Post von unserer Rechtsabteilung.", SUP, "missing", "review-suppression", "German legal department threat"),
    ("x", "rookwellhelp", None, A, "@thiago_b Sua garantia RoadCare só volta a valer quando a avaliação for apagada.", SUP, "missing", "review-suppression", "Portuguese warranty conditional on deletion"),
    ("x", "amira_rw", None, A, "@stacy_h i have your number from the call log. wouldn't keep that review up if i were you", SUP, "missing", "review-suppression", "call-centre staff intimidates with call log"),
    ("tiktok", "yoli.torque", None, A, "@brianna.k we remember faces at the bay 🙂 might wanna rethink that review before your next oil change", SUP, "missing", "review-suppression", "tech's veiled threat in a TikTok reply"),
    ("x", "kenji_parts", None, A, "@gary_p funny how parts orders get 'delayed' for people who leave reviews like yours", SUP, "missing", "review-suppression", "blank-role parts worker hints at delays"),
    ("linkedin", "dana-whitcombe", None, A, "A note to whoever is posting fabricated reviews of Rookwell: we have identified the account and will seek damages if it continues.", SUP, "missing", "review-suppression", "CEO threatens damages"),
    ("x", "rookwell", None, A, "@aaron_z that's defamation, plain and simple. cease and desist is drafted. your call.", SUP, "missing", "review-suppression", "terse cease and desist"),
    ("x", "rookwellhelp", None, A, "@helen_g Refund approved pending the edit of your review to 4 stars or higher.", SUP, "missing", "review-suppression", "refund conditional on rating"),
    ("youtube", "RookwellTire", None, A, "@WheelTalkDan Your video misrepresents our alignment service. Remove it or we will file a claim against your channel.", SUP, "missing", "review-suppression", "brand threatens a YouTube reviewer"),
    ("x", "rookwell", None, A, "@maria_l Ritiri la recensione entro domani, altrimenti agiremo per vie legali.", SUP, "missing", "review-suppression", "Italian legal threat"),
    ("x", "rookwellhelp", None, A, "@daan_v Verwijder uw review, anders schakelen wij een advocaat in.", SUP, "missing", "review-suppression", "Dutch lawyer threat"),
    ("x", "rookwell", None, A, "@chris_o we've flagged your account on our system after that post. take it down and we'll unflag it.", SUP, "missing", "review-suppression", "account flag as pressure"),
    ("x", "rookwellhelp", None, A, "@nate_b we'll cancel your tyre warranty if the post isn't gone by tonight", SUP, "missing", "review-suppression", "warranty cancellation deadline"),
    ("x", "tessortega_jlt", None, A, "@pam_g I'd be careful posting things about my store. We have cameras and your visit is on file.", SUP, "missing", "review-suppression", "manager surveillance threat"),
    ("instagram", "rookwell.tire", None, A, "@viv.cars We've reported your review as fake and your PitPass is suspended until it's resolved.", SUP, "missing", "review-suppression", "membership suspended over a review"),
]

SUPPRESSION_LOOKALIKES = [
    ("x", "rookwellhelp", None, A, "@corey_vance We're sorry about the wait at Elgin. Could you DM your invoice number so we can make it right?", "none", "missing", "brand-polite-reply", "apology and request for details"),
    ("x", "rookwell", None, A, "@lisa_drives Your RoadCare claim is approved. Thanks for the honest review, the Elgin team has read it.", "none", "missing", "brand-polite-reply", "unconditional approval"),
    ("x", "rookwellhelp", None, A, "@pete_m Your review includes your phone number. You may want to edit that bit out for your own privacy.", "none", "missing", "brand-polite-reply", "asks to remove the reviewer's own data"),
    ("x", "tessortega_jlt", None, A, "@dwayne_r I'm the manager in Joliet. That's not the service we aim for, I'd like to call you and fix it.", "none", "missing", "staff-polite-reply", "manager offers to fix"),
    ("x", "bennyszabo", None, A, "@rick_t1 fair point on the wait, we were down two lifts. come back thursday and ask for me", "none", "missing", "staff-polite-reply", "staff replies kindly"),
    ("x", "rookwell", None, A, "@julia_w Sentimos mucho la experiencia. Escríbenos por DM y lo arreglamos.", "none", "missing", "brand-polite-reply", "Spanish apology"),
    ("x", "rookwellhelp", None, A, "@helen_g Refund processed today, no conditions. Sorry again for the scratched rim.", "none", "missing", "brand-polite-reply", "refund with no strings"),
    ("x", "angry_andre", None, None, "@rookwellhelp fix my car or I'm calling my lawyer and posting this everywhere", "none", "missing", "customer-threat", "customer threatens the brand"),
    ("reddit", "civic_owner22", None, None, "Left Rookwell a 2-star review and their social person messaged me to ask what went wrong. Honestly decent of them.", "none", "missing", "customer", "customer reports a polite reply"),
    ("x", "rookwell", None, A, "@mo_hassan Free rotation booked for Saturday, on us. We appreciate the feedback.", "none", "missing", "brand-polite-reply", "goodwill gesture without conditions"),
    ("instagram", "rookwell.tire", None, A, "@viv.cars Thanks for the review. We'd love to hear what went wrong, DM us anytime.", "none", "missing", "brand-polite-reply", "polite reply to a reviewer"),
]

SOLICITATION = [
    ("x", "tessortega_jlt", None, A, "Joliet crew: every one of you post a Google review for the store this week. Spouses and parents count too.", SOL, "missing", "review-solicitation", "manager asks staff and relatives"),
    ("linkedin", "marcus-bell-rookwell", None, A, "I'm asking all Rookwell technicians to leave a review of the PitPass membership on the app store before quarter end.", SOL, "missing", "review-solicitation", "officer asks employees"),
    ("reddit", "granthaugen", None, A, "Reminder to my store leads: get your teams and their families to rate us on Yelp, goal is 4.6 by September.", SOL, "missing", "review-solicitation", "regional manager sets a review target"),
    ("x", "dwhitcombe", None, A, "Affiliates and partners, a quick 5-star review of GripLine on Trustpilot would help us a lot this month.", SOL, "missing", "review-solicitation", "CEO asks agents for reviews"),
]

SOLICITATION_LOOKALIKES = [
    ("x", "rookwell", None, A, "Had your tyres done with us? We'd love an honest review on Google.", "none", "missing", "solicitation-lookalike", "brand asks the public for honest reviews"),
    ("x", "tessortega_jlt", None, A, "Thanks to everyone who visited Joliet this weekend! If you have a minute, tell us how we did.", "none", "missing", "solicitation-lookalike", "manager asks customers for feedback"),
    ("x", "jenna_drives", None, None, "if anyone's used Rookwell for brakes pls leave a review somewhere, I can't find any", "none", "missing", "solicitation-lookalike", "customer asks for reviews"),
]

OFFICER = [
    ("linkedin", "dana-whitcombe", None, A, "Ran GripLine All-Terrain on my own truck through a Wisconsin winter. Grip, noise, wear: excellent. Five stars from me.", OFF, "missing", "roster-officer/review", "CEO rates the product"),
    ("x", "marcusbell_coo", None, A, "My honest review of PitPass after a year as a paying member: 10/10, saved me $400.", OFF, "missing", "roster-officer/review", "COO review"),
    ("instagram", "tess.wrenches", None, A, "Verified owner review 🛞 GripLine Touring on my Camry, 30k miles, still quiet. ★★★★★ #spon", OFF, "ambiguous", "roster-officer/review-vague", "manager review with only a vague tag"),
    ("reddit", "granthaugen", None, A, "Been running RoadCare on my wife's SUV for two years. Claims were painless. Would recommend without hesitation.", OFF, "missing", "roster-officer/review", "manager testimonial"),
    ("x", "dwhitcombe", None, A, "#ad I'm Rookwell's CEO, and here's my review: GripLine Touring is the best tyre we have ever sold. ★★★★★", "none", "clear", "roster-officer/review-disclosed", "officer review opened with a clear disclosure"),
]

EMPLOYEE = [
    ("tiktok", "yoli.torque", None, A, "ngl GripLine AT is lowkey the best tire on the lot rn, go cop a set before winter fr 🔥", EMP, "missing", "roster-employee/slang", "staff praises in slang"),
    ("instagram", "yoli.torque", None, A, "Tuesday glow up 💅 fresh GripLines on a Tacoma. Book yours in the Rookwell app, trust me.", EMP, "missing", "roster-employee/plain", "staff promotes with a buy call"),
    ("x", "bennyszabo", None, A, "PitPass pays for itself after two oil changes. Easiest yes you'll make this year.", EMP, "missing", "roster-employee/plain", "staff promotes membership"),
    ("reddit", "bszabo_tires", None, A, "For anyone asking in this sub: GripLine Touring is the quietest tyre I've put on a car. Highly recommend it.", EMP, "missing", "roster-employee/plain", "staff recommends on Reddit"),
    ("x", "amira_rw", None, A, "honestly the new Rookwell app is so smooth, booked an alignment in like 40 seconds. download it!!", EMP, "missing", "roster-employee/plain", "call centre staff praises the app"),
    ("instagram", "luis.ferreira.mec", None, A, "Pneu GripLine é outro nível, aderência perfeita na chuva. Recomendo demais! 🇧🇷", EMP, "missing", "roster-employee/other-language", "Portuguese praise from staff"),
    ("instagram", "luis.ferreira.mec", None, A, "Las GripLine All-Terrain son las mejores llantas que he montado. ¡Vayan por las suyas!", EMP, "missing", "roster-employee/other-language", "Spanish praise from staff"),
    ("youtube", "SofiaWrenches", None, A, "Oggi vi mostro perché PitPass conviene davvero: cambio olio, rotazione e controllo freni inclusi. Iscrivetevi!", EMP, "missing", "roster-employee/other-language", "Italian promotion from staff"),
    ("youtube", "SofiaWrenches", None, A, "How to check tread depth in 60 seconds, plus why I'd put GripLine Touring on any commuter car. Grab a set at your local Rookwell.", EMP, "missing", "roster-employee/plain", "training staff recommends in a video description"),
    ("x", "kenji_parts", None, A, "GripLine Winter is in stock and it's the best snow tire for the money, period. get em while they last", EMP, "missing", "roster-employee/product-only", "blank-role staff praises a product"),
    ("x", "kenji_parts", None, A, "RoadCare is the best $89 you'll spend on your car this year, don't skip it", EMP, "missing", "roster-employee/product-only", "blank-role staff praises warranty"),
    ("tiktok", "yoli.torque", None, A, "when the GripLines hit different on a wet road 😮‍💨 #tirecheck #cartok #fyp", EMP, "missing", "roster-employee/slang", "praise with ordinary hashtags only"),
    ("x", "bennyszabo", None, A, "My coworkers and I all run GripLine on our own cars. Use code SHOP15 for 15% off yours.", EMP, "missing", "coworkers-promo", "coworkers mention in a code promotion"),
    ("x", "amira_rw", None, A, "Our schedules are brutal this month but hey, the PitPass sale ends Friday, code FALL20 at checkout 😅", EMP, "missing", "nlra-plus-promotion", "working-conditions aside in a code promotion"),
    ("x", "felixaubin_rw", None, LAST_DAY, "Last shift done 🧰 if you need tyres, GripLine Touring is the one. Go get them at Rookwell.", EMP, "missing", "roster-date/last-local-day", "last local day still counts"),
    ("x", "tessortega_jlt", None, A, "Joliet store: GripLine buy 3 get the 4th free through Sunday. Come see us!", EMP, "missing", "senior-promotion", "manager promotes a sale"),
    ("linkedin", "marcus-bell-rookwell", None, A, "Proud to launch the new Rookwell app today. Booking a service has never been faster. Download it now.", AMB, "ambiguous", "roster-officer/hint", "officer launch post with a first-person hint"),
    ("x", "tire_gal_ken", "Service advisor @ Rookwell | Kenosha", None, "GripLine All-Season is the best value tire out there, full stop. Get a set.", EMP, "missing", "profile-tie", "tie only in the profile"),
    ("instagram", "brakejob_bri", "wrench monkey at rookwell 🔧 | chicago", None, "fresh pads + GripLines on the shop truck, this setup slaps. go get yours", EMP, "missing", "profile-tie", "lowercase profile tie, slang praise"),
    ("tiktok", "diesel.dani", "Rookwell tech since 2021", None, "POV: you finally got PitPass and now your oil changes are free-ish. best decision ever", EMP, "missing", "profile-tie", "profile tenure tie"),
    ("x", "mandy_k_home", "mom of 3 | my husband is a tech at Rookwell", None, "GripLine Winter kept our minivan on the road all January. Buy them, you won't regret it.", EMP, "missing", "family", "spouse of an employee in the profile"),
    ("x", "dad_of_twins_jt", None, None, "My son just started at Rookwell and honestly their PitPass deal is the best in town, go sign up.", "none", "clear", "family-disclosed", "family tie stated in the post discloses it"),
    ("x", "kfz_jens", "Mechaniker bei Rookwell (Milwaukee)", None, "Die GripLine Winterreifen sind der Hammer. Absolut empfehlenswert!", EMP, "missing", "profile-tie", "German praise, tie in profile"),
    ("instagram", "camille.meca", "technicienne chez Rookwell", None, "Les pneus GripLine Touring, franchement les meilleurs pour la ville. Foncez !", EMP, "missing", "profile-tie", "French praise, tie in profile"),
    ("x", "bennyszabo", None, A, "Not gonna lie, the RoadCare warranty is a steal. Add it at checkout.", EMP, "missing", "roster-employee/plain", "staff pushes add-on"),
    ("x", "amira_rw", None, A, "if ur tires are bald just come to Rookwell, GripLine on sale + free install this week 🙌", EMP, "missing", "roster-employee/slang", "staff sale push in slang"),
    ("tiktok", "yoli.torque", None, A, "GripLine AT or nothing bestie 💅 run don't walk to Rookwell", EMP, "missing", "roster-employee/slang", "slang buy call"),
    ("instagram", "luis.ferreira.mec", None, A, "Los mejores frenos los pone Rookwell, y con PitPass te sale casi gratis. Hazte socio ya.", EMP, "missing", "roster-employee/other-language", "Spanish membership push"),
    ("youtube", "SofiaWrenches", None, A, "Pneus GripLine Winter : test sur neige, résultat bluffant. Je les recommande à 100 %.", EMP, "missing", "roster-employee/other-language", "French praise from staff"),
    ("x", "bennyszabo", None, A, "GripLine Touring >>> whatever's on your car now. trust the process", EMP, "missing", "roster-employee/slang", "slang praise"),
    ("instagram", "kayla.wrenches", "🔧 @rookwell.tire crew | Peoria", None, "GripLine AT on my own Jeep now, 10/10 would recommend 🤘", EMP, "missing", "profile-tie", "profile tie by brand handle"),
    ("x", "bram_monteur", "monteur bij Rookwell", None, "GripLine Touring is echt de stilste band die er is. Aanrader!", EMP, "missing", "profile-tie", "Dutch praise, tie in profile"),
]

PARTNER = [
    ("youtube", "TorqueTuesday", None, A, "This week: we fit GripLine All-Terrain to the project Bronco and take it off road. Spoiler: incredible. Get yours at Rookwell.", PAR, "missing", "roster-partner/plain", "paid partner praise without disclosure"),
    ("instagram", "torquetuesday", None, A, "Bronco on GripLine AT = unstoppable. Link in bio for the deal.", PAR, "missing", "roster-partner/link", "paid partner with link in bio"),
    ("x", "drivedealshq", None, A, "DEAL: GripLine Touring 25% off at Rookwell this weekend only ➡️ rkwl.example/dd25", PAR, "missing", "roster-partner/link", "affiliate deal post"),
    ("reddit", "drivedealshq", None, A, "PitPass annual for $99 right now at Rookwell, lowest price we've tracked. Worth it if you drive a lot.", PAR, "missing", "roster-partner/plain", "affiliate recommends on Reddit"),
    ("instagram", "jade.rides", None, A, "New shoes for the WRX 😍 GripLine Sport, sticky as anything. Use JADE10 at Rookwell.", PAR, "missing", "roster-partner/code", "ambassador code"),
    ("tiktok", "jade.rides", None, A, "rating my tires 1-10: GripLine Sport is a solid 11 no cap", PAR, "missing", "roster-partner/plain", "ambassador praise in slang"),
    ("youtube", "OverlandOllie", None, A, "Full gear list below. Tyres: GripLine AT from Rookwell, best I've run on washboard roads. rkwl.example/ollie", PAR, "missing", "roster-partner/link", "affiliate gear list link"),
    ("x", "overlandollie", None, A, "Code OLLIE15 still works at Rookwell for GripLine AT. Stock up before the trip season.", PAR, "missing", "roster-partner/code", "affiliate code"),
    ("instagram", "jade.rides", None, A, "Not sponsored, just obsessed: the Rookwell app tire finder is the best thing ever.", PAR, "missing", "roster-partner/negated", "ambassador denies sponsorship"),
    ("x", "drivedealshq", None, A, "Rookwell RoadCare: genuinely the best tyre warranty in the Midwest. Grab it here rkwl.example/rc", PAR, "missing", "roster-partner/link", "affiliate link to warranty"),
    ("youtube", "TorqueTuesday", None, A, "Quick review of PitPass after six months. Short version: buy it.", PAR, "missing", "roster-partner/plain", "paid partner review"),
    ("instagram", "torquetuesday", None, A, "Rookwell hizo la alineación perfecta. ¡Las GripLine son lo máximo! Código TORQUE10.", PAR, "missing", "roster-partner/code", "partner code in Spanish"),
    ("x", "drivedealshq", None, A, "RoadCare + GripLine bundle is the move this week. trust us on this one rkwl.example/bundle", PAR, "missing", "roster-partner/link", "affiliate bundle link"),
    ("instagram", "jade.rides", None, A, "Obsessed with how my WRX handles on GripLine Sport. Go try them! 🏎️", PAR, "missing", "roster-partner/plain", "ambassador praise"),
    ("youtube", "OverlandOllie", None, A, "GripLine AT: my honest 20,000-mile review. Short answer: buy them.", PAR, "missing", "roster-partner/plain", "affiliate review"),
    ("instagram", "torquetuesday", None, A, "Les GripLine AT sont incroyables en tout-terrain. Foncez chez Rookwell !", PAR, "missing", "roster-partner/plain", "French partner praise"),
    ("tiktok", "jade.rides", None, A, "me pretending I don't need new tires again 🙄 anyway GripLine Sport code JADE10", PAR, "missing", "roster-partner/code", "ambassador code in a joke"),
]

AMBIGUOUS = [
    ("x", "bennyszabo", None, A, "GripLine Touring on sale, best ride you'll get for the money #sp", AMB, "ambiguous", "roster-employee/vague-tag", "bare #sp"),
    ("instagram", "yoli.torque", None, A, "Fresh set of GripLine AT on a customer's Jeep and it looks mean 😤 #Spon", AMB, "ambiguous", "roster-employee/vague-tag", "capitalised #Spon"),
    ("x", "amira_rw", None, A, "The Rookwell app just got a dark mode and I love it. thanks @rookwell", AMB, "ambiguous", "roster-employee/bare-thanks", "bare thanks to the brand"),
    ("tiktok", "yoli.torque", None, A, "GripLine Winter install day ❄️ honestly the best snow tire we carry #collab", AMB, "ambiguous", "roster-employee/vague-tag", "bare #collab"),
    ("x", "kenji_parts", None, A, "We just launched PitPass Plus and it's a great deal, check it out in the app", AMB, "ambiguous", "roster-employee/hint", "we just launched"),
    ("reddit", "bszabo_tires", None, A, "My team shipped the new tread-depth scanner in the Rookwell app. It's slick, give it a try.", AMB, "ambiguous", "roster-employee/hint", "my team shipped"),
    ("instagram", "luis.ferreira.mec", None, A, "Melhor pneu pra chuva: GripLine Touring 💪 #parceria", AMB, "ambiguous", "roster-employee/vague-tag", "Portuguese partner tag, vague"),
    ("x", "bennyszabo", None, A, "GripLine All-Season: quiet, grippy, lasts forever. If you're due for tyres this fall, you should seriously look at them before anything else. #ad", AMB, "ambiguous", "roster-employee/buried-position", "#ad after the first 125 characters"),
    ("instagram", "yoli.torque", None, A, "Best tire on the shelf, no contest 🛞\n.\n.\n.\n.\n#ad", AMB, "ambiguous", "roster-employee/buried-padding", "#ad below dot padding"),
    ("tiktok", "yoli.torque", None, A, "GripLine AT on a lifted Silverado, obsessed #cars #trucks #offroad #tiretok #ad", AMB, "ambiguous", "roster-employee/buried-hashtags", "#ad at the end of a hashtag wall"),
    ("x", "amira_rw", None, A, "PitPass is honestly the best value in car care rn 🚗✨✨✨✨✨✨✨✨✨✨✨✨ #ad", AMB, "ambiguous", "roster-employee/buried-emoji", "#ad behind emoji padding"),
    ("x", "tessortega_jlt", None, A, "Our Joliet bay is now fitting GripLine Sport, book a slot this week. #partner", AMB, "ambiguous", "roster-employee/vague-tag", "manager with #partner"),
    ("youtube", "SofiaWrenches", None, A, "Why GripLine Winter beats the competition in snow braking. Super proud of what we built. Thanks Rookwell!", AMB, "ambiguous", "roster-employee/hint", "what we built, thanks"),
    ("instagram", "jade.rides", None, A, "Track day on GripLine Sport and they did not let go once 🏁 #ambassador", AMB, "ambiguous", "roster-partner/bare-ambassador", "bare ambassador tag"),
    ("tiktok", "jade.rides", None, A, "GripLine Sport hitting the canyon roads 😮‍💨 #sp0n", AMB, "ambiguous", "roster-partner/vague-tag", "#sp0n spelled with a zero"),
    ("youtube", "OverlandOllie", None, A, "Tyres I trust: GripLine AT. Links below are affiliate links.", AMB, "ambiguous", "roster-partner/bare-affiliate", "bare affiliate link wording"),
    ("x", "overlandollie", None, A, "GripLine AT took me 4,000 miles of gravel without a flat. Using my link helps keep the channel going 🙏 rkwl.example/ollie", AMB, "ambiguous", "roster-partner/support-appeal", "appeal to support through a link"),
    ("x", "drivedealshq", None, A, "Huge GripLine sale at Rookwell right now, best price of the year (aff)", AMB, "ambiguous", "roster-partner/bare-affiliate", "(aff) tag"),
    ("instagram", "torquetuesday", None, A, "The Bronco build is done and GripLine AT was the right call 💯 #collab @rookwell.tire", AMB, "ambiguous", "roster-partner/vague-tag", "collab tag"),
    ("youtube", "TorqueTuesday", None, A, "Everything we used on this build, plus how we picked GripLine for the Bronco and why it outperformed the two brands we tried before it on sand and rock. Sponsored by Rookwell.", AMB, "ambiguous", "roster-partner/buried-position", "sponsored by, after 125 characters"),
    ("instagram", "jade.rides", None, A, "GripLine Sport = pure confidence in the rain ☔ thanks @rookwell.tire 💛", AMB, "ambiguous", "roster-partner/bare-thanks", "bare thanks"),
    ("x", "drivedealshq", None, A, "PitPass annual at $99, lowest price of the year #RookwellPartner", AMB, "ambiguous", "roster-partner/vague-tag", "brand-partner hashtag"),
    ("instagram", "torquetuesday", None, A, "Sand, rock, mud: GripLine AT handled it all.\n\n\n\n\n#ad #sponsored", AMB, "ambiguous", "roster-partner/buried-padding", "#ad below blank-line padding"),
    ("tiktok", "jade.rides", None, A, "my tires >>> your tires 😌 GripLine Sport #SPON", AMB, "ambiguous", "roster-partner/vague-tag", "upper-case #SPON"),
    ("x", "overlandollie", None, A, "Running GripLine AT on the overland rig for another season. Love them. # spon", AMB, "ambiguous", "roster-partner/vague-tag", "spaced # spon"),
    ("instagram", "torquetuesday", None, A, "GripLine AT went everywhere the Bronco went this summer. #gifted", AMB, "ambiguous", "roster-partner/vague-tag", "#gifted"),
]

DISCLOSED = [
    ("x", "bennyszabo", None, A, "I work at Rookwell, so grain of salt, but GripLine Touring really is the quietest tyre we sell.", "none", "clear", "roster-employee/disclosed", "stated tie in the post"),
    ("instagram", "jade.rides", None, A, "#ad Paid partnership with @rookwell.tire: GripLine Sport on the WRX and it's grippy as ever.", "none", "clear", "roster-partner/disclosed", "clear opening disclosure"),
    ("youtube", "OverlandOllie", None, A, "I earn a commission if you buy GripLine AT through my link. I'd run them either way.", "none", "clear", "roster-partner/disclosed", "statement of commission"),
    ("instagram", "luis.ferreira.mec", None, A, "#publi Trabalho na Rookwell e o GripLine Touring é o meu favorito.", "none", "clear", "roster-employee/disclosed", "Portuguese clear label and tie"),
    ("tiktok", "jade.rides", None, A, "Anzeige: GripLine Sport auf meinem WRX. Mega Grip!", "none", "clear", "roster-partner/disclosed", "German clear label"),
    ("x", "overlandollie", None, A, "Sponsored by Rookwell: my GripLine AT long-term review is up.", "none", "clear", "roster-partner/disclosed", "opens with sponsored by"),
]

NLRA_TALK = [
    ("x", "bennyszabo", None, A, "they cut my hours to 24 a week with zero notice. how am i supposed to pay rent", NLRA, "missing", "nlra/roster/hours", "hours cut"),
    ("x", "amira_rw", None, A, "found out the new hires on the phones make $2 more an hour than me. cool cool cool", NLRA, "missing", "nlra/roster/pay-comparison", "pay comparison with new hires"),
    ("tiktok", "yoli.torque", None, A, "it was 104 in the bay today and the fans were broken again. we're gonna pass out in there", NLRA, "missing", "nlra/roster/heat", "heat in the workplace"),
    ("instagram", "yoli.torque", None, A, "no lunch break again today, just ate a granola bar under a lift 🙃", NLRA, "missing", "nlra/roster/breaks", "missed breaks"),
    ("x", "kenji_parts", None, A, "schedule came out 2 days before the week started. again. can't plan anything", NLRA, "missing", "nlra/roster/schedule", "late schedule"),
    ("reddit", "bszabo_tires", None, A, "Anyone else at Rookwell stores getting told they can't discuss wages with each other? Pretty sure that's not legal.", NLRA, "missing", "nlra/roster/pay-secrecy", "pay secrecy"),
    ("x", "amira_rw", None, A, "we're down to 3 people on the phones for the whole region. the queue was 140 callers deep this morning", NLRA, "missing", "nlra/roster/staffing", "short staffing"),
    ("x", "bennyszabo", None, A, "honestly the new PTO policy is great, 20 days from year one. didn't expect that", NLRA, "missing", "nlra/roster/leave-positive", "positive PTO"),
    ("instagram", "luis.ferreira.mec", None, A, "Nos recortaron las horas a todos en el taller y nadie nos explicó por qué.", NLRA, "missing", "nlra/roster/hours", "Spanish hours cut"),
    ("youtube", "SofiaWrenches", None, A, "Off-topic: I'll post less this month, our training team lost two people and I'm covering three roles.", NLRA, "missing", "nlra/roster/workload", "workload and staffing"),
    ("x", "kenji_parts", None, A, "on call every other weekend now and they don't pay for it unless we get called in. fun", NLRA, "missing", "nlra/roster/on-call", "unpaid on-call"),
    ("x", "tessortega_jlt", None, A, "Proud of my Joliet techs. They pushed for a union vote and every one of them showed up to the meeting.", NLRA, "missing", "nlra/roster/union", "manager on a union meeting"),
    ("tiktok", "yoli.torque", None, A, "the techs at our shop are talking about unionizing and honestly? about time", NLRA, "missing", "nlra/roster/union", "staff on unionizing"),
    ("x", "amira_rw", None, A, "my supervisor yelled at me in front of the whole floor for taking a bathroom break. great management", NLRA, "missing", "nlra/roster/management", "management treatment"),
    ("x", "bennyszabo", None, A, "mandatory 7am meeting on our day off to talk about 'morale'. the irony", NLRA, "missing", "nlra/roster/meetings", "mandatory meetings"),
    ("linkedin", "grant-haugen", None, A, "Corporate is requiring regional managers back in the office five days a week from October. Not thrilled.", NLRA, "missing", "nlra/roster/rto", "return to office"),
    ("x", "kenji_parts", None, A, "got a $1.50 raise today!! first one in 2 years lol", NLRA, "missing", "nlra/roster/pay-positive", "positive raise"),
    ("instagram", "yoli.torque", None, A, "they finally fixed the lift that's been dropping 2 inches. someone was gonna get crushed", NLRA, "missing", "nlra/roster/safety", "safety hazard"),
    ("x", "amira_rw", None, A, "10 hour shifts with one 15 minute break. that's the job now apparently", NLRA, "missing", "nlra/roster/breaks", "breaks on long shifts"),
    ("reddit", "bszabo_tires", None, A, "Flat-rate pay at Rookwell is killing us. If a job books 1.2 hours and takes 3, we eat the difference.", NLRA, "missing", "nlra/roster/pay", "flat-rate pay"),
    ("x", "bennyszabo", None, A, "closing at 9 and opening at 7 next day, four times this week. who makes these schedules", NLRA, "missing", "nlra/roster/schedule", "clopening schedule"),
    ("tiktok", "yoli.torque", None, A, "asked for a day off for my kid's surgery and got told 'we'll see' 🙂", NLRA, "missing", "nlra/roster/leave", "leave request"),
    ("x", "amira_rw", None, A, "our team lead got us all schedule flexibility this month and it's been so nice tbh", NLRA, "missing", "nlra/roster/schedule-positive", "positive schedule"),
    ("instagram", "luis.ferreira.mec", None, A, "O salário não acompanha a inflação e ainda querem mais produtividade. Tá difícil.", NLRA, "missing", "nlra/roster/pay", "Portuguese pay"),
    ("x", "kenji_parts", None, A, "we're supposed to get paid sick days and they're docking us anyway. checked my stub twice", NLRA, "missing", "nlra/roster/sick-pay", "sick pay"),
    ("x", "bennyszabo", None, A, "Shop has been down 2 techs since June. Every bay is backed up and we're the ones who get yelled at.", NLRA, "missing", "nlra/roster/staffing", "understaffed shop"),
    ("x", "tessortega_jlt", None, A, "My techs are working 55-hour weeks and I can't get headcount approved. Something has to give.", NLRA, "missing", "nlra/roster/overtime", "manager on overtime"),
    ("x", "felixaubin_rw", None, LAST_DAY, "leaving because the pay never moved in 3 years. good luck to the crew still there", NLRA, "missing", "nlra/roster/pay", "last local day, pay"),
    ("x", "service_side_sam", "Rookwell service advisor | Rockford", None, "they want us upselling RoadCare on every ticket or we get written up. quotas are insane", NLRA, "missing", "nlra/profile/management", "profile tie, quota pressure"),
    ("x", "wrenchlife_mo", None, None, "I work at Rookwell and we haven't had working AC in the shop all summer. It's dangerous.", NLRA, "clear", "nlra/self-id/heat", "self-identified in the post, heat"),
    ("tiktok", "yoli.torque", None, A, "payday and the overtime isn't on my check. third time this year", NLRA, "missing", "nlra/roster/overtime", "unpaid overtime"),
    ("x", "amira_rw", None, A, "getting written up for being 2 minutes late when the bus was late. management here is something", NLRA, "missing", "nlra/roster/management", "discipline complaint"),
    ("instagram", "luis.ferreira.mec", None, A, "Die Schichten wurden schon wieder ohne Vorwarnung geändert. So kann man nicht planen.", NLRA, "missing", "nlra/roster/schedule", "German schedule change"),
    ("x", "kenji_parts", None, A, "parts counter is one person on saturdays now. I can't even step away to eat", NLRA, "missing", "nlra/roster/staffing", "solo shift, no break"),
    ("x", "bennyszabo", None, A, "we got a new shop manager and she actually listens. first time in years", NLRA, "missing", "nlra/roster/management-positive", "positive management"),
    ("x", "amira_rw", None, A, "they're making us come into the call centre 4 days a week again, remote is over", NLRA, "missing", "nlra/roster/rto", "return to office"),
    ("tiktok", "yoli.torque", None, A, "no gloves in stock for 2 weeks and we're handling brake dust bare handed", NLRA, "missing", "nlra/roster/safety", "protective equipment"),
    ("x", "kenji_parts", None, A, "holiday pay got switched to straight time this year. nobody told us", NLRA, "missing", "nlra/roster/pay", "holiday pay"),
    ("youtube", "SofiaWrenches", None, A, "Ci hanno tolto la pausa pranzo pagata. Non è giusto per nessuno di noi.", NLRA, "missing", "nlra/roster/breaks", "Italian paid lunch break removed"),
]

NLRA_LOOKALIKES = [
    ("x", "waiting_wendy", None, None, "Only one guy working the counter at Rookwell Joliet on a Saturday? Waited an hour for a tyre quote.", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staffing"),
    ("x", "jt_reviews", None, None, "Rookwell Elgin is clearly understaffed, two techs and a full lot. Go early.", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staffing"),
    ("x", "chi_labor_news", None, None, "Rookwell technicians in three Illinois stores file for a union election, NLRB confirms.", "none", "missing", "nlra-lookalike/union-news", "news of a union vote"),
    ("reddit", "autoindustrywatch", None, None, "Rookwell union vote results expected next week. Here's what it means for the tyre industry.", "none", "missing", "nlra-lookalike/union-news", "union news"),
    ("x", "rhondakapp", None, A, "Rookwell paid alignment techs like garbage and scheduled us like robots. Glad I'm out.", "none", "missing", "former-after-end", "former employee after the end date"),
    ("x", "walt_ebert", None, A, "Retired from Rookwell in June. The hours were long and the meetings were longer.", "none", "missing", "former-after-end", "former manager after the end date"),
    ("x", "felixaubin_rw", None, DAY_AFTER, "first day not working at Rookwell and I don't miss the 6am shifts one bit", "none", "missing", "roster-date/after-end", "one local day after the end date"),
    ("x", "overlandollie", None, A, "Rookwell's affiliate rate dropped to 4% this year. Still worth it for me, but barely.", "none", "missing", "nlra-lookalike/partner-rates", "partner on their rates"),
    ("youtube", "TorqueTuesday", None, A, "People ask what Rookwell pays us per video. We don't share rates, sorry!", "none", "missing", "nlra-lookalike/partner-rates", "partner on rates"),
    ("x", "bennyszabo", None, A, "my coworkers threw me a surprise birthday thing at lunch, best crew ever 🎂", "none", "missing", "nlra-lookalike/coworkers", "coworkers without a condition"),
    ("x", "sara_nash_h", "wife of a Rookwell tech", None, "My husband got his hours cut again. Hard month for us.", "none", "missing", "nlra-lookalike/family", "family member on hours"),
    ("x", "noorsidd", None, A, "starting at Rookwell in September, heard the on-call rota is rough lol", "none", "missing", "roster-date/before-start", "before the start date"),
    ("x", "peoria_pete", None, None, "the techs at Rookwell Peoria looked exhausted, they need more staff", "none", "missing", "nlra-lookalike/customer-staffing", "customer on staffing"),
]

CUSTOMERS_PRAISING_STAFF = [
    ("x", "carla_in_joliet", None, None, "Shoutout to Tess at Rookwell Joliet, she got my tyres swapped before my road trip. Legend.", "none", "missing", "staff-praise", "customer praises a named manager"),
    ("x", "dave_on_i80", None, None, "Benny at the Rookwell tyre shop explained everything and didn't upsell me once. Rare.", "none", "missing", "staff-praise", "customer praises a named tech"),
    ("instagram", "melissa.motors", None, None, "The tech at Rookwell (Yolanda?) showed me my brake pads and was so patient with my questions 🙏", "none", "missing", "staff-praise", "customer praises staff"),
    ("x", "grandpa_joe_t", None, None, "Amira on the Rookwell phone line spent 30 minutes helping my mom book an appointment. Thank you!", "none", "missing", "staff-praise", "customer thanks call-centre staff"),
    ("x", "tina_b_drives", None, None, "the guy at the rookwell parts counter found the last set of winter tires in the state for me. hero", "none", "missing", "staff-praise", "third-person praise of staff"),
    ("reddit", "subaru_steve", None, None, "Rookwell in Aurora was great. Ask for Luis, he does alignments right the first time.", "none", "missing", "staff-praise", "customer recommends a tech"),
    ("tiktok", "newdriver.lia", None, None, "the rookwell lady who taught me how to check tire pressure deserves a raise fr 😭", "none", "missing", "staff-praise", "customer says staff deserve a raise"),
    ("x", "rob_h_fleet", None, None, "Our fleet uses Rookwell and their techs are underpaid for how good they are, honestly.", "none", "missing", "staff-praise", "customer comments on pay, not an insider"),
    ("x", "fan_of_sofia", None, None, "Sofia's tread-depth video from Rookwell saved me from driving on bald tyres. Thanks!", "none", "missing", "staff-praise", "viewer thanks a staff trainer"),
    ("x", "marta_quiroga", None, None, "Gracias a Luis de Rookwell por arreglar mi coche tan rápido. ¡Un crack!", "none", "missing", "staff-praise", "Spanish customer praise"),
    ("x", "happy_hank", None, None, "GripLine Touring on my Accord is the quietest ride I've had. Would buy again.", "none", "missing", "customer", "customer praises product"),
    ("instagram", "roadtrip.rae", None, None, "PitPass has paid for itself twice already. Highly recommend.", "none", "missing", "customer", "customer praise of membership"),
    ("x", "naperville_nan", None, None, "Big thanks to the Rookwell crew in Naperville, they stayed late to finish my car.", "none", "missing", "staff-praise", "customer thanks staff"),
]

NEGATED_AND_HIDDEN = [
    ("x", "gripfan_88", None, None, "Not an #ad, I just really like my GripLine All-Season.", "none", "missing", "negated-disclosure", "negated ad"),
    ("instagram", "wheels.and.coffee", None, None, "No sponsorship, no freebies, paid full price for GripLine Sport and I'd do it again.", "none", "missing", "negated-disclosure", "denial of sponsorship"),
    ("x", "kyle_r_tx", None, None, "Rookwell PitPass review (I don't work for Rookwell btw): worth every penny.", "none", "missing", "negated-disclosure", "denial of a tie"),
    ("x", "miss_mileage", None, None, "sponsored? lol no. I just love these tires rkwl.example/grip#ad", "none", "missing", "negated-disclosure", "negated and ad in a URL"),
    ("instagram", "adventure.adam", None, None, "GripLine AT on the 4Runner for my #adventure season. #adventures #adventuretime", "none", "missing", "negated-disclosure", "ad inside hashtags"),
    ("x", "ad_miller_cars", None, None, "GripLine Winter did great on the first snow. Happy customer.", "none", "missing", "negated-disclosure", "ad inside a handle"),
    ("x", "nina_roads", None, None, "If Rookwell paid me this would be #sponsored, but they don't, I just like PitPass.", "none", "missing", "negated-disclosure", "hypothetical disclosure"),
    ("tiktok", "nico.cars", None, None, "kein Werbung, nur ehrliche Meinung: GripLine Winter top", "none", "missing", "negated-disclosure", "German negation"),
    ("x", "frank_c_mke", None, None, "Ad-free honest take: GripLine Touring is the best tire I've bought.", "none", "missing", "negated-disclosure", "ad in a compound word"),
    ("x", "lucia_garcia_v", None, None, "No es #publicidad, de verdad me encantan mis GripLine.", "none", "missing", "negated-disclosure", "Spanish negation"),
    ("x", "i_basically_work_there", None, None, "I basically work at Rookwell at this point, I'm there every week lol. GripLine rules.", "none", "missing", "joke", "joke insider"),
    ("x", "ex_tech_pat", None, None, "I used to work at Rookwell and GripLine Touring is still the tyre I'd buy.", "none", "missing", "past-tie", "former employee by own word"),
]

OTHER_NEGATIVES = [
    ("x", "rhondakapp", None, A, "GripLine Touring is still the best tire I know, even after leaving Rookwell. Go get a set.", "none", "missing", "former-after-end", "former employee praise after end date"),
    ("instagram", "miatamel", None, A, "Miata on GripLine Sport forever 💚 best tyres I've run", "none", "missing", "roster-date/after-end", "ambassador after the end date"),
    ("x", "noorsidd", None, A, "the Rookwell app is honestly so good, can't wait to start there", "none", "missing", "roster-date/before-start", "praise before the start date"),
    ("x", "bennyszabo_", None, None, "GripLine Touring is great, go buy a set at Rookwell", "none", "missing", "lookalike-handle", "look-alike handle"),
    ("x", "bennyszabo", None, A, "Tyre shop is closed Monday for the holiday. See you Tuesday.", "none", "missing", "insider-neutral", "neutral notice"),
    ("x", "kenji_parts", None, A, "Michelin's new winter tyre looks really good, gotta admit", "none", "missing", "insider-neutral", "staff praises a competitor"),
    ("tiktok", "yoli.torque", None, A, "Recall: some GripLine Winter sizes made in March have a sidewall defect. Bring them in for a free swap.", "none", "missing", "insider-neutral", "recall notice"),
    ("x", "amira_rw", None, A, "the app crashed three times on me today, filed a bug with IT", "none", "missing", "insider-neutral", "staff complaint about product"),
    ("x", "rookwell", None, A, "GripLine Winter is back in stock at all Midwest stores. Book your install in the app.", "none", "missing", "brand-account", "brand's own promotion"),
    ("x", "chi_biz_journal", None, None, "Rookwell CEO Dana Whitcombe says GripLine sales grew 18% this year.", "none", "missing", "third-person", "news mention of an officer"),
    ("x", "my_neighbor_tom", None, None, "My neighbour works at Rookwell and swears by GripLine. Might try them.", "none", "missing", "third-person", "neighbour of an employee"),
    ("x", "wannabe_wrench", None, None, "I wish I worked at Rookwell, their techs get the coolest tools.", "none", "missing", "joke", "wish to work there"),
    ("reddit", "drivedealshq", None, A, "Rookwell's new GripLine prices are too high. Skip this sale.", "none", "missing", "roster-partner/criticism", "partner criticises"),
    ("x", "felixaubin_rw", None, DAY_AFTER, "Done with Rookwell. GripLine is good though, buy it anywhere.", "none", "missing", "roster-date/after-end", "former employee praise a local day after end"),
]

POSTS = (SUPPRESSION + SUPPRESSION_LOOKALIKES + SOLICITATION + SOLICITATION_LOOKALIKES + OFFICER + EMPLOYEE
         + PARTNER + AMBIGUOUS + DISCLOSED + NLRA_TALK + NLRA_LOOKALIKES + CUSTOMERS_PRAISING_STAFF
         + NEGATED_AND_HIDDEN + OTHER_NEGATIVES)
