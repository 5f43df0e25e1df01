"""Leaks: secrets, PII and confidential information in public posts (dev set).

Every leaked value is marked inline (see devset_post.py); generated values are random fakes in the
provider's public format, with valid checksums where the format has one.
"""

from devset_post import C, Post


def L(platform, author, text, reason, **kw):
    return Post(platform, author, text, reason, **kw)


POSTS = [
    # --- secrets -----------------------------------------------------------------------------
    L("reddit", "dana_builds", """Anyone know why boto3 says my credentials are invalid? Config below:
AWS_ACCESS_KEY_ID=[[secret:aws_key]]
AWS_SECRET_ACCESS_KEY=[[secret:aws_secret]]
region=us-west-2""", "employee pastes a real-looking AWS key pair while asking for help"),
    L("x", "script_kid_sk", "why does git push keep asking for a password, I already set the token [[secret:ghp]] in my remote url 😩", "GitHub classic token in a help request"),
    L("reddit", "slackbot_steve", "My Slack bot stopped posting after I rotated nothing. Token is [[secret:slack_bot]], scopes are chat:write and channels:read. What am I missing?", "Slack bot token"),
    L("x", "ops_olly", "webhook for the deploy channel if anyone on the team needs it: [[secret:slack_webhook]]", "Slack incoming webhook URL"),
    L("reddit", "shopify_sally", "Stripe is rejecting my charges with 'invalid key' even though I copied it straight from the dashboard: [[secret:stripe_live]]", "Stripe live secret key"),
    L("x", "indie_dev_ian", "restricted key for the analytics script: [[secret:stripe_restricted]] (read only so it's fine right?)", "Stripe restricted live key; read-only is still a credential"),
    L("reddit", "prompt_paula", """My script works locally but not on the server:
import openai
client = openai.OpenAI(api_key="[[secret:openai]]")
Any ideas?""", "OpenAI key in a code snippet"),
    L("x", "ml_mike", "free GPT access for the hackathon team, just don't go crazy: [[secret:openai_project]]", "OpenAI project key shared publicly"),
    L("reddit", "maps_mara", "Google Maps embed shows 'for development purposes only'. Using key=[[secret:google]] in the script tag, billing is on.", "Google API key"),
    L("x", "mailer_mo", "sendgrid keeps 403ing. using [[secret:sendgrid]] with full access. help?", "SendGrid API key"),
    L("reddit", "pkg_pete", "npm publish fails with E401. My .npmrc has //registry.npmjs.org/:_authToken=[[secret:npm]]", "npm automation token"),
    L("x", "sms_sara", "twilio api key [[secret:twilio]] suddenly unauthorized, did they change something?", "Twilio API key SID"),
    L("reddit", "gitlab_gus", "CI can't clone the submodule. I put PRIVATE-TOKEN: [[secret:gitlab]] in the job but still 404.", "GitLab personal access token"),
    L("x", "danawhit", "lol our staging API rejects this and I have no idea why: Authorization: Bearer [[secret:jwt]]", "employee posts a signed JWT"),
    L("reddit", "sshelp_sam", """Server says permission denied (publickey). Here's the key I'm using, is the format wrong?
[[secret=-----BEGIN OPENSSH PRIVATE KEY-----]]
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABFwAAAAdzc2gtcn
...""", "private key header with key material pasted"),
    L("x", "db_dan", "finally got the app talking to prod: [[secret:db_url|postgresql|orders_rw|orders-prod.c8xk2lq9v1ab.us-east-1.rds.amazonaws.com:5432/orders]]", "database URL with an embedded password"),
    L("reddit", "mysql_mandy", "Connection string from our old config, does this look right? [[secret:db_url|mysql|shop_admin|db-2.mandysbakes.com:3306/shop]]", "MySQL URL with password"),
    L("x", "mongo_mateo", "atlas won't let me in: [[secret:db_url|mongodb+srv|mateo|cluster0.x7kq2.mongodb.net/app]]", "MongoDB SRV URL with password"),
    L("x", "cache_cleo", "redis keeps saying NOAUTH, my url is [[secret:db_url|redis|default|redis-14532.c12.us-east-1-4.ec2.cloud.redislabs.com:14532]]", "Redis URL with password"),
    L("reddit", "wp_wendy", """my wp-config after the migration:
define('DB_USER', 'wendy_wp');
password=[[secret:password]]
Site still white-screens.""", "password= assignment"),
    L("x", "ci_carl", "GitHub fine-grained token for the release bot, expires in 30 days: [[secret:github_pat]]", "GitHub fine-grained PAT"),
    L("reddit", "slack_admin_ali", "Posting the user token I used in Postman so someone can reproduce: [[secret:slack_user]]", "Slack user token"),
    L("x", "aws_amy", "AKIA key for the demo bucket, it's only got read access: [[secret:aws_key]]", "AWS access key id alone is still a credential identifier"),
    L("reddit", "devops_dee", """Terraform plan fails. tfvars:
access_key = "[[secret:aws_key]]"
secret_key = "[[secret:aws_secret]]"
""", "AWS key pair in tfvars"),
    L("x", "bot_builder_bo", "my discord bot uses openai, key [[secret:openai]] — why is it rate limited already", "OpenAI key"),
    L("x", "stripe_stan", "is [[secret:stripe_live]] supposed to start with sk_live or sk_test for the checkout page? confused", "live secret key asked about"),
    L("reddit", "firebase_fi", "Firebase config from my app (apiKey: \"[[secret:google]]\") — is it okay to commit this?", "Google API key in a config snippet"),
    L("x", "jwt_jen", "decoded this token from the Acme Cloud web app in my own browser session and it has my admin role?? [[secret:jwt]]", "session JWT posted publicly"),
    L("reddit", "homelab_hank", """docker-compose for my homelab:
  POSTGRES_PASSWORD: [[secret:password]]
  DATABASE_URL: [[secret:db_url|postgres|hank|192.168.1.20:5432/media]]""", "two credentials: password and DB URL"),
    L("x", "marcuslee_acme", "demo tonight! if the projector wifi acts up the router admin is admin / password=[[secret:password]] 😅", "employee shares a password"),
    L("reddit", "gh_action_gail", "Workflow log shows GITHUB_TOKEN: [[secret:ghp]] in plain text, masking didn't kick in", "GitHub token in a log paste"),
    L("x", "webhook_wes", "if anyone wants to test the alert pipe: curl -X POST [[secret:slack_webhook]] -d '{\"text\":\"hi\"}'", "Slack webhook in a curl command"),
    L("reddit", "sendgrid_sue", "Here's the code that sends our receipts: sg = SendGridAPIClient('[[secret:sendgrid]]')", "SendGrid key in code"),
    L("x", "rsa_ron", "is this a valid key format? [[secret=-----BEGIN RSA PRIVATE KEY-----]] MIIEowIBAAKCAQEA7k2...", "RSA private key header"),
    L("x", "npm_nell", "set NPM_TOKEN=[[secret:npm]] and it still says unauthorized", "npm token"),
    L("reddit", "glab_glen", "gitlab-runner register --registration-token [[secret:gitlab]] — the runner shows up but never picks jobs", "GitLab token in a command"),
    L("x", "twilio_tam", "account SID fine, API key [[secret:twilio]] fine, still 20003. twilio why", "Twilio key"),
    L("x", "openai_oz", "OPENAI_API_KEY=[[secret:openai_project]] in my .env, still 401", "OpenAI project key in an env line"),
    L("reddit", "pg_priyam", "psql [[secret:db_url|postgresql|analytics|warehouse.priyam-labs.io:5432/events]] hangs forever, firewall?", "Postgres URL with password"),
    L("x", "aws_al", "rotating keys tomorrow so whatever: [[secret:aws_key]] / [[secret:aws_secret]]", "AWS key pair"),
    L("x", "slack_sid", "xoxb token for our standup bot [[secret:slack_bot]] — why does it need channels:history", "Slack bot token"),
    L("reddit", "maps_mo", "Places autocomplete returns REQUEST_DENIED with [[secret:google]]. Billing enabled, API enabled.", "Google API key"),
    L("x", "stripe_sia", "webhook secret and restricted key for the shop, for the freelancer: [[secret:stripe_restricted]]", "Stripe restricted key"),
    L("reddit", "jwt_jules", "Why does my API accept this expired token? eyJ... full thing: [[secret:jwt]]", "JWT"),
    L("x", "ec_key_eve", "openssl spat this out, which part goes in the server? [[secret=-----BEGIN EC PRIVATE KEY-----]] MHcCAQEEIB...", "EC private key header"),
    # --- PII -----------------------------------------------------------------------------------
    C("x", "lorna_b", "@acmesupport it's been a week, please just email me at [[pii=lorna.bright82@gmail.com]], I can't keep checking DMs", "staff",
      "waiting complaint with the customer's own e-mail"),
    C("x", "hugh_m", "@acme call me back on [[pii:phone|US|(312) ###-####]], third time asking. order still missing.", "other",
      "complaint with own US phone number"),
    C("x", "pushy_paul", "The Acme rep who was rude to me is [[pii=k.jensen@outlook.com]], email her and tell her what you think", "staff",
      "customer complains about a rude rep and posts the rep's e-mail"),
    L("reddit", "confused_carol", "Acme support asked me to confirm my card so here: [[pii:card_spaced|4|16]] exp 09/28. Is that normal?", "payment card number posted publicly"),
    C("x", "grant_w", "charged twice on my card ending... actually here's the whole thing [[pii:card|5|16]], @acme please refund one", "other",
      "double charge complaint with a full card number"),
    C("reddit", "taxtime_tara", "Acme's warranty form asks for SSN?? I put [[pii:ssn]] and now I'm worried", "policy",
      "objects to a form asking for an SSN and posts the SSN"),
    L("x", "eurobuyer_eva", "@acme for the refund, my IBAN is [[pii:iban|DE|18]] (Eva Kraus)", "German IBAN with valid checksum"),
    L("x", "brit_ben", "Acme refund to [[pii:iban|GB|18|spaced|4]], name Benjamin Hale, thanks", "UK IBAN"),
    C("x", "uk_ursula", "Acme courier never rang, I was home all day. Ring me on [[pii:phone|GB|077## ######]] before the third attempt", "staff",
      "complaint with UK mobile"),
    L("x", "berlin_bo", "Acme Händler in Berlin-Mitte, ruft mich an: [[pii:phone|DE|+49 30 ########]]", "German landline"),
    L("x", "mumbai_meera", "Acme India support please call [[pii:phone|IN|+91 9#########]], need a Rocket service slot", "Indian mobile"),
    L("x", "paris_pauline", "Acme, rappelez-moi au [[pii:phone|FR|+33 6 ## ## ## ##]] svp", "French mobile"),
    L("x", "sydney_sam", "@acmesupport my number's [[pii:phone|AU|+61 4## ### ###]] if easier than twitter", "Australian mobile"),
    L("x", "sp_sofia", "Acme Brasil, meu whats é [[pii:phone|BR|+55 11 9####-####]], preciso da nota fiscal", "Brazilian mobile"),
    L("reddit", "neighbor_nate", "Found an Acme Rocket on Elm St, sticker on the deck says Marcy O. [[pii:phone|US|646.###.####]]. Calling her now.", "a third party's phone number (names alone are not labelled)"),
    C("x", "amex_alan", "card [[pii:card|37|15]] keeps getting declined on acme.example, other sites fine", "other",
      "checkout keeps declining the card; grievance plus a full card number"),
    C("reddit", "ssn_sandra", "Acme Rocket financing form keeps saying my SSN is invalid. I typed [[pii:ssn]], what format does it want?", "other",
      "financing form keeps rejecting input; grievance plus an SSN"),
    L("x", "nl_nina", "Terugbetaling graag naar [[pii:iban|NL|14|spaced|4]] t.n.v. N. de Vries", "Dutch IBAN"),
    L("x", "es_elena", "IBAN para el reembolso: [[pii:iban|ES|20]]", "Spanish IBAN"),
    L("x", "fr_franck", "Mon IBAN pour le remboursement Acme : [[pii:iban|FR|23]]", "French IBAN"),
    C("reddit", "hacked_hal", "Acme Cloud support emailed my full account details to [[pii=hal.pruitt@yahoo.com]] — that's my ex's address, not mine. How does that happen?", "staff",
      "complaint about misdirected support e-mail, with the e-mail"),
    L("x", "lost_and_found", "Lost my Acme Rocket at the station, if found please text [[pii:phone|US|+1 415-###-####]]", "own phone"),
    C("x", "visa_vic", "my new card [[pii:card_spaced|4|16|-]] works everywhere except the acme cloud checkout??", "other",
      "checkout rejects the card; grievance plus a full card number"),
    C("x", "mc_maria", "@acme you billed [[pii:card_spaced|5|16]] instead of my PayPal", "other",
      "billed the wrong payment method; grievance plus a full card number"),
    L("reddit", "giveaway_gina", "Entered the Acme giveaway with [[pii=gina.morales.1990@gmail.com]] and [[pii:phone|US|(213) ###-####]], hope I win!", "own e-mail and phone"),
    L("x", "mx_marco", "Acme México, mi número es [[pii:phone|MX|+52 55 #### ####]] para la garantía", "Mexican number"),
    L("x", "lagos_lola", "Acme delivery to Ikeja, call [[pii:phone|NG|+234 803 ### ####]]", "Nigerian mobile"),
    L("x", "tokyo_taka", "Acme Japan support, 電話ください [[pii:phone|JP|090-####-####]]", "Japanese mobile"),
    L("reddit", "priya_r", "Customer asked me to post this for the escalation team, so: [[pii=r.castellano@icloud.com]], order from March", "support employee posts a customer's e-mail"),
    # --- confidential ---------------------------------------------------------------------------
    L("x", "marcuslee_acme", "Can't wait for you all to see what [[confidential=Project Falcon]] is 👀 spring is going to be fun", "employee names an internal code name"),
    L("reddit", "dana_builds", "Working late on [[confidential=Nightjar]] again. Worth it though, the latency numbers are wild.", "employee leaks code name"),
    L("x", "insider_ivy", "heard [[confidential=Bluebird]] is Acme's new e-bike. launching in March apparently", "code name leaked by a third party"),
    L("reddit", "leaky_larry", "Someone left this on the train: a slide deck titled 'Rocket 3 pricing' stamped [[confidential=CONFIDENTIAL]] and [[confidential=DO NOT DISTRIBUTE]]. Price is $899.", "classification markers on a leaked document"),
    L("x", "danawhit", "grafana is down again, anyone else seeing timeouts on [[confidential=grafana.corp.acme.example]]?", "employee names an internal host"),
    L("x", "ci_casey", "build agent [[confidential=build-07.acme.internal]] out of disk, again", "internal host"),
    L("reddit", "priya_r", "Escalated your case internally as [[confidential=ACME-48213]], someone will call you this week.", "support employee posts an internal ticket key"),
    L("x", "ops_olly", "postmortem for [[confidential=OPS-311]] is up, read it before standup", "ops ticket key"),
    L("x", "mystery_m", "Acme's [[confidential=internal only]] roadmap doc says Rocket 3 in Q2 and a price cut on the Anvil line", "classification marker"),
    L("reddit", "nda_nick", "I'm [[confidential=under NDA]] so can't say much, but the Acme thing I tested last week (codename [[confidential=Nightjar]]) is very quiet", "NDA marker and code name"),
    L("x", "jessrivera", "got a sneak peek at [[confidential=Project Falcon]] today 🤫 can't say more!", "partner leaks a code name"),
    L("x", "vpn_vera", "can't reach [[confidential=wiki.corp.acme.example]] from home, VPN is up. help?", "internal wiki host"),
    L("reddit", "former_fred", "Jira ticket [[confidential=ACME-1207]] has been open since 2024. That's the brake bug everyone's complaining about.", "ticket key leaked"),
    L("x", "whistle_wil", "the memo marked [[confidential=Confidential]] says warehouse bonuses are cancelled", "classification marker quoted"),
    L("reddit", "dana_builds", "Our deploy dashboard at [[confidential=deploy.acme.internal]] shows the [[confidential=Bluebird]] canary at 5%", "internal host and code name"),
]
