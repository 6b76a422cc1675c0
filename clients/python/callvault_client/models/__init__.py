"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .agent_authority import AgentAuthority
from .agent_site_read import AgentSiteRead
from .agent_site_update import AgentSiteUpdate
from .agent_token_create import AgentTokenCreate
from .agent_token_read import AgentTokenRead
from .announcement_create import AnnouncementCreate
from .announcement_played import AnnouncementPlayed
from .announcement_read import AnnouncementRead
from .answer_telnyx_ivr_step_step import AnswerTelnyxIvrStepStep
from .answer_twilio_ivr_step_step import AnswerTwilioIvrStepStep
from .answer_vonage_ivr_step_response_200_item import AnswerVonageIvrStepResponse200Item
from .answer_vonage_ivr_step_step import AnswerVonageIvrStepStep
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_read import ApiKeyRead
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_content import AuditEntryReadContent
from .audit_list import AuditList
from .call_copies import CallCopies
from .call_copies_transcripts_item import CallCopiesTranscriptsItem
from .call_create import CallCreate
from .call_events import CallEvents
from .call_events_outcome import CallEventsOutcome
from .call_events_outcome_problem_type_0 import CallEventsOutcomeProblemType0
from .call_list import CallList
from .call_read import CallRead
from .call_retention_read import CallRetentionRead
from .call_retention_status import CallRetentionStatus
from .call_retention_update import CallRetentionUpdate
from .call_summary import CallSummary
from .calls_events_batch import CallsEventsBatch
from .calls_events_outcome import CallsEventsOutcome
from .consent_period import ConsentPeriod
from .consent_period_states import ConsentPeriodStates
from .consent_periods import ConsentPeriods
from .consent_settings_read import ConsentSettingsRead
from .consent_settings_read_jurisdiction_mode import ConsentSettingsReadJurisdictionMode
from .consent_settings_read_lawful_basis import ConsentSettingsReadLawfulBasis
from .consent_settings_read_lawful_basis_additional_property import (
    ConsentSettingsReadLawfulBasisAdditionalProperty,
)
from .consent_settings_update import ConsentSettingsUpdate
from .consent_settings_update_jurisdiction_mode import (
    ConsentSettingsUpdateJurisdictionMode,
)
from .consent_settings_update_lawful_basis import ConsentSettingsUpdateLawfulBasis
from .consent_settings_update_lawful_basis_additional_property import (
    ConsentSettingsUpdateLawfulBasisAdditionalProperty,
)
from .consistency_proof import ConsistencyProof
from .correction import Correction
from .decision_read import DecisionRead
from .decision_read_jurisdiction_mode import DecisionReadJurisdictionMode
from .decision_read_requirement_type_0 import DecisionReadRequirementType0
from .delete_telephony_provider_provider import DeleteTelephonyProviderProvider
from .deletion_certificate_list import DeletionCertificateList
from .deletion_certificate_read import DeletionCertificateRead
from .deletion_certificate_read_claims import DeletionCertificateReadClaims
from .deletion_certificate_read_reason import DeletionCertificateReadReason
from .direction import Direction
from .do_not_record_create import DoNotRecordCreate
from .do_not_record_read import DoNotRecordRead
from .due_counts import DueCounts
from .entity_type import EntityType
from .event_batch import EventBatch
from .event_create import EventCreate
from .event_create_evidence_type_0 import EventCreateEvidenceType0
from .event_read import EventRead
from .event_read_evidence_type_0 import EventReadEvidenceType0
from .event_type import EventType
from .events_recorded import EventsRecorded
from .export_read import ExportRead
from .export_vcon_response_200 import ExportVconResponse200
from .finding import Finding
from .get_telephony_provider_provider import GetTelephonyProviderProvider
from .hold_scope import HoldScope
from .hold_subjects import HoldSubjects
from .imported_event import ImportedEvent
from .imported_party import ImportedParty
from .inbox_read import InboxRead
from .inclusion_proof import InclusionProof
from .ivr_settings import IvrSettings
from .ivr_settings_country_languages import IvrSettingsCountryLanguages
from .ivr_settings_mode import IvrSettingsMode
from .ivr_settings_prompt import IvrSettingsPrompt
from .ivr_settings_purposes_item import IvrSettingsPurposesItem
from .jurisdiction_list import JurisdictionList
from .jurisdiction_list_purposes import JurisdictionListPurposes
from .key_rotation_read import KeyRotationRead
from .key_rotation_read_status import KeyRotationReadStatus
from .keys_read import KeysRead
from .keys_read_transcripts_by_version import KeysReadTranscriptsByVersion
from .legal_hold_create import LegalHoldCreate
from .legal_hold_list import LegalHoldList
from .legal_hold_read import LegalHoldRead
from .legal_hold_read_scope import LegalHoldReadScope
from .legal_hold_read_status import LegalHoldReadStatus
from .legal_hold_release import LegalHoldRelease
from .log_entry_read import LogEntryRead
from .log_entry_read_content import LogEntryReadContent
from .log_verification import LogVerification
from .method import Method
from .missing_item import MissingItem
from .not_checked import NotChecked
from .objection_purpose import ObjectionPurpose
from .oidc_read import OidcRead
from .oidc_read_role_map import OidcReadRoleMap
from .oidc_settings import OidcSettings
from .oidc_settings_role_map import OidcSettingsRoleMap
from .operator import Operator
from .participant_create import ParticipantCreate
from .participant_decision import ParticipantDecision
from .participant_decision_purposes import ParticipantDecisionPurposes
from .participant_decision_requirement import ParticipantDecisionRequirement
from .participant_read import ParticipantRead
from .participant_read_jurisdiction_source import ParticipantReadJurisdictionSource
from .participant_role import ParticipantRole
from .participant_subjects import ParticipantSubjects
from .period_participant import PeriodParticipant
from .phone_region_read import PhoneRegionRead
from .privacy_report import PrivacyReport
from .privacy_report_done_item import PrivacyReportDoneItem
from .privacy_report_found import PrivacyReportFound
from .privacy_report_kept_item import PrivacyReportKeptItem
from .privacy_report_not_done_item import PrivacyReportNotDoneItem
from .privacy_report_steps import PrivacyReportSteps
from .privacy_request_create import PrivacyRequestCreate
from .privacy_request_list import PrivacyRequestList
from .privacy_request_read import PrivacyRequestRead
from .privacy_request_read_acknowledgement_type_0 import (
    PrivacyRequestReadAcknowledgementType0,
)
from .privacy_request_read_extension_type_0 import PrivacyRequestReadExtensionType0
from .privacy_request_read_lift_type_0 import PrivacyRequestReadLiftType0
from .privacy_request_read_rejection_type_0 import PrivacyRequestReadRejectionType0
from .privacy_request_read_requested_by import PrivacyRequestReadRequestedBy
from .privacy_request_read_verification_type_0 import (
    PrivacyRequestReadVerificationType0,
)
from .privacy_subject import PrivacySubject
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .provider_recording_read import ProviderRecordingRead
from .provider_recording_read_last_error_type_0 import (
    ProviderRecordingReadLastErrorType0,
)
from .provider_recording_read_state import ProviderRecordingReadState
from .purge_due import PurgeDue
from .purge_due_item import PurgeDueItem
from .purge_run import PurgeRun
from .purge_run_by_reason import PurgeRunByReason
from .purpose import Purpose
from .purpose_decision import PurposeDecision
from .purpose_decision_state import PurposeDecisionState
from .purpose_policy_read import PurposePolicyRead
from .purpose_policy_read_clarity import PurposePolicyReadClarity
from .put_telephony_provider_provider import PutTelephonyProviderProvider
from .put_telephony_provider_retell_config import PutTelephonyProviderRetellConfig
from .put_telephony_provider_retell_config_agent_side import (
    PutTelephonyProviderRetellConfigAgentSide,
)
from .put_telephony_provider_standard_config import PutTelephonyProviderStandardConfig
from .put_telephony_provider_standard_config_agent_side import (
    PutTelephonyProviderStandardConfigAgentSide,
)
from .put_telephony_provider_telnyx_config import PutTelephonyProviderTelnyxConfig
from .put_telephony_provider_telnyx_config_agent_side import (
    PutTelephonyProviderTelnyxConfigAgentSide,
)
from .put_telephony_provider_twilio_config import PutTelephonyProviderTwilioConfig
from .put_telephony_provider_twilio_config_agent_side import (
    PutTelephonyProviderTwilioConfigAgentSide,
)
from .put_telephony_provider_twilio_config_stop_as import (
    PutTelephonyProviderTwilioConfigStopAs,
)
from .put_telephony_provider_vapi_config import PutTelephonyProviderVapiConfig
from .put_telephony_provider_vapi_config_agent_side import (
    PutTelephonyProviderVapiConfigAgentSide,
)
from .put_telephony_provider_vonage_config import PutTelephonyProviderVonageConfig
from .put_telephony_provider_vonage_config_agent_side import (
    PutTelephonyProviderVonageConfigAgentSide,
)
from .reason_body import ReasonBody
from .receipt_evidence import ReceiptEvidence
from .receipt_evidence_entry import ReceiptEvidenceEntry
from .receipt_read import ReceiptRead
from .receipt_read_claims import ReceiptReadClaims
from .recorded_event import RecordedEvent
from .recorded_event_evidence_type_0 import RecordedEventEvidenceType0
from .recording_state import RecordingState
from .recording_stop_create import RecordingStopCreate
from .recording_stop_create_outcome import RecordingStopCreateOutcome
from .recording_stop_create_provider_answer import RecordingStopCreateProviderAnswer
from .recording_stop_read import RecordingStopRead
from .recording_stop_read_outcome import RecordingStopReadOutcome
from .recording_stop_read_provider_answer import RecordingStopReadProviderAnswer
from .redact_request import RedactRequest
from .redact_result import RedactResult
from .redacted_entity import RedactedEntity
from .refusal import Refusal
from .refused_segment import RefusedSegment
from .refused_webhook import RefusedWebhook
from .refused_webhook_problem_type_0 import RefusedWebhookProblemType0
from .regulation import Regulation
from .request_type import RequestType
from .requested_by import RequestedBy
from .requested_by_kind import RequestedByKind
from .resolution_read import ResolutionRead
from .resolution_read_source import ResolutionReadSource
from .retell_call import RetellCall
from .retell_call_direction import RetellCallDirection
from .retell_event import RetellEvent
from .retell_utterance import RetellUtterance
from .retell_word import RetellWord
from .retention_applied import RetentionApplied
from .retention_policy_read import RetentionPolicyRead
from .retention_policy_read_by_tag import RetentionPolicyReadByTag
from .retention_policy_read_on_withdrawal import RetentionPolicyReadOnWithdrawal
from .retention_policy_update import RetentionPolicyUpdate
from .retention_policy_update_by_tag import RetentionPolicyUpdateByTag
from .retention_policy_update_on_withdrawal import RetentionPolicyUpdateOnWithdrawal
from .retention_preview import RetentionPreview
from .role import Role
from .rule_read import RuleRead
from .rule_read_clarity import RuleReadClarity
from .rule_read_requirement import RuleReadRequirement
from .segment_create import SegmentCreate
from .segment_read import SegmentRead
from .segment_text import SegmentText
from .standard_event import StandardEvent
from .standard_event_direction import StandardEventDirection
from .status import Status
from .subjects import Subjects
from .telephony_read import TelephonyRead
from .telephony_read_provider import TelephonyReadProvider
from .telephony_read_settings import TelephonyReadSettings
from .telnyx_data import TelnyxData
from .telnyx_event import TelnyxEvent
from .telnyx_payload import TelnyxPayload
from .tenant_create import TenantCreate
from .tenant_read import TenantRead
from .tenant_read_consent_type_0 import TenantReadConsentType0
from .tenant_update import TenantUpdate
from .tenant_update_consent_type_0 import TenantUpdateConsentType0
from .transcript_create import TranscriptCreate
from .transcript_list import TranscriptList
from .transcript_read import TranscriptRead
from .transcript_settings_read import TranscriptSettingsRead
from .transcript_settings_read_redaction_operators import (
    TranscriptSettingsReadRedactionOperators,
)
from .transcript_settings_read_refused_segments import (
    TranscriptSettingsReadRefusedSegments,
)
from .transcript_settings_update import TranscriptSettingsUpdate
from .transcript_settings_update_redaction_operators_type_0 import (
    TranscriptSettingsUpdateRedactionOperatorsType0,
)
from .transcript_settings_update_refused_segments_type_0 import (
    TranscriptSettingsUpdateRefusedSegmentsType0,
)
from .transcript_stored import TranscriptStored
from .transcript_summary import TranscriptSummary
from .tree_head_read import TreeHeadRead
from .twilio_callback import TwilioCallback
from .vapi_artifact import VapiArtifact
from .vapi_assistant import VapiAssistant
from .vapi_call import VapiCall
from .vapi_call_type import VapiCallType
from .vapi_compliance import VapiCompliance
from .vapi_message import VapiMessage
from .vapi_number import VapiNumber
from .vapi_recording_consent import VapiRecordingConsent
from .vapi_recording_consent_type import VapiRecordingConsentType
from .vapi_server_message import VapiServerMessage
from .vapi_spoken import VapiSpoken
from .vapi_transcriber import VapiTranscriber
from .vcon_analysis import VconAnalysis
from .vcon_attachment import VconAttachment
from .vcon_dialog import VconDialog
from .vcon_import import VconImport
from .vcon_imported import VconImported
from .vcon_party import VconParty
from .verification import Verification
from .view import View
from .vonage_dtmf import VonageDtmf
from .vonage_event import VonageEvent
from .webhook_acknowledged import WebhookAcknowledged
from .webhook_delivery_read import WebhookDeliveryRead
from .webhook_delivery_read_attempt_log_item import WebhookDeliveryReadAttemptLogItem
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_created import WebhookEndpointCreated
from .webhook_endpoint_read import WebhookEndpointRead
from .webhook_endpoint_update import WebhookEndpointUpdate

