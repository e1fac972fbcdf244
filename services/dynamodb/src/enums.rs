//! The enums of wire values.

/// The values of `ApproximateCreationDateTimePrecision`.
#[awsop::aws_enum]
pub enum ApproximateCreationDateTimePrecision {
    /// `MILLISECOND`
    #[aws(value = "MILLISECOND")]
    Millisecond,
    /// `MICROSECOND`
    #[aws(value = "MICROSECOND")]
    Microsecond,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AttributeAction`.
#[awsop::aws_enum]
pub enum AttributeAction {
    /// `ADD`
    #[aws(value = "ADD")]
    Add,
    /// `PUT`
    #[aws(value = "PUT")]
    Put,
    /// `DELETE`
    #[aws(value = "DELETE")]
    Delete,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BackupStatus`.
#[awsop::aws_enum]
pub enum BackupStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `DELETED`
    #[aws(value = "DELETED")]
    Deleted,
    /// `AVAILABLE`
    #[aws(value = "AVAILABLE")]
    Available,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BackupType`.
#[awsop::aws_enum]
pub enum BackupType {
    /// `USER`
    #[aws(value = "USER")]
    User,
    /// `SYSTEM`
    #[aws(value = "SYSTEM")]
    System,
    /// `AWS_BACKUP`
    #[aws(value = "AWS_BACKUP")]
    AwsBackup,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BackupTypeFilter`.
#[awsop::aws_enum]
pub enum BackupTypeFilter {
    /// `USER`
    #[aws(value = "USER")]
    User,
    /// `SYSTEM`
    #[aws(value = "SYSTEM")]
    System,
    /// `AWS_BACKUP`
    #[aws(value = "AWS_BACKUP")]
    AwsBackup,
    /// `ALL`
    #[aws(value = "ALL")]
    All,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BatchStatementErrorCodeEnum`.
#[awsop::aws_enum]
pub enum BatchStatementErrorCodeEnum {
    /// `ConditionalCheckFailed`
    #[aws(value = "ConditionalCheckFailed")]
    ConditionalCheckFailed,
    /// `ItemCollectionSizeLimitExceeded`
    #[aws(value = "ItemCollectionSizeLimitExceeded")]
    ItemCollectionSizeLimitExceeded,
    /// `RequestLimitExceeded`
    #[aws(value = "RequestLimitExceeded")]
    RequestLimitExceeded,
    /// `ValidationError`
    #[aws(value = "ValidationError")]
    ValidationError,
    /// `ProvisionedThroughputExceeded`
    #[aws(value = "ProvisionedThroughputExceeded")]
    ProvisionedThroughputExceeded,
    /// `TransactionConflict`
    #[aws(value = "TransactionConflict")]
    TransactionConflict,
    /// `ThrottlingError`
    #[aws(value = "ThrottlingError")]
    ThrottlingError,
    /// `InternalServerError`
    #[aws(value = "InternalServerError")]
    InternalServerError,
    /// `ResourceNotFound`
    #[aws(value = "ResourceNotFound")]
    ResourceNotFound,
    /// `AccessDenied`
    #[aws(value = "AccessDenied")]
    AccessDenied,
    /// `DuplicateItem`
    #[aws(value = "DuplicateItem")]
    DuplicateItem,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BillingMode`.
#[awsop::aws_enum]
pub enum BillingMode {
    /// `PROVISIONED`
    #[aws(value = "PROVISIONED")]
    Provisioned,
    /// `PAY_PER_REQUEST`
    #[aws(value = "PAY_PER_REQUEST")]
    PayPerRequest,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BulkOperationInputFormat`.
#[awsop::aws_enum]
pub enum BulkOperationInputFormat {
    /// `DYNAMODB_JSON`
    #[aws(value = "DYNAMODB_JSON")]
    DynamodbJson,
    /// `ION`
    #[aws(value = "ION")]
    Ion,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BulkOperationPerformanceTier`.
#[awsop::aws_enum]
pub enum BulkOperationPerformanceTier {
    /// `STANDARD`
    #[aws(value = "STANDARD")]
    Standard,
    /// `ACCELERATED`
    #[aws(value = "ACCELERATED")]
    Accelerated,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `BulkOperationStatus`.
#[awsop::aws_enum]
pub enum BulkOperationStatus {
    /// `IN_PROGRESS`
    #[aws(value = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETED`
    #[aws(value = "COMPLETED")]
    Completed,
    /// `COMPLETED_WITH_ERRORS`
    #[aws(value = "COMPLETED_WITH_ERRORS")]
    CompletedWithErrors,
    /// `CANCELLING`
    #[aws(value = "CANCELLING")]
    Cancelling,
    /// `CANCELLED`
    #[aws(value = "CANCELLED")]
    Cancelled,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ComparisonOperator`.
#[awsop::aws_enum]
pub enum ComparisonOperator {
    /// `EQ`
    #[aws(value = "EQ")]
    Eq,
    /// `NE`
    #[aws(value = "NE")]
    Ne,
    /// `IN`
    #[aws(value = "IN")]
    In,
    /// `LE`
    #[aws(value = "LE")]
    Le,
    /// `LT`
    #[aws(value = "LT")]
    Lt,
    /// `GE`
    #[aws(value = "GE")]
    Ge,
    /// `GT`
    #[aws(value = "GT")]
    Gt,
    /// `BETWEEN`
    #[aws(value = "BETWEEN")]
    Between,
    /// `NOT_NULL`
    #[aws(value = "NOT_NULL")]
    NotNull,
    /// `NULL`
    #[aws(value = "NULL")]
    Null,
    /// `CONTAINS`
    #[aws(value = "CONTAINS")]
    Contains,
    /// `NOT_CONTAINS`
    #[aws(value = "NOT_CONTAINS")]
    NotContains,
    /// `BEGINS_WITH`
    #[aws(value = "BEGINS_WITH")]
    BeginsWith,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ConditionalOperator`.
#[awsop::aws_enum]
pub enum ConditionalOperator {
    /// `AND`
    #[aws(value = "AND")]
    And,
    /// `OR`
    #[aws(value = "OR")]
    Or,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ContinuousBackupsStatus`.
#[awsop::aws_enum]
pub enum ContinuousBackupsStatus {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ContributorInsightsAction`.
#[awsop::aws_enum]
pub enum ContributorInsightsAction {
    /// `ENABLE`
    #[aws(value = "ENABLE")]
    Enable,
    /// `DISABLE`
    #[aws(value = "DISABLE")]
    Disable,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ContributorInsightsMode`.
#[awsop::aws_enum]
pub enum ContributorInsightsMode {
    /// `ACCESSED_AND_THROTTLED_KEYS`
    #[aws(value = "ACCESSED_AND_THROTTLED_KEYS")]
    AccessedAndThrottledKeys,
    /// `THROTTLED_KEYS`
    #[aws(value = "THROTTLED_KEYS")]
    ThrottledKeys,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ContributorInsightsStatus`.
#[awsop::aws_enum]
pub enum ContributorInsightsStatus {
    /// `ENABLING`
    #[aws(value = "ENABLING")]
    Enabling,
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLING`
    #[aws(value = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DestinationStatus`.
#[awsop::aws_enum]
pub enum DestinationStatus {
    /// `ENABLING`
    #[aws(value = "ENABLING")]
    Enabling,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `DISABLING`
    #[aws(value = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `ENABLE_FAILED`
    #[aws(value = "ENABLE_FAILED")]
    EnableFailed,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// Specifies how pending replication is handled before a replica is disassociated. `WAIT_FOR_REPLICATION` is the only supported value.
#[awsop::aws_enum]
pub enum DisassociationMode {
    /// `WAIT_FOR_REPLICATION`
    #[aws(value = "WAIT_FOR_REPLICATION")]
    WaitForReplication,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExportFormat`.
#[awsop::aws_enum]
pub enum ExportFormat {
    /// `DYNAMODB_JSON`
    #[aws(value = "DYNAMODB_JSON")]
    DynamodbJson,
    /// `ION`
    #[aws(value = "ION")]
    Ion,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExportStatus`.
#[awsop::aws_enum]
pub enum ExportStatus {
    /// `IN_PROGRESS`
    #[aws(value = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETED`
    #[aws(value = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExportType`.
#[awsop::aws_enum]
pub enum ExportType {
    /// `FULL_EXPORT`
    #[aws(value = "FULL_EXPORT")]
    FullExport,
    /// `INCREMENTAL_EXPORT`
    #[aws(value = "INCREMENTAL_EXPORT")]
    IncrementalExport,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExportViewType`.
#[awsop::aws_enum]
pub enum ExportViewType {
    /// `NEW_IMAGE`
    #[aws(value = "NEW_IMAGE")]
    NewImage,
    /// `NEW_AND_OLD_IMAGES`
    #[aws(value = "NEW_AND_OLD_IMAGES")]
    NewAndOldImages,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `GlobalTableSettingsReplicationMode`.
#[awsop::aws_enum]
pub enum GlobalTableSettingsReplicationMode {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `ENABLED_WITH_OVERRIDES`
    #[aws(value = "ENABLED_WITH_OVERRIDES")]
    EnabledWithOverrides,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `GlobalTableStatus`.
#[awsop::aws_enum]
pub enum GlobalTableStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ImportStatus`.
#[awsop::aws_enum]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    #[aws(value = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETED`
    #[aws(value = "COMPLETED")]
    Completed,
    /// `CANCELLING`
    #[aws(value = "CANCELLING")]
    Cancelling,
    /// `CANCELLED`
    #[aws(value = "CANCELLED")]
    Cancelled,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `IndexStatus`.
#[awsop::aws_enum]
pub enum IndexStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `InputCompressionType`.
#[awsop::aws_enum]
pub enum InputCompressionType {
    /// `GZIP`
    #[aws(value = "GZIP")]
    Gzip,
    /// `ZSTD`
    #[aws(value = "ZSTD")]
    Zstd,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `InputFormat`.
#[awsop::aws_enum]
pub enum InputFormat {
    /// `DYNAMODB_JSON`
    #[aws(value = "DYNAMODB_JSON")]
    DynamodbJson,
    /// `ION`
    #[aws(value = "ION")]
    Ion,
    /// `CSV`
    #[aws(value = "CSV")]
    Csv,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyType`.
#[awsop::aws_enum]
pub enum KeyType {
    /// `HASH`
    #[aws(value = "HASH")]
    Hash,
    /// `RANGE`
    #[aws(value = "RANGE")]
    Range,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `MultiRegionConsistency`.
#[awsop::aws_enum]
pub enum MultiRegionConsistency {
    /// `EVENTUAL`
    #[aws(value = "EVENTUAL")]
    Eventual,
    /// `STRONG`
    #[aws(value = "STRONG")]
    Strong,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `OutputTypeEnum`.
#[awsop::aws_enum]
pub enum OutputTypeEnum {
    /// `ERROR`
    #[aws(value = "ERROR")]
    Error,
    /// `CONDITION_CHECK_FAILURE`
    #[aws(value = "CONDITION_CHECK_FAILURE")]
    ConditionCheckFailure,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `PointInTimeRecoveryStatus`.
#[awsop::aws_enum]
pub enum PointInTimeRecoveryStatus {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ProjectionType`.
#[awsop::aws_enum]
pub enum ProjectionType {
    /// `ALL`
    #[aws(value = "ALL")]
    All,
    /// `KEYS_ONLY`
    #[aws(value = "KEYS_ONLY")]
    KeysOnly,
    /// `INCLUDE`
    #[aws(value = "INCLUDE")]
    Include,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReplicaStatus`.
#[awsop::aws_enum]
pub enum ReplicaStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `CREATION_FAILED`
    #[aws(value = "CREATION_FAILED")]
    CreationFailed,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `REGION_DISABLED`
    #[aws(value = "REGION_DISABLED")]
    RegionDisabled,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    #[aws(value = "INACCESSIBLE_ENCRYPTION_CREDENTIALS")]
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    #[aws(value = "ARCHIVING")]
    Archiving,
    /// `ARCHIVED`
    #[aws(value = "ARCHIVED")]
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    #[aws(value = "REPLICATION_NOT_AUTHORIZED")]
    ReplicationNotAuthorized,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
///
/// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
///
///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
/// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
/// - `NONE` - No `ConsumedCapacity` details are included in the response.
#[awsop::aws_enum]
pub enum ReturnConsumedCapacity {
    /// `INDEXES`
    #[aws(value = "INDEXES")]
    Indexes,
    /// `TOTAL`
    #[aws(value = "TOTAL")]
    Total,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReturnItemCollectionMetrics`.
#[awsop::aws_enum]
pub enum ReturnItemCollectionMetrics {
    /// `SIZE`
    #[aws(value = "SIZE")]
    Size,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReturnValue`.
#[awsop::aws_enum]
pub enum ReturnValue {
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// `ALL_OLD`
    #[aws(value = "ALL_OLD")]
    AllOld,
    /// `UPDATED_OLD`
    #[aws(value = "UPDATED_OLD")]
    UpdatedOld,
    /// `ALL_NEW`
    #[aws(value = "ALL_NEW")]
    AllNew,
    /// `UPDATED_NEW`
    #[aws(value = "UPDATED_NEW")]
    UpdatedNew,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReturnValuesOnConditionCheckFailure`.
#[awsop::aws_enum]
pub enum ReturnValuesOnConditionCheckFailure {
    /// `ALL_OLD`
    #[aws(value = "ALL_OLD")]
    AllOld,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `S3SseAlgorithm`.
#[awsop::aws_enum]
pub enum S3SseAlgorithm {
    /// `AES256`
    #[aws(value = "AES256")]
    Aes256,
    /// `KMS`
    #[aws(value = "KMS")]
    Kms,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `SSEStatus`.
#[awsop::aws_enum]
pub enum SseStatus {
    /// `ENABLING`
    #[aws(value = "ENABLING")]
    Enabling,
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLING`
    #[aws(value = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `SSEType`.
#[awsop::aws_enum]
pub enum SseType {
    /// `AES256`
    #[aws(value = "AES256")]
    Aes256,
    /// `KMS`
    #[aws(value = "KMS")]
    Kms,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ScalarAttributeType`.
#[awsop::aws_enum]
pub enum ScalarAttributeType {
    /// `S`
    #[aws(value = "S")]
    S,
    /// `N`
    #[aws(value = "N")]
    N,
    /// `B`
    #[aws(value = "B")]
    B,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `SearchSchemaElementType`.
#[awsop::aws_enum]
pub enum SearchSchemaElementType {
    /// `HASH`
    #[aws(value = "HASH")]
    Hash,
    /// `INLINE_FILTER`
    #[aws(value = "INLINE_FILTER")]
    InlineFilter,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `Select`.
#[awsop::aws_enum]
pub enum Select {
    /// `ALL_ATTRIBUTES`
    #[aws(value = "ALL_ATTRIBUTES")]
    AllAttributes,
    /// `ALL_PROJECTED_ATTRIBUTES`
    #[aws(value = "ALL_PROJECTED_ATTRIBUTES")]
    AllProjectedAttributes,
    /// `SPECIFIC_ATTRIBUTES`
    #[aws(value = "SPECIFIC_ATTRIBUTES")]
    SpecificAttributes,
    /// `COUNT`
    #[aws(value = "COUNT")]
    Count,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `StreamViewType`.
#[awsop::aws_enum]
pub enum StreamViewType {
    /// `NEW_IMAGE`
    #[aws(value = "NEW_IMAGE")]
    NewImage,
    /// `OLD_IMAGE`
    #[aws(value = "OLD_IMAGE")]
    OldImage,
    /// `NEW_AND_OLD_IMAGES`
    #[aws(value = "NEW_AND_OLD_IMAGES")]
    NewAndOldImages,
    /// `KEYS_ONLY`
    #[aws(value = "KEYS_ONLY")]
    KeysOnly,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TableClass`.
#[awsop::aws_enum]
pub enum TableClass {
    /// `STANDARD`
    #[aws(value = "STANDARD")]
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`
    #[aws(value = "STANDARD_INFREQUENT_ACCESS")]
    StandardInfrequentAccess,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TableStatus`.
#[awsop::aws_enum]
pub enum TableStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    #[aws(value = "INACCESSIBLE_ENCRYPTION_CREDENTIALS")]
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    #[aws(value = "ARCHIVING")]
    Archiving,
    /// `ARCHIVED`
    #[aws(value = "ARCHIVED")]
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    #[aws(value = "REPLICATION_NOT_AUTHORIZED")]
    ReplicationNotAuthorized,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TimeToLiveStatus`.
#[awsop::aws_enum]
pub enum TimeToLiveStatus {
    /// `ENABLING`
    #[aws(value = "ENABLING")]
    Enabling,
    /// `DISABLING`
    #[aws(value = "DISABLING")]
    Disabling,
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `VectorDistanceFunction`.
#[awsop::aws_enum]
pub enum VectorDistanceFunction {
    /// `COSINE`
    #[aws(value = "COSINE")]
    Cosine,
    /// `DOT_PRODUCT`
    #[aws(value = "DOT_PRODUCT")]
    DotProduct,
    /// `EUCLIDEAN`
    #[aws(value = "EUCLIDEAN")]
    Euclidean,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `WitnessStatus`.
#[awsop::aws_enum]
pub enum WitnessStatus {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}
