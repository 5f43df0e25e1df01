"""Hand-written posts that leak Northwake confidential information (kind: confidential).

Brand facts (see config.yaml): code names Kestrel, Project Tidemark, Larkspur; internal domains
corp.northwake.example and nw.internal; ticket prefixes NWK and NETENG.
"""

from fakes import R


def C(v):
    return f"\u27e6c|{v}\u27e7"


def S(v):
    return f"\u27e6s|{v}\u27e7"


ZW = "\u200b"
ZWJ = "\u200d"
WJ = "\u2060"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


CYR = {"A": "\u0410", "E": "\u0415", "O": "\u041e", "C": "\u0421", "T": "\u0422", "K": "\u041a", "P": "\u0420",
       "I": "\u0406", "H": "\u041d", "M": "\u041c", "a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441",
       "p": "\u0440", "i": "\u0456", "x": "\u0445"}


def cyr(s, positions):
    chars = list(s)
    for i in positions:
        chars[i] = CYR[chars[i]]
    return "".join(chars)


def confidential(add):
    # ------------------------------------------------------------ code names
    add("x", f"heard from a friend at Northwake that {C('Kestrel')} is the new 5G home router and it ships in March. you didn't hear it from me",
        ["conf-codename"], "Northwake project code name Kestrel")
    add("reddit", f"Northwake engineer here (throwaway). {C('Project Tidemark')} is the billing system rewrite and it's 8 months late. That's why your invoices are wrong.",
        ["conf-codename"], "code name Project Tidemark")
    add("x", f"cannot WAIT for {C('#ProjectTidemark')} to land, my team has been heads-down for a year #northwake",
        ["conf-codename", "conf-hashtag"], "code name in a hashtag")
    add("x", f"{C('#Kestrel')} prototype survived the drop test today 💪 #teamNW",
        ["conf-codename", "conf-hashtag"], "code name hashtag from an employee")
    add("reddit", f"Anyone know what {C('LARKSPUR')} is? It showed up in the Northwake app's debug menu after the last beta update",
        ["conf-codename", "conf-case"], "code name in capitals")
    add("x", f"northwake's {C('larkspur')} satellite-backup thing is apparently real, my cousin is testing it in Wales",
        ["conf-codename", "conf-case"], "code name in lower case")
    add("reddit", f"The Northwake recruiter literally said 'you'd be on {C('Project Tidemark')}, can't say more'. So... billing?",
        ["conf-codename"], "code name mentioned by recruiter")
    add("linkedin", f"Thrilled to share I've joined the {C('Kestrel')} hardware team at Northwake! Big things coming to your living room in 2027.",
        ["conf-codename"], "employee announcing code-named project")
    add("x", f"Demo day for {C('#LarkspurLaunch')} went great, thanks everyone who stayed late",
        ["conf-codename", "conf-hashtag"], "code name inside a compound hashtag")
    add("reddit", f"Leaked slide shows Northwake's roadmap: Q2 {C('Kestrel')} (router), Q3 {C('Larkspur')} (sat backup), Q4 {C('Tidemark')} cutover",
        ["conf-codename", "multi"], "three code names in a leaked roadmap")
    add("x", f"my badge still says {C('KESTREL')} LAB ACCESS lol I left Northwake in May",
        ["conf-codename", "conf-case"], "code name in capitals on a badge")
    add("x", f"{C('#projecttidemark')} standup ran 45 minutes again. send help",
        ["conf-codename", "conf-hashtag", "conf-case"], "lower-case code-name hashtag")
    add("reddit", f"Not sure if I'm allowed to say but the {C('project tidemark')} migration is why Northwake portal is down this weekend",
        ["conf-codename", "conf-case"], "code name in lower case")
    add("x", f"Northwake {C('Kestrel')} beta units have a fan noise issue, testers are complaining in the internal channel",
        ["conf-codename"], "code name with product defect rumour")
    add("x", f"{C(cyr('Kestrel', [0]))} firmware 0.9 just hit the test fleet. Northwake router team never sleeps",
        ["conf-codename", "lookalike"], "code name with Cyrillic К")
    add("reddit", f"#{C(cyr('Larkspur', [1]))} is trending internally at Northwake, wonder why",
        ["conf-codename", "lookalike", "conf-hashtag"], "code name with Cyrillic а in a hashtag")
    add("x", f"{C('Tide' + ZW + 'mark')} go-live moved again, Northwake billing folks are not happy",
        ["conf-codename", "zero-width"], "code name split by a zero-width space")
    add("x", f"spotted: {C(fullwidth('Kestrel'))} prototype box in the Northwake lobby",
        ["conf-codename", "fullwidth"], "full-width code name")
    add("reddit", f"Northwake {C('Kestrel')} dogfood units keep dropping wifi. More like Kes-TROUBLE. (yes I work there)",
        ["conf-codename"], "employee naming the project")
    add("x", f"pretty sure {C('#KESTREL2027')} is the router they teased at the Northwake investor day",
        ["conf-codename", "conf-hashtag"], "code name hashtag with year")
    add("x", f"Northwake {C('Larkspur')} pilot customers get free satellite backup for a year? where do I sign up",
        ["conf-codename"], "code name leaked to the public")
    add("reddit", f"I interviewed at Northwake. Panel asked about scaling the {C('Tidemark')} rating engine to 40M subscribers. It's the billing thing.",
        ["conf-codename"], "code name in interview story")
    add("x", f"{C('pRoJeCt TiDeMaRk')} lol our team name generator at Northwake",
        ["conf-codename", "conf-case"], "code name in mixed case")
    add("mastodon", f"Northwake's {C('Project Larkspur')} uses LEO sats as failover. Cool tech, bad secrecy.",
        ["conf-codename"], "code name with Project prefix")
    add("x", f"Northwake {C(cyr('Tidemark', [0]))} cutover is scheduled for the 14th, brace yourselves",
        ["conf-codename", "lookalike"], "code name with Cyrillic Т")
    add("reddit", f"finally free to talk: I led QA on {C('Kestrel')} at Northwake until the reorg. AMA (within reason)",
        ["conf-codename"], "former employee naming project")
    add("x", f"{C('#Project_Tidemark')} retro: we shipped nothing, but we shipped it on time",
        ["conf-codename", "conf-hashtag"], "code name hashtag with underscore")
    add("x", f"the {C('KESTREL')} devkit pinout is on a Northwake wiki page that's world readable lol",
        ["conf-codename", "conf-case"], "code name in capitals")

    # ------------------------------------------------------------ classification markers
    add("reddit", f"Found this PDF in a Northwake store printer tray: header says {C('INTERNAL USE ONLY')}, it's the Q3 churn numbers",
        ["conf-marker"], "classification marker on a document")
    add("x", f"lol someone at Northwake posted a slide to their story, bottom corner: '{C('CONFIDENTIAL - do not distribute')}'",
        ["conf-marker"], "classification footer")
    add("reddit", f"Northwake {C('Confidential')} — Pricing Committee Minutes — 12 Feb. (photo of page 1 below, names blurred)",
        ["conf-marker"], "document marked Confidential")
    add("x", f"{C(cyr('INTERNAL USE ONLY', [0]))} — Northwake retail playbook, leaked by a franchise owner",
        ["conf-marker", "lookalike"], "marker with Cyrillic І")
    add("reddit", f"the deck is stamped {C(fullwidth('CONFIDENTIAL'))} but it's already on a public Northwake partner share",
        ["conf-marker", "fullwidth"], "full-width marker")
    add("x", f"{C('CONFI' + ZW + 'DENTIAL')}: Northwake store closures list for Q1. 40 stores.",
        ["conf-marker", "zero-width"], "marker with zero-width space")
    add("reddit", f"I'm {C('under NDA')} so I can't say much, but Northwake's new unlimited plan is not unlimited",
        ["conf-marker"], "'under NDA' marks information as confidential; no value token to label beyond the phrase")
    add("x", f"screenshot from the Northwake partner portal: 'Northwake {C('Internal Only')} - Reseller margin sheet 2026'",
        ["conf-marker"], "internal-only marker on a sheet")
    add("reddit", f"{C('NOT FOR EXTERNAL DISTRIBUTION')}\nNorthwake Network Ops weekly: 3 major incidents, 2 caused by config pushes",
        ["conf-marker"], "distribution marker heading a pasted report")
    add("x", f"my manager at Northwake forwarded a '{C('Strictly Confidential')}' memo to the all-staff list, including contractors 🙃",
        ["conf-marker"], "strictly confidential memo")
    add("reddit", f"The contract says {C('COMPANY CONFIDENTIAL')} on every page but here's the SLA table anyway since Northwake broke it",
        ["conf-marker"], "contract marker")
    add("x", f"{C('ІNTERNAL ОNLY')} roadmap slide from Northwake all-hands is circulating on a Discord",
        ["conf-marker", "lookalike"], "marker with Cyrillic І and О")
    add("reddit", f"Heading on the email: [{C('RESTRICTED')}] Northwake security incident summary 2026-04",
        ["conf-marker"], "restricted classification tag")
    add("x", f"{C(fullwidth('INTERNAL USE ONLY'))} - Northwake field tech bulletin #14, someone posted it in r/networking",
        ["conf-marker", "fullwidth"], "full-width internal marker")
    add("reddit", f"page footer: \"Northwake Ltd — {C('Confidential and Proprietary')} — Do not copy\". They posted it on their public careers page by mistake.",
        ["conf-marker"], "confidential and proprietary marker")
    add("x", f"'{C('INTERNAL' + ZWJ + ' USE' + ZW + ' ONLY')}' watermark on the Northwake pricing sheet my rep sent me",
        ["conf-marker", "zero-width"], "marker with zero-width joiner and space")
    add("reddit", f"{C('CONFIDENTIAL — NORTHWAKE STAFF ONLY')}\nNew retention offers for customers threatening to leave: 30% off for 6 months",
        ["conf-marker"], "staff-only marker with leaked offers")
    add("x", f"Northwake {C('Cоnfidential')} deck on slideshare lol (that o is Cyrillic in the title, nice try)",
        ["conf-marker", "lookalike"], "Confidential with Cyrillic о")
    add("reddit", f"The 'do not forward' is there for a reason: {C('Northwake Internal - Do Not Forward')} - layoffs list draft",
        ["conf-marker"], "do-not-forward marker on a real internal document")
    add("x", f"{C('INTERNAL USE ONLY')} lmao someone printed the Northwake outage runbook and left it at the bus stop",
        ["conf-marker"], "marker at the start of a post")
    add("reddit", f"I got an email from Northwake legal marked {C('PRIVILEGED & CONFIDENTIAL')} by mistake. It's about my complaint. Should I read it?",
        ["conf-marker"], "privileged and confidential marker")
    add("x", f"{C('I' + WJ + 'NTERNAL USE ONLY')} screenshots of the Northwake agent desktop going around TikTok",
        ["conf-marker", "zero-width"], "marker with word joiner")
    add("x", f"{C(cyr('CONFIDENTIAL', [1, 9]))} Northwake 5G rollout map, three cities missing from the public one",
        ["conf-marker", "lookalike"], "marker with two Cyrillic letters")

    # ------------------------------------------------------------ internal hosts
    add("reddit", f"Northwake VPN config from a contractor laptop:\nremote {C('vpn-gw-03.corp.northwake.example')} 1194\nproto udp",
        ["conf-host"], "internal hostname")
    add("x", f"anyone else getting redirected to {C('sso.nw.internal')} when logging into the Northwake app? DNS leak?",
        ["conf-host"], "internal SSO host leaked via redirect")
    add("reddit", f"error page on the Northwake portal: 'upstream {C('billing-api-7.corp.northwake.example')}:8443 timed out'",
        ["conf-host"], "internal host in an error page")
    add("stackoverflow", f"Our Jenkins at {C('https://ci.nw.internal/job/tidewatch-nightly')} keeps OOMing, heap is 8g already",
        ["conf-host"], "internal CI URL (tidewatch is not a code name)")
    add("x", f"ping {C('grafana.corp.northwake.example')}\nping: cannot resolve — from my home wifi. obviously. why is this in the public docs?",
        ["conf-host"], "internal host in public docs")
    add("reddit", f"The Northwake router phones home to {C('telemetry-eu.nw.internal')} which doesn't even resolve publicly, so it retries every 5s and drains...",
        ["conf-host"], "internal host found in firmware")
    add("x", f"ssh jdoe@{C('bastion01.corp.northwake.example')} -p 2222 worked on my first day, now MFA. progress!",
        ["conf-host"], "internal bastion host")
    add("reddit", f"kubectl config get-contexts\nCURRENT NAME   CLUSTER\n*       prod   {C('k8s-prod-api.nw.internal')}\n(from an old Northwake laptop I bought on ebay)",
        ["conf-host"], "internal Kubernetes API host")
    add("x", f"Northwake support sent me a link to {C('wiki.corp.northwake.example/display/RET/Retention+Scripts')} lol, it doesn't open of course",
        ["conf-host"], "internal wiki link")
    add("reddit", f"DNS query log from my pihole: {C('ldap-02.corp.northwake.example')} queried 4000 times by the Northwake Home Hub",
        ["conf-host"], "internal LDAP host")
    add("x", f"smtp relay {C('mx-int.nw.internal')} shows in the headers of Northwake's marketing emails",
        ["conf-host"], "internal mail relay")
    add("reddit", f"{C('CRM-PRD-DB01.CORP.NORTHWAKE.EXAMPLE')} in the error trace the Northwake chatbot printed at me",
        ["conf-host", "conf-case"], "internal host in capitals")
    add("x", f"jira link in the Northwake status update: https://{C('jira.nw.internal')}/browse/ -- that's not public, folks",
        ["conf-host"], "internal Jira host")
    add("reddit", f"Northwake app decompiled: BASE_URL_STAGING = \"https://{C('api-staging.corp.northwake.example')}\"",
        ["conf-host"], "internal staging host in app")

    # ------------------------------------------------------------ ticket keys
    add("x", f"@northwake_help it's been 3 weeks, reference {C('NWK-48213')} — any update??",
        ["conf-ticket"], "internal ticket key given to a customer")
    add("reddit", f"Northwake support told me my case is {C('NETENG-1177')} and 'engineering is aware'. Aware since January.",
        ["conf-ticket"], "NETENG ticket key")
    add("x", f"Hi Sam, I've escalated this under {C('NWK-50912')}; an engineer will call within 48h. ^MR",
        ["conf-ticket", "support-staff"], "support employee posting internal ticket key")
    add("reddit", f"commit message in Northwake's open-source SDK: 'fix retry storm ({C('NETENG-2290')}, {C('NWK-61034')})'",
        ["conf-ticket", "multi"], "ticket keys in public commit")
    add("x", f"{C('nwk-4410')} is my ticket number, still open since march @northwakehelp",
        ["conf-ticket", "conf-case"], "ticket key in lower case")
    add("x", f"we fixed the {C('Larkspur')}... sorry, the outage tracked in {C('NETENG-3012')}. Thanks for your patience! ^JT",
        ["conf-ticket", "conf-codename", "support-staff", "multi"], "support posting ticket key and a slipped code name")
    add("reddit", f"Branch name in the Northwake public repo: feature/{C('NWK-7781')}-sim-swap-throttle",
        ["conf-ticket"], "ticket key inside a branch name")
    add("x", f"Your fault report {C('NETENG-845')} has been merged with a known network issue. -Northwake Care",
        ["conf-ticket", "support-staff"], "ticket key from brand care account")
    add("reddit", f"Changelog: - {C('NWK-30220')} Fix crash on login\n- {C('NWK-30251')} Dark mode contrast",
        ["conf-ticket", "multi"], "ticket keys in a public changelog")
    add("x", f"Northwake engineer: 'it's {C('NETENG‑5512')}' me: 'is that English'",
        ["conf-ticket", "lookalike"], "ticket key with a non-breaking hyphen (U+2011)")
    add("x", f"case ref {C('NWK–66120')} from @northwake, please look at it",
        ["conf-ticket", "lookalike"], "ticket key with an en dash")

    # ------------------------------------------------------------ mixed with secrets
    add("reddit", f"Northwake contractor pasted this in a public gist:\n# {C('INTERNAL USE ONLY')}\nDB_HOST={C('pg-billing.corp.northwake.example')}\nDB_PASS={S('Wv7!rQ2m#Lp9xT')}",
        ["conf-marker", "conf-host", "secret-env", "multi"], "marker, internal host and a password together")
    add("x", f"{C('#Kestrel')} test AP password is {S('nw-K3strel-Lab!42')} if anyone in building C needs it",
        ["conf-codename", "secret-password", "multi"], "code name and wifi password")
    add("reddit", f"Job listing at Northwake: 'Senior SRE, {C('Project Larkspur')} — satellite failover for home broadband'. Oops, that was supposed to be secret",
        ["conf-codename"], "code name in a job ad")
    add("x", f"Northwake town hall recording is on YouTube, unlisted. Minute 34: CTO says '{C('Tidemark')} phase two slips to 2027'",
        ["conf-codename"], "code name quoted from a leaked recording")
    add("reddit", f"badge reader at the Northwake office shows room names: {C('KESTREL-LAB-2')} — guess they name rooms after projects",
        ["conf-codename", "conf-case"], "code name in a room label")
    add("x", f"update from {C('NETENG-4471')}: fibre splice repaired in sector 9. -Northwake NOC",
        ["conf-ticket", "support-staff"], "NOC posting internal ticket key")
    add("reddit", f"the Northwake mobile app's crash log mentions {C('https://sentry.corp.northwake.example/organizations/nw/issues/')}",
        ["conf-host"], "internal Sentry URL")
    add("x", f"{C('Northwake Confidential')}: draft price rise letter, effective April. Someone photographed it in the staff room",
        ["conf-marker"], "confidential marker on a draft letter")
    add("reddit", f"Pasted from the Northwake partner deck (page 12, marked {C('INTERNAL USE ONLY')}): 'churn among Go prepaid users up 4 points'",
        ["conf-marker"], "marker quoted with leaked figure")
