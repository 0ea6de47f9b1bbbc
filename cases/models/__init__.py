from cases.models.assets import Asset, AssetKind, AssetStage
from cases.models.audit_events import CaseAuditEvent
from cases.models.cases import (
    Case,
    CaseJurisdiction,
    CaseReferenceCounter,
    CaseStatus,
    JurisdictionRole,
    OffenceCategory,
)
from cases.models.sharing import CaseGroupObjectPermission, CaseShare, CaseUserObjectPermission
from cases.models.states import State
from cases.models.subjects import Occupancy, OrganizationType, Subject, SubjectKind, SubjectRole
from cases.models.users import Role, User
from cases.models.valuations import AssetValuation

__all__ = [
    "Asset",
    "AssetKind",
    "AssetStage",
    "AssetValuation",
    "Case",
    "CaseAuditEvent",
    "CaseGroupObjectPermission",
    "CaseJurisdiction",
    "CaseReferenceCounter",
    "CaseShare",
    "CaseStatus",
    "CaseUserObjectPermission",
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
