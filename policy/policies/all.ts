// The policies of the pack, in checklist order. index.ts and the manifest both read this list.
import { ReadinessPolicy } from "../lib/readiness-policy";
import { missingAvailabilitySlo } from "./missing-availability-slo";
import { configureSloIndicators } from "./configure-slo-indicators";
import { missingBurnRateAlerts } from "./missing-burn-rate-alerts";
import { missingGoldenSignalMonitors } from "./missing-golden-signal-monitors";
import { missingAnomalyMonitors } from "./missing-anomaly-monitors";
import { missingPagerdutyTechnicalService } from "./missing-pagerduty-technical-service";
import { missingBusinessService } from "./missing-business-service";
import { configureEscalationPolicy } from "./configure-escalation-policy";
import { configureOutOfHoursRouting } from "./configure-out-of-hours-routing";
import { missingBackups } from "./missing-backups";
import { enableKeyVaultPurgeProtection } from "./enable-key-vault-purge-protection";
import { enableResourceProtection } from "./enable-resource-protection";
import { enforceTlsFloor } from "./enforce-tls-floor";
import { enableInfrastructureEncryption } from "./enable-infrastructure-encryption";
import { disallowPublicBlobAccess } from "./disallow-public-blob-access";
import { missingCapacityPlan } from "./missing-capacity-plan";
import { configureCapacityHeadroom } from "./configure-capacity-headroom";
import { enableAutoscaling } from "./enable-autoscaling";
import { missingSignOffCustomerOnboarding } from "./missing-sign-off-customer-onboarding";
import { missingSignOffCustomerFirstLine } from "./missing-sign-off-customer-first-line";
import { missingSignOffCustomerSuccess } from "./missing-sign-off-customer-success";
import { missingServiceCatalogEntry } from "./missing-service-catalog-entry";
import { missingSignOffTechHandover } from "./missing-sign-off-tech-handover";
import { missingPlaybookLinks } from "./missing-playbook-links";
import { missingSignOffTechChangeManagement } from "./missing-sign-off-tech-change-management";
import { missingSignOffTechTeamHandover } from "./missing-sign-off-tech-team-handover";
import { missingStackResources } from "./missing-stack-resources";
import { configureStackEnvironment } from "./configure-stack-environment";
import { missingComponentAssignment } from "./missing-component-assignment";
import { missingBackupAssessment } from "./missing-backup-assessment";
import { missingTlsAssessment } from "./missing-tls-assessment";
import { missingEncryptionAssessment } from "./missing-encryption-assessment";

/** Every policy of the pack. */
export const ALL_POLICIES: readonly ReadinessPolicy[] = [
    missingAvailabilitySlo,
    configureSloIndicators,
    missingBurnRateAlerts,
    missingGoldenSignalMonitors,
    missingAnomalyMonitors,
    missingPagerdutyTechnicalService,
    missingBusinessService,
    configureEscalationPolicy,
    configureOutOfHoursRouting,
    missingBackups,
    enableKeyVaultPurgeProtection,
    enableResourceProtection,
    missingBackupAssessment,
    enforceTlsFloor,
    missingTlsAssessment,
    enableInfrastructureEncryption,
    disallowPublicBlobAccess,
    missingEncryptionAssessment,
    missingCapacityPlan,
    configureCapacityHeadroom,
    enableAutoscaling,
    missingSignOffCustomerOnboarding,
    missingSignOffCustomerFirstLine,
    missingSignOffCustomerSuccess,
    missingServiceCatalogEntry,
    missingSignOffTechHandover,
    missingPlaybookLinks,
    missingSignOffTechChangeManagement,
    missingSignOffTechTeamHandover,
    missingStackResources,
    configureStackEnvironment,
    missingComponentAssignment,
];
