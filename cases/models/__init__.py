from cases.models.assets import Asset, AssetKind, AssetStage
from cases.models.audit import AuditChain, AuditEvent
from cases.models.cases import (
    Case,
    CaseJurisdiction,
    CaseReferenceCounter,
    CaseStatus,
    JurisdictionRole,
    OffenceCategory,
)
from cases.models.documents import Document, DocumentKind
from cases.models.idempotency import IdempotencyRecord
from cases.models.sharing import CaseGroupObjectPermission, CaseShare, CaseUserObjectPermission
from cases.models.states import State
from cases.models.subjects import Occupancy, OrganizationType, Subject, SubjectKind, SubjectRole
from cases.models.tokens import ApiToken
from cases.models.users import Role, User

__all__ = [
    "ApiToken",
    "Asset",
    "AssetKind",
    "AssetStage",
    "AuditChain",
    "AuditEvent",
    "Case",
    "CaseGroupObjectPermission",
    "CaseJurisdiction",
    "CaseReferenceCounter",
    "CaseShare",
    "CaseStatus",
    "CaseUserObjectPermission",
    "Document",
    "DocumentKind",
    "IdempotencyRecord",
    "JurisdictionRole",
    "Occupancy",
    "OffenceCategory",
    "OrganizationType",
    "Role",
    "State",
    "Subject",
    "SubjectKind",
    "SubjectRole",
    "User",
]
