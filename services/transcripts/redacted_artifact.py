"""The redacted artifact: each version's redacted segments and findings, sealed under the transcript's
data key beside its words, so that the redacted view is one read and one decryption, not a redaction on
every read. Its kind names the tenant's operators and the recognizers' version it was made with
(`redacted-{fingerprint}.json`): after either changes, the view finds none of the new kind and redacts
from the words until `backfill` (`callvault redaction backfill --tenant`) writes them again.

It is written after the version is (consumer `transcripts-redaction`, on `transcript.stored`,
`transcript.segments_removed` and `transcript.rectified`), off the ingest path, whose speed is a
target; until it is there the redacted view redacts on read. Destroying the data key shreds it with
the words; the purge deletes it with them, as every artifact of a transcript.
"""

import hashlib
import json
from uuid import UUID

import msgspec
import structlog
import zstandard
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.envelope import Place
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.kms import Kms
from services.common.db import tenant_session
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.settings import Settings
from services.transcripts import artifacts, repository
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.documents import SEGMENTS
from services.transcripts.errors import RedactionOverBudget
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import TranscriptArtifact
from services.transcripts.redaction import Found, Operator
from services.transcripts.rewrites import as_stored, data_key, read_segments
from services.transcripts.schemas import SegmentRead
from services.transcripts.tenant_redaction import Redactor, tenant_redactor

