//! The exceptions: each error a service can return, as its own type.

use crate::*;

/// There is another ongoing conflicting backup control plane operation on the table. The backup is either being created, deleted or restored to a table.
#[awsop::aws_exception]
pub struct BackupInUseException {
    /// The `message` member.
    pub message: Option<String>,
}

/// Backup not found for the given BackupARN.
#[awsop::aws_exception]
pub struct BackupNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// A condition specified in the operation failed to be evaluated.
#[awsop::aws_exception]
pub struct ConditionalCheckFailedException {
    /// The conditional request failed.
    pub message: Option<String>,
    /// Item which caused the `ConditionalCheckFailedException`.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
}

/// Backups have not yet been enabled for this table.
#[awsop::aws_exception]
pub struct ContinuousBackupsUnavailableException {
    /// The `message` member.
    pub message: Option<String>,
}

/// There was an attempt to insert an item with the same primary key as an item that already exists in the DynamoDB table.
#[awsop::aws_exception]
pub struct DuplicateItemException {
    /// The `message` member.
    pub message: Option<String>,
}

/// There was a conflict when writing to the specified S3 bucket.
#[awsop::aws_exception]
pub struct ExportConflictException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The specified export was not found.
#[awsop::aws_exception]
pub struct ExportNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The specified global table already exists.
#[awsop::aws_exception]
pub struct GlobalTableAlreadyExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The specified global table does not exist.
#[awsop::aws_exception]
pub struct GlobalTableNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
#[awsop::aws_exception]
pub struct IdempotentParameterMismatchException {
    /// The `Message` member.
    pub message: Option<String>,
}

/// There was a conflict when importing from the specified S3 source. This can occur when the current import conflicts with a previous import request that had the same client token.
#[awsop::aws_exception]
pub struct ImportConflictException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The specified import was not found.
#[awsop::aws_exception]
pub struct ImportNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The operation tried to access a nonexistent index.
#[awsop::aws_exception]
pub struct IndexNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// An error occurred on the server side.
#[awsop::aws_exception]
pub struct InternalServerError {
    /// The server encountered an internal error trying to fulfill the request.
    pub message: Option<String>,
}

/// The specified `ExportTime` is outside of the point in time recovery window.
#[awsop::aws_exception]
pub struct InvalidExportTimeException {
    /// The `message` member.
    pub message: Option<String>,
}

/// An invalid restore time was specified. RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime.
#[awsop::aws_exception]
pub struct InvalidRestoreTimeException {
    /// The `message` member.
    pub message: Option<String>,
}

/// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
#[awsop::aws_exception]
pub struct ItemCollectionSizeLimitExceededException {
    /// The total size of an item collection has exceeded the maximum limit of 10 gigabytes.
    pub message: Option<String>,
}

/// There is no limit to the number of daily on-demand backups that can be taken.
///
/// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
///
/// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
///
/// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
///
/// There is a soft account quota of 2,500 tables.
///
/// GetRecords was called with a value of more than 1000 for the limit request parameter.
///
/// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
#[awsop::aws_exception]
pub struct LimitExceededException {
    /// Too many operations for a given subscriber.
    pub message: Option<String>,
}

