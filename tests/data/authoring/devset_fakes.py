"""Deterministic fake secrets and PII for the hand-written posts.

Nothing here is real: tokens are random strings in each provider's public format, card numbers are
random but Luhn-valid, IBANs random but with correct mod-97 check digits, phone numbers random but
valid for their numbering plan (checked with phonenumbers). A fixed seed keeps the files stable.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid

import phonenumbers

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


class Fakes:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _pick(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # --- secrets -------------------------------------------------------------------------------
    def aws_key(self) -> str:
        return "AKIA" + self._pick(string.ascii_uppercase + "234567", 16)

    def aws_secret(self) -> str:
        return self._pick(ALNUM + "/+", 40)

    def ghp(self) -> str:
        return "ghp_" + self._pick(ALNUM, 36)

    def github_pat(self) -> str:
        return "github_pat_" + self._pick(UPPER_DIGITS, 22) + "_" + self._pick(ALNUM, 59)

    def slack_bot(self) -> str:
        return f"xoxb-{self._pick(string.digits, 12)}-{self._pick(string.digits, 13)}-{self._pick(ALNUM, 24)}"

    def slack_user(self) -> str:
        return (f"xoxp-{self._pick(string.digits, 12)}-{self._pick(string.digits, 12)}-"
                f"{self._pick(string.digits, 13)}-{self._pick(HEX, 32)}")

    def slack_webhook(self) -> str:
        return ("https://hooks.slack.com/services/T" + self._pick(UPPER_DIGITS, 8) + "/B"
                + self._pick(UPPER_DIGITS, 10) + "/" + self._pick(ALNUM, 24))

    def stripe_live(self) -> str:
        return "sk_live_" + self._pick(ALNUM, 24)

    def stripe_restricted(self) -> str:
        return "rk_live_" + self._pick(ALNUM, 24)

    def openai(self) -> str:
        return "sk-" + self._pick(ALNUM, 48)

    def openai_project(self) -> str:
        return "sk-proj-" + self._pick(ALNUM + "-_", 56)

    def google(self) -> str:
        return "AIza" + self._pick(ALNUM + "-_", 35)

    def sendgrid(self) -> str:
        return "SG." + self._pick(ALNUM + "-_", 22) + "." + self._pick(ALNUM + "-_", 43)

    def npm(self) -> str:
        return "npm_" + self._pick(ALNUM, 36)

    def twilio(self) -> str:
        return "SK" + self._pick(HEX, 32)

    def gitlab(self) -> str:
        return "glpat-" + self._pick(ALNUM + "-_", 20)

    def jwt(self) -> str:
        def b64(obj: dict) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
        header = {"alg": "HS256", "typ": "JWT"}
        payload = {"sub": str(self.rng.randint(10_000, 999_999)), "role": "admin",
                   "iat": 1_780_000_000 + self.rng.randint(0, 9_000_000)}
        return f"{b64(header)}.{b64(payload)}.{self._pick(ALNUM + '-_', 43)}"

    def password(self) -> str:
        words = ["Roadrunner", "Anvil", "Coyote", "Mesa", "Canyon", "Tumble", "Cactus", "Dusty"]
        return self.rng.choice(words) + self._pick(string.digits, 3) + self.rng.choice("!#$%&*") + self._pick(ALNUM, 4)

    def db_url(self, scheme: str, user: str, host_and_path: str) -> str:
        return f"{scheme}://{user}:{self.password()}@{host_and_path}"

    def pem_body(self) -> str:
        return "MII" + self._pick(ALNUM + "+/", 61)

    # --- PII -----------------------------------------------------------------------------------
    def card(self, prefix: str = "4", length: int | str = 16) -> str:
        length = int(length)
        digits = prefix + self._pick(string.digits, length - len(prefix) - 1)
        digits += str(luhn_check_digit(digits))
        return digits

    def card_spaced(self, prefix: str = "4", length: int | str = 16, sep: str = " ") -> str:
        length = int(length)
        d = self.card(prefix, length)
        if length == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def iban(self, country: str, bban_len: int | str, spaced: str = "spaced", bban_alpha: int | str = 0) -> str:
        bban_len, bban_alpha = int(bban_len), int(bban_alpha)
        bban = self._pick(string.ascii_uppercase, bban_alpha) + self._pick(string.digits, bban_len - bban_alpha)
        check = 98 - int(_iban_numeric(bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        assert iban_valid(raw)
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced == "spaced" else raw

    def phone(self, region: str, template: str) -> str:
        """template uses # for random digits; retried until phonenumbers calls it valid."""
        for _ in range(500):
            candidate = "".join(self.rng.choice(string.digits) if ch == "#" else ch for ch in template)
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, region)):
                return candidate
        raise ValueError(f"no valid number for {template}")

    # --- look-alikes that are not leaks ----------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(self._pick(ALNUM, 32).encode()).hexdigest()

    def git_sha(self) -> str:
        return hashlib.sha1(self._pick(ALNUM, 32).encode()).hexdigest()

    def hex(self, n: int | str) -> str:
        return self._pick(HEX, int(n))

    def digits(self, n: int | str) -> str:
        return self._pick(string.digits, int(n))

    def ups(self) -> str:
        return "1Z" + self._pick(UPPER_DIGITS, 16)

    def not_luhn(self, prefix: str = "4", length: int | str = 16) -> str:
        d = self.card(prefix, int(length))
        bad = (int(d[-1]) + 1 + self.rng.randint(0, 8)) % 10
        return d[:-1] + str(bad)


def luhn_check_digit(partial: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_check_digit("".join(digits[:-1])) == int(digits[-1])


def _iban_numeric(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) > 4 and int(_iban_numeric(s[4:] + s[:4])) % 97 == 1
