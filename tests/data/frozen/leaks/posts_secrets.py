"""Hand-written posts that leak credentials (kind: secret). Values come from fakes.py."""

from fakes import (not_luhn as nl, B62, B64, B64URL, HEX, UPHEX, ALNUM, R, rs, mixed, crc_token, uuid4, jwt, b64url_json,
                   password)
import base64
import string

LOW = string.ascii_lowercase
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits


def S(v):
    return f"\u27e6s|{v}\u27e7"


def P(v):
    return f"\u27e6p|{v}\u27e7"


def aws_id(prefix="AKIA"):
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return mixed(40, ALNUM + "+/")


def slack_bot(kind="xoxb"):
    return f"{kind}-{nl(12)}-{nl(13)}-{mixed(24)}"


def pem_body(lines=3, width=64):
    return "\n".join(rs(B64, width) for _ in range(lines))


def secrets(add):
    # ---------------------------------------------------------------- cloud
    a1, s1 = aws_id(), aws_secret()
    add("reddit", f"Northwake's billing export broke after I rotated keys, here's my ~/.aws/credentials so someone can tell me what's wrong:\n\n[default]\naws_access_key_id = {S(a1)}\naws_secret_access_key = {S(s1)}\nregion = eu-west-1",
        ["secret-aws", "secret-ini"], "AWS key pair in an INI credentials file")
    a2 = aws_id()
    add("x", f"lol our intern just tweeted a screenshot caption with {S(a2)} in it. AKIA ids alone are still enough to start an incident",
        ["secret-aws"], "AWS access key id alone is still a secret per guideline")
    a3, s3 = aws_id("ASIA"), aws_secret()
    add("reddit", f"temporary creds from sts expire anyway right?\nexport AWS_ACCESS_KEY_ID={S(a3)}\nexport AWS_SECRET_ACCESS_KEY=\"{S(s3)}\"\nexport AWS_SESSION_TOKEN=expired",
        ["secret-aws", "secret-env"], "STS key id and secret in shell exports")
    g1 = "AIza" + mixed(35, ALNUM + "-_")
    add("x", f"why does the Northwake store locator map say 'for development purposes only'?? view-source shows key={S(g1)} lmao",
        ["secret-gcp"], "Google API key in page source")
    pk_id = rs(HEX, 40)
    sa = ('{\n  "type": "service_account",\n  "project_id": "nw-analytics-prod",\n  "private_key_id": "' + pk_id +
          '",\n  "private_key": "' + S("-----BEGIN PRIVATE KEY-----") + "\\n" + rs(B64, 64) + "\\n" + rs(B64, 40) +
          '\\n-----END PRIVATE KEY-----\\n"\n}')
    add("reddit", f"BigQuery keeps saying permission denied for my loader. Key file below (trimmed):\n{sa}",
        ["secret-gcp-sa", "secret-json", "secret-privkey-escaped"], "GCP service-account JSON with escaped-newline private key")
    az_key = rs(B64, 86) + "=="
    add("reddit", f"Azure function can't reach blob storage:\nDefaultEndpointsProtocol=https;AccountName=nwmediaprod;AccountKey={S(az_key)};EndpointSuffix=core.windows.net",
        ["secret-azure-storage", "secret-connstring"], "Azure storage account key in connection string")
    sas = rs(B64, 43) + "%3D"
    add("x", f"sharing the recording from the Northwake partner call: https://nwshare.blob.core.windows.net/rec/call.mp4?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-30T00:00:00Z&sig={S(sas)}",
        ["secret-azure-sas", "secret-url"], "Azure SAS signature in a shared URL")
    az_cs = rs(ALNUM, 3) + str(R.randint(0, 9)) + "Q~" + rs(ALNUM + "_~.-", 34)
    add("reddit", f"MSAL throws AADSTS7000215 even though I copied the secret straight from the portal. client_id 3f1c..., client_secret: {S(az_cs)} what am I missing",
        ["secret-azure-client"], "Azure AD client secret value (xxxNQ~ format)")
    ali = "LTAI" + mixed(20)
    add("x", f"阿里云 OSS upload fails with SignatureDoesNotMatch, AccessKeyId={S(ali)} AccessKeySecret={S(mixed(30))} region oss-cn-hangzhou, Northwake CDN mirror",
        ["secret-alibaba", "secret-env"], "Alibaba Cloud AccessKey pair")
    do = "dop_v1_" + rs(HEX, 64)
    add("reddit", f"doctl auth init --access-token {S(do)}\n\nthat's what I ran on the shared box before the Northwake hackathon. should I rotate?",
        ["secret-digitalocean", "secret-cli"], "DigitalOcean PAT on a command line")
    doo = "doo_v1_" + rs(HEX, 64)
    add("mastodon", f"terraform plan keeps asking me to re-auth. tfvars has do_token = \"{S(doo)}\" which worked yesterday",
        ["secret-digitalocean", "secret-hcl"], "DigitalOcean OAuth token in tfvars")
    tc = "AKID" + mixed(32)
    add("reddit", f"Tencent COS SDK config for the Northwake Asia site: SecretId {S(tc)}, SecretKey {S(mixed(32))}",
        ["secret-tencent"], "Tencent Cloud SecretId/SecretKey")
    ibm = mixed(44, ALNUM + "_-")
    add("reddit", f"ibmcloud login --apikey {S(ibm)} -r eu-de   # works on my laptop, fails in CI",
        ["secret-ibm", "secret-cli"], "IBM Cloud API key on command line")
    scw_a, scw_s = "SCW" + rs(UPNUM, 17), uuid4()
    add("x", f"scaleway config.yaml for anyone copying my setup:\naccess_key: {S(scw_a)}\nsecret_key: {S(scw_s)}\ndefault_region: fr-par",
        ["secret-scaleway", "secret-yaml"], "Scaleway access key and secret key (UUID) in YAML")
    lin = rs(HEX, 64)
    add("reddit", f"[linode] my StackScript has LINODE_TOKEN={S(lin)} baked in, is that why the Northwake VPN lab got hijacked?",
        ["secret-linode", "secret-env"], "Linode API token in env assignment")
    hz = mixed(64)
    add("reddit", f"hcloud context create nw-lab\nToken: {S(hz)}\nContext nw-lab created and activated",
        ["secret-hetzner", "secret-cli"], "Hetzner Cloud token pasted from terminal session")
    vul = rs(UPNUM, 36)
    add("x", f"anyone know why vultr-cli says unauthorized? VULTR_API_KEY={S(vul)}",
        ["secret-vultr", "secret-env"], "Vultr API key")
    oci_fp = ":".join(rs(HEX, 2) for _ in range(16))
    add("reddit", f"OCI config that fails for the Northwake dev tenancy:\n[DEFAULT]\nuser=ocid1.user.oc1..aaaa{rs(LOWNUM, 20)}\nfingerprint={oci_fp}\nkey_file=~/.oci/key.pem\npass_phrase={S(password(16))}",
        ["secret-oracle", "secret-ini"], "OCI private-key pass phrase in config (fingerprint alone is not a secret)")

    # ---------------------------------------------------------------- source hosting / CI
    gh = crc_token("ghp_")
    add("x", f"@northwakehelp your status page repo README says to open an issue, I did, here's the token my script uses {S(gh)} (read only, so it's fine right?)",
        ["secret-github"], "GitHub PAT with valid checksum; read-only still a secret")
    gho = crc_token("gho_")
    add("reddit", f"OAuth flow finally works!\n\n```\nHTTP/1.1 200 OK\n{{\"access_token\":\"{S(gho)}\",\"token_type\":\"bearer\",\"scope\":\"repo\"}}\n```",
        ["secret-github", "secret-json"], "GitHub OAuth token in a JSON response")
    ghs = crc_token("ghs_")
    add("reddit", f"our actions log printed this before masking kicked in: GITHUB_TOKEN={S(ghs)}",
        ["secret-github", "secret-env"], "GitHub app installation token")
    ghu = crc_token("ghu_")
    add("dev.to", f"Debugging the Northwake Copilot extension: user-to-server token was {S(ghu)} and it expired after 8h as documented",
        ["secret-github"], "GitHub user-to-server token")
    ghr = crc_token("ghr_")
    add("x", f"refresh token leaked in my bug report, oops: {S(ghr)}",
        ["secret-github"], "GitHub refresh token")
    fg = "github_pat_11" + rs(UPNUM, 20) + "_" + mixed(59, ALNUM)
    add("reddit", f"fine-grained tokens are so much better. git clone https://x-access-token:{S(fg)}@github.com/nw-oss/modem-tools.git",
        ["secret-github", "secret-url"], "fine-grained GitHub PAT embedded in clone URL")
    gl = "glpat-" + mixed(20, ALNUM + "-_")
    add("reddit", f"GitLab CI can't pull the submodule, .gitmodules points at https://oauth2:{S(gl)}@gitlab.com/nw/firmware.git",
        ["secret-gitlab", "secret-url"], "GitLab PAT inside a URL")
    glptt = "glptt-" + rs(HEX, 40)
    add("x", f"curl -X POST --fail -F token={S(glptt)} -F ref=main https://gitlab.example.org/api/v4/projects/88/trigger/pipeline",
        ["secret-gitlab", "secret-cli"], "GitLab pipeline trigger token in curl")
    gldt = "gldt-" + mixed(20, ALNUM + "-_")
    add("reddit", f"deploy token for the helm chart registry: username gitlab+deploy-token-12, password {S(gldt)}",
        ["secret-gitlab"], "GitLab deploy token")
    glrt = "glrt-" + mixed(20, ALNUM + "-_")
    add("reddit", f"gitlab-runner register --url https://gitlab.com --token {S(glrt)} --executor docker\n\nand it still says 403",
        ["secret-gitlab", "secret-cli"], "GitLab runner authentication token")
    glrr = "GR1348941" + mixed(20, ALNUM + "-_")
    add("x", f"old style runner registration token in our wiki: {S(glrr)} -- is this still valid after 17.0?",
        ["secret-gitlab"], "GitLab runner registration token")
    glfeed = "glft-" + mixed(20, ALNUM + "-_")
    add("reddit", f"subscribed to the issue feed in my reader: https://gitlab.com/nw/core.atom?feed_token={S(glfeed)}",
        ["secret-gitlab", "secret-url"], "GitLab feed token in URL query")
    glcbt = "glcbt-" + rs(HEX, 2) + "_" + mixed(20, ALNUM + "-_")
    add("reddit", f"CI_JOB_TOKEN leaked into the job log as {S(glcbt)}",
        ["secret-gitlab"], "GitLab CI job token")
    glsoat = "glsoat-" + mixed(20, ALNUM + "-_")
    add("x", f"SCIM sync with Okta broke, gitlab token used: {S(glsoat)}",
        ["secret-gitlab"], "GitLab SCIM/OAuth token")
    glagent = "glagent-" + mixed(50, ALNUM + "-_")
    add("reddit", f"helm upgrade --install nw-agent gitlab/gitlab-agent --set config.token={S(glagent)} --set config.kasAddress=wss://kas.gitlab.com",
        ["secret-gitlab", "secret-cli"], "GitLab agent for Kubernetes token in a helm flag")
    gloas = "gloas-" + rs(HEX, 64)
    add("reddit", f"GitLab OAuth app for our Northwake status dashboard: Application ID {rs(HEX, 64)}, Secret {S(gloas)}",
        ["secret-gitlab"], "GitLab OAuth application secret (application id is not secret)")
    glimt = "glimt-" + mixed(25, LOWNUM)
    add("x", f"found the service desk incoming mail token in our old gitlab.rb backup: {S(glimt)}",
        ["secret-gitlab"], "GitLab incoming mail token")
    glffct = "glffct-" + mixed(20, ALNUM + "-_")
    add("reddit", f"unleash client config for GitLab feature flags:\nurl: https://gitlab.com/api/v4/feature_flags/unleash/42\ninstanceId: {S(glffct)}",
        ["secret-gitlab", "secret-yaml"], "GitLab feature-flag client token")
    bb = "ATBB" + mixed(32) + rs(UPHEX, 8)
    add("reddit", f"Bitbucket app password for the pipeline user: {S(bb)}  (yes I know, rotating now)",
        ["secret-bitbucket"], "Bitbucket app password")
    cci = "CCIPAT_" + mixed(22) + "_" + rs(HEX, 40)
    add("x", f"circleci cli setup --token {S(cci)} --host https://circleci.com",
        ["secret-circleci", "secret-cli"], "CircleCI personal API token")
    bk = "bkua_" + rs(HEX, 40)
    add("reddit", f"buildkite agent keeps registering twice. BUILDKITE_API_TOKEN: {S(bk)}",
        ["secret-buildkite", "secret-yaml"], "Buildkite API token")
    travis = mixed(22)
    add("reddit", f"travis encrypt didn't work so I put it in plain text in .travis.yml:\nenv:\n  global:\n    - TRAVIS_TOKEN={S(travis)}",
        ["secret-travis", "secret-yaml"], "Travis CI token as env entry in YAML")
    tfc = rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)
    add("reddit", f"~/.terraformrc\ncredentials \"app.terraform.io\" {{\n  token = \"{S(tfc)}\"\n}}",
        ["secret-terraform", "secret-hcl"], "Terraform Cloud token in HCL")
    pul = "pul-" + rs(HEX, 40)
    add("x", f"pulumi login keeps failing in the GH action, PULUMI_ACCESS_TOKEN={S(pul)} is set as plain env",
        ["secret-pulumi", "secret-env"], "Pulumi access token")
    sq = "squ_" + rs(HEX, 40)
    add("reddit", f"mvn sonar:sonar -Dsonar.host.url=https://sonar.example.org -Dsonar.token={S(sq)}",
        ["secret-sonarqube", "secret-cli"], "SonarQube user token as -D flag")
    sqp = "sqp_" + rs(HEX, 40)
    add("x", f"sonar-project.properties has sonar.login={S(sqp)} in our public repo since 2024. fun.",
        ["secret-sonarqube", "secret-properties"], "SonarQube project token in properties")
    snyk = uuid4()
    add("reddit", f"snyk auth {S(snyk)}\nAuthenticated. Now `snyk test` on the Northwake app shows 41 issues",
        ["secret-snyk", "secret-cli"], "Snyk API token (UUID) given to snyk auth")
    sg = "sgp_" + rs(HEX, 16) + "_" + rs(HEX, 40)
    add("reddit", f"src login https://sourcegraph.example.org with SRC_ACCESS_TOKEN={S(sg)}",
        ["secret-sourcegraph", "secret-env"], "Sourcegraph access token")
    jf = "AKCp8" + mixed(68)
    add("reddit", f"artifactory pull fails: curl -H \"X-JFrog-Art-Api: {S(jf)}\" https://nw.jfrog.io/artifactory/api/npm/npm-remote/",
        ["secret-jfrog", "secret-header"], "JFrog Artifactory API key in header")
    jfr = "cmVmdGtuOjAxOj" + mixed(50)
    add("x", f"jfrog reference token for read-only pulls: {S(jfr)}",
        ["secret-jfrog"], "JFrog reference token (base64 'reftkn:01:' prefix)")

    # ---------------------------------------------------------------- package registries
    npm = crc_token("npm_")
    add("reddit", f"publishing @northwake/ui-kit fails with E403. my .npmrc:\n//registry.npmjs.org/:_authToken={S(npm)}",
        ["secret-npm", "secret-npmrc"], "npm token with valid CRC checksum in .npmrc")
    npm2 = crc_token("npm_")
    add("x", f"NPM_TOKEN: {S(npm2)} <- pasted in the wrong slack channel and now it's on my screenshot here. classic monday",
        ["secret-npm"], "npm token with valid checksum")
    pypi = "pypi-AgEIcHlwaS5vcmc" + mixed(60, ALNUM + "-_")
    add("reddit", f"twine keeps asking for a password. ~/.pypirc:\n[pypi]\nusername = __token__\npassword = {S(pypi)}",
        ["secret-pypi", "secret-ini"], "PyPI API token in .pypirc")
    rg = "rubygems_" + rs(HEX, 48)
    add("reddit", f"gem push rejected. ~/.gem/credentials\n---\n:rubygems_api_key: {S(rg)}",
        ["secret-rubygems", "secret-yaml"], "RubyGems API key")
    nuget = "oy2" + rs(LOWNUM, 43)
    add("x", f"dotnet nuget push Northwake.Sdk.2.1.0.nupkg --api-key {S(nuget)} --source https://api.nuget.org/v3/index.json",
        ["secret-nuget", "secret-cli"], "NuGet API key on command line")
    dck = "dckr_pat_" + mixed(27, ALNUM + "-_")
    add("reddit", f"echo {S(dck)} | docker login -u nwbuild --password-stdin\n\nError: unauthorized. token is fresh!",
        ["secret-dockerhub", "secret-cli"], "Docker Hub PAT piped to docker login")
    dauth = base64.b64encode(f"nwbuild:{password(16)}".encode()).decode()
    add("reddit", f"~/.docker/config.json\n{{\n  \"auths\": {{\n    \"https://index.docker.io/v1/\": {{ \"auth\": \"{S(dauth)}\" }}\n  }}\n}}",
        ["secret-docker-config", "secret-json"], "base64 user:password in docker config auths")
    cargo = "cio" + mixed(32)
    add("reddit", f"cargo publish says 'token invalid'. ~/.cargo/credentials.toml:\n[registry]\ntoken = \"{S(cargo)}\"",
        ["secret-cratesio", "secret-toml"], "crates.io token in TOML")
    hexpm = rs(HEX, 32)
    add("elixirforum", f"mix hex.publish in CI uses HEX_API_KEY={S(hexpm)}, printed by `env` in the log, oops",
        ["secret-hex", "secret-env"], "Hex.pm API key in env")
    packagist = "packagist_uut_" + rs(HEX, 38)
    add("reddit", f"composer config --global --auth http-basic.repo.packagist.com nwdev {S(packagist)}",
        ["secret-packagist", "secret-cli"], "Private Packagist token")

    # ---------------------------------------------------------------- payments
    sk = "sk_live_" + mixed(99)
    add("reddit", f"Stripe says my webhook is unauthenticated. STRIPE_SECRET_KEY={S(sk)}",
        ["secret-stripe", "secret-env"], "Stripe live secret key")
    rk = "rk_live_" + mixed(99)
    add("x", f"gave our analytics contractor a restricted key {S(rk)} so it's safe to post right",
        ["secret-stripe"], "Stripe restricted key is a secret per guideline")
    wh = "whsec_" + mixed(32)
    add("reddit", f"signature verification failing, endpoint secret is {S(wh)} and I'm using the raw body...",
        ["secret-stripe"], "Stripe webhook signing secret")
    sqa = "EAAA" + mixed(60, ALNUM + "-_")
    add("reddit", f"Square sandbox worked, production 401s: Authorization: Bearer {S(sqa)}",
        ["secret-square", "secret-bearer"], "Square production access token in Bearer header")
    sqo = "sq0csp-" + mixed(43, ALNUM + "-_")
    add("x", f"square oauth app secret is {S(sqo)}, application id sq0idp-{mixed(22)}",
        ["secret-square"], "Square OAuth application secret")
    bt = f"access_token$production${rs(LOWNUM, 16)}${rs(HEX, 32)}"
    add("reddit", f"braintree gateway init: BraintreeGateway(accessToken: \"{S(bt)}\")",
        ["secret-braintree", "secret-code"], "PayPal/Braintree access token")
    pp_id, pp_sec = "A" + mixed(79, ALNUM + "-_"), "E" + mixed(79, ALNUM + "-_")
    add("reddit", f"PayPal REST creds for the Northwake shop plugin\nPAYPAL_CLIENT_ID={pp_id}\nPAYPAL_CLIENT_SECRET={S(pp_sec)}",
        ["secret-paypal", "secret-env"], "PayPal client secret (client id is public-ish, not labelled)")
    adyen = "AQE" + mixed(90, ALNUM + "+/")
    add("reddit", f"Adyen X-API-Key header: {S(adyen)}",
        ["secret-adyen", "secret-header"], "Adyen API key")
    rzp_id, rzp_sec = "rzp_live_" + mixed(14), mixed(24)
    add("x", f"razorpay keys for the Northwake India top-up page: key_id {S(rzp_id)} key_secret {S(rzp_sec)}",
        ["secret-razorpay"], "Razorpay live key id and secret")
    flw = "FLWSECK-" + rs(HEX, 32) + "-X"
    add("reddit", f"Flutterwave payout integration returns 401 with {S(flw)}",
        ["secret-flutterwave"], "Flutterwave secret key")
    mollie = "live_" + mixed(30)
    add("reddit", f"$mollie->setApiKey(\"{S(mollie)}\"); // Northwake NL shop",
        ["secret-mollie", "secret-code"], "Mollie live API key in PHP")
    plaid_sec = rs(HEX, 30)
    add("reddit", f"PLAID_CLIENT_ID=6{rs(HEX, 23)}\nPLAID_SECRET={S(plaid_sec)}\nPLAID_ENV=production",
        ["secret-plaid", "secret-env"], "Plaid secret")
    cb = "organizations/" + uuid4() + "/apiKeys/" + uuid4()
    cbk = "-----BEGIN EC PRIVATE KEY-----"
    add("reddit", f"Coinbase CDP key json:\n{{\"name\": \"{cb}\",\n \"privateKey\": \"{S(cbk)}\\n{rs(B64, 64)}\\n{rs(B64, 40)}\\n-----END EC PRIVATE KEY-----\\n\"}}",
        ["secret-coinbase", "secret-privkey-escaped", "secret-json"], "EC private key inside JSON string")
    shippo = "shippo_live_" + rs(HEX, 40)
    add("x", f"shipping labels stopped printing. ShippoToken {S(shippo)}",
        ["secret-shippo"], "Shippo live token")
    ezp = "EZAK" + rs(HEX, 54)
    add("reddit", f"EasyPost production key {S(ezp)} in my Northwake returns portal fork",
        ["secret-easypost"], "EasyPost API key")

    # ---------------------------------------------------------------- AI providers
    oa = "sk-proj-" + mixed(74, ALNUM + "-_") + "T3BlbkFJ" + mixed(74, ALNUM + "-_")
    add("x", f"built a bot that answers Northwake outage questions!! code: client = OpenAI(api_key=\"{S(oa)}\")",
        ["secret-openai", "secret-code"], "OpenAI project key in Python")
    ant = "sk-ant-api03-" + mixed(93, ALNUM + "-_") + "AA"
    add("reddit", f"claude keeps returning 401 authentication_error.\n\ncurl https://api.anthropic.com/v1/messages -H \"x-api-key: {S(ant)}\" -H \"anthropic-version: 2023-06-01\"",
        ["secret-anthropic", "secret-header"], "Anthropic API key in curl header")
    anta = "sk-ant-admin01-" + mixed(93, ALNUM + "-_") + "AA"
    add("x", f"admin key for our org usage reports: {S(anta)}",
        ["secret-anthropic"], "Anthropic admin key")
    groq = "gsk_" + mixed(52)
    add("reddit", f"GROQ_API_KEY={S(groq)}\nllama-3.1-8b-instant works, 70b says rate limited",
        ["secret-groq", "secret-env"], "Groq API key")
    pplx = "pplx-" + mixed(48)
    add("x", f"perplexity api with {S(pplx)} returns citations fine but sonar-pro 500s, anyone else?",
        ["secret-perplexity"], "Perplexity API key")
    coh = mixed(40)
    add("reddit", f"import cohere\nco = cohere.ClientV2(api_key=\"{S(coh)}\")\nresponse = co.rerank(...)",
        ["secret-cohere", "secret-code"], "Cohere API key (no prefix, strong context)")
    r8 = "r8_" + mixed(37)
    add("x", f"REPLICATE_API_TOKEN={S(r8)} flux runs are $0.003 each, cheap",
        ["secret-replicate", "secret-env"], "Replicate API token")
    hf = "hf_" + mixed(34, string.ascii_letters)
    add("reddit", f"huggingface-cli login --token {S(hf)}\nToken is valid (permission: write).",
        ["secret-huggingface", "secret-cli"], "Hugging Face token")
    bed = "ABSKQmVkcm9ja0FQSUtleS1" + mixed(110, ALNUM + "+/") + "="
    add("reddit", f"bedrock long-term API key in my notebook: AWS_BEARER_TOKEN_BEDROCK={S(bed)}",
        ["secret-aws-bedrock", "secret-env"], "AWS Bedrock API key")
    mis = mixed(32)
    add("x", f"mistral client: Mistral(api_key='{S(mis)}') any idea why codestral endpoint 401s",
        ["secret-mistral", "secret-code"], "Mistral API key with strong context")
    ds = "sk-" + rs(HEX, 32)
    add("reddit", f"DeepSeek base_url=https://api.deepseek.com api_key={S(ds)}",
        ["secret-deepseek"], "DeepSeek API key")
    xai = "xai-" + mixed(80)
    add("x", f"grok api key {S(xai)} works in curl but not the sdk",
        ["secret-xai"], "xAI API key")
    orr = "sk-or-v1-" + rs(HEX, 64)
    add("reddit", f"OPENROUTER_API_KEY=\"{S(orr)}\" in my .env, pushed to a public repo by accident",
        ["secret-openrouter", "secret-env"], "OpenRouter key")
    el = "sk_" + rs(HEX, 48)
    add("reddit", f"ElevenLabs header xi-api-key: {S(el)} -> voice clone returns 401",
        ["secret-elevenlabs", "secret-header"], "ElevenLabs API key")
    ls = "lsv2_pt_" + rs(HEX, 32) + "_" + rs(HEX, 10)
    add("x", f"LANGSMITH_API_KEY={S(ls)} tracing the Northwake support agent prototype",
        ["secret-langsmith", "secret-env"], "LangSmith key")
    pc = "pcsk_" + mixed(5) + "_" + mixed(63)
    add("reddit", f"pinecone init: Pinecone(api_key=\"{S(pc)}\") index dims 1536",
        ["secret-pinecone", "secret-code"], "Pinecone API key")
    tg = rs(HEX, 64)
    add("reddit", f"together.ai TOGETHER_API_KEY={S(tg)}",
        ["secret-together", "secret-env"], "Together AI key (hex, context)")

    # ---------------------------------------------------------------- chat, webhooks, social
    xb = slack_bot()
    add("reddit", f"my slack bot for Northwake outage alerts stopped posting:\nSLACK_BOT_TOKEN={S(xb)}\nSLACK_CHANNEL=#noc",
        ["secret-slack", "secret-env"], "Slack bot token")
    xp = slack_bot("xoxp")
    add("x", f"accidentally pasted my xoxp in the public channel: {S(xp)} -- revoked? who knows",
        ["secret-slack"], "Slack user token")
    xapp = f"xapp-1-A{rs(UPNUM, 10)}-{nl(13)}-{rs(HEX, 64)}"
    add("reddit", f"socket mode app-level token: {S(xapp)}  connections:write scope only",
        ["secret-slack"], "Slack app-level token")
    xoxe = f"xoxe.xoxp-1-{mixed(150, ALNUM)}"
    add("reddit", f"token rotation gives me {S(xoxe)} and then refresh fails",
        ["secret-slack"], "Slack rotating token")
    xoxe2 = f"xoxe-1-{mixed(140, ALNUM)}"
    add("x", f"slack refresh token {S(xoxe2)} leaked in our public gist",
        ["secret-slack"], "Slack refresh token")
    xcfg = f"xoxe.xoxp-1-{mixed(150, ALNUM)}"
    add("reddit", f"App configuration token from the manifest page: {S(xcfg)} (expires in 12h)",
        ["secret-slack"], "Slack configuration token")
    xoxa = f"xoxa-2-{nl(12)}-{nl(13)}-{rs(HEX, 32)}"
    add("reddit", f"legacy workspace app token {S(xoxa)}",
        ["secret-slack"], "Slack legacy workspace token")
    xoxr = f"xoxr-{nl(12)}-{mixed(40)}"
    add("x", f"refresh: {S(xoxr)} still works from 2019 apparently",
        ["secret-slack"], "Slack legacy refresh token")
    xoxs = f"xoxs-{nl(12)}-{nl(12)}-{nl(13)}-{rs(HEX, 64)}"
    add("reddit", f"scraped from an old browser profile: xoxs token {S(xoxs)}",
        ["secret-slack"], "Slack session token")
    swh = f"https://hooks.slack.com/services/T{rs(UPNUM, 10)}/B{rs(UPNUM, 10)}/{mixed(24)}"
    add("reddit", f"Grafana alert contact point for Northwake NOC: {S(swh)}",
        ["secret-slack-webhook", "secret-url"], "Slack incoming webhook URL")
    teams = f"https://northwake.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(HEX, 32)}/{uuid4()}/V2{mixed(43, ALNUM + '-_')}"
    add("reddit", f"posting build results to Teams with Invoke-RestMethod -Uri \"{S(teams)}\" -Method Post -Body $json",
        ["secret-teams-webhook", "secret-url"], "Microsoft Teams incoming webhook URL")
    dwh = f"https://discord.com/api/webhooks/{nl(18)}/{mixed(68, ALNUM + '-_')}"
    add("x", f"our Northwake fan server bot uses {S(dwh)} please don't spam it lol",
        ["secret-discord-webhook", "secret-url"], "Discord webhook URL")
    dbot = base64.b64encode(nl(18).encode()).decode().rstrip("=") + "." + mixed(6, ALNUM + "-_") + "." + mixed(38, ALNUM + "-_")
    add("reddit", f"discord.py bot won't start: client.run('{S(dbot)}')",
        ["secret-discord", "secret-code"], "Discord bot token")
    tgb = f"{R.randint(10**9, 8 * 10**9)}:AA{mixed(33, ALNUM + '-_')}"
    add("reddit", f"telegram bot for Northwake outage pings: https://api.telegram.org/bot{S(tgb)}/sendMessage",
        ["secret-telegram", "secret-url"], "Telegram bot token in API URL")
    tw_bearer = "AAAAAAAAAAAAAAAAAAAAA" + mixed(30) + "%2F" + mixed(12) + "%3D" + mixed(50)
    add("reddit", f"X API v2 search returns 429 immediately:\ncurl \"https://api.x.com/2/tweets/search/recent?query=northwake\" -H \"Authorization: Bearer {S(tw_bearer)}\"",
        ["secret-x-twitter", "secret-bearer"], "X/Twitter app bearer token")
    tw_key, tw_sec = mixed(25), mixed(50)
    add("x", f"twitter api keys for the Northwake mentions bot: consumer_key={S(tw_key)} consumer_secret={S(tw_sec)}",
        ["secret-x-twitter"], "X/Twitter API key and secret with context")
    meta = "EAAG" + mixed(180)
    add("reddit", f"Graph API page token expired? GET /me/accounts?access_token={S(meta)}",
        ["secret-meta", "secret-url"], "Meta/Facebook access token")
    meta2 = "EAAB" + mixed(160)
    add("x", f"IG business login gives me {S(meta2)} and the insights endpoint 400s",
        ["secret-meta"], "Meta user access token")
    twitch = rs(LOWNUM, 30)
    add("reddit", f"twitch: Client-Id {rs(LOWNUM, 30)}, Authorization: OAuth {S(twitch)}",
        ["secret-twitch", "secret-header"], "Twitch OAuth token in header")
    mm = rs(LOWNUM, 26)
    add("reddit", f"mattermost incoming hook https://chat.example.org/hooks/{S(mm)} posts to ~town-square",
        ["secret-mattermost", "secret-url"], "Mattermost webhook key")
    gchat = f"https://chat.googleapis.com/v1/spaces/AAAA{mixed(7)}/messages?key=AIza{mixed(35, ALNUM + '-_')}&token={mixed(43, ALNUM + '-_')}%3D"
    add("reddit", f"Google Chat webhook for deploy notices: {S(gchat)}",
        ["secret-google-chat-webhook", "secret-url"], "Google Chat webhook URL with key and token")

    # ---------------------------------------------------------------- monitoring / ops
    dd = rs(HEX, 32)
    add("reddit", f"datadog agent on the Northwake edge nodes:\n# datadog.yaml\napi_key: {S(dd)}\nsite: datadoghq.eu",
        ["secret-datadog", "secret-yaml"], "Datadog API key")
    dda = rs(HEX, 40)
    add("x", f"DD_APP_KEY={S(dda)} DD_API_KEY=${{DD_API_KEY}} terraform apply",
        ["secret-datadog", "secret-env"], "Datadog application key; the ${DD_API_KEY} reference is not")
    nr = "NRAK-" + rs(UPNUM, 27)
    add("reddit", f"New Relic NerdGraph: curl -X POST https://api.newrelic.com/graphql -H 'API-Key: {S(nr)}'",
        ["secret-newrelic", "secret-header"], "New Relic user key")
    nri = rs(HEX, 32) + "NRAL"
    add("reddit", f"newrelic.yml\ncommon: &default_settings\n  license_key: '{S(nri)}'\n  app_name: nw-billing",
        ["secret-newrelic", "secret-yaml"], "New Relic ingest license key")
    sumo_id, sumo_key = "su" + mixed(12), mixed(64)
    add("reddit", f"sumo collector: accessid={S(sumo_id)} accesskey={S(sumo_key)}",
        ["secret-sumologic", "secret-properties"], "Sumo Logic access id and key")
    sntry = "sntryu_" + rs(HEX, 64)
    add("x", f"sentry-cli releases new 4.2.0 --auth-token {S(sntry)}",
        ["secret-sentry", "secret-cli"], "Sentry user auth token")
    sntrys = "sntrys_" + b64url_json({"iat": 1767225600, "url": "https://sentry.io", "org": "northwake"}) + "_" + mixed(43, ALNUM + "+/")
    add("reddit", f"SENTRY_AUTH_TOKEN={S(sntrys)} in vercel env, source maps upload fine",
        ["secret-sentry", "secret-env"], "Sentry org auth token")
    graf = "glsa_" + mixed(32) + "_" + rs(HEX, 8)
    add("reddit", f"grafana service account token {S(graf)} for the dashboards-as-code job",
        ["secret-grafana"], "Grafana service account token")
    glc = "glc_" + b64url_json({"o": str(R.randint(10**5, 10**6)), "n": "nw-stack", "k": mixed(24), "m": {"r": "prod-eu-west-2"}})
    add("x", f"grafana cloud access policy token: {S(glc)}",
        ["secret-grafana"], "Grafana Cloud token")
    pd = "u+" + mixed(18, ALNUM + "_-")
    add("reddit", f"PagerDuty REST: Authorization: Token token={S(pd)}",
        ["secret-pagerduty", "secret-header"], "PagerDuty user API token")
    og = uuid4()
    add("reddit", f"opsgenie heartbeat ping: curl -X GET 'https://api.opsgenie.com/v2/heartbeats/nw-cron/ping' --header 'Authorization: GenieKey {S(og)}'",
        ["secret-opsgenie", "secret-header"], "Opsgenie API key")
    hc = "hcaik_" + rs(HEX, 58)
    add("x", f"honeycomb ingest key {S(hc)} is in the otel collector config we published",
        ["secret-honeycomb"], "Honeycomb ingest key")
    okta = "00" + mixed(40, ALNUM + "_-")
    add("reddit", f"okta api: Authorization: SSWS {S(okta)}  -- getting E0000011 invalid token",
        ["secret-okta", "secret-header"], "Okta API token")
    cfk = mixed(40, ALNUM + "_-")
    add("reddit", f"cloudflare dns update script for Northwake status mirror:\ncurl -X PUT \"https://api.cloudflare.com/client/v4/zones/{rs(HEX, 32)}/dns_records/{rs(HEX, 32)}\" -H \"Authorization: Bearer {S(cfk)}\"",
        ["secret-cloudflare", "secret-bearer"], "Cloudflare API token")
    cfg = rs(HEX, 37)
    add("x", f"X-Auth-Email: $CF_EMAIL X-Auth-Key: {S(cfg)} -- the global key, yes, I know",
        ["secret-cloudflare", "secret-header"], "Cloudflare global API key")
    cfo = "v1.0-" + rs(HEX, 24) + "-" + rs(HEX, 146)
    add("reddit", f"Origin CA key for cert issuance: {S(cfo)}",
        ["secret-cloudflare"], "Cloudflare Origin CA key")
    tskey = f"tskey-auth-k{mixed(11)}CNTRL-{mixed(33)}"
    add("reddit", f"tailscale up --authkey={S(tskey)} --ssh --accept-routes",
        ["secret-tailscale", "secret-cli"], "Tailscale auth key")
    ngrok = "2" + mixed(26) + "_" + mixed(21)
    add("x", f"ngrok config add-authtoken {S(ngrok)}",
        ["secret-ngrok", "secret-cli"], "ngrok authtoken")
    vault = "hvs." + mixed(24, ALNUM + "_-")
    add("reddit", f"VAULT_ADDR=https://vault.example.org:8200 VAULT_TOKEN={S(vault)} vault kv get secret/app",
        ["secret-vault", "secret-env"], "HashiCorp Vault token")
    doppler = "dp.st.prd." + mixed(43)
    add("reddit", f"doppler service token {S(doppler)} in Dockerfile ENV, image is public on hub",
        ["secret-doppler"], "Doppler service token")
    dbr = "dapi" + rs(HEX, 32)
    add("reddit", f"databricks-cli configure: host=https://adb-{nl(16)}.{R.randint(1,19)}.azuredatabricks.net token={S(dbr)}",
        ["secret-databricks", "secret-ini"], "Databricks PAT")
    agekey = "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    add("reddit", f"sops + age setup, keys.txt:\n# public key: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n{S(agekey)}",
        ["secret-age", "secret-privkey"], "age secret key")

    # ---------------------------------------------------------------- SaaS
    notion = "ntn_" + rs(string.digits, 11) + mixed(35)
    add("reddit", f"notion integration stopped syncing our Northwake launch tracker: NOTION_TOKEN={S(notion)}",
        ["secret-notion", "secret-env"], "Notion integration token")
    notion_old = "secret_" + mixed(43)
    add("x", f"old notion key still in the zapier step: {S(notion_old)}",
        ["secret-notion"], "Notion legacy internal integration secret")
    dbx = "sl.u." + mixed(140, ALNUM + "-_")
    add("reddit", f"dropbox sdk: dbx = dropbox.Dropbox(\"{S(dbx)}\")",
        ["secret-dropbox", "secret-code"], "Dropbox short-lived token")
    mbx = "sk." + b64url_json({"u": "nwmaps", "a": rs(LOWNUM, 25)}) + "." + mixed(22, ALNUM + "-_")
    add("reddit", f"mapbox secret token for tile uploads: {S(mbx)} (the pk. one is public, this one isn't)",
        ["secret-mapbox"], "Mapbox secret token sk.")
    hub = f"pat-eu1-{uuid4()}"
    add("reddit", f"HubSpot private app token {S(hub)} syncing Northwake churn survey contacts",
        ["secret-hubspot"], "HubSpot private app token")
    shp = "shpat_" + rs(HEX, 32)
    add("reddit", f"Shopify admin API: X-Shopify-Access-Token: {S(shp)} -> 401 on orders.json",
        ["secret-shopify", "secret-header"], "Shopify admin access token")
    shpss = "shpss_" + rs(HEX, 32)
    add("x", f"shopify app shared secret {S(shpss)} (webhook HMAC keeps failing)",
        ["secret-shopify"], "Shopify shared secret")
    tw_sid, tw_tok = "AC" + rs(HEX, 32), rs(HEX, 32)
    add("reddit", f"Twilio SMS for Northwake port-out codes failing:\nclient = Client(\"{tw_sid}\", \"{S(tw_tok)}\")",
        ["secret-twilio", "secret-code"], "Twilio auth token (account SID alone is an identifier)")
    twk = "SK" + rs(HEX, 32)
    add("x", f"twilio api key sid {S(twk)} secret {S(mixed(32))}",
        ["secret-twilio"], "Twilio API key SID and secret")
    sgk = "SG." + mixed(22, ALNUM + "-_") + "." + mixed(43, ALNUM + "-_")
    add("reddit", f"sendgrid 403 on v3/mail/send, SENDGRID_API_KEY='{S(sgk)}'",
        ["secret-sendgrid", "secret-env"], "SendGrid API key")
    mg = "key-" + rs(HEX, 32)
    add("reddit", f"curl -s --user 'api:{S(mg)}' https://api.mailgun.net/v3/mg.example.org/messages -F subject=test",
        ["secret-mailgun", "secret-cli"], "Mailgun key via curl --user")
    mg2 = rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8)
    add("x", f"MAILGUN_API_KEY={S(mg2)}",
        ["secret-mailgun", "secret-env"], "Mailgun new-format key")
    mc = rs(HEX, 32) + "-us21"
    add("reddit", f"mailchimp api key {S(mc)} in the newsletter plugin settings screenshot",
        ["secret-mailchimp"], "Mailchimp API key")
    pm = "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)
    add("reddit", f"postman api export: X-Api-Key: {S(pm)}",
        ["secret-postman", "secret-header"], "Postman API key")
    lin_k = "lin_api_" + mixed(40)
    add("x", f"linear api key {S(lin_k)} for the triage bot",
        ["secret-linear"], "Linear API key")
    atl = "ATATT3xFfGF0" + mixed(180, ALNUM + "-_") + "=" + rs(UPHEX, 8)
    add("reddit", f"jira cloud rest: curl -u {P('tomasz.wierzbicki@gmail.com')}:{S(atl)} https://northwake-test.atlassian.net/rest/api/3/myself",
        ["secret-atlassian", "secret-cli"], "Atlassian API token via curl -u")
    asana = f"2/{nl(16)}/{nl(16)}:{rs(HEX, 32)}"
    add("reddit", f"ASANA_PAT={S(asana)}",
        ["secret-asana", "secret-env"], "Asana PAT")
    clickup = f"pk_{R.randint(10**7, 10**8)}_{rs(UPNUM, 32)}"
    add("x", f"clickup token {S(clickup)} pls don't judge my task list",
        ["secret-clickup"], "ClickUp personal token")
    airt = "pat" + mixed(14) + "." + rs(HEX, 64)
    add("reddit", f"airtable: Authorization: Bearer {S(airt)}",
        ["secret-airtable", "secret-bearer"], "Airtable PAT")
    figma = "figd_" + mixed(40, ALNUM + "-_")
    add("reddit", f"figma plugin dev: X-Figma-Token: {S(figma)}",
        ["secret-figma", "secret-header"], "Figma PAT")
    cful = "CFPAT-" + mixed(43, ALNUM + "-_")
    add("reddit", f"contentful cli login --management-token {S(cful)}",
        ["secret-contentful", "secret-cli"], "Contentful management token")
    tf = "tfp_" + mixed(44) + "_" + mixed(14)
    add("x", f"typeform webhook sync: TYPEFORM_TOKEN={S(tf)}",
        ["secret-typeform", "secret-env"], "Typeform PAT")
    ic = "dG9rOj" + mixed(54, ALNUM + "+/") + "="
    add("reddit", f"intercom access token {S(ic)} for the Northwake help center migration",
        ["secret-intercom"], "Intercom access token")
    zd = mixed(40)
    add("reddit", f"zendesk api: curl https://nwhelp.zendesk.com/api/v2/tickets.json -u {P('helen.achterberg@outlook.com')}/token:{S(zd)}",
        ["secret-zendesk", "secret-cli"], "Zendesk API token via curl -u")
    sf = f"00D{rs(UPNUM, 12)}!AQ{mixed(90, ALNUM + '._')}"
    add("reddit", f"salesforce session id from the debug log: {S(sf)}",
        ["secret-salesforce"], "Salesforce session token")
    ld = "api-" + uuid4()
    add("x", f"LaunchDarkly API access token {S(ld)} (writer role)",
        ["secret-launchdarkly"], "LaunchDarkly API token")
    alg = rs(HEX, 32)
    add("reddit", f"algoliasearch('{rs(UPNUM, 10)}', '{S(alg)}') // admin key, I know, it's a demo",
        ["secret-algolia", "secret-code"], "Algolia admin key in client init (not a documented demo key)")
    cld = f"cloudinary://{nl(15)}:{mixed(27, ALNUM + '-_')}@nw-media"
    add("reddit", f"CLOUDINARY_URL={S(cld)}",
        ["secret-cloudinary", "secret-url"], "Cloudinary URL with API secret")
    fcm = "AAAA" + mixed(7, ALNUM + "-_") + ":APA91b" + mixed(134, ALNUM + "-_")
    add("reddit", f"legacy FCM push for the Northwake app: Authorization: key={S(fcm)}",
        ["secret-firebase", "secret-header"], "Firebase Cloud Messaging server key")
    sbp = "sbp_" + rs(HEX, 40)
    add("x", f"supabase link --project-ref {rs(LOW, 20)} with SUPABASE_ACCESS_TOKEN={S(sbp)}",
        ["secret-supabase", "secret-env"], "Supabase access token")
    sbrole = jwt({"iss": "supabase", "ref": rs(LOW, 20), "role": "service_role", "iat": 1767225600, "exp": 2082758400})
    add("reddit", f"is it bad that my frontend has the service_role key? const supabase = createClient(url, '{S(sbrole)}')",
        ["secret-supabase", "secret-jwt"], "Supabase service-role JWT")
    ps = "pscale_tkn_" + mixed(43, ALNUM + "_-")
    add("reddit", f"PLANETSCALE_SERVICE_TOKEN={S(ps)}",
        ["secret-planetscale", "secret-env"], "PlanetScale service token")
    nfp = "nfp_" + mixed(36)
    add("x", f"netlify deploy --auth {S(nfp)} --prod",
        ["secret-netlify", "secret-cli"], "Netlify PAT")
    rnd = "rnd_" + mixed(32)
    add("reddit", f"render api key {S(rnd)} in my blog post example, whoops",
        ["secret-render"], "Render API key")
    fly = "FlyV1 fm2_" + mixed(180, ALNUM + "+/") + "=="
    add("reddit", f"fly deploy in github actions: FLY_API_TOKEN: \"{S(fly)}\"",
        ["secret-flyio", "secret-yaml"], "Fly.io token")
    heroku = "HRKU-AA" + mixed(58, ALNUM + "_-")
    add("reddit", f"heroku auth:token printed {S(heroku)} and I pasted it into the ticket with Northwake's dev team",
        ["secret-heroku"], "Heroku HRKU- token")
    heroku_old = uuid4()
    add("x", f"HEROKU_API_KEY={S(heroku_old)} in .env.production, repo is public",
        ["secret-heroku", "secret-env"], "Heroku API key (UUID) with strong context")
    ada = "aio_" + mixed(28)
    add("reddit", f"adafruit io key {S(ada)} for my garage door feed",
        ["secret-adafruit"], "Adafruit IO key")
    yc = "y0_" + mixed(55, ALNUM + "_-")
    add("reddit", f"yandex cloud OAuth token: {S(yc)}",
        ["secret-yandex"], "Yandex OAuth token")
    fio = "fio-u-" + mixed(64, ALNUM + "-_")
    add("x", f"frame.io dev token {S(fio)}",
        ["secret-frameio"], "Frame.io developer token")
    segment = mixed(32)
    add("reddit", f"analytics.load(\"{rs(ALNUM, 32)}\") is the write key, fine, but the server side has SEGMENT_ACCESS_TOKEN={S(segment)}",
        ["secret-segment", "secret-env"], "Segment public API access token (write key in analytics.load is public)")
    mp = rs(HEX, 32)
    add("reddit", f"mixpanel export: curl https://data.mixpanel.com/api/2.0/export -u {S(mp)}:",
        ["secret-mixpanel", "secret-cli"], "Mixpanel API secret as curl user")
    pmk = uuid4()
    add("x", f"X-Postmark-Server-Token: {S(pmk)}",
        ["secret-postmark", "secret-header"], "Postmark server token")
    lob = "live_" + rs(HEX, 35)
    add("reddit", f"lob letters api: -u {S(lob)}:",
        ["secret-lob", "secret-cli"], "Lob live API key")

    # ---------------------------------------------------------------- generic credentials in context
    pw = password(16)
    add("reddit", f"mysql -h db-billing.example-hosting.net -u nw_app --password={S(pw)} billing\n\nERROR 2003 (HY000): Can't connect",
        ["secret-cli-password"], "password given as --password= flag")
    pw2 = password(12)
    add("reddit", f"psql \"postgresql://{S('reports:' + pw2 + '@db.nw-reports.example.org:5432/warehouse')}\" -c 'select 1'",
        ["secret-url", "secret-db-url"], "database URL with password (partial overlap is fine)")
    pgurl = f"postgres://app_rw:{password(18)}@pg-prod.example-hosting.net:5432/northwake"
    add("reddit", f"DATABASE_URL={S(pgurl)}\nand Django says FATAL: too many connections",
        ["secret-db-url", "secret-env"], "database URL with password labelled whole")
    mongo = f"mongodb+srv://nwadmin:{password(14)}@cluster0.{rs(LOWNUM, 5)}.mongodb.net/orders?retryWrites=true"
    add("x", f"mongo atlas connection string from the Northwake hackathon repo: {S(mongo)}",
        ["secret-db-url", "secret-url"], "MongoDB SRV URL with password")
    redis = f"redis://:{password(20)}@cache-eu.example-hosting.net:6380/0"
    add("reddit", f"celery broker = {S(redis)}",
        ["secret-db-url", "secret-url"], "Redis URL with password")
    amqp = f"amqps://svc-notify:{password(16)}@mq.example-hosting.net:5671/prod"
    add("reddit", f"RABBITMQ_URL: \"{S(amqp)}\"",
        ["secret-url", "secret-yaml"], "AMQP URL with password")
    ftp = f"ftp://uploader:{password(10)}@files.example-partner.com/incoming/"
    add("x", f"the vendor literally emailed us {S(ftp)} for the Northwake invoice drops",
        ["secret-url"], "FTP URL with password")
    smtp = f"smtps://mailer%40example.org:{password(14)}@smtp.example-mail.com:465"
    add("reddit", f"EMAIL_URL={S(smtp)} (django-environ)",
        ["secret-url", "secret-env"], "SMTP URL with password")
    httpurl = f"https://admin:{password(12)}@router.example-isp.net:8443/cgi-bin/status"
    add("reddit", f"my Northwake Home Hub status page via {S(httpurl)} shows the WAN is down",
        ["secret-url"], "HTTP URL with embedded credentials")
    basic = base64.b64encode(f"svc_export:{password(14)}".encode()).decode()
    add("reddit", f"request headers from the browser:\nGET /api/export HTTP/1.1\nHost: reports.example-vendor.com\nAuthorization: Basic {S(basic)}",
        ["secret-basic-auth", "secret-header"], "Basic auth header with base64 user:pass")
    bearer = mixed(48, ALNUM + "-_.")
    add("x", f"-H 'Authorization: Bearer {S(bearer)}' works in postman but not from the Northwake developer portal sandbox",
        ["secret-bearer"], "opaque bearer token")
    cu = password(13)
    add("reddit", f"curl -u deploy:{S(cu)} -X POST https://jenkins.example.org/job/release/build",
        ["secret-cli", "secret-curl-u"], "password in curl -u")
    ps1 = password(15)
    add("reddit", f"$pw = ConvertTo-SecureString \"{S(ps1)}\" -AsPlainText -Force\n$cred = New-Object PSCredential('NW\\svc_backup', $pw)",
        ["secret-powershell"], "plaintext password to ConvertTo-SecureString")
    ps2 = password(11)
    add("reddit", f"sshpass -p '{S(ps2)}' ssh root@lab-box.example.org  # lab box",
        ["secret-cli"], "password given to sshpass -p")
    y1 = password(18)
    add("reddit", f"application.yml\nspring:\n  datasource:\n    url: jdbc:postgresql://db:5432/orders\n    username: orders\n    password: {S(y1)}",
        ["secret-yaml", "secret-password"], "password in Spring YAML")
    t1 = password(16)
    add("reddit", f"config.toml\n[database]\nhost = \"db.internal.example\"\nuser = \"nwsync\"\npassword = \"{S(t1)}\"",
        ["secret-toml", "secret-password"], "password in TOML")
    j1 = mixed(32)
    add("reddit", f"appsettings.json:\n{{\n  \"Jwt\": {{ \"Issuer\": \"nw\", \"SigningKey\": \"{S(j1)}\" }},\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }}\n}}",
        ["secret-json"], "JWT signing key in appsettings.json")
    x1 = password(14)
    add("reddit", f"tomcat-users.xml:\n<user username=\"manager\" password=\"{S(x1)}\" roles=\"manager-gui\"/>",
        ["secret-xml", "secret-password"], "password in XML attribute")
    x2 = password(12)
    add("stackoverflow", f"<add name=\"Billing\" connectionString=\"Server=sql01;Database=Billing;User Id=nwapp;Password={S(x2)};\" />",
        ["secret-xml", "secret-connstring"], "password in .NET connection string")
    i1 = password(14)
    add("reddit", f"php.ini-ish config for the legacy portal:\n[mail]\nsmtp_user = alerts\nsmtp_pass = {S(i1)}",
        ["secret-ini", "secret-password"], "password in INI")
    d1, d2 = password(12), password(16)
    add("reddit", f"who approved this diff??\n```\n-DB_PASSWORD=${{DB_PASSWORD}}\n+DB_PASSWORD={S(d2)}\n```",
        ["secret-diff", "secret-env"], "added line in a diff sets a real password; removed line is a variable reference")
    d3 = "sk_live_" + mixed(40)
    add("x", f"git show HEAD~3 | grep STRIPE\n+STRIPE_KEY=\"{S(d3)}\"\nyeah that was us. rotated.",
        ["secret-diff", "secret-stripe"], "Stripe key on a diff line")
    c1 = password(20)
    add("reddit", f"const client = new Client({{ host: 'db', user: 'nw', password: '{S(c1)}', database: 'crm' }});",
        ["secret-code", "secret-password"], "password in JS object literal")
    c2 = mixed(40)
    add("reddit", f"settings.py\nSECRET_KEY = '{S(c2)}'\nDEBUG = True  # prod lol",
        ["secret-code", "secret-django"], "Django SECRET_KEY")
    c3 = password(16)
    add("x", f"docker run -e POSTGRES_PASSWORD={S(c3)} -p 5432:5432 postgres:16  <- this is how Northwake's contractor set up prod",
        ["secret-cli", "secret-env"], "password passed as docker -e")
    c4 = password(14)
    add("reddit", f"wifi at the Northwake store on Main St: network NW-Guest-Staff, password {S(c4)}",
        ["secret-password"], "staff wifi password")
    c5 = password(12)
    add("x", f"kubectl create secret generic db --from-literal=password={S(c5)}",
        ["secret-cli", "secret-k8s"], "password in kubectl --from-literal")
    k8s = base64.b64encode(password(18).encode()).decode()
    add("reddit", f"is this how you do secrets?\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\ndata:\n  password: {S(k8s)}\n```",
        ["secret-k8s", "secret-yaml"], "Kubernetes Secret with base64 password")
    k8s2 = password(16)
    add("reddit", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  SMTP_PASSWORD: \"{S(k8s2)}\"",
        ["secret-k8s", "secret-yaml"], "Kubernetes Secret stringData password")
    kc_tok = jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:default:deployer"}, "RS256")
    add("reddit", f"kubeconfig for the Northwake lab cluster (can't reach it from home):\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://lab-k8s.example.org:6443\n  name: lab\nusers:\n- name: deployer\n  user:\n    token: {S(kc_tok)}",
        ["secret-kubeconfig", "secret-jwt"], "service-account token in kubeconfig")
    kc_key = base64.b64encode(b"-----BEGIN RSA PRIVATE KEY-----\n" + rs(B64, 48).encode()).decode()
    add("reddit", f"users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{rs(B64, 40)}\n    client-key-data: {S(kc_key)}",
        ["secret-kubeconfig", "secret-privkey-base64"], "base64-wrapped private key in kubeconfig client-key-data (certificate data is not secret)")

    # ---------------------------------------------------------------- private keys, JWTs
    add("reddit", f"ssh keeps asking for a passphrase, here's my key so you can check the format:\n{S('-----BEGIN OPENSSH PRIVATE KEY-----')}\nb3BlbnNzaC1rZXktdjEAAAAA{rs(B64, 40)}\n{rs(B64, 70)}\n-----END OPENSSH PRIVATE KEY-----",
        ["secret-privkey", "secret-privkey-openssh"], "OpenSSH private key")
    add("x", f"{S('-----BEGIN RSA PRIVATE KEY-----')}\nMIIEpAIBAAKCAQEA{rs(B64, 48)}\n... the rest is in the Northwake vendor portal zip they sent us",
        ["secret-privkey"], "RSA private key header")
    add("reddit", f"nginx won't start, ssl_certificate_key points to this:\n{S('-----BEGIN EC PRIVATE KEY-----')}\nMHcCAQEEI{rs(B64, 55)}\n{rs(B64, 40)}\n-----END EC PRIVATE KEY-----",
        ["secret-privkey"], "EC private key")
    add("reddit", f"\"private_key\": \"{S('-----BEGIN PRIVATE KEY-----')}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC{rs(B64, 30)}\\n{rs(B64, 64)}\\n-----END PRIVATE KEY-----\\n\"",
        ["secret-privkey-escaped", "secret-json"], "PKCS#8 key with escaped newlines in JSON")
    add("reddit", f"terraform output:\ntls_private_key = \"{S('-----BEGIN RSA PRIVATE KEY-----')}\\nMIIJKAIBAAKCAgEA{rs(B64, 44)}\\n...\"",
        ["secret-privkey-escaped"], "escaped private key in terraform output")
    add("reddit", f"broken across strings in my config.js:\nconst key = \"{S('-----BEGIN PRIVATE KEY-----')}\\n\" +\n  \"MIIEvgIBADANBgkqhkiG9w0BAQEFAASC{rs(B64, 32)}\\n\" +\n  \"{rs(B64, 64)}\\n\" +\n  \"-----END PRIVATE KEY-----\";",
        ["secret-privkey-split"], "private key broken across JS strings")
    add("reddit", f"{S('-----BEGIN ENCRYPTED PRIVATE KEY-----')}\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI{rs(B64, 20)}\n{rs(B64, 64)}\n-----END ENCRYPTED PRIVATE KEY-----\npassphrase is {S(password(12))}",
        ["secret-privkey", "secret-password"], "encrypted private key plus its passphrase")
    add("reddit", f"WinSCP wants a .ppk, I converted it:\n{S('PuTTY-User-Key-File-3: ssh-ed25519')}\nEncryption: none\nComment: nw-deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 30)}\n{rs(B64, 20)}\nPrivate-Lines: 1\nAAAAI{rs(B64, 40)}\nPrivate-MAC: {rs(HEX, 64)}",
        ["secret-privkey-putty"], "PuTTY private key file")
    add("reddit", f"{S('PuTTY-User-Key-File-2: ssh-rsa')}\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 6\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ{rs(B64, 40)}\nPrivate-Lines: 14\n{rs(B64, 64)}",
        ["secret-privkey-putty"], "PuTTY v2 private key file")
    add("reddit", f"gpg --export-secret-keys --armor nw-release > key.asc and then I posted key.asc:\n{S('-----BEGIN PGP PRIVATE KEY BLOCK-----')}\n\nlQWGBGX{rs(B64, 50)}\n{rs(B64, 64)}\n=Ab3x\n-----END PGP PRIVATE KEY BLOCK-----",
        ["secret-privkey-pgp"], "PGP private key block")
    add("x", f"DSA lives! {S('-----BEGIN DSA PRIVATE KEY-----')} MIIBuwIBAAKBgQ{rs(B64, 40)} found on an old Northwake kiosk image",
        ["secret-privkey"], "DSA private key header inline")
    j = jwt({"sub": "cust_" + rs(string.digits, 8), "name": "nw-portal", "scope": "billing:write", "iat": 1767225600, "exp": 1798761600})
    add("reddit", f"the Northwake self-care API returns my bill with this bearer, but the Android app uses a different one. mine:\n{S(j)}",
        ["secret-jwt"], "JWT session token")
    j2 = jwt({"iss": "https://auth.example.org", "aud": "nw-api", "sub": "svc-reporting", "exp": 1800000000}, "RS256")
    add("x", f"Authorization: Bearer {S(j2)}\nworks for 1h then 401. refresh logic broken?",
        ["secret-jwt", "secret-bearer"], "JWT in Bearer header")
    j3 = jwt({"user_id": R.randint(10**5, 10**6), "role": "admin"})
    add("reddit", f"cookie: session={S(j3)}; Path=/; HttpOnly",
        ["secret-jwt"], "JWT in a cookie")
