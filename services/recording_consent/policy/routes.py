"""HTTP routes for the jurisdiction rules: what they say, and how a number resolves."""

from fastapi import APIRouter, Query

from services.recording_consent.deps import RulesDep
from services.recording_consent.policy.resolve import resolve
from services.recording_consent.schemas import Jurisdiction, JurisdictionList, PhoneNumber, ResolutionRead

router = APIRouter(prefix="/v1", tags=["jurisdictions"])



@router.get("/jurisdictions", response_model=JurisdictionList)
async def list_jurisdictions(rules: RulesDep) -> JurisdictionList:
    """Every jurisdiction rule, with its requirement, citation, source and how sure it is."""
    return JurisdictionList(version=rules.version, published=rules.published,
                            jurisdictions=[r.public() for r in rules],
                            purposes={name: p.model_dump(mode="json") for name, p in rules.purposes.items()})


@router.get("/jurisdictions/resolve", response_model=ResolutionRead)
async def resolve_jurisdiction(rules: RulesDep, phone_number: PhoneNumber | None = None,
                               jurisdiction: Jurisdiction | None = None,
                               default_region: str = Query("US", pattern=r"^[A-Z]{2}$")) -> ResolutionRead:
    """How a number (or a declared jurisdiction) resolves, and which rule then applies."""
    resolution = resolve(phone_number, jurisdiction, default_region)
    applied = rules.for_jurisdiction(resolution.jurisdiction)
    return ResolutionRead(jurisdiction=resolution.jurisdiction, source=resolution.source, country=resolution.country,
                          subdivision=resolution.subdivision, notes=[*resolution.notes, *applied.notes],
                          rule=applied.rule.public(), rules_version=rules.version)