/// Point in time recovery has not yet been enabled for this source table.
#[awsop::aws_exception]
pub struct PointInTimeRecoveryUnavailableException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The operation tried to access a nonexistent resource-based policy.
///
/// If you specified an `ExpectedRevisionId`, it's possible that a policy is present for the resource but its revision ID didn't match the expected value.
#[awsop::aws_exception]
pub struct PolicyNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_exception]
pub struct ProvisionedThroughputExceededException {
    /// You exceeded your maximum allowed provisioned throughput.
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

/// The specified replica is already part of the global table.
#[awsop::aws_exception]
pub struct ReplicaAlreadyExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The specified replica is no longer part of the global table.
#[awsop::aws_exception]
pub struct ReplicaNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The request was rejected because one or more items in the request are being modified by a request in another Region.
#[awsop::aws_exception(retryable)]
pub struct ReplicatedWriteConflictException {
    /// The `message` member.
    pub message: Option<String>,
}

/// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
#[awsop::aws_exception]
pub struct RequestLimitExceeded {
    /// The `message` member.
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

/// The operation conflicts with the resource's availability. For example:
///
/// - You attempted to recreate an existing table.
/// - You tried to delete a table currently in the `CREATING` state.
/// - You tried to update a resource that was already being updated.
///
/// When appropriate, wait for the ongoing update to complete and attempt the request again.
#[awsop::aws_exception]
pub struct ResourceInUseException {
    /// The resource which is being attempted to be changed is in use.
    pub message: Option<String>,
}

/// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
#[awsop::aws_exception]
pub struct ResourceNotFoundException {
    /// The resource which is being requested does not exist.
    pub message: Option<String>,
}

/// A target table with the specified name already exists.
#[awsop::aws_exception]
pub struct TableAlreadyExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// A target table with the specified name is either being created or deleted.
#[awsop::aws_exception]
pub struct TableInUseException {
    /// The `message` member.
    pub message: Option<String>,
}

/// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
#[awsop::aws_exception]
pub struct TableNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
#[awsop::aws_exception]
pub struct ThrottlingException {
    /// The `message` member.
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    #[aws(rename = "throttlingReasons")]
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

/// The entire transaction request was canceled.
///
/// DynamoDB cancels a `TransactWriteItems` request under the following circumstances:
///
/// - A condition in one of the condition expressions is not met.
/// - A table in the `TransactWriteItems` request is in a different account or region.
/// - More than one action in the `TransactWriteItems` operation targets the same item.
/// - There is insufficient provisioned capacity for the transaction to be completed.
/// - An item size becomes too large (larger than 400 KB), or a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
/// - There is a user error, such as an invalid data format.
/// - There is an ongoing `TransactWriteItems` operation that conflicts with a concurrent `TransactWriteItems` request. In this case the `TransactWriteItems` operation fails with a `TransactionCanceledException`.
///
/// DynamoDB cancels a `TransactGetItems` request under the following circumstances:
///
/// - There is an ongoing `TransactGetItems` operation that conflicts with a concurrent `PutItem`, `UpdateItem`, `DeleteItem` or `TransactWriteItems` request. In this case the `TransactGetItems` operation fails with a `TransactionCanceledException`.
/// - A table in the `TransactGetItems` request is in a different account or region.
/// - There is insufficient provisioned capacity for the transaction to be completed.
/// - There is a user error, such as an invalid data format.
///
/// **Note:** DynamoDB lists the cancellation reasons on the `CancellationReasons` property. Transaction cancellation reasons are ordered in the order of requested items, if an item has no error it will have `None` code and `Null` message. The `None` code is returned as the literal string `"None"`, not a null or absent value; the message field is omitted entirely for an item that has no error. This is important to note when using an SDK that surfaces the code as an optional or nullable type.
///
/// Cancellation reason codes and possible error messages:
///
/// - No Errors:
///   - Code: `None`
///   - Message: `null`
/// - Conditional Check Failed:
///   - Code: `ConditionalCheckFailed`
///   - Message: The conditional request failed.
/// - Item Collection Size Limit Exceeded:
///   - Code: `ItemCollectionSizeLimitExceeded`
///   - Message: Collection size exceeded.
/// - Transaction Conflict:
///   - Code: `TransactionConflict`
///   - Message: Transaction is ongoing for the item.
/// - Provisioned Throughput Exceeded:
///   - Code: `ProvisionedThroughputExceeded`
///   - Messages:
///     - The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.
///
///       **Note:** This Message is received when provisioned throughput is exceeded is on a provisioned DynamoDB table.
///     - The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.
///
///       **Note:** This message is returned when provisioned throughput is exceeded is on a provisioned GSI.
/// - Throttling Error:
///   - Code: `ThrottlingError`
///   - Messages:
///     - Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html>.
///
///       **Note:** This message is returned when writes get throttled on an On-Demand table as DynamoDB is automatically scaling the table.
///     - Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.
///
///       **Note:** This message is returned when writes get throttled on an On-Demand GSI as DynamoDB is automatically scaling the GSI.
/// - Validation Error:
///   - Code: `ValidationError`
///   - Messages:
///     - One or more parameter values were invalid.
///     - The update expression attempted to update the secondary index key beyond allowed size limits.
///     - The update expression attempted to update the secondary index key to unsupported type.
///     - An operand in the update expression has an incorrect data type.
///     - Item size to update has exceeded the maximum allowed size.
///     - Number overflow. Attempting to store a number with magnitude larger than supported range.
///     - Type mismatch for attribute to update.
///     - Nesting Levels have exceeded supported limits.
///     - The document path provided in the update expression is invalid for update.
///     - The provided expression refers to an attribute that does not exist in the item.
#[awsop::aws_exception]
pub struct TransactionCanceledException {
    /// The `Message` member.
    pub message: Option<String>,
    /// A list of cancellation reasons.
    pub cancellation_reasons: Option<Vec<CancellationReason>>,
}

/// Operation was rejected because there is an ongoing transaction for the item.
#[awsop::aws_exception]
pub struct TransactionConflictException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The transaction with the given request token is already in progress.
///
/// Recommended Settings
///
/// **Note:** This is a general recommendation for handling the `TransactionInProgressException`. These settings help ensure that the client retries will trigger completion of the ongoing `TransactWriteItems` request.
///
/// - Set `clientExecutionTimeout` to a value that allows at least one retry to be processed after 5 seconds have elapsed since the first attempt for the `TransactWriteItems` operation.
/// - Set `socketTimeout` to a value a little lower than the `requestTimeout` setting.
/// - `requestTimeout` should be set based on the time taken for the individual retries of a single HTTP request for your use case, but setting it to 1 second or higher should work well to reduce chances of retries and `TransactionInProgressException` errors.
/// - Use exponential backoff when retrying and tune backoff if needed.
///
/// Assuming [default retry policy](https://github.com/aws/aws-sdk-java/blob/fd409dee8ae23fb8953e0bb4dbde65536a7e0514/aws-java-sdk-core/src/main/java/com/amazonaws/retry/PredefinedRetryPolicies.java#L97), example timeout settings based on the guidelines above are as follows:
///
/// Example timeline:
///
/// - 0-1000 first attempt
/// - 1000-1500 first sleep/delay (default retry policy uses 500 ms as base delay for 4xx errors)
/// - 1500-2500 second attempt
/// - 2500-3500 second sleep/delay (500 \* 2, exponential backoff)
/// - 3500-4500 third attempt
/// - 4500-6500 third sleep/delay (500 \* 2^2)
/// - 6500-7500 fourth attempt (this can trigger inline recovery since 5 seconds have elapsed since the first attempt reached TC)
#[awsop::aws_exception]
pub struct TransactionInProgressException {
    /// The `Message` member.
    pub message: Option<String>,
}