log = structlog.get_logger()
# Raised when the recognizers change what they find: artifacts made before are then of another kind, the
# redacted view redacts from the words, and `callvault redaction backfill` writes the new ones.
# 4 (2026-12-04): hyphenated tens, "nought", ids with NATO letters and lead-ins, expiries by month number.
# 5 (2026-12-05): numbers across the other speaker's turn, groups named by place or length, no time as a phone.
# 6 (2026-12-05): a count asked by the other speaker, Spanish letter names and "arroba", "the two are", "SS#".
# 7 (2026-12-05): homophones among digits, words cut off and said again, a group taken back by a repair, "the
#   at sign", "capital M, jones", numbers of other regions (trunk 0, no "+"), vanity numbers, a card in two parts.
# 8 (2026-12-05): Spanish digit words among English ones, "wait" and "no, not <group>" taking a group back, the
#   other speaker's echo of each group, no card inside a longer typed number, no phone after "IBAN".
# 9 (2026-12-05): French, German and Italian digit words and addresses, French and Spanish pairs, a longer
#   question inside a number, an SSN said again or in its written groups, a card broken off by a hesitation; a
#   later segment's part of an entity begins at its first word, not at the turn's lead-in.
# 10 (2026-12-06): a segment that is itself a transcript (speaker tags, timestamps) read as its pieces, a value's
#   pieces read back before it is said whole, radio, accent and Finnish digits, Spanish hundreds, addresses in
#   Dutch, Polish, Portuguese and Swedish, a number word cut between segments, an SSN's last four first, an expiry
#   before its card, clock-formatted and foreign mobiles, digits after an IBAN's country no card or phone.
# 11 (2026-12-06): what an entity that lost an overlap covers beyond the winner is redacted too (an address's
#   domain past a read-back's piece was left in the clear); other scripts' digits and full-width forms, a speech
#   engine's non-speech tags, Portuguese, Hindi, Dutch, German and Italian numbers, WebVTT voice tags, IBANs
#   dictated a chunk to a line, more languages' "@" and "dot", other spelling alphabets, a number cut off and taken
#   up again, a value begun and said anew or said again in other words, an identifier's letter asked for apart, a
#   card's expiry and code given in order or asked for alone, Spanish expiries.
# 12 (2026-12-06): a group of a value asked about and said again, a card's code after the last four a signature
#   strip prints, an expiry asked for month and year apart, a card given up for another, an address's company
#   words and an apostrophe said away, Catalan, Galician, Belgian and Swiss numbers, other languages' "plus",
#   "then" and letters' names, dialling codes asked for apart, trunk-0 numbers from abroad said unnamed, an SSN
#   shown masked first, nine of a number to call's digits no SSN.
# 13 (2026-12-06): Polish numbers, chat widgets' tags, a NINO in three turns, an id's letter asked for first, mobiles
#   said unnamed in other languages, month-name expiries in seven languages, an address's domain spelled again, a
#   card begun and taken up again, a country code asked for apart. Never raised here when it was made: artifacts
#   written with it say 12, so 14 makes them all stale.
# 14 (2026-12-06): a value read back a part a line after it is said whole, stammers against a hyphen, repairs in
#   other languages and a few words of why after one, dates of birth in other languages and read back written,
#   "after" and "next" between groups, expiries said year first, "account" alone, a NIR over turns, a codice fiscale
#   spelled, a last four in hundreds, a country named before a number.
# 15 (2026-12-07): Swedish, Danish, Norwegian and Basque numbers, Spanish thousands and millions, French hundreds, a
#   NIR's key named after it, a cheque's bottom line, bank details named in Spanish, Mexico's "lada", dates of birth
#   asked for a part a turn, read back written and in other languages' words, a card's expiry and code run on after
#   it or said of a card typed into a form, an address's domain asked for apart or typed with "{at}" and " . ",
#   other languages' "double", a codice fiscale in any case.
# 16 (2026-12-07): Czech and Finnish numbers, Czech names of a card's expiry and code, a four-digit code where four
#   are said or the card is an American Express, a card's expiry asked for in two questions, "valid from" in other
#   languages, customers' and VAT numbers named abroad; dates of birth after more languages' birth words and
#   questions, with Czech and Finnish months, French years in hundreds, a month, day and year said as groups; IBANs
#   spelled without national check digits, a value said again no phone, Portuguese thousands and code names, an
#   expiry named the turn before, an address's domain asked for, a DNI's letter mended, a codice fiscale spelled by
#   cities, a cheque's line "printed at the bottom".
# 17 (2026-12-07): an IBAN dictated in pairs and hundreds of any language with each group echoed, a repair after a
#   value's last group, Nordic names of "@", "dot", "dash" and "_" and numbers in an address, a cheque read "off the
#   check" by its groups and its typed groups whole, a text's shorthand ("rtg", "rtn", "ac", "ex", "xp", "sc", "sec",
#   "cv2"), Maestro's and Dankort's ranges and a card's last group asked for again, an American Express code
#   described on the front, a NIR said in French unnamed, an SSN's last four asked for after a hold, a codice fiscale
#   spelled over two turns or after "lettere", dates of birth with a two-digit year, in "geb."/"nar." chats, in more
#   months and years abroad, shipments' and orders' numbers named abroad, an account's number after its repairs and
#   no card inside one, an account asked for alone; a code answered in a line of homophones or of Scandinavian digits
#   that are words too, "código", "cad", Czech's and Norwegian's names of the code, Norwegian years in thousands;
#   WhatsApp links; Scandinavian, Dutch, Finnish and Czech names of a number to call; a NINO's suffix asked for and
#   said with its spelling word; a DNI's letter by a Spanish city; a codice fiscale by Italian letters' names, in
#   parts, its "O" a letter; the reviews of version 16's and 17's look-alikes (a card after an account's name is a
#   card unless Luhn matched only inside the account's digits; Danish's "at" is "that"; the verb "check"; "ac",
#   "rtn", "geb." and "nar." only where they can mean it; two-digit years where the date ends; a NIR said in French
#   not after another number's name and with a month INSEE gives; an SSN's rest not after another number's name).
# 18 (2026-12-07): an IBAN four characters a turn to a bot's "Next four.", a tens word the other speaker answered
#   with a question a group of its own, a codice fiscale in NATO words or over three turns by its parts' names, an
#   IBAN sent in two texts after their counters ("(2/2)"), a CRM's "18-Jun-1979", "f.", "s.", "ur.", "nasc." before a
#   birth's date, German months said as ordinals, a date of birth taken back for another, "N° SS" and "Clé NIR", a
#   national number written in the region its words are in, a mobile begun in another language and ended in English,
#   an IVR's counts after its expiry prompt, a codice fiscale by English letters' names, French hundreds as French's;
#   health services' numbers, numbers listed, "log in at" and a rejected IBAN's digits no value; a typed IBAN's head
#   in a text of its own read (a shadowed pattern had hidden that path); number words run together, a card by its
#   blocks' ordinals, an expiry answered to its question with no card, Greek's, Romanian's and Hungarian's digits,
#   their names of "@" and ".", Italian's "P per Palermo".
# 19 (2026-12-07): Slovak's numbers, Hungarian's and Italian's hundreds in one word, Romanian's pairs, Swedish's
#   "tio" beside its numbers; a month's name and a year in words no run reads through (a Polish ordinal, a Romanian
#   thousand), asked for alone in other languages; Slovak's "bodka"; a NIR said in a caller's own language; a
#   Brazilian chat's "venc", "val.", "cód. seg."; YYYYMMDD and six-digit dates after birth words, Quebec's "date de
#   fête", Italian's "dell'"; Polish "numer"; registries' and payments' numbers (Org.nr, NIP, KRS, VS), a barcode and
#   a date before its "r." no value; Greek's numbers, years' thousands and hundreds apart in six more languages (Polish
#   ordinals), Greek months and card words, Hungarian year-first dates, Romanian's "a rond", German's "zweimal die";
#   a card broken off and taken up past chatter with numbers of its own, any value with a check or a name taken up
#   lines after the speaker trailed off (each part hidden, not the chatter), a two-digit number said in three words,
#   French thousands and a French IBAN by its RIB's fields, a card read by its groups' numbers, a codice fiscale by
#   German or Spanish spelling, a NIR said in English unnamed, a day's words run together, a currency's sign ends a
#   run, "1° novembre", "rtng".
# 20 (2026-12-07): a BSN said in Dutch unnamed (nine digits, its eleven-test) or printed 4-2-3 beside Dutch numbers;
#   Dutch and German hundreds in one word; a Scandinavian "en" not read past another language's number ("En twee");
#   a date of birth checked back a part a line, a day or a year taken back inside a date, the caller's own after
#   another's ("Mine is ..."), a year asked for alone answered in two digits, a day's words run together; "checking"
#   the verb no account's name; an SSN's digits not written against letters (a member id's); Croatian's, Slovene's,
#   Bulgarian's (in Latin letters), Turkish's and Welsh's numbers (names and slang among them, "Kirk", "Edna", "naw",
#   digits only beside their own language's words); a value named by its field in JSON, logfmt, YAML, XML or a
#   query string (fields.py: an expiry's month and year, an account, a routing number, a date of birth, an SSN); an
#   ISO date no DNI, no account, no number to call; Balkan and Baltic birth words ("rođen", "rojen", "gim.", "dzim."),
#   a month taken back behind a dash inside a date; Slovene's and Bulgarian's pairs, Croatian's, Slovene's, Bulgarian's,
#   Turkish's, Albanian's and Welsh's words for a card's expiry and its code.
RECOGNIZERS_VERSION = 20
WANTED = frozenset(kind for payload in catalog.NEW_VERSIONS for kind in payload.TYPES)
_COMPRESSOR, _DECOMPRESSOR = zstandard.ZstdCompressor(level=1), zstandard.ZstdDecompressor()