__all__ = (
    "Acknowledgement",
    "AgentAuthority",
    "AgentSiteRead",
    "AgentSiteUpdate",
    "AgentTokenCreate",
    "AgentTokenRead",
    "AnnouncementCreate",
    "AnnouncementPlayed",
    "AnnouncementRead",
    "AnswerTelnyxIvrStepStep",
    "AnswerTwilioIvrStepStep",
    "AnswerVonageIvrStepResponse200Item",
    "AnswerVonageIvrStepStep",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyRead",
    "AuditEntryRead",
    "AuditEntryReadContent",
    "AuditList",
    "CallCopies",
    "CallCopiesTranscriptsItem",
    "CallCreate",
    "CallEvents",
    "CallEventsOutcome",
    "CallEventsOutcomeProblemType0",
    "CallList",
    "CallRead",
    "CallRetentionRead",
    "CallRetentionStatus",
    "CallRetentionUpdate",
    "CallsEventsBatch",
    "CallsEventsOutcome",
    "CallSummary",
    "ConsentPeriod",
    "ConsentPeriods",
    "ConsentPeriodStates",
    "ConsentSettingsRead",
    "ConsentSettingsReadJurisdictionMode",
    "ConsentSettingsReadLawfulBasis",
    "ConsentSettingsReadLawfulBasisAdditionalProperty",
    "ConsentSettingsUpdate",
    "ConsentSettingsUpdateJurisdictionMode",
    "ConsentSettingsUpdateLawfulBasis",
    "ConsentSettingsUpdateLawfulBasisAdditionalProperty",
    "ConsistencyProof",
    "Correction",
    "DecisionRead",
    "DecisionReadJurisdictionMode",
    "DecisionReadRequirementType0",
    "DeleteTelephonyProviderProvider",
    "DeletionCertificateList",
    "DeletionCertificateRead",
    "DeletionCertificateReadClaims",
    "DeletionCertificateReadReason",
    "Direction",
    "DoNotRecordCreate",
    "DoNotRecordRead",
    "DueCounts",
    "EntityType",
    "EventBatch",
    "EventCreate",
    "EventCreateEvidenceType0",
    "EventRead",
    "EventReadEvidenceType0",
    "EventsRecorded",
    "EventType",
    "ExportRead",
    "ExportVconResponse200",
    "Finding",
    "GetTelephonyProviderProvider",
    "HoldScope",
    "HoldSubjects",
    "ImportedEvent",
    "ImportedParty",
    "InboxRead",
    "InclusionProof",
    "IvrSettings",
    "IvrSettingsCountryLanguages",
    "IvrSettingsMode",
    "IvrSettingsPrompt",
    "IvrSettingsPurposesItem",
    "JurisdictionList",
    "JurisdictionListPurposes",
    "KeyRotationRead",
    "KeyRotationReadStatus",
    "KeysRead",
    "KeysReadTranscriptsByVersion",
    "LegalHoldCreate",
    "LegalHoldList",
    "LegalHoldRead",
    "LegalHoldReadScope",
    "LegalHoldReadStatus",
    "LegalHoldRelease",
    "LogEntryRead",
    "LogEntryReadContent",
    "LogVerification",
    "Method",
    "MissingItem",
    "NotChecked",
    "ObjectionPurpose",
    "OidcRead",
    "OidcReadRoleMap",
    "OidcSettings",
    "OidcSettingsRoleMap",
    "Operator",
    "ParticipantCreate",
    "ParticipantDecision",
    "ParticipantDecisionPurposes",
    "ParticipantDecisionRequirement",
    "ParticipantRead",
    "ParticipantReadJurisdictionSource",
    "ParticipantRole",
    "ParticipantSubjects",
    "PeriodParticipant",
    "PhoneRegionRead",
    "PrivacyReport",
    "PrivacyReportDoneItem",
    "PrivacyReportFound",
    "PrivacyReportKeptItem",
    "PrivacyReportNotDoneItem",
    "PrivacyReportSteps",
    "PrivacyRequestCreate",
    "PrivacyRequestList",
    "PrivacyRequestRead",
    "PrivacyRequestReadAcknowledgementType0",
    "PrivacyRequestReadExtensionType0",
    "PrivacyRequestReadLiftType0",
    "PrivacyRequestReadRejectionType0",
    "PrivacyRequestReadRequestedBy",
    "PrivacyRequestReadVerificationType0",
    "PrivacySubject",
    "Problem",
    "ProblemErrorsType0Item",
    "ProviderRecordingRead",
    "ProviderRecordingReadLastErrorType0",
    "ProviderRecordingReadState",
    "PurgeDue",
    "PurgeDueItem",
    "PurgeRun",
    "PurgeRunByReason",
    "Purpose",
    "PurposeDecision",
    "PurposeDecisionState",
    "PurposePolicyRead",
    "PurposePolicyReadClarity",
    "PutTelephonyProviderProvider",
    "PutTelephonyProviderRetellConfig",
    "PutTelephonyProviderRetellConfigAgentSide",
    "PutTelephonyProviderStandardConfig",
    "PutTelephonyProviderStandardConfigAgentSide",
    "PutTelephonyProviderTelnyxConfig",
    "PutTelephonyProviderTelnyxConfigAgentSide",
    "PutTelephonyProviderTwilioConfig",
    "PutTelephonyProviderTwilioConfigAgentSide",
    "PutTelephonyProviderTwilioConfigStopAs",
    "PutTelephonyProviderVapiConfig",
    "PutTelephonyProviderVapiConfigAgentSide",
    "PutTelephonyProviderVonageConfig",
    "PutTelephonyProviderVonageConfigAgentSide",
    "ReasonBody",
    "ReceiptEvidence",
    "ReceiptEvidenceEntry",
    "ReceiptRead",
    "ReceiptReadClaims",
    "RecordedEvent",
    "RecordedEventEvidenceType0",
    "RecordingState",
    "RecordingStopCreate",
    "RecordingStopCreateOutcome",
    "RecordingStopCreateProviderAnswer",
    "RecordingStopRead",
    "RecordingStopReadOutcome",
    "RecordingStopReadProviderAnswer",
    "RedactedEntity",
    "RedactRequest",
    "RedactResult",
    "Refusal",
    "RefusedSegment",
    "RefusedWebhook",
    "RefusedWebhookProblemType0",
    "Regulation",
    "RequestedBy",
    "RequestedByKind",
    "RequestType",
    "ResolutionRead",
    "ResolutionReadSource",
    "RetellCall",
    "RetellCallDirection",
    "RetellEvent",
    "RetellUtterance",
    "RetellWord",
    "RetentionApplied",
    "RetentionPolicyRead",
    "RetentionPolicyReadByTag",
    "RetentionPolicyReadOnWithdrawal",
    "RetentionPolicyUpdate",
    "RetentionPolicyUpdateByTag",
    "RetentionPolicyUpdateOnWithdrawal",
    "RetentionPreview",
    "Role",
    "RuleRead",
    "RuleReadClarity",
    "RuleReadRequirement",
    "SegmentCreate",
    "SegmentRead",
    "SegmentText",
    "StandardEvent",
    "StandardEventDirection",
    "Status",
    "Subjects",
    "TelephonyRead",
    "TelephonyReadProvider",
    "TelephonyReadSettings",
    "TelnyxData",
    "TelnyxEvent",
    "TelnyxPayload",
    "TenantCreate",
    "TenantRead",
    "TenantReadConsentType0",
    "TenantUpdate",
    "TenantUpdateConsentType0",
    "TranscriptCreate",
    "TranscriptList",
    "TranscriptRead",
    "TranscriptSettingsRead",
    "TranscriptSettingsReadRedactionOperators",
    "TranscriptSettingsReadRefusedSegments",
    "TranscriptSettingsUpdate",
    "TranscriptSettingsUpdateRedactionOperatorsType0",
    "TranscriptSettingsUpdateRefusedSegmentsType0",
    "TranscriptStored",
    "TranscriptSummary",
    "TreeHeadRead",
    "TwilioCallback",
    "VapiArtifact",
    "VapiAssistant",
    "VapiCall",
    "VapiCallType",
    "VapiCompliance",
    "VapiMessage",
    "VapiNumber",
    "VapiRecordingConsent",
    "VapiRecordingConsentType",
    "VapiServerMessage",
    "VapiSpoken",
    "VapiTranscriber",
    "VconAnalysis",
    "VconAttachment",
    "VconDialog",
    "VconImport",
    "VconImported",
    "VconParty",
    "Verification",
    "View",
    "VonageDtmf",
    "VonageEvent",
    "WebhookAcknowledged",
    "WebhookDeliveryRead",
    "WebhookDeliveryReadAttemptLogItem",
    "WebhookEndpointCreate",
    "WebhookEndpointCreated",
    "WebhookEndpointRead",
    "WebhookEndpointUpdate",
)