class Redacted(msgspec.Struct):
    segments: list[dict]
    findings: list[tuple[str, int, int, int, str]]  # type, segment, start, end, recognizer


def kind(redactor: Redactor) -> str:
    """The artifact's kind for the operators, the recognizers' version and the region numbers were read
    in (US unsaid): `redacted-` and a digest. The consumer reads numbers in the region the consent
    service last announced for the tenant, so the view (which asks it) finds the artifact of its kind."""
    return kind_of(redactor.operators, redactor.region)


def kind_of(operators: dict[str, Operator], region: str) -> str:
    """`kind` without a redactor (whose token key, an HKDF derivation, a read of the artifact never uses)."""
    made_with = json.dumps([RECOGNIZERS_VERSION, operators, *([region] if region != "US" else [])],
                           sort_keys=True).encode()
    return f"redacted-{hashlib.sha256(made_with).hexdigest()[:16]}.json"


def pack(redactor: Redactor, segments: list[SegmentRead], texts: list[str | None], found: list[Found]) -> bytes:
    stored = [{**as_stored(s), "text": t} if t is not None else as_stored(s)
              for s, t in zip(segments, texts, strict=True)]
    document = Redacted(stored, [(f.type, f.segment, f.start, f.end, f.recognizer)
                                                        for f in found])
    return _COMPRESSOR.compress(msgspec.json.encode(document))


def unpack(plaintext: bytes) -> Redacted:
    return msgspec.json.decode(_DECOMPRESSOR.decompress(plaintext), type=Redacted)


class RedactedWriter:
    """Writes the redacted artifact of each version stored or rewritten."""

    def __init__(self, engine: AsyncEngine, kms: Kms, store: ObjectStore, crypto: FieldCrypto,
                 settings: Settings | None = None) -> None:
        self.engine, self.kms, self.store, self.crypto, self.settings = engine, kms, store, crypto, settings

    async def on_event(self, session: AsyncSession, event: CloudEvent) -> None:
        if isinstance(data := catalog.parse(event), catalog.NEW_VERSIONS):
            await self.write(session, data.transcript_id, data.version)

    async def rewrite(self, session: AsyncSession, transcript_id: UUID, version: int) -> str:
        """`written`, `current` (one of today's kind is there) or `skipped`."""
        t = await repository.get(session, transcript_id)
        if t is not None and t.version == version and await repository.artifact(
                session, t.id, version, kind(await tenant_redactor(session, self.crypto, t.tenant_id, self.settings))):
            return "current"
        return "written" if await self.write(session, transcript_id, version) else "skipped"

    async def write(self, session: AsyncSession, transcript_id: UUID, version: int) -> TranscriptArtifact | None:
        """The version's redacted artifact, unless the transcript is gone or has moved on (its newer
        version's event follows). The row stays locked until the caller commits, so that a withdrawal
        or a purge does not replace the version under it."""
        t = await repository.get(session, transcript_id, for_update=True)
        if t is None or t.version != version:
            return None
        redactor = await tenant_redactor(session, self.crypto, t.tenant_id, self.settings)
        words, artifact_kind = await repository.artifact(session, t.id, version, SEGMENTS), kind(redactor)
        if words is None or await repository.artifact(session, t.id, version, artifact_kind):
            return None
        key_of_version = await data_key(self.kms, t)
        segments = await read_segments(self.store, t, words, key_of_version)
        try:
            texts, found = await redactor.segments([s.text for s in segments])
        except RedactionOverBudget as exc:  # the same every time: no artifact, and the view answers the problem
            log.warning("redacted artifact not written", transcript_id=str(t.id), version=version, reason=str(exc))
            return None
        artifact = await artifacts.write(self.store, artifacts.announcing(self.engine, session), key_of_version,
                                         Place(t.tenant_id, t.id, version, artifact_kind), words.bucket,
                                         pack(redactor, segments, texts, found))
        session.add(artifact)
        await lifecycle.forget_announcement(session, artifact.object_key)
        return artifact


class Backfill(msgspec.Struct):
    total: int = 0
    written: int = 0  # artifacts written
    current: int = 0  # already of the current kind
    skipped: int = 0  # gone or changed meanwhile, or over the redaction's CPU budget


async def backfill(writer: RedactedWriter, tenant_id: UUID, progress=lambda job: None, page: int = 100) -> Backfill:
    """The redacted artifact of every active transcript of the tenant written again with today's
    recognizers and operators, each in a transaction of its own; one that has it already is passed
    over, so a run that stopped resumes where it was."""
    async with tenant_session(writer.engine, tenant_id) as session:
        job = Backfill(total=await repository.count_active(session))
    after = None
    while True:
        async with tenant_session(writer.engine, tenant_id) as session:
            batch = [(t.id, t.version, t.created_at) for t in await repository.list_transcripts(
                session, call_id=None, tag=None, created_after=None, created_before=None, subject=None, agent=None,
                after=after, limit=page)]
        for transcript_id, version, _ in batch:
            async with tenant_session(writer.engine, tenant_id) as session:
                outcome = await writer.rewrite(session, transcript_id, version)
                await session.commit()
            setattr(job, outcome, getattr(job, outcome) + 1)
            progress(job)
        if len(batch) < page:
            return job
        after = (batch[-1][2], batch[-1][0])
