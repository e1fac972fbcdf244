//! The operations: each request struct, its response and its errors.

use crate::*;

// ---- BatchExecuteStatement -------------------------------------------------

/// This operation allows you to perform batch reads or writes on data stored in DynamoDB, using PartiQL. Each read statement in a `BatchExecuteStatement` must specify an equality condition on all key attributes. This enforces that each `SELECT` statement in a batch returns at most a single item. For more information, see [Running batch operations with PartiQL for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.multiplestatements.batching.html).
///
/// **Note:** The entire batch must consist of either read statements or write statements, you cannot mix both in one batch.
///
/// **Important:** A HTTP 200 response does not mean that all statements in the BatchExecuteStatement succeeded. Error details for individual statements can be found under the [Error](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementResponse.html#DDB-Type-BatchStatementResponse-Error) field of the `BatchStatementResponse` for each statement.
#[awsop::aws_operation(service = crate::DynamoDb, target = "BatchExecuteStatement", output = BatchExecuteStatementOutput, error = BatchExecuteStatementError)]
pub struct BatchExecuteStatement {
    /// The list of PartiQL statements representing the batch to run.
    pub statements: Vec<BatchStatementRequest>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The response to [`BatchExecuteStatement`].
#[awsop::aws_shape(output)]
pub struct BatchExecuteStatementOutput {
    /// The response to each PartiQL statement in the batch. The values of the list are ordered according to the ordering of the request statements.
    pub responses: Option<Vec<BatchStatementResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`BatchExecuteStatement`].
#[awsop::aws_error]
pub enum BatchExecuteStatementError {
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- BatchGetItem ----------------------------------------------------------

/// The `BatchGetItem` operation returns the attributes of one or more items from one or more tables. You identify requested items by primary key.
///
/// A single operation can retrieve up to 16 MB of data, which can contain as many as 100 items. `BatchGetItem` returns a partial result if the response size limit is exceeded, the table's provisioned throughput is exceeded, more than 1MB per partition is requested, or an internal processing failure occurs. If a partial result is returned, the operation returns a value for `UnprocessedKeys`. You can use this value to retry the operation starting with the next item to get.
///
/// **Important:** If you request more than 100 items, `BatchGetItem` returns a `ValidationException` with the message "Too many items requested for the BatchGetItem call."
///
/// For example, if you ask to retrieve 100 items, but each individual item is 300 KB in size, the system returns 52 items (so as not to exceed the 16 MB limit). It also returns an appropriate `UnprocessedKeys` value so you can get the next page of results. If desired, your application can include its own logic to assemble the pages of results into one dataset.
///
/// If *none* of the items can be processed due to insufficient provisioned throughput on all of the tables in the request, then `BatchGetItem` returns a `ProvisionedThroughputExceededException`. If *at least one* of the items is successfully processed, then `BatchGetItem` completes successfully, while returning the keys of the unread items in `UnprocessedKeys`.
///
/// **Important:** If DynamoDB returns any unprocessed items, you should retry the batch operation on those items. However, *we strongly recommend that you use an exponential backoff algorithm*. If you retry the batch operation immediately, the underlying read or write requests can still fail due to throttling on the individual tables. If you delay the batch operation using exponential backoff, the individual requests in the batch are much more likely to succeed.
///
/// For more information, see [Batch Operations and Error Handling](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ErrorHandling.html#BatchOperations) in the *Amazon DynamoDB Developer Guide*.
///
/// By default, `BatchGetItem` performs eventually consistent reads on every table in the request. If you want strongly consistent reads instead, you can set `ConsistentRead` to `true` for any or all tables.
///
/// In order to minimize response latency, `BatchGetItem` may retrieve items in parallel.
///
/// When designing your application, keep in mind that DynamoDB does not return items in any particular order. To help parse the response by item, include the primary key values for the items in your request in the `ProjectionExpression` parameter.
///
/// If a requested item does not exist, it is not returned in the result. Requests for nonexistent items consume the minimum read capacity units according to the type of read. For more information, see [Working with Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#CapacityUnitCalculations) in the *Amazon DynamoDB Developer Guide*.
///
/// **Note:** `BatchGetItem` will result in a `ValidationException` if the same key is specified multiple times.
#[awsop::aws_operation(service = crate::DynamoDb, target = "BatchGetItem", output = BatchGetItemOutput, error = BatchGetItemError)]
pub struct BatchGetItem {
    /// A map of one or more table names or table ARNs and, for each table, a map that describes one or more items to retrieve from that table. Each table name or ARN can be used only once per `BatchGetItem` request.
    ///
    /// Each element in the map of items to retrieve consists of the following:
    ///
    /// - `ConsistentRead` - If `true`, a strongly consistent read is used; if `false` (the default), an eventually consistent read is used.
    /// - `ExpressionAttributeNames` - One or more substitution tokens for attribute names in the `ProjectionExpression` parameter. The following are some use cases for using `ExpressionAttributeNames`:
    ///   - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///   - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///   - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    ///   Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///   - `Percentile`
    ///
    ///   The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///   - `{"#P":"Percentile"}`
    ///
    ///   You could then use this substitution in an expression, as in this example:
    ///   - `#P = :val`
    ///
    ///   **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    ///   For more information about expression attribute names, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    /// - `Keys` - An array of primary key attribute values that define specific items in the table. For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide the partition key value. For a composite key, you must provide *both* the partition key value and the sort key value.
    /// - `ProjectionExpression` - A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    ///   If no attribute names are specified, then all attributes are returned. If any of the requested attributes are not found, they do not appear in the result.
    ///
    ///   For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    /// - `AttributesToGet` - This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub request_items: std::collections::HashMap<String, KeysAndAttributes>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The response to [`BatchGetItem`].
///
/// Represents the output of a `BatchGetItem` operation.
#[awsop::aws_shape(output)]
pub struct BatchGetItemOutput {
    /// A map of table name or table ARN to a list of items. Each object in `Responses` consists of a table name or ARN, along with a map of attribute data consisting of the data type and attribute value.
    pub responses: Option<
        std::collections::HashMap<String, Vec<std::collections::HashMap<String, AttributeValue>>>,
    >,
    /// A map of tables and their respective keys that were not processed with the current response. The `UnprocessedKeys` value is in the same form as `RequestItems`, so the value can be provided directly to a subsequent `BatchGetItem` operation. For more information, see `RequestItems` in the Request Parameters section.
    ///
    /// Each element consists of:
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items in the table.
    /// - `ProjectionExpression` - One or more attributes to be retrieved from the table or index. By default, all attributes are returned. If a requested attribute is not found, it does not appear in the result.
    /// - `ConsistentRead` - The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    ///
    /// If there are no unprocessed keys remaining, the response contains an empty `UnprocessedKeys` map.
    pub unprocessed_keys: Option<std::collections::HashMap<String, KeysAndAttributes>>,
    /// The read capacity units consumed by the entire `BatchGetItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    /// - `CapacityUnits` - The total number of capacity units consumed.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`BatchGetItem`].
#[awsop::aws_error]
pub enum BatchGetItemError {
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- BatchWriteItem --------------------------------------------------------

/// The `BatchWriteItem` operation puts or deletes multiple items in one or more tables. A single call to `BatchWriteItem` can transmit up to 16MB of data over the network, consisting of up to 25 item put or delete operations. While individual items can be up to 400 KB once stored, it's important to note that an item's representation might be greater than 400KB while being sent in DynamoDB's JSON format for the API call. For more details on this distinction, see [Naming Rules and Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
///
/// **Note:** `BatchWriteItem` cannot update items. If you perform a `BatchWriteItem` operation on an existing item, that item's values will be overwritten by the operation and it will appear like it was updated. To update items, we recommend you use the `UpdateItem` action.
///
/// The individual `PutItem` and `DeleteItem` operations specified in `BatchWriteItem` are atomic; however `BatchWriteItem` as a whole is not. If any requested operations fail because the table's provisioned throughput is exceeded or an internal processing failure occurs, the failed operations are returned in the `UnprocessedItems` response parameter. You can investigate and optionally resend the requests. Typically, you would call `BatchWriteItem` in a loop. Each iteration would check for unprocessed items and submit a new `BatchWriteItem` request with those unprocessed items until all items have been processed.
///
/// If `BatchWriteItem` cannot process any items due to throttling (for example, insufficient provisioned throughput on the tables in the request, or partition-level or account-level limits), it returns a `ProvisionedThroughputExceededException` or a `ThrottlingException`. Both indicate that the request was throttled; check the `ThrottlingReason` field in the returned exception for details.
///
/// **Important:** If DynamoDB returns any unprocessed items, you should retry the batch operation on those items. However, *we strongly recommend that you use an exponential backoff algorithm*. If you retry the batch operation immediately, the underlying read or write requests can still fail due to throttling on the individual tables. If you delay the batch operation using exponential backoff, the individual requests in the batch are much more likely to succeed.
///
/// For more information, see [Batch Operations and Error Handling](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ErrorHandling.html#Programming.Errors.BatchOperations) in the *Amazon DynamoDB Developer Guide*.
///
/// With `BatchWriteItem`, you can efficiently write or delete large amounts of data, such as from Amazon EMR, or copy data from another database into DynamoDB. In order to improve performance with these large-scale operations, `BatchWriteItem` does not behave in the same way as individual `PutItem` and `DeleteItem` calls would. For example, you cannot specify conditions on individual put and delete requests, and `BatchWriteItem` does not return deleted items in the response.
///
/// If you use a programming language that supports concurrency, you can use threads to write items in parallel. Your application must include the necessary logic to manage the threads. With languages that don't support threading, you must update or delete the specified items one at a time. In both situations, `BatchWriteItem` performs the specified put and delete operations in parallel, giving you the power of the thread pool approach without having to introduce complexity into your application.
///
/// Parallel processing reduces latency, but each specified put and delete request consumes the same number of write capacity units whether it is processed in parallel or not. Delete operations on nonexistent items consume one write capacity unit.
///
/// If one or more of the following is true, DynamoDB rejects the entire batch write operation:
///
/// - One or more tables specified in the `BatchWriteItem` request does not exist.
/// - Primary key attributes specified on an item in the request do not match those in the corresponding table's primary key schema.
/// - You try to perform multiple operations on the same item in the same `BatchWriteItem` request. For example, you cannot put and delete the same item in the same `BatchWriteItem` request.
/// - Your request contains at least two items with identical hash and range keys (which essentially is two put operations).
/// - There are more than 25 requests in the batch.
/// - Any individual item in a batch exceeds 400 KB.
/// - The total request size exceeds 16 MB.
/// - Any individual items with keys exceeding the key length limits. For a partition key, the limit is 2048 bytes and for a sort key, the limit is 1024 bytes.
#[awsop::aws_operation(service = crate::DynamoDb, target = "BatchWriteItem", output = BatchWriteItemOutput, error = BatchWriteItemError)]
pub struct BatchWriteItem {
    /// A map of one or more table names or table ARNs and, for each table, a list of operations to be performed (`DeleteRequest` or `PutRequest`). Each element in the map consists of the following:
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The item to be deleted is identified by a `Key` subelement:
    ///   - `Key` - A map of primary key attribute values that uniquely identify the item. Each entry in this map consists of an attribute name and an attribute value. For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for *both* the partition key and the sort key.
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item to be put is identified by an `Item` subelement:
    ///   - `Item` - A map of attributes and their values. Each entry in this map consists of an attribute name and an attribute value. Attribute values must not be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests that contain empty values are rejected with a `ValidationException` exception.
    ///
    ///     If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    pub request_items: std::collections::HashMap<String, Vec<WriteRequest>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
}

/// The response to [`BatchWriteItem`].
///
/// Represents the output of a `BatchWriteItem` operation.
#[awsop::aws_shape(output)]
pub struct BatchWriteItemOutput {
    /// A map of tables and requests against those tables that were not processed. The `UnprocessedItems` value is in the same form as `RequestItems`, so you can provide this value directly to a subsequent `BatchWriteItem` operation. For more information, see `RequestItems` in the Request Parameters section.
    ///
    /// Each `UnprocessedItems` entry consists of a table name or table ARN and, for that table, a list of operations to perform (`DeleteRequest` or `PutRequest`).
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The item to be deleted is identified by a `Key` subelement:
    ///   - `Key` - A map of primary key attribute values that uniquely identify the item. Each entry in this map consists of an attribute name and an attribute value.
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item to be put is identified by an `Item` subelement:
    ///   - `Item` - A map of attributes and their values. Each entry in this map consists of an attribute name and an attribute value. Attribute values must not be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests that contain empty values will be rejected with a `ValidationException` exception.
    ///
    ///     If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    ///
    /// If there are no unprocessed items remaining, the response contains an empty `UnprocessedItems` map.
    pub unprocessed_items: Option<std::collections::HashMap<String, Vec<WriteRequest>>>,
    /// A list of tables that were processed by `BatchWriteItem` and, for each table, information about any item collections that were affected by individual `DeleteItem` or `PutItem` operations.
    ///
    /// Each entry consists of the following subelements:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, expressed in GB. This is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on the table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics:
        Option<std::collections::HashMap<String, Vec<ItemCollectionMetrics>>>,
    /// The capacity units consumed by the entire `BatchWriteItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    /// - `CapacityUnits` - The total number of capacity units consumed.
    ///
    /// If the table has vector indexes, each element also includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`BatchWriteItem`].
#[awsop::aws_error]
pub enum BatchWriteItemError {
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ItemCollectionSizeLimitExceededException`]: the service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(ItemCollectionSizeLimitExceededException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ReplicatedWriteConflictException`]: the service returned `ReplicatedWriteConflictException`.
    ReplicatedWriteConflictException(ReplicatedWriteConflictException),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CancelBulkOperation ---------------------------------------------------

/// Cancels an in-progress bulk operation asynchronously. Cancellation doesn't remove items that the operation has already written. Use `DescribeBulkOperation` to monitor the operation until it reaches a terminal status.
#[awsop::aws_operation(service = crate::DynamoDb, target = "CancelBulkOperation", output = CancelBulkOperationOutput, error = CancelBulkOperationError)]
pub struct CancelBulkOperation {
    /// The Amazon Resource Name (ARN) of the bulk operation to cancel.
    pub bulk_operation_arn: String,
}

/// The response to [`CancelBulkOperation`].
#[awsop::aws_shape(output, eq)]
pub struct CancelBulkOperationOutput {
    /// The Amazon Resource Name (ARN) of the bulk operation for which DynamoDB accepted the cancellation request.
    pub bulk_operation_arn: String,
    /// The status returned after DynamoDB accepts the cancellation request. This value is `CANCELLING`. Use `DescribeBulkOperation` to determine when the operation reaches `CANCELLED`.
    pub bulk_operation_status: BulkOperationStatus,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CancelBulkOperation`].
#[awsop::aws_error]
pub enum CancelBulkOperationError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateBackup ----------------------------------------------------------

/// Creates a backup for an existing table.
///
/// Each time you create an on-demand backup, the entire table data is backed up. There is no limit to the number of on-demand backups that can be taken.
///
/// When you create an on-demand backup, a time marker of the request is cataloged, and the backup is created asynchronously, by applying all changes until the time of the request to the last full table snapshot. Backup requests are processed instantaneously and become available for restore within minutes.
///
/// You can call `CreateBackup` at a maximum rate of 50 times per second.
///
/// All backups in DynamoDB work without consuming any provisioned throughput on the table.
///
/// If you submit a backup request on 2018-12-14 at 14:25:00, the backup is guaranteed to contain all data committed to the table up to 14:24:00, and data committed after 14:26:00 will not be. The backup might contain data modifications made between 14:24:00 and 14:26:00. On-demand backup does not support causal consistency.
///
/// Along with data, the following are also included on the backups:
///
/// - Global secondary indexes (GSIs)
/// - Local secondary indexes (LSIs)
/// - Streams
/// - Provisioned read and write capacity
#[awsop::aws_operation(service = crate::DynamoDb, target = "CreateBackup", output = CreateBackupOutput, error = CreateBackupError)]
pub struct CreateBackup {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Specified name for the backup.
    pub backup_name: String,
}

/// The response to [`CreateBackup`].
#[awsop::aws_shape(output, eq)]
pub struct CreateBackupOutput {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateBackup`].
#[awsop::aws_error]
pub enum CreateBackupError {
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// [`TableInUseException`]: the service returned `TableInUseException`.
    TableInUseException(TableInUseException),
    /// [`ContinuousBackupsUnavailableException`]: the service returned `ContinuousBackupsUnavailableException`.
    ContinuousBackupsUnavailableException(ContinuousBackupsUnavailableException),
    /// [`BackupInUseException`]: the service returned `BackupInUseException`.
    BackupInUseException(BackupInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateGlobalTable -----------------------------------------------------

/// Creates a global table from an existing table. A global table creates a replication relationship between two or more DynamoDB tables with the same table name in the provided Regions.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
///
/// If you want to add a new replica table to a global table, each of the following conditions must be true:
///
/// - The table must have the same primary key as all of the other replicas.
/// - The table must have the same name as all of the other replicas.
/// - The table must have DynamoDB Streams enabled, with the stream containing both the new and the old images of the item.
/// - None of the replica tables in the global table can contain any data.
///
/// If global secondary indexes are specified, then the following conditions must also be met:
///
/// - The global secondary indexes must have the same name.
/// - The global secondary indexes must have the same hash key and sort key (if present).
///
/// If local secondary indexes are specified, then the following conditions must also be met:
///
/// - The local secondary indexes must have the same name.
/// - The local secondary indexes must have the same hash key and sort key (if present).
///
/// **Important:** Write capacity settings should be set consistently across your replica tables and secondary indexes. DynamoDB strongly recommends enabling auto scaling to manage the write capacity settings for all of your global tables replicas and indexes.
///
/// If you prefer to manage write capacity settings manually, you should provision equal replicated write capacity units to your replica tables. You should also provision equal replicated write capacity units to matching secondary indexes across your global table.
#[awsop::aws_operation(service = crate::DynamoDb, target = "CreateGlobalTable", output = CreateGlobalTableOutput, error = CreateGlobalTableError)]
pub struct CreateGlobalTable {
    /// The global table name.
    pub global_table_name: String,
    /// The Regions where the global table needs to be created.
    pub replication_group: Vec<Replica>,
}

/// The response to [`CreateGlobalTable`].
#[awsop::aws_shape(output, eq)]
pub struct CreateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateGlobalTable`].
#[awsop::aws_error]
pub enum CreateGlobalTableError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`GlobalTableAlreadyExistsException`]: the service returned `GlobalTableAlreadyExistsException`.
    GlobalTableAlreadyExistsException(GlobalTableAlreadyExistsException),
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateTable -----------------------------------------------------------

/// The `CreateTable` operation adds a new table to your account. In an Amazon Web Services account, table names must be unique within each Region. That is, you can have two tables with same name if you create the tables in different Regions.
///
/// `CreateTable` is an asynchronous operation. Upon receiving a `CreateTable` request, DynamoDB immediately returns a response with a `TableStatus` of `CREATING`. After the table is created, DynamoDB sets the `TableStatus` to `ACTIVE`. You can perform read and write operations only on an `ACTIVE` table.
///
/// You can optionally define secondary indexes on the new table, as part of the `CreateTable` operation. If you want to create multiple tables with secondary indexes on them, you must create the tables sequentially. Only one table with secondary indexes can be in the `CREATING` state at any given time.
///
/// You can use the `DescribeTable` action to check the table status.
#[awsop::aws_operation(service = crate::DynamoDb, target = "CreateTable", output = CreateTableOutput, error = CreateTableError)]
pub struct CreateTable {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Specifies the attributes that make up the primary key for a table or an index. The attributes in `KeySchema` must also be defined in the `AttributeDefinitions` array. For more information, see [Data Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each `KeySchemaElement` in the array is composed of:
    ///
    /// - `AttributeName` - The name of this key attribute.
    /// - `KeyType` - The role that the key attribute will assume:
    ///   - `HASH` - partition key
    ///   - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from the DynamoDB usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For a simple primary key (partition key), you must provide exactly one element with a `KeyType` of `HASH`.
    ///
    /// For a composite primary key (partition key and sort key), you must provide exactly two elements, in this order: The first element must have a `KeyType` of `HASH`, and the second element must have a `KeyType` of `RANGE`.
    ///
    /// For more information, see [Working with Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#WorkingWithTables.primary.key) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. There is a 10 GB size limit per partition key value; otherwise, the size of a local secondary index is unconstrained.
    ///
    /// Each local secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the local secondary index. Must be unique only for this table.
    /// - `KeySchema` - Specifies the key schema for the local secondary index. The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the table. Each global secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the global secondary index. Must be unique only for this table.
    /// - `KeySchema` - Specifies the key schema for the global secondary index. Each global secondary index supports up to 4 partition keys and up to 4 sort keys.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for most DynamoDB workloads. `PAY_PER_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for steady workloads with predictable growth where capacity requirements can be reliably forecasted. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the `UpdateTable` operation.
    ///
    /// If you set BillingMode as `PROVISIONED`, you must specify this property. If you set BillingMode as `PAY_PER_REQUEST`, you cannot specify this property.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    ///
    /// - `StreamEnabled` - Indicates whether DynamoDB Streams is to be enabled (true) or disabled (false).
    /// - `StreamViewType` - When an item in the table is modified, `StreamViewType` determines what information is written to the table's stream. Valid values for `StreamViewType` are:
    ///   - `KEYS_ONLY` - Only the key attributes of the modified item are written to the stream.
    ///   - `NEW_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    ///   - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    ///   - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_specification: Option<StreamSpecification>,
    /// Represents the settings used to enable server-side encryption.
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SseSpecification>,
    /// A list of key-value pairs to label the table. For more information, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    pub tags: Option<Vec<Tag>>,
    /// The table class of the new table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// An Amazon Web Services resource-based policy document in JSON format that will be attached to the table.
    ///
    /// When you attach a resource-based policy while creating a table, the policy application is *strongly consistent*.
    ///
    /// The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit. For a full list of all considerations that apply for resource-based policies, see [Resource-based policy considerations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html).
    ///
    /// **Note:** You need to specify the `CreateTable` and `PutResourcePolicy` IAM actions for authorizing a user to create a table with a resource-based policy.
    pub resource_policy: Option<String>,
    /// Sets the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// The Amazon Resource Name (ARN) of the source table used for the creation of a multi-account global table.
    pub global_table_source_arn: Option<String>,
    /// Controls the settings synchronization mode for the global table. For multi-account global tables, this parameter is required and the only supported value is ENABLED. For same-account global tables, this parameter is set to ENABLED\_WITH\_OVERRIDES.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// One or more vector indexes to be created on the table. Each vector index enables similarity search on a vector attribute. Each element in the list consists of:
    ///
    /// - `IndexName` - The name of the vector index. Must be unique within the table.
    /// - `VectorAttribute` - The attribute that contains vector embeddings. If multiple vector indexes reference the same attribute, they must all use the same number of dimensions.
    /// - `Dimensions` - The number of dimensions in each vector.
    /// - `DistanceFunction` - The distance function used to calculate similarity. Valid values: `COSINE`, `EUCLIDEAN`, `DOT_PRODUCT`.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the vector index. The total number of projected non-key attributes is shared across the vector attribute (counts as 1) and `INLINE_FILTER` search schema elements (each counts as 1). `HASH` search schema elements do not count toward this limit.
    /// - `SearchSchema` - (Optional) Defines the partition key (`HASH`) and inline filter (`INLINE_FILTER`) attributes for the vector index.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}

/// The response to [`CreateTable`].
///
/// Represents the output of a `CreateTable` operation.
#[awsop::aws_shape(output, eq)]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateTable`].
#[awsop::aws_error]
pub enum CreateTableError {
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteBackup ----------------------------------------------------------

/// Deletes an existing backup of a table.
///
/// You can call `DeleteBackup` at a maximum rate of 10 times per second.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DeleteBackup", output = DeleteBackupOutput, error = DeleteBackupError)]
pub struct DeleteBackup {
    /// The ARN associated with the backup.
    pub backup_arn: String,
}

/// The response to [`DeleteBackup`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteBackup`].
#[awsop::aws_error]
pub enum DeleteBackupError {
    /// [`BackupNotFoundException`]: the service returned `BackupNotFoundException`.
    BackupNotFoundException(BackupNotFoundException),
    /// [`BackupInUseException`]: the service returned `BackupInUseException`.
    BackupInUseException(BackupInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteItem ------------------------------------------------------------

/// Deletes a single item in a table by primary key. You can perform a conditional delete operation that deletes the item if it exists, or if it has an expected attribute value.
///
/// In addition to deleting an item, you can also return the item's attribute values in the same operation, using the `ReturnValues` parameter.
///
/// Unless you specify conditions, the `DeleteItem` is an idempotent operation; running it multiple times on the same item or attribute does *not* result in an error response.
///
/// Conditional deletes are useful for deleting items only if specific conditions are met. If those conditions are met, DynamoDB performs the delete. Otherwise, the item is not deleted.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DeleteItem", output = DeleteItemOutput, error = DeleteItemError)]
pub struct DeleteItem {
    /// The name of the table from which to delete the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the item to delete.
    ///
    /// For the primary key, you must provide all of the key attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<std::collections::HashMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were deleted. For `DeleteItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - The content of the old item is returned.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations; however, `DeleteItem` does not recognize any values other than `NONE` or `ALL_OLD`.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// A condition that must be satisfied in order for a conditional `DeleteItem` to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `DeleteItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The response to [`DeleteItem`].
///
/// Represents the output of a `DeleteItem` operation.
#[awsop::aws_shape(output)]
pub struct DeleteItemOutput {
    /// A map of attribute names to `AttributeValue` objects, representing the item as it appeared before the `DeleteItem` operation. This map appears in the response only if `ReturnValues` was specified as `ALL_OLD` in the request.
    pub attributes: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `DeleteItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `DeleteItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteItem`].
#[awsop::aws_error]
pub enum DeleteItemError {
    /// [`ConditionalCheckFailedException`]: the service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(ConditionalCheckFailedException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ItemCollectionSizeLimitExceededException`]: the service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(ItemCollectionSizeLimitExceededException),
    /// [`TransactionConflictException`]: the service returned `TransactionConflictException`.
    TransactionConflictException(TransactionConflictException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ReplicatedWriteConflictException`]: the service returned `ReplicatedWriteConflictException`.
    ReplicatedWriteConflictException(ReplicatedWriteConflictException),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteResourcePolicy --------------------------------------------------

/// Deletes the resource-based policy attached to the resource, which can be a table or stream.
///
/// `DeleteResourcePolicy` is an idempotent operation; running it multiple times on the same resource *doesn't* result in an error response, unless you specify an `ExpectedRevisionId`, which will then return a `PolicyNotFoundException`.
///
/// **Important:** To make sure that you don't inadvertently lock yourself out of your own resources, the root principal in your Amazon Web Services account can perform `DeleteResourcePolicy` requests, even if your resource-based policy explicitly denies the root principal's access.
///
/// **Note:** `DeleteResourcePolicy` is an asynchronous operation. If you issue a `GetResourcePolicy` request immediately after running the `DeleteResourcePolicy` request, DynamoDB might still return the deleted policy. This is because the policy for your resource might not have been deleted yet. Wait for a few seconds, and then try the `GetResourcePolicy` request again.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DeleteResourcePolicy", output = DeleteResourcePolicyOutput, error = DeleteResourcePolicyError)]
pub struct DeleteResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource from which the policy will be removed. The resources you can specify include tables and streams. If you remove the policy of a table, it will also remove the permissions for the table's indexes defined in that policy document. This is because index permissions are defined in the table's policy.
    pub resource_arn: String,
    /// A string value that you can use to conditionally delete your policy. When you provide an expected revision ID, if the revision ID of the existing policy on the resource doesn't match or if there's no policy attached to the resource, the request will fail and return a `PolicyNotFoundException`.
    pub expected_revision_id: Option<String>,
}

/// The response to [`DeleteResourcePolicy`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    ///
    /// This value will be empty if you make a request against a resource without a policy.
    pub revision_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteResourcePolicy`].
#[awsop::aws_error]
pub enum DeleteResourcePolicyError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`PolicyNotFoundException`]: the service returned `PolicyNotFoundException`.
    PolicyNotFoundException(PolicyNotFoundException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteTable -----------------------------------------------------------

/// The `DeleteTable` operation deletes a table and all of its items. After a `DeleteTable` request, the specified table is in the `DELETING` state until DynamoDB completes the deletion. If the table is in the `ACTIVE` state, you can delete it. If a table is in `CREATING` or `UPDATING` states, then DynamoDB returns a `ResourceInUseException`. If the specified table does not exist, DynamoDB returns a `ResourceNotFoundException`. If table is already in the `DELETING` state, no error is returned.
///
/// **Note:** DynamoDB might continue to accept data read and write operations, such as `GetItem` and `PutItem`, on a table in the `DELETING` state until the table deletion is complete. For the full list of table states, see [TableStatus](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html#DDB-Type-TableDescription-TableStatus).
///
/// When you delete a table, any indexes on that table are also deleted.
///
/// If you have DynamoDB Streams enabled on the table, then the corresponding stream on that table goes into the `DISABLED` state, and the stream is automatically deleted after 24 hours.
///
/// Use the `DescribeTable` action to check the status of the table.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DeleteTable", output = DeleteTableOutput, error = DeleteTableError)]
pub struct DeleteTable {
    /// The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DeleteTable`].
///
/// Represents the output of a `DeleteTable` operation.
#[awsop::aws_shape(output, eq)]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteTable`].
#[awsop::aws_error]
pub enum DeleteTableError {
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeBackup --------------------------------------------------------

/// Describes an existing backup of a table.
///
/// You can call `DescribeBackup` at a maximum rate of 10 times per second.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeBackup", output = DescribeBackupOutput, error = DescribeBackupError)]
pub struct DescribeBackup {
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
}

/// The response to [`DescribeBackup`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeBackup`].
#[awsop::aws_error]
pub enum DescribeBackupError {
    /// [`BackupNotFoundException`]: the service returned `BackupNotFoundException`.
    BackupNotFoundException(BackupNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeBulkOperation -------------------------------------------------

/// Describes the specified bulk operation.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeBulkOperation", output = DescribeBulkOperationOutput, error = DescribeBulkOperationError)]
pub struct DescribeBulkOperation {
    /// The Amazon Resource Name (ARN) of the bulk operation to describe.
    pub bulk_operation_arn: String,
}

/// The response to [`DescribeBulkOperation`].
#[awsop::aws_shape(output)]
pub struct DescribeBulkOperationOutput {
    /// Contains detailed information about the bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeBulkOperation`].
#[awsop::aws_error]
pub enum DescribeBulkOperationError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeContinuousBackups ---------------------------------------------

/// Checks the status of continuous backups and point in time recovery on the specified table. Continuous backups are `ENABLED` on all tables at table creation. If point in time recovery is enabled, `PointInTimeRecoveryStatus` will be set to ENABLED.
///
/// After continuous backups and point in time recovery are enabled, you can restore to any point in time within `EarliestRestorableDateTime` and `LatestRestorableDateTime`.
///
/// `LatestRestorableDateTime` is typically 5 minutes before the current time. You can restore your table to any point in time in the last 35 days. You can set the recovery period to any value between 1 and 35 days.
///
/// You can call `DescribeContinuousBackups` at a maximum rate of 10 times per second.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeContinuousBackups", output = DescribeContinuousBackupsOutput, error = DescribeContinuousBackupsError)]
pub struct DescribeContinuousBackups {
    /// Name of the table for which the customer wants to check the continuous backups and point in time recovery settings.
    ///
    /// You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DescribeContinuousBackups`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeContinuousBackups`].
#[awsop::aws_error]
pub enum DescribeContinuousBackupsError {
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeContributorInsights -------------------------------------------

/// Returns information about contributor insights for a given table or global secondary index.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeContributorInsights", output = DescribeContributorInsightsOutput, error = DescribeContributorInsightsError)]
pub struct DescribeContributorInsights {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of the global secondary index to describe, if applicable.
    pub index_name: Option<String>,
}

/// The response to [`DescribeContributorInsights`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeContributorInsightsOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The name of the global secondary index being described.
    pub index_name: Option<String>,
    /// List of names of the associated contributor insights rules.
    pub contributor_insights_rule_list: Option<Vec<String>>,
    /// Current status of contributor insights.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Timestamp of the last time the status was changed.
    pub last_update_date_time: Option<awsop::time::DateTime>,
    /// Returns information about the last failure that was encountered.
    ///
    /// The most common exceptions for a FAILED status are:
    ///
    /// - LimitExceededException - Per-account Amazon CloudWatch Contributor Insights rule limit reached. Please disable Contributor Insights for other tables/indexes OR disable Contributor Insights rules before retrying.
    /// - AccessDeniedException - Amazon CloudWatch Contributor Insights rules cannot be modified due to insufficient permissions.
    /// - AccessDeniedException - Failed to create service-linked role for Contributor Insights due to insufficient permissions.
    /// - InternalServerError - Failed to create Amazon CloudWatch Contributor Insights rules. Please retry request.
    pub failure_exception: Option<FailureException>,
    /// The mode of CloudWatch Contributor Insights for DynamoDB that determines which events are emitted. Can be set to track all access and throttled events or throttled events only.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeContributorInsights`].
#[awsop::aws_error]
pub enum DescribeContributorInsightsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeEndpoints -----------------------------------------------------

/// Returns the regional endpoint information. For more information on policy permissions, please see [Internetwork traffic privacy](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/inter-network-traffic-privacy.html#inter-network-traffic-DescribeEndpoints).
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeEndpoints", output = DescribeEndpointsResponse, error = DescribeEndpointsError)]
pub struct DescribeEndpoints {}

/// The response to [`DescribeEndpoints`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeEndpointsResponse {
    /// List of endpoints.
    pub endpoints: Vec<Endpoint>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeEndpoints`].
#[awsop::aws_error]
pub enum DescribeEndpointsError {
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeExport --------------------------------------------------------

/// Describes an existing table export.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeExport", output = DescribeExportOutput, error = DescribeExportError)]
pub struct DescribeExport {
    /// The Amazon Resource Name (ARN) associated with the export.
    pub export_arn: String,
}

/// The response to [`DescribeExport`].
#[awsop::aws_shape(output)]
pub struct DescribeExportOutput {
    /// Represents the properties of the export.
    pub export_description: Option<ExportDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeExport`].
#[awsop::aws_error]
pub enum DescribeExportError {
    /// [`ExportNotFoundException`]: the service returned `ExportNotFoundException`.
    ExportNotFoundException(ExportNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeGlobalTable ---------------------------------------------------

/// Returns information about the specified global table.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeGlobalTable", output = DescribeGlobalTableOutput, error = DescribeGlobalTableError)]
pub struct DescribeGlobalTable {
    /// The name of the global table.
    pub global_table_name: String,
}

/// The response to [`DescribeGlobalTable`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeGlobalTable`].
#[awsop::aws_error]
pub enum DescribeGlobalTableError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`GlobalTableNotFoundException`]: the service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(GlobalTableNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeGlobalTableSettings -------------------------------------------

/// Describes Region-specific settings for a global table.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeGlobalTableSettings", output = DescribeGlobalTableSettingsOutput, error = DescribeGlobalTableSettingsError)]
pub struct DescribeGlobalTableSettings {
    /// The name of the global table to describe.
    pub global_table_name: String,
}

/// The response to [`DescribeGlobalTableSettings`].
#[awsop::aws_shape(output)]
pub struct DescribeGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeGlobalTableSettings`].
#[awsop::aws_error]
pub enum DescribeGlobalTableSettingsError {
    /// [`GlobalTableNotFoundException`]: the service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(GlobalTableNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeImport --------------------------------------------------------

/// Represents the properties of the import.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeImport", output = DescribeImportOutput, error = DescribeImportError)]
pub struct DescribeImport {
    /// The Amazon Resource Name (ARN) associated with the table you're importing to.
    pub import_arn: String,
}

/// The response to [`DescribeImport`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeImportOutput {
    /// Represents the properties of the table created for the import, and parameters of the import. The import parameters include import status, how many items were processed, and how many errors were encountered.
    pub import_table_description: ImportTableDescription,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeImport`].
#[awsop::aws_error]
pub enum DescribeImportError {
    /// [`ImportNotFoundException`]: the service returned `ImportNotFoundException`.
    ImportNotFoundException(ImportNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeKinesisStreamingDestination -----------------------------------

/// Returns information about the status of Kinesis streaming.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeKinesisStreamingDestination", output = DescribeKinesisStreamingDestinationOutput, error = DescribeKinesisStreamingDestinationError)]
pub struct DescribeKinesisStreamingDestination {
    /// The name of the table being described. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DescribeKinesisStreamingDestination`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeKinesisStreamingDestinationOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The list of replica structures for the table being described.
    pub kinesis_data_stream_destinations: Option<Vec<KinesisDataStreamDestination>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeKinesisStreamingDestination`].
#[awsop::aws_error]
pub enum DescribeKinesisStreamingDestinationError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeLimits --------------------------------------------------------

/// Returns the current provisioned-capacity quotas for your Amazon Web Services account in a Region, both for the Region as a whole and for any one DynamoDB table that you create there.
///
/// When you establish an Amazon Web Services account, the account has initial quotas on the maximum read capacity units and write capacity units that you can provision across all of your DynamoDB tables in a given Region. Also, there are per-table quotas that apply when you create a table there. For more information, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) page in the *Amazon DynamoDB Developer Guide*.
///
/// Although you can increase these quotas by filing a case at [Amazon Web Services Support Center](https://console.aws.amazon.com/support/home#/), obtaining the increase is not instantaneous. The `DescribeLimits` action lets you write code to compare the capacity you are currently using to those quotas imposed by your account so that you have enough time to apply for an increase before you hit a quota.
///
/// For example, you could use one of the Amazon Web Services SDKs to do the following:
///
/// 1. Call `DescribeLimits` for a particular Region to obtain your current account quotas on provisioned capacity there.
/// 2. Create a variable to hold the aggregate read capacity units provisioned for all your tables in that Region, and one to hold the aggregate write capacity units. Zero them both.
/// 3. Call `ListTables` to obtain a list of all your DynamoDB tables.
/// 4. For each table name listed by `ListTables`, do the following:
///    - Call `DescribeTable` with the table name.
///    - Use the data returned by `DescribeTable` to add the read capacity units and write capacity units provisioned for the table itself to your variables.
///    - If the table has one or more global secondary indexes (GSIs), loop over these GSIs and add their provisioned capacity values to your variables as well.
/// 5. Report the account quotas for that Region returned by `DescribeLimits`, along with the total current provisioned capacity levels you have calculated.
///
/// This will let you see whether you are getting close to your account-level quotas.
///
/// The per-table quotas apply only when you are creating a new table. They restrict the sum of the provisioned capacity of the new table itself and all its global secondary indexes.
///
/// For existing tables and their GSIs, DynamoDB doesn't let you increase provisioned capacity extremely rapidly, but the only quota that applies is that the aggregate provisioned capacity over all your tables and GSIs cannot exceed either of the per-account quotas.
///
/// **Note:** `DescribeLimits` should only be called periodically. You can expect throttling errors if you call it more than once in a minute.
///
/// The `DescribeLimits` Request element has no content.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeLimits", output = DescribeLimitsOutput, error = DescribeLimitsError)]
pub struct DescribeLimits {}

/// The response to [`DescribeLimits`].
///
/// Represents the output of a `DescribeLimits` operation.
#[awsop::aws_shape(output, eq)]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_read_capacity_units: Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_write_capacity_units: Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a new table that you are creating in this Region, including the read capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_read_capacity_units: Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a new table that you are creating in this Region, including the write capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_write_capacity_units: Option<i64>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeLimits`].
#[awsop::aws_error]
pub enum DescribeLimitsError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeTable ---------------------------------------------------------

/// Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.
///
/// **Note:** If you issue a `DescribeTable` request immediately after a `CreateTable` request, DynamoDB might return a `ResourceNotFoundException`. This is because `DescribeTable` uses an eventually consistent query, and the metadata for your table might not be available at that moment. Wait for a few seconds, and then try the `DescribeTable` request again.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeTable", output = DescribeTableOutput, error = DescribeTableError)]
pub struct DescribeTable {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DescribeTable`].
///
/// Represents the output of a `DescribeTable` operation.
#[awsop::aws_shape(output, eq)]
pub struct DescribeTableOutput {
    /// The properties of the table.
    pub table: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeTable`].
#[awsop::aws_error]
pub enum DescribeTableError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeTableReplicaAutoScaling ---------------------------------------

/// Describes auto scaling settings across replicas of the global table at once.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeTableReplicaAutoScaling", output = DescribeTableReplicaAutoScalingOutput, error = DescribeTableReplicaAutoScalingError)]
pub struct DescribeTableReplicaAutoScaling {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DescribeTableReplicaAutoScaling`].
#[awsop::aws_shape(output)]
pub struct DescribeTableReplicaAutoScalingOutput {
    /// Represents the auto scaling properties of the table.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeTableReplicaAutoScaling`].
#[awsop::aws_error]
pub enum DescribeTableReplicaAutoScalingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeTimeToLive ----------------------------------------------------

/// Gives a description of the Time to Live (TTL) status on the specified table.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DescribeTimeToLive", output = DescribeTimeToLiveOutput, error = DescribeTimeToLiveError)]
pub struct DescribeTimeToLive {
    /// The name of the table to be described. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}

/// The response to [`DescribeTimeToLive`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeTimeToLiveOutput {
    /// The description of the Time to Live (TTL) status on the specified table.
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeTimeToLive`].
#[awsop::aws_error]
pub enum DescribeTimeToLiveError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DisableKinesisStreamingDestination ------------------------------------

/// Stops replication from the DynamoDB table to the Kinesis data stream. This is done without deleting either of the resources.
#[awsop::aws_operation(service = crate::DynamoDb, target = "DisableKinesisStreamingDestination", output = KinesisStreamingDestinationOutput, error = DisableKinesisStreamingDestinationError)]
pub struct DisableKinesisStreamingDestination {
    /// The name of the DynamoDB table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// The response to [`DisableKinesisStreamingDestination`] and [`EnableKinesisStreamingDestination`].
#[awsop::aws_shape(output, eq)]
pub struct KinesisStreamingDestinationOutput {
    /// The name of the table being modified.
    pub table_name: Option<String>,
    /// The ARN for the specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of the replication.
    pub destination_status: Option<DestinationStatus>,
    /// The destination for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DisableKinesisStreamingDestination`].
#[awsop::aws_error]
pub enum DisableKinesisStreamingDestinationError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- EnableKinesisStreamingDestination -------------------------------------

/// Starts table data replication to the specified Kinesis data stream at a timestamp chosen during the enable workflow. If this operation doesn't return results immediately, use DescribeKinesisStreamingDestination to check if streaming to the Kinesis data stream is ACTIVE.
#[awsop::aws_operation(service = crate::DynamoDb, target = "EnableKinesisStreamingDestination", output = KinesisStreamingDestinationOutput, error = EnableKinesisStreamingDestinationError)]
pub struct EnableKinesisStreamingDestination {
    /// The name of the DynamoDB table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// The errors of [`EnableKinesisStreamingDestination`].
#[awsop::aws_error]
pub enum EnableKinesisStreamingDestinationError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ExecuteStatement ------------------------------------------------------

/// This operation allows you to perform reads and singleton writes on data stored in DynamoDB, using PartiQL.
///
/// For PartiQL reads (`SELECT` statement), if the total number of processed items exceeds the maximum dataset size limit of 1 MB, the read stops and results are returned to the user as a `LastEvaluatedKey` value to continue the read in a subsequent operation. If the filter criteria in `WHERE` clause does not match any data, the read will return an empty result set.
///
/// A single `SELECT` statement response can return up to the maximum number of items (if using the Limit parameter) or a maximum of 1 MB of data (and then apply any filtering to the results using `WHERE` clause). If `LastEvaluatedKey` is present in the response, you need to paginate the result set. If `NextToken` is present, you need to paginate the result set and include `NextToken`.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ExecuteStatement", output = ExecuteStatementOutput, error = ExecuteStatementError)]
pub struct ExecuteStatement {
    /// The PartiQL statement representing the operation to run.
    pub statement: String,
    /// The parameters for the PartiQL statement, if any.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement response.
    pub next_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, along with a key in `LastEvaluatedKey` to apply in a subsequent operation so you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    pub limit: Option<i32>,
    /// An optional parameter that returns the item attributes for an `ExecuteStatement` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The response to [`ExecuteStatement`].
#[awsop::aws_shape(output)]
pub struct ExecuteStatementOutput {
    /// If a read operation was used, this property will contain the result of the read operation; a map of attribute names and their values. For the write operations this value will be empty.
    pub items: Option<Vec<std::collections::HashMap<String, AttributeValue>>>,
    /// If the response of a read request exceeds the response payload limit DynamoDB will set this value in the response. If set, you can use that this value in the subsequent request to get the remaining results.
    pub next_token: Option<String>,
    /// The capacity units consumed by an operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the request asked for it. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request. If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved. If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ExecuteStatement`].
#[awsop::aws_error]
pub enum ExecuteStatementError {
    /// [`ConditionalCheckFailedException`]: the service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(ConditionalCheckFailedException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ItemCollectionSizeLimitExceededException`]: the service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(ItemCollectionSizeLimitExceededException),
    /// [`TransactionConflictException`]: the service returned `TransactionConflictException`.
    TransactionConflictException(TransactionConflictException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`DuplicateItemException`]: the service returned `DuplicateItemException`.
    DuplicateItemException(DuplicateItemException),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ExecuteTransaction ----------------------------------------------------

/// This operation allows you to perform transactional reads or writes on data stored in DynamoDB, using PartiQL.
///
/// **Note:** The entire transaction must consist of either read statements or write statements, you cannot mix both in one transaction. The EXISTS function is an exception and can be used to check the condition of specific attributes of the item in a similar manner to `ConditionCheck` in the [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-apis-txwriteitems) API.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ExecuteTransaction", output = ExecuteTransactionOutput, error = ExecuteTransactionError)]
pub struct ExecuteTransaction {
    /// The list of PartiQL statements representing the transaction to run.
    pub transact_statements: Vec<ParameterizedStatement>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement response.
    ///
    /// An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.
    #[aws(idempotency_token)]
    pub client_request_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response. For more information, see [TransactGetItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html) and [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The response to [`ExecuteTransaction`].
#[awsop::aws_shape(output)]
pub struct ExecuteTransactionOutput {
    /// The response to a PartiQL transaction.
    pub responses: Option<Vec<ItemResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ExecuteTransaction`].
#[awsop::aws_error]
pub enum ExecuteTransactionError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TransactionCanceledException`]: the service returned `TransactionCanceledException`.
    TransactionCanceledException(TransactionCanceledException),
    /// [`TransactionInProgressException`]: the service returned `TransactionInProgressException`.
    TransactionInProgressException(TransactionInProgressException),
    /// [`IdempotentParameterMismatchException`]: the service returned `IdempotentParameterMismatchException`.
    IdempotentParameterMismatchException(IdempotentParameterMismatchException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ExportTableToPointInTime ----------------------------------------------

/// Exports table data to an S3 bucket. The table must have point in time recovery enabled, and you can export data from any time within the point in time recovery window.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ExportTableToPointInTime", output = ExportTableToPointInTimeOutput, error = ExportTableToPointInTimeError)]
pub struct ExportTableToPointInTime {
    /// The Amazon Resource Name (ARN) associated with the table to export.
    pub table_arn: String,
    /// Time in the past from which to export table data, counted in seconds from the start of the Unix epoch. The table export will be a snapshot of the table's state at this point in time.
    pub export_time: Option<awsop::time::DateTime>,
    /// Providing a `ClientToken` makes the call to `ExportTableToPointInTimeInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is completed. After 8 hours, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 8-hour idempotency window, DynamoDB returns an `ExportConflictException`.
    ///
    /// An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket to export the snapshot to.
    pub s3_bucket: String,
    /// The ID of the Amazon Web Services account that owns the bucket the export will be stored in.
    ///
    /// **Note:** S3BucketOwner is a required parameter when exporting to a S3 bucket in another account.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data will be stored. Valid values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    /// - `KMS` - server-side encryption with KMS managed keys
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data will be stored (if applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// The format for the exported data. Valid values for `ExportFormat` are `DYNAMODB_JSON` or `ION`.
    pub export_format: Option<ExportFormat>,
    /// Choice of whether to execute as a full export or incremental export. Valid values are FULL\_EXPORT or INCREMENTAL\_EXPORT. The default value is FULL\_EXPORT. If INCREMENTAL\_EXPORT is provided, the IncrementalExportSpecification must also be used.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The criteria used to filter which items are included in the point-in-time export. When you specify this parameter, only items that match the key conditions and filter expressions are exported.
    pub filter_specification: Option<FilterSpecification>,
}

/// The response to [`ExportTableToPointInTime`].
#[awsop::aws_shape(output)]
pub struct ExportTableToPointInTimeOutput {
    /// Contains a description of the table export.
    pub export_description: Option<ExportDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ExportTableToPointInTime`].
#[awsop::aws_error]
pub enum ExportTableToPointInTimeError {
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// [`PointInTimeRecoveryUnavailableException`]: the service returned `PointInTimeRecoveryUnavailableException`.
    PointInTimeRecoveryUnavailableException(PointInTimeRecoveryUnavailableException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidExportTimeException`]: the service returned `InvalidExportTimeException`.
    InvalidExportTimeException(InvalidExportTimeException),
    /// [`ExportConflictException`]: the service returned `ExportConflictException`.
    ExportConflictException(ExportConflictException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetItem ---------------------------------------------------------------

/// The `GetItem` operation returns a set of attributes for the item with the given primary key. If there is no matching item, `GetItem` does not return any data and there will be no `Item` element in the response.
///
/// `GetItem` provides an eventually consistent read by default. If your application requires a strongly consistent read, set `ConsistentRead` to `true`. Although a strongly consistent read might take more time than an eventually consistent read, it always returns the last updated value.
#[awsop::aws_operation(service = crate::DynamoDb, target = "GetItem", output = GetItemOutput, error = GetItemError)]
pub struct GetItem {
    /// The name of the table containing the requested item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the item to retrieve.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes are returned. If any of the requested attributes are not found, they do not appear in the result.
    ///
    /// For more information, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`GetItem`].
///
/// Represents the output of a `GetItem` operation.
#[awsop::aws_shape(output)]
pub struct GetItemOutput {
    /// A map of attribute names to `AttributeValue` objects, as specified by `ProjectionExpression`.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `GetItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetItem`].
#[awsop::aws_error]
pub enum GetItemError {
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetResourcePolicy -----------------------------------------------------

/// Returns the resource-based policy document attached to the resource, which can be a table or stream, in JSON format.
///
/// `GetResourcePolicy` follows an [*eventually consistent*](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html) model. The following list describes the outcomes when you issue the `GetResourcePolicy` request immediately after issuing another request:
///
/// - If you issue a `GetResourcePolicy` request immediately after a `PutResourcePolicy` request, DynamoDB might return a `PolicyNotFoundException`.
/// - If you issue a `GetResourcePolicy`request immediately after a `DeleteResourcePolicy` request, DynamoDB might return the policy that was present before the deletion request.
/// - If you issue a `GetResourcePolicy` request immediately after a `CreateTable` request, which includes a resource-based policy, DynamoDB might return a `ResourceNotFoundException` or a `PolicyNotFoundException`.
///
/// Because `GetResourcePolicy` uses an *eventually consistent* query, the metadata for your policy or table might not be available at that moment. Wait for a few seconds, and then retry the `GetResourcePolicy` request.
///
/// After a `GetResourcePolicy` request returns a policy created using the `PutResourcePolicy` request, the policy will be applied in the authorization of requests to the resource. Because this process is eventually consistent, it will take some time to apply the policy to all requests to a resource. Policies that you attach while creating a table using the `CreateTable` request will always be applied to all requests for that table.
#[awsop::aws_operation(service = crate::DynamoDb, target = "GetResourcePolicy", output = GetResourcePolicyOutput, error = GetResourcePolicyError)]
pub struct GetResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy is attached. The resources you can specify include tables and streams.
    pub resource_arn: String,
}

/// The response to [`GetResourcePolicy`].
#[awsop::aws_shape(output, eq)]
pub struct GetResourcePolicyOutput {
    /// The resource-based policy document attached to the resource, which can be a table or stream, in JSON format.
    pub policy: Option<String>,
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetResourcePolicy`].
#[awsop::aws_error]
pub enum GetResourcePolicyError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`PolicyNotFoundException`]: the service returned `PolicyNotFoundException`.
    PolicyNotFoundException(PolicyNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ImportTable -----------------------------------------------------------

/// Imports table data from an S3 bucket.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ImportTable", output = ImportTableOutput, error = ImportTableError)]
pub struct ImportTable {
    /// Providing a `ClientToken` makes the call to `ImportTableInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is completed. After 8 hours, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 8-hour idempotency window, DynamoDB returns an `IdempotentParameterMismatch` exception.
    ///
    /// An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
    /// The S3 bucket that provides the source for the import.
    pub s3_bucket_source: S3BucketSource,
    /// The format of the source data. Valid values for `ImportFormat` are `CSV`, `DYNAMODB_JSON` or `ION`.
    pub input_format: InputFormat,
    /// Additional properties that specify how the input is formatted,
    pub input_format_options: Option<InputFormatOptions>,
    /// Type of compression to be used on the input coming from the imported table.
    pub input_compression_type: Option<InputCompressionType>,
    /// Parameters for the table to import the data into.
    pub table_creation_parameters: TableCreationParameters,
}

/// The response to [`ImportTable`].
#[awsop::aws_shape(output, eq)]
pub struct ImportTableOutput {
    /// Represents the properties of the table created for the import, and parameters of the import. The import parameters include import status, how many items were processed, and how many errors were encountered.
    pub import_table_description: ImportTableDescription,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ImportTable`].
#[awsop::aws_error]
pub enum ImportTableError {
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ImportConflictException`]: the service returned `ImportConflictException`.
    ImportConflictException(ImportConflictException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListBackups -----------------------------------------------------------

/// List DynamoDB backups that are associated with an Amazon Web Services account and weren't made with Amazon Web Services Backup. To list these backups for a given table, specify `TableName`. `ListBackups` returns a paginated list of results with at most 1 MB worth of items in a page. You can also specify a maximum number of entries to be returned in a page.
///
/// In the request, start time is inclusive, but end time is exclusive. Note that these boundaries are for the time at which the original backup was requested.
///
/// You can call `ListBackups` a maximum of five times per second.
///
/// If you want to retrieve the complete list of backups made with Amazon Web Services Backup, use the [Amazon Web Services Backup list API.](https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupJobs.html)
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListBackups", output = ListBackupsOutput, error = ListBackupsError)]
pub struct ListBackups {
    /// Lists the backups from the table specified in `TableName`. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: Option<String>,
    /// Maximum number of backups to return at once.
    pub limit: Option<i32>,
    /// Only backups created after this time are listed. `TimeRangeLowerBound` is inclusive.
    pub time_range_lower_bound: Option<awsop::time::DateTime>,
    /// Only backups created before this time are listed. `TimeRangeUpperBound` is exclusive.
    pub time_range_upper_bound: Option<awsop::time::DateTime>,
    /// `LastEvaluatedBackupArn` is the Amazon Resource Name (ARN) of the backup last evaluated when the current page of results was returned, inclusive of the current page of results. This value may be specified as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the next page of results.
    pub exclusive_start_backup_arn: Option<String>,
    /// The backups from the table specified by `BackupType` are listed.
    ///
    /// Where `BackupType` can be:
    ///
    /// - `USER` - On-demand backup created by you. (The default setting if no other backup types are specified.)
    /// - `SYSTEM` - On-demand backup automatically created by DynamoDB.
    /// - `ALL` - All types of on-demand backups (USER and SYSTEM).
    pub backup_type: Option<BackupTypeFilter>,
}

impl ListBackups {
    /// Pages through the results: sends this request, then sends it again with `ExclusiveStartBackupArn` set from each response's `LastEvaluatedBackupArn`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.exclusive_start_backup_arn = Some(token),
            |out| awsop::paginate::string_token(&out.last_evaluated_backup_arn),
        )
    }
    /// Every item of `BackupSummaries`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, BackupSummary> {
        self.paginate(client)
            .items(|out| out.backup_summaries.unwrap_or_default())
    }
}

/// The response to [`ListBackups`].
#[awsop::aws_shape(output, eq)]
pub struct ListBackupsOutput {
    /// List of `BackupSummary` objects.
    pub backup_summaries: Option<Vec<BackupSummary>>,
    /// The ARN of the backup last evaluated when the current page of results was returned, inclusive of the current page of results. This value may be specified as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the next page of results.
    ///
    /// If `LastEvaluatedBackupArn` is empty, then the last page of results has been processed and there are no more results to be retrieved.
    ///
    /// If `LastEvaluatedBackupArn` is not empty, this may or may not indicate that there is more data to be returned. All results are guaranteed to have been returned if and only if no value for `LastEvaluatedBackupArn` is returned.
    pub last_evaluated_backup_arn: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListBackups`].
#[awsop::aws_error]
pub enum ListBackupsError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListBulkOperations ----------------------------------------------------

/// Lists bulk operations that started within the past 90 days for the current Amazon Web Services account and Amazon Web Services Region, with the most recent operations first. Results are paginated. Use the `NextToken` parameter to retrieve additional results.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListBulkOperations", output = ListBulkOperationsOutput, error = ListBulkOperationsError)]
pub struct ListBulkOperations {
    /// The maximum number of bulk operation summaries to return in one page. If you don't specify a value, DynamoDB uses 10.
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListBulkOperations`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}

impl ListBulkOperations {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `BulkOperationsSummaryList`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, BulkOperationSummary> {
        self.paginate(client)
            .items(|out| out.bulk_operations_summary_list.unwrap_or_default())
    }
}

/// The response to [`ListBulkOperations`].
#[awsop::aws_shape(output, eq)]
pub struct ListBulkOperationsOutput {
    /// A list of bulk operation summaries for the current Amazon Web Services account and Amazon Web Services Region.
    pub bulk_operations_summary_list: Option<Vec<BulkOperationSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListBulkOperations` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListBulkOperations`].
#[awsop::aws_error]
pub enum ListBulkOperationsError {
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListContributorInsights -----------------------------------------------

/// Returns a list of ContributorInsightsSummary for a table and all its global secondary indexes.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListContributorInsights", output = ListContributorInsightsOutput, error = ListContributorInsightsError)]
pub struct ListContributorInsights {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: Option<String>,
    /// A token to for the desired page, if there is one.
    pub next_token: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
}

/// The response to [`ListContributorInsights`].
#[awsop::aws_shape(output, eq)]
pub struct ListContributorInsightsOutput {
    /// A list of ContributorInsightsSummary.
    pub contributor_insights_summaries: Option<Vec<ContributorInsightsSummary>>,
    /// A token to go to the next page if there is one.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListContributorInsights`].
#[awsop::aws_error]
pub enum ListContributorInsightsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListExports -----------------------------------------------------------

/// Lists completed exports within the past 90 days, in reverse alphanumeric order of `ExportArn`.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListExports", output = ListExportsOutput, error = ListExportsError)]
pub struct ListExports {
    /// The Amazon Resource Name (ARN) associated with the exported table.
    pub table_arn: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListExports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}

/// The response to [`ListExports`].
#[awsop::aws_shape(output, eq)]
pub struct ListExportsOutput {
    /// A list of `ExportSummary` objects.
    pub export_summaries: Option<Vec<ExportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListExports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListExports`].
#[awsop::aws_error]
pub enum ListExportsError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListGlobalTables ------------------------------------------------------

/// Lists all global tables that have a replica in the specified Region.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListGlobalTables", output = ListGlobalTablesOutput, error = ListGlobalTablesError)]
pub struct ListGlobalTables {
    /// The first global table name that this operation will evaluate.
    pub exclusive_start_global_table_name: Option<String>,
    /// The maximum number of table names to return, if the parameter is not specified DynamoDB defaults to 100.
    ///
    /// If the number of global tables DynamoDB finds reaches this limit, it stops the operation and returns the table names collected up to that point, with a table name in the `LastEvaluatedGlobalTableName` to apply in a subsequent operation to the `ExclusiveStartGlobalTableName` parameter.
    pub limit: Option<i32>,
    /// Lists the global tables in a specific Region.
    pub region_name: Option<String>,
}

/// The response to [`ListGlobalTables`].
#[awsop::aws_shape(output, eq)]
pub struct ListGlobalTablesOutput {
    /// List of global table names.
    pub global_tables: Option<Vec<GlobalTable>>,
    /// Last evaluated global table name.
    pub last_evaluated_global_table_name: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListGlobalTables`].
#[awsop::aws_error]
pub enum ListGlobalTablesError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListImports -----------------------------------------------------------

/// Lists completed imports within the past 90 days.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListImports", output = ListImportsOutput, error = ListImportsError)]
pub struct ListImports {
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    pub table_arn: Option<String>,
    /// The number of `ImportSummary`objects returned in a single page.
    pub page_size: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListImports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}

/// The response to [`ListImports`].
#[awsop::aws_shape(output, eq)]
pub struct ListImportsOutput {
    /// A list of `ImportSummary` objects.
    pub import_summary_list: Option<Vec<ImportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListImports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListImports`].
#[awsop::aws_error]
pub enum ListImportsError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListTables ------------------------------------------------------------

/// Returns an array of table names associated with the current account and endpoint. The output from `ListTables` is paginated, with each page returning a maximum of 100 table names.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListTables", output = ListTablesOutput, error = ListTablesError)]
pub struct ListTables {
    /// The first table name that this operation will evaluate. Use the value that was returned for `LastEvaluatedTableName` in a previous operation, so that you can obtain the next page of results.
    pub exclusive_start_table_name: Option<String>,
    /// A maximum number of table names to return. If this parameter is not specified, the limit is 100.
    pub limit: Option<i32>,
}

impl ListTables {
    /// Pages through the results: sends this request, then sends it again with `ExclusiveStartTableName` set from each response's `LastEvaluatedTableName`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.exclusive_start_table_name = Some(token),
            |out| awsop::paginate::string_token(&out.last_evaluated_table_name),
        )
    }
    /// Every item of `TableNames`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, String> {
        self.paginate(client)
            .items(|out| out.table_names.unwrap_or_default())
    }
}

/// The response to [`ListTables`].
///
/// Represents the output of a `ListTables` operation.
#[awsop::aws_shape(output, eq)]
pub struct ListTablesOutput {
    /// The names of the tables associated with the current account at the current endpoint. The maximum size of this array is 100.
    ///
    /// If `LastEvaluatedTableName` also appears in the output, you can use this value as the `ExclusiveStartTableName` parameter in a subsequent `ListTables` request and obtain the next page of results.
    pub table_names: Option<Vec<String>>,
    /// The name of the last table in the current page of results. Use this value as the `ExclusiveStartTableName` in a new request to obtain the next page of results, until all the table names are returned.
    ///
    /// If you do not receive a `LastEvaluatedTableName` value in the response, this means that there are no more table names to be retrieved.
    pub last_evaluated_table_name: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListTables`].
#[awsop::aws_error]
pub enum ListTablesError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListTagsOfResource ----------------------------------------------------

/// List all tags on an Amazon DynamoDB resource. You can call ListTagsOfResource up to 10 times per second, per account.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_operation(service = crate::DynamoDb, target = "ListTagsOfResource", output = ListTagsOfResourceOutput, error = ListTagsOfResourceError)]
pub struct ListTagsOfResource {
    /// The Amazon DynamoDB resource with tags to be listed. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListTagOfResource. When provided in this manner, this API fetches the next page of results.
    pub next_token: Option<String>,
}

impl ListTagsOfResource {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none.
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `Tags`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, Tag> {
        self.paginate(client)
            .items(|out| out.tags.unwrap_or_default())
    }
}

/// The response to [`ListTagsOfResource`].
#[awsop::aws_shape(output, eq)]
pub struct ListTagsOfResourceOutput {
    /// The tags currently associated with the Amazon DynamoDB resource.
    pub tags: Option<Vec<Tag>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call ListTagsOfResource again, with NextToken set to this value.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListTagsOfResource`].
#[awsop::aws_error]
pub enum ListTagsOfResourceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- PutItem ---------------------------------------------------------------

/// Creates a new item, or replaces an old item with a new item. If an item that has the same primary key as the new item already exists in the specified table, the new item completely replaces the existing item. You can perform a conditional put operation (add a new item if one with the specified primary key doesn't exist), or replace an existing item if it has certain attribute values. You can return the item's attribute values in the same operation, using the `ReturnValues` parameter.
///
/// When you add an item, the primary key attributes are the only required attributes.
///
/// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index. Set type attributes cannot be empty.
///
/// Invalid Requests with empty values will be rejected with a `ValidationException` exception.
///
/// **Note:** To prevent a new item from replacing an existing item, use a conditional expression that contains the `attribute_not_exists` function with the name of the attribute being used as the partition key for the table. Since every record must contain that attribute, the `attribute_not_exists` function will only succeed if no matching item exists.
///
/// **Note:** To determine whether `PutItem` overwrote an existing item, use `ReturnValues` set to `ALL_OLD`. If the response includes the `Attributes` element, an existing item was overwritten.
///
/// For more information about `PutItem`, see [Working with Items](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_operation(service = crate::DynamoDb, target = "PutItem", output = PutItemOutput, error = PutItemError)]
pub struct PutItem {
    /// The name of the table to contain the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute name/value pairs, one for each attribute. Only the primary key attributes are required; you can optionally provide other attribute name-value pairs for the item.
    ///
    /// You must provide all of the attributes for the primary key. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide both values for both the partition key and the sort key.
    ///
    /// If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    ///
    /// If the table has vector indexes, the following validations apply to write operations. A violation of any of these constraints results in a `ValidationException`:
    ///
    /// - The vector attribute must be a list of numbers with dimensions matching the index configuration.
    /// - Vector values must fit in 32-bit IEEE-754 floating point format (f32).
    /// - Partition key and inline filter attributes defined in the search schema must have data types matching the index schema definition.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html#HowItWorks.CoreComponents.PrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each element in the `Item` map is an `AttributeValue` object.
    pub item: std::collections::HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<std::collections::HashMap<String, ExpectedAttributeValue>>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were updated with the `PutItem` request. For `PutItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - If `PutItem` overwrote an attribute name-value pair, then the content of the old item is returned.
    ///
    /// The values returned are strongly consistent.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations; however, `PutItem` does not recognize any values other than `NONE` or `ALL_OLD`.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// A condition that must be satisfied in order for a conditional `PutItem` operation to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information on condition expressions, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `PutItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The response to [`PutItem`].
///
/// Represents the output of a `PutItem` operation.
#[awsop::aws_shape(output)]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the `PutItem` operation, but only if `ReturnValues` is specified as `ALL_OLD` in the request. Each element consists of an attribute name and an attribute value.
    pub attributes: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `PutItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `PutItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`PutItem`].
#[awsop::aws_error]
pub enum PutItemError {
    /// [`ConditionalCheckFailedException`]: the service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(ConditionalCheckFailedException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ItemCollectionSizeLimitExceededException`]: the service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(ItemCollectionSizeLimitExceededException),
    /// [`TransactionConflictException`]: the service returned `TransactionConflictException`.
    TransactionConflictException(TransactionConflictException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ReplicatedWriteConflictException`]: the service returned `ReplicatedWriteConflictException`.
    ReplicatedWriteConflictException(ReplicatedWriteConflictException),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- PutResourcePolicy -----------------------------------------------------

/// Attaches a resource-based policy document to the resource, which can be a table or stream. When you attach a resource-based policy using this API, the policy application is [*eventually consistent*](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html).
///
/// `PutResourcePolicy` is an idempotent operation; running it multiple times on the same resource using the same policy document will return the same revision ID. If you specify an `ExpectedRevisionId` that doesn't match the current policy's `RevisionId`, the `PolicyNotFoundException` will be returned.
///
/// **Note:** `PutResourcePolicy` is an asynchronous operation. If you issue a `GetResourcePolicy` request immediately after a `PutResourcePolicy` request, DynamoDB might return your previous policy, if there was one, or return the `PolicyNotFoundException`. This is because `GetResourcePolicy` uses an eventually consistent query, and the metadata for your policy or table might not be available at that moment. Wait for a few seconds, and then try the `GetResourcePolicy` request again.
#[awsop::aws_operation(service = crate::DynamoDb, target = "PutResourcePolicy", output = PutResourcePolicyOutput, error = PutResourcePolicyError)]
pub struct PutResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy will be attached. The resources you can specify include tables and streams.
    ///
    /// You can control index permissions using the base table's policy. To specify the same permission level for your table and its indexes, you can provide both the table and index Amazon Resource Name (ARN)s in the `Resource` field of a given `Statement` in your policy document. Alternatively, to specify different permissions for your table, indexes, or both, you can define multiple `Statement` fields in your policy document.
    pub resource_arn: String,
    /// An Amazon Web Services resource-based policy document in JSON format.
    ///
    /// - The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit.
    /// - Within a resource-based policy, if the action for a DynamoDB service-linked role (SLR) to replicate data for a global table is denied, adding or deleting a replica will fail with an error.
    ///
    /// For a full list of all considerations that apply while attaching a resource-based policy, see [Resource-based policy considerations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html).
    pub policy: String,
    /// A string value that you can use to conditionally update your policy. You can provide the revision ID of your existing policy to make mutating requests against that policy.
    ///
    /// **Note:** When you provide an expected revision ID, if the revision ID of the existing policy on the resource doesn't match or if there's no policy attached to the resource, your request will be rejected with a `PolicyNotFoundException`.
    ///
    /// To conditionally attach a policy when no policy exists for the resource, specify `NO_POLICY` for the revision ID.
    pub expected_revision_id: Option<String>,
    /// Set this parameter to `true` to confirm that you want to remove your permissions to change the policy of this resource in the future.
    pub confirm_remove_self_resource_access: Option<bool>,
}

/// The response to [`PutResourcePolicy`].
#[awsop::aws_shape(output, eq)]
pub struct PutResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`PutResourcePolicy`].
#[awsop::aws_error]
pub enum PutResourcePolicyError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PolicyNotFoundException`]: the service returned `PolicyNotFoundException`.
    PolicyNotFoundException(PolicyNotFoundException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Query -----------------------------------------------------------------

/// You must provide the name of the partition key attribute and a single value for that attribute. `Query` returns all items with that partition key value. Optionally, you can provide a sort key attribute and use a comparison operator to refine the search results.
///
/// Use the `KeyConditionExpression` parameter to provide a specific value for the partition key. The `Query` operation will return all of the items from the table or index with that partition key value. You can optionally narrow the scope of the `Query` operation by specifying a sort key value and a comparison operator in `KeyConditionExpression`. To further refine the `Query` results, you can optionally provide a `FilterExpression`. A `FilterExpression` determines which items within the results should be returned to you. All of the other results are discarded.
///
/// A `Query` operation always returns a result set. If no matching items are found, the result set will be empty. Queries that do not return results consume the minimum number of read capacity units for that type of read operation.
///
/// **Note:** DynamoDB calculates the number of read capacity units consumed based on item size, not on the amount of data that is returned to an application. The number of capacity units consumed will be the same whether you request all of the attributes (the default behavior) or just some of them (using a projection expression). The number will also be the same whether or not you use a `FilterExpression`.
///
/// `Query` results are always sorted by the sort key value. If the data type of the sort key is Number, the results are returned in numeric order; otherwise, the results are returned in order of UTF-8 bytes. By default, the sort order is ascending. To reverse the order, set the `ScanIndexForward` parameter to false.
///
/// A single `Query` operation will read up to the maximum number of items set (if using the `Limit` parameter) or a maximum of 1 MB of data and then apply any filtering to the results using `FilterExpression`. If `LastEvaluatedKey` is present in the response, you will need to paginate the result set. For more information, see [Paginating the Results](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.html#Query.Pagination) in the *Amazon DynamoDB Developer Guide*.
///
/// `FilterExpression` is applied after a `Query` finishes, but before the results are returned. A `FilterExpression` cannot contain partition key or sort key attributes. You need to specify those attributes in the `KeyConditionExpression`.
///
/// **Note:** A `Query` operation can return an empty result set and a `LastEvaluatedKey` if all the items read for the page of results are filtered out.
///
/// You can query a table, a local secondary index, or a global secondary index. For a query on a table or on a local secondary index, you can set the `ConsistentRead` parameter to `true` and obtain a strongly consistent result. Global secondary indexes support eventually consistent reads only, so do not specify `ConsistentRead` when querying a global secondary index.
#[awsop::aws_operation(service = crate::DynamoDb, target = "Query", output = QueryOutput, error = QueryError)]
pub struct Query {
    /// The name of the table containing the requested items. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of an index to query. This index can be any local secondary index or global secondary index on the table. Note that if you use the `IndexName` parameter, you must also provide `TableName.`
    pub index_name: Option<String>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table or index. If you query a local secondary index, then for each matching item in the index, DynamoDB fetches the entire item from the parent table. If the index is configured to project all item attributes, then all of the data can be obtained from the local secondary index, and no fetching is required.
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves all attributes that have been projected into the index. If the index is configured to project all attributes, this return value is equivalent to specifying `ALL_ATTRIBUTES`.
    /// - `COUNT` - Returns the number of matching items, rather than the matching items themselves. Note that this uses the same quantity of read capacity units as getting the items, and is subject to the same item size calculations.
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in `ProjectionExpression`. This return value is equivalent to specifying `ProjectionExpression` without specifying any value for `Select`.
    ///
    ///   If you query or scan a local secondary index and request only attributes that are projected into that index, the operation will read only the index and not the table. If any of the requested attributes are not projected into the local secondary index, DynamoDB fetches each of these attributes from the parent table. This extra fetching incurs additional throughput cost and latency.
    ///
    ///   If you query or scan a global secondary index, you can only request attributes that are projected into the index. Global secondary index queries cannot fetch attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when accessing an index. You cannot use both `Select` and `ProjectionExpression` together in a single request, unless the value for `Select` is `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will return an error.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Query and Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    ///
    /// Strongly consistent reads are not supported on global secondary indexes. If you query a global secondary index with `ConsistentRead` set to `true`, you will receive a `ValidationException`.
    pub consistent_read: Option<bool>,
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more information, see [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_conditions: Option<std::collections::HashMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html) in the *Amazon DynamoDB Developer Guide*.
    pub query_filter: Option<std::collections::HashMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Specifies the order for index traversal: If `true` (default), the traversal is performed in ascending order; if `false`, the traversal is performed in descending order.
    ///
    /// Items with the same partition key value are stored in sorted order by sort key. If the sort key data type is Number, the results are stored in numeric order. For type String, the results are stored in order of UTF-8 bytes. For type Binary, DynamoDB treats each byte of the binary data as unsigned.
    ///
    /// If `ScanIndexForward` is `true`, DynamoDB returns the results in the order in which they are stored (by sort key value). This is the default behavior. If `ScanIndexForward` is `false`, DynamoDB reads the results in reverse order by sort key value, and then returns the results to the client.
    pub scan_index_forward: Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number, or Binary. No set data types are allowed.
    pub exclusive_start_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Query` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` does not allow key attributes. You cannot define a filter expression based on a partition key or a sort key.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been read; the process of filtering does not consume any additional read capacity units.
    ///
    /// For more information, see [Filter Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html) in the *Amazon DynamoDB Developer Guide*.
    pub filter_expression: Option<String>,
    /// The condition that specifies the key values for items to be retrieved by the `Query` action.
    ///
    /// The condition must perform an equality test on a single partition key value.
    ///
    /// The condition can optionally perform one of several comparison tests on a single sort key value. This allows `Query` to retrieve one item with a given partition key value and sort key value, or several items that have the same partition key value but different sort key values.
    ///
    /// The partition key equality test is required, and must be specified in the following format:
    ///
    /// `partitionKeyName` *=* `:partitionkeyval`
    ///
    /// If you also want to provide a condition for the sort key, it must be combined using `AND` with the condition for the sort key. Following is an example, using the **=** comparison operator for the sort key:
    ///
    /// `partitionKeyName` `=` `:partitionkeyval` `AND` `sortKeyName` `=` `:sortkeyval`
    ///
    /// Valid comparisons for the sort key condition are as follows:
    ///
    /// - `sortKeyName` `=` `:sortkeyval` - true if the sort key value is equal to `:sortkeyval`.
    /// - `sortKeyName` `<` `:sortkeyval` - true if the sort key value is less than `:sortkeyval`.
    /// - `sortKeyName` `<=` `:sortkeyval` - true if the sort key value is less than or equal to `:sortkeyval`.
    /// - `sortKeyName` `>` `:sortkeyval` - true if the sort key value is greater than `:sortkeyval`.
    /// - `sortKeyName` `>=` `:sortkeyval` - true if the sort key value is greater than or equal to `:sortkeyval`.
    /// - `sortKeyName` `BETWEEN` `:sortkeyval1` `AND` `:sortkeyval2` - true if the sort key value is greater than or equal to `:sortkeyval1`, and less than or equal to `:sortkeyval2`.
    /// - `begins_with (` `sortKeyName`, `:sortkeyval` `)` - true if the sort key value begins with a particular operand. (You cannot use this function with a sort key that is of type Number.) Note that the function name `begins_with` is case-sensitive.
    ///
    /// Use the `ExpressionAttributeValues` parameter to replace tokens such as `:partitionval` and `:sortval` with actual values at runtime.
    ///
    /// You can optionally use the `ExpressionAttributeNames` parameter to replace the names of the partition key and sort key with placeholder tokens. This option might be necessary if an attribute name conflicts with a DynamoDB reserved word. For example, the following `KeyConditionExpression` parameter causes an error because *Size* is a reserved word:
    ///
    /// - `Size = :myval`
    ///
    /// To work around this, define a placeholder (such a `#S`) to represent the attribute name *Size*. `KeyConditionExpression` then is as follows:
    ///
    /// - `#S = :myval`
    ///
    /// For a list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// For more information on `ExpressionAttributeNames` and `ExpressionAttributeValues`, see [Using Placeholders for Attribute Names and Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ExpressionPlaceholders.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
}

impl Query {
    /// Pages through the results: sends this request, then sends it again with `ExclusiveStartKey` set from each response's `LastEvaluatedKey`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Pages<Self, std::collections::HashMap<String, AttributeValue>> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.exclusive_start_key = Some(token),
            |out| out.last_evaluated_key.clone().filter(|t| !t.is_empty()),
        )
    }
    /// Every item of `Items`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<
        Self,
        std::collections::HashMap<String, AttributeValue>,
        std::collections::HashMap<String, AttributeValue>,
    > {
        self.paginate(client)
            .items(|out| out.items.unwrap_or_default())
    }
}

/// The response to [`Query`].
///
/// Represents the output of a `Query` operation.
#[awsop::aws_shape(output)]
pub struct QueryOutput {
    /// An array of item attributes that match the query criteria. Each element in this array consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<std::collections::HashMap<String, AttributeValue>>>,
    /// The number of items in the response.
    ///
    /// If you used a `QueryFilter` in the request, then `Count` is the number of items returned after the filter was applied, and `ScannedCount` is the number of matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` and `ScannedCount` are the same.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `QueryFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Query` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Count) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as `Count`.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Query` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Query`].
#[awsop::aws_error]
pub enum QueryError {
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RestoreTableFromBackup ------------------------------------------------

/// Creates a new table from an existing backup. Any number of users can execute up to 50 concurrent restores (any type of restore) in a given account.
///
/// You can call `RestoreTableFromBackup` at a maximum rate of 10 times per second.
///
/// You must manually set up the following on the restored table:
///
/// - Auto scaling policies
/// - IAM policies
/// - Amazon CloudWatch metrics and alarms
/// - Tags
/// - Stream settings
/// - Time to Live (TTL) settings
#[awsop::aws_operation(service = crate::DynamoDb, target = "RestoreTableFromBackup", output = RestoreTableFromBackupOutput, error = RestoreTableFromBackupError)]
pub struct RestoreTableFromBackup {
    /// The name of the new table to which the backup must be restored.
    pub target_table_name: String,
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[aws(rename = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SseSpecification>,
    /// The vector indexes for the restored table. If not specified, all vector indexes from the backup are restored. The indexes provided must match existing vector indexes from the backup. You can choose to exclude some or all of the vector indexes at the time of restore.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}

/// The response to [`RestoreTableFromBackup`].
#[awsop::aws_shape(output, eq)]
pub struct RestoreTableFromBackupOutput {
    /// The description of the table created from an existing backup.
    pub table_description: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RestoreTableFromBackup`].
#[awsop::aws_error]
pub enum RestoreTableFromBackupError {
    /// [`TableAlreadyExistsException`]: the service returned `TableAlreadyExistsException`.
    TableAlreadyExistsException(TableAlreadyExistsException),
    /// [`TableInUseException`]: the service returned `TableInUseException`.
    TableInUseException(TableInUseException),
    /// [`BackupNotFoundException`]: the service returned `BackupNotFoundException`.
    BackupNotFoundException(BackupNotFoundException),
    /// [`BackupInUseException`]: the service returned `BackupInUseException`.
    BackupInUseException(BackupInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RestoreTableToPointInTime ---------------------------------------------

/// Restores the specified table to the specified point in time within `EarliestRestorableDateTime` and `LatestRestorableDateTime`. You can restore your table to any point in time in the last 35 days. You can set the recovery period to any value between 1 and 35 days. Any number of users can execute up to 50 concurrent restores (any type of restore) in a given account.
///
/// When you restore using point in time recovery, DynamoDB restores your table data to the state based on the selected date and time (day:hour:minute:second) to a new table.
///
/// Along with data, the following are also included on the new restored table using point in time recovery:
///
/// - Global secondary indexes (GSIs)
/// - Local secondary indexes (LSIs)
/// - Provisioned read and write capacity
/// - Encryption settings
///
///   **Important:** All these settings come from the current settings of the source table at the time of restore.
///
/// You must manually set up the following on the restored table:
///
/// - Auto scaling policies
/// - IAM policies
/// - Amazon CloudWatch metrics and alarms
/// - Tags
/// - Stream settings
/// - Time to Live (TTL) settings
/// - Point in time recovery settings
#[awsop::aws_operation(service = crate::DynamoDb, target = "RestoreTableToPointInTime", output = RestoreTableToPointInTimeOutput, error = RestoreTableToPointInTimeError)]
pub struct RestoreTableToPointInTime {
    /// The DynamoDB table that will be restored. This value is an Amazon Resource Name (ARN).
    pub source_table_arn: Option<String>,
    /// Name of the source table that is being restored.
    pub source_table_name: Option<String>,
    /// The name of the new table to which it must be restored to.
    pub target_table_name: String,
    /// Restore the table to the latest possible time. `LatestRestorableDateTime` is typically 5 minutes before the current time.
    pub use_latest_restorable_time: Option<bool>,
    /// Time in the past to restore the table to.
    pub restore_date_time: Option<awsop::time::DateTime>,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    ///
    /// The `WarmThroughput` setting is not supported on global secondary indexes when you use `RestoreTableToPointInTime`. Although `WarmThroughput` appears in the shared index definition, including it in a `GlobalSecondaryIndexOverride` entry causes the request to fail with a validation error.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[aws(rename = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SseSpecification>,
    /// The vector indexes for the restored table. If not specified, all vector indexes from the source table are restored. The indexes provided must match existing vector indexes from the source table. You can choose to exclude some or all of the vector indexes at the time of restore.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}

/// The response to [`RestoreTableToPointInTime`].
#[awsop::aws_shape(output, eq)]
pub struct RestoreTableToPointInTimeOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RestoreTableToPointInTime`].
#[awsop::aws_error]
pub enum RestoreTableToPointInTimeError {
    /// [`TableAlreadyExistsException`]: the service returned `TableAlreadyExistsException`.
    TableAlreadyExistsException(TableAlreadyExistsException),
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// [`TableInUseException`]: the service returned `TableInUseException`.
    TableInUseException(TableInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidRestoreTimeException`]: the service returned `InvalidRestoreTimeException`.
    InvalidRestoreTimeException(InvalidRestoreTimeException),
    /// [`PointInTimeRecoveryUnavailableException`]: the service returned `PointInTimeRecoveryUnavailableException`.
    PointInTimeRecoveryUnavailableException(PointInTimeRecoveryUnavailableException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Scan ------------------------------------------------------------------

/// The `Scan` operation returns one or more items and item attributes by accessing every item in a table or a secondary index. To have DynamoDB return fewer items, you can provide a `FilterExpression` operation.
///
/// If the total size of scanned items exceeds the maximum dataset size limit of 1 MB, the scan completes and results are returned to the user. The `LastEvaluatedKey` value is also returned and the requestor can use the `LastEvaluatedKey` to continue the scan in a subsequent operation. Each scan response also includes number of items that were scanned (ScannedCount) as part of the request. If using a `FilterExpression`, a scan result can result in no items meeting the criteria and the `Count` will result in zero. If you did not use a `FilterExpression` in the scan request, then `Count` is the same as `ScannedCount`.
///
/// **Note:** `Count` and `ScannedCount` only return the count of items specific to a single scan request and, unless the table is less than 1MB, do not represent the total number of items in the table.
///
/// A single `Scan` operation first reads up to the maximum number of items set (if using the `Limit` parameter) or a maximum of 1 MB of data and then applies any filtering to the results if a `FilterExpression` is provided. If `LastEvaluatedKey` is present in the response, pagination is required to complete the full table scan. For more information, see [Paginating the Results](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Pagination) in the *Amazon DynamoDB Developer Guide*.
///
/// `Scan` operations proceed sequentially; however, for faster performance on a large table or secondary index, applications can request a parallel `Scan` operation by providing the `Segment` and `TotalSegments` parameters. For more information, see [Parallel Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan) in the *Amazon DynamoDB Developer Guide*.
///
/// By default, a `Scan` uses eventually consistent reads when accessing the items in a table. Therefore, the results from an eventually consistent `Scan` may not include the latest item changes at the time the scan iterates through each item in the table. If you require a strongly consistent read of each item as the scan iterates through the items in the table, you can set the `ConsistentRead` parameter to true. Strong consistency only relates to the consistency of the read at the item level.
///
/// **Note:** DynamoDB does not provide snapshot isolation for a scan operation when the `ConsistentRead` parameter is set to true. Thus, a DynamoDB scan operation does not guarantee that all reads in a scan see a consistent snapshot of the table when the scan operation was requested.
#[awsop::aws_operation(service = crate::DynamoDb, target = "Scan", output = ScanOutput, error = ScanError)]
pub struct Scan {
    /// The name of the table containing the requested items or if you provide `IndexName`, the name of the table to which that index belongs.
    ///
    /// You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of a secondary index to scan. This index can be any local secondary index or global secondary index. Note that if you use the `IndexName` parameter, you must also provide `TableName`.
    pub index_name: Option<String>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Working with Queries](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table or index. If you query a local secondary index, then for each matching item in the index, DynamoDB fetches the entire item from the parent table. If the index is configured to project all item attributes, then all of the data can be obtained from the local secondary index, and no fetching is required.
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves all attributes that have been projected into the index. If the index is configured to project all attributes, this return value is equivalent to specifying `ALL_ATTRIBUTES`.
    /// - `COUNT` - Returns the number of matching items, rather than the matching items themselves. Note that this uses the same quantity of read capacity units as getting the items, and is subject to the same item size calculations.
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in `ProjectionExpression`. This return value is equivalent to specifying `ProjectionExpression` without specifying any value for `Select`.
    ///
    ///   If you query or scan a local secondary index and request only attributes that are projected into that index, the operation reads only the index and not the table. If any of the requested attributes are not projected into the local secondary index, DynamoDB fetches each of these attributes from the parent table. This extra fetching incurs additional throughput cost and latency.
    ///
    ///   If you query or scan a global secondary index, you can only request attributes that are projected into the index. Global secondary index queries cannot fetch attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when accessing an index. You cannot use both `Select` and `ProjectionExpression` together in a single request, unless the value for `Select` is `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will return an error.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ScanFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html) in the *Amazon DynamoDB Developer Guide*.
    pub scan_filter: Option<std::collections::HashMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number or Binary. No set data types are allowed.
    ///
    /// In a parallel scan, a `Scan` request that includes `ExclusiveStartKey` must specify the same segment whose previous `Scan` returned the corresponding value of `LastEvaluatedKey`.
    pub exclusive_start_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// For a parallel `Scan` request, `TotalSegments` represents the total number of segments into which the `Scan` operation will be divided. The value of `TotalSegments` corresponds to the number of application workers that will perform the parallel scan. For example, if you want to use four application threads to scan a table or an index, specify a `TotalSegments` value of 4.
    ///
    /// The value for `TotalSegments` must be greater than or equal to 1, and less than or equal to 1000000. If you specify a `TotalSegments` value of 1, the `Scan` operation will be sequential rather than parallel.
    ///
    /// If you specify `TotalSegments`, you must also specify `Segment`.
    pub total_segments: Option<i32>,
    /// For a parallel `Scan` request, `Segment` identifies an individual segment to be scanned by an application worker.
    ///
    /// Segment IDs are zero-based, so the first segment is always 0. For example, if you want to use four application threads to scan a table or an index, then the first thread specifies a `Segment` value of 0, the second thread specifies 1, and so on.
    ///
    /// The value of `LastEvaluatedKey` returned from a parallel `Scan` request must be used as `ExclusiveStartKey` with the same segment ID in a subsequent `Scan` operation.
    ///
    /// The value for `Segment` must be greater than or equal to 0, and less than the value provided for `TotalSegments`.
    ///
    /// If you provide `Segment`, you must also provide `TotalSegments`.
    pub segment: Option<i32>,
    /// A string that identifies one or more attributes to retrieve from the specified table or index. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Scan` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been read; the process of filtering does not consume any additional read capacity units.
    ///
    /// For more information, see [Filter Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.FilterExpression) in the *Amazon DynamoDB Developer Guide*.
    pub filter_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the `ProductStatus` attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// A Boolean value that determines the read consistency model during the scan:
    ///
    /// - If `ConsistentRead` is `false`, then the data returned from `Scan` might not contain the results from other recently completed write operations (`PutItem`, `UpdateItem`, or `DeleteItem`).
    /// - If `ConsistentRead` is `true`, then all of the write operations that completed before the `Scan` began are guaranteed to be contained in the `Scan` response.
    ///
    /// The default setting for `ConsistentRead` is `false`.
    ///
    /// The `ConsistentRead` parameter is not supported on global secondary indexes. If you scan a global secondary index with `ConsistentRead` set to true, you will receive a `ValidationException`.
    pub consistent_read: Option<bool>,
}

impl Scan {
    /// Pages through the results: sends this request, then sends it again with `ExclusiveStartKey` set from each response's `LastEvaluatedKey`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Pages<Self, std::collections::HashMap<String, AttributeValue>> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.exclusive_start_key = Some(token),
            |out| out.last_evaluated_key.clone().filter(|t| !t.is_empty()),
        )
    }
    /// Every item of `Items`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<
        Self,
        std::collections::HashMap<String, AttributeValue>,
        std::collections::HashMap<String, AttributeValue>,
    > {
        self.paginate(client)
            .items(|out| out.items.unwrap_or_default())
    }
}

/// The response to [`Scan`].
///
/// Represents the output of a `Scan` operation.
#[awsop::aws_shape(output)]
pub struct ScanOutput {
    /// An array of item attributes that match the scan criteria. Each element in this array consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<std::collections::HashMap<String, AttributeValue>>>,
    /// The number of items in the response.
    ///
    /// If you set `ScanFilter` in the request, then `Count` is the number of items returned after the filter was applied, and `ScannedCount` is the number of matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` is the same as `ScannedCount`.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `ScanFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Scan` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Count) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as `Count`.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Scan` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Scan`].
#[awsop::aws_error]
pub enum ScanError {
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SearchVectors ---------------------------------------------------------

/// Performs a vector similarity search on a vector index associated with an Amazon DynamoDB table, and returns the most similar items sorted by similarity score based on the distance function configured for the index.
///
/// Score interpretation depends on the distance function:
///
/// - `COSINE` - Returns the items with the *k smallest* scores. Scores range from 0 (identical) to 2 (opposite). Lower scores indicate higher similarity.
/// - `EUCLIDEAN` - Returns the items with the *k smallest* scores. Scores represent the Euclidean distance between vectors. Lower scores indicate higher similarity.
/// - `DOT_PRODUCT` - Returns the items with the *k highest* scores. Higher scores indicate higher similarity.
#[awsop::aws_operation(service = crate::DynamoDb, target = "SearchVectors", output = SearchVectorsOutput, error = SearchVectorsError)]
pub struct SearchVectors {
    /// The name or Amazon Resource Name (ARN) of the table containing the vector index.
    pub table_name: String,
    /// The name of the vector index to search. The index must be in the `ACTIVE` state.
    pub index_name: String,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// One or more substitution tokens for attribute names in an expression. Use the `#` character in an expression to dereference an attribute name.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression. Use the `:` character in an expression to dereference an attribute value.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// A string that identifies one or more attributes to retrieve from the index. Separate attribute names with commas. If not specified, the operation returns all attributes projected into the vector index.
    ///
    /// Only attributes projected into the vector index can be retrieved.
    pub projection_expression: Option<String>,
    /// The search vector to compare against the indexed vectors. Each element is a 32-bit IEEE-754 floating point number, provided in DynamoDB list format.
    ///
    /// The number of dimensions must match the number of dimensions configured for the vector index.
    pub search_vector: Vec<AttributeValue>,
    /// A condition expression used to filter the vector search results. The expression can reference attributes defined in the vector index search schema, including `HASH` and `INLINE_FILTER` key elements.
    ///
    /// The `HASH` and `INLINE_FILTER` attributes support only the equality operator (`=`). You can reference only top-level attributes from the search schema.
    pub search_condition_expression: Option<String>,
    /// The number of most similar results to return.
    pub top_k: i32,
}

/// The response to [`SearchVectors`].
#[awsop::aws_shape(output)]
pub struct SearchVectorsOutput {
    /// The capacity units consumed by the `SearchVectors` operation. Contains `VectorSearchRequestBytes`, which represents the vector search capacity consumed.
    pub consumed_capacity: Option<VectorCapacity>,
    /// A list of items returned by the vector similarity search, sorted by similarity with the most similar item first. Each item contains the projected attributes and a similarity score.
    pub search_results: Option<Vec<SearchResultItem>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SearchVectors`].
#[awsop::aws_error]
pub enum SearchVectorsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- StartBulkPutItems -----------------------------------------------------

/// Starts an asynchronous bulk operation that reads items from Amazon S3 and writes them to an existing DynamoDB table, so you can efficiently load or migrate large datasets.
#[awsop::aws_operation(service = crate::DynamoDb, target = "StartBulkPutItems", output = StartBulkPutItemsOutput, error = StartBulkPutItemsError)]
pub struct StartBulkPutItems {
    /// A unique, case-sensitive identifier that ensures the bulk operation starts no more than one time. During the 8 hours after the initial request, repeated requests that use the same token and parameters return the same bulk operation. If a request reuses the token with different parameters, DynamoDB returns an `IdempotentParameterMismatchException`. If you omit the token, an Amazon Web Services SDK automatically generates one.
    ///
    /// An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
    /// The Amazon S3 location, data format, and compression settings for the input objects.
    pub input_s3_configuration: InputS3Configuration,
    /// The Amazon S3 location, encryption settings, and output types for the bulk operation.
    pub output_s3_configuration: OutputS3Configuration,
    /// The name or ARN of the existing DynamoDB table that receives the items.
    pub table_name: String,
    /// The maximum rate, in write request units per second, at which the bulk operation attempts to write. The value must be at least 1,024. With this setting, you limit only the bulk operation; the table's provisioned or on-demand capacity settings don't change. The actual write rate can be lower.
    pub max_write_request_units: Option<i64>,
    /// The performance tier for the bulk operation. Valid values are `STANDARD` and `ACCELERATED`. If you don't specify a value, the operation uses `STANDARD`.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}

/// The response to [`StartBulkPutItems`].
#[awsop::aws_shape(output)]
pub struct StartBulkPutItemsOutput {
    /// Contains detailed information about a bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`StartBulkPutItems`].
#[awsop::aws_error]
pub enum StartBulkPutItemsError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`IdempotentParameterMismatchException`]: the service returned `IdempotentParameterMismatchException`.
    IdempotentParameterMismatchException(IdempotentParameterMismatchException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- TagResource -----------------------------------------------------------

/// Associate a set of tags with an Amazon DynamoDB resource. You can then activate these user-defined tags so that they appear on the Billing and Cost Management console for cost allocation tracking. You can call TagResource up to five times per second, per account.
///
/// - `TagResource` is an asynchronous operation. If you issue a `ListTagsOfResource` request immediately after a `TagResource` request, DynamoDB might return your previous tag set, if there was one, or an empty tag set. This is because `ListTagsOfResource` uses an eventually consistent query, and the metadata for your tags or table might not be available at that moment. Wait for a few seconds, and then try the `ListTagsOfResource` request again.
/// - The application or removal of tags using `TagResource` and `UntagResource` APIs is eventually consistent. `ListTagsOfResource` API will only reflect the changes after a few seconds.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_operation(service = crate::DynamoDb, target = "TagResource", output = TagResourceResponse, error = TagResourceError)]
pub struct TagResource {
    /// Identifies the Amazon DynamoDB resource to which tags should be added. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// The tags to be assigned to the Amazon DynamoDB resource.
    pub tags: Vec<Tag>,
}

/// The response to [`TagResource`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct TagResourceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`TagResource`].
#[awsop::aws_error]
pub enum TagResourceError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- TransactGetItems ------------------------------------------------------

/// `TransactGetItems` is a synchronous operation that atomically retrieves multiple items from one or more tables (but not from indexes) in a single account and Region. A `TransactGetItems` call can contain up to 100 `TransactGetItem` objects, each of which contains a `Get` structure that specifies an item to retrieve from a table in the account and Region. A call to `TransactGetItems` cannot retrieve items from tables in more than one Amazon Web Services account or Region. The aggregate size of the items in the transaction cannot exceed 4 MB.
///
/// DynamoDB rejects the entire `TransactGetItems` request if any of the following is true:
///
/// - A conflicting operation is in the process of updating an item to be read.
/// - There is insufficient provisioned capacity for the transaction to be completed.
/// - There is a user error, such as an invalid data format.
/// - The aggregate size of the items in the transaction exceeded 4 MB.
#[awsop::aws_operation(service = crate::DynamoDb, target = "TransactGetItems", output = TransactGetItemsOutput, error = TransactGetItemsError)]
pub struct TransactGetItems {
    /// An ordered array of up to 100 `TransactGetItem` objects, each of which contains a `Get` structure.
    pub transact_items: Vec<TransactGetItem>,
    /// A value of `TOTAL` causes consumed capacity information to be returned, and a value of `NONE` prevents that information from being returned. No other value is valid.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The response to [`TransactGetItems`].
#[awsop::aws_shape(output)]
pub struct TransactGetItemsOutput {
    /// If the *ReturnConsumedCapacity* value was `TOTAL`, this is an array of `ConsumedCapacity` objects, one for each table addressed by `TransactGetItem` objects in the *TransactItems* parameter. These `ConsumedCapacity` objects report the read-capacity units consumed by the `TransactGetItems` call in that table.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// An ordered array of up to 100 `ItemResponse` objects, each of which corresponds to the `TransactGetItem` object in the same position in the *TransactItems* array. Each `ItemResponse` object contains a Map of the name-value pairs that are the projected attributes of the requested item.
    ///
    /// If a requested item could not be retrieved, the corresponding `ItemResponse` object is Null, or if the requested item has no projected attributes, the corresponding `ItemResponse` object is an empty Map.
    pub responses: Option<Vec<ItemResponse>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`TransactGetItems`].
#[awsop::aws_error]
pub enum TransactGetItemsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TransactionCanceledException`]: the service returned `TransactionCanceledException`.
    TransactionCanceledException(TransactionCanceledException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- TransactWriteItems ----------------------------------------------------

/// `TransactWriteItems` is a synchronous write operation that groups up to 100 action requests. These actions can target items in different tables, but not in different Amazon Web Services accounts or Regions, and no two actions can target the same item. For example, you cannot both `ConditionCheck` and `Update` the same item. The aggregate size of the items in the transaction cannot exceed 4 MB.
///
/// The actions are completed atomically so that either all of them succeed, or all of them fail. They are defined by the following objects:
///
/// - `Put` — Initiates a `PutItem` operation to write a new item. This structure specifies the primary key of the item to be written, the name of the table to write it in, an optional condition expression that must be satisfied for the write to succeed, a list of the item's attributes, and a field indicating whether to retrieve the item's attributes if the condition is not met.
/// - `Update` — Initiates an `UpdateItem` operation to update an existing item. This structure specifies the primary key of the item to be updated, the name of the table where it resides, an optional condition expression that must be satisfied for the update to succeed, an expression that defines one or more attributes to be updated, and a field indicating whether to retrieve the item's attributes if the condition is not met.
/// - `Delete` — Initiates a `DeleteItem` operation to delete an existing item. This structure specifies the primary key of the item to be deleted, the name of the table where it resides, an optional condition expression that must be satisfied for the deletion to succeed, and a field indicating whether to retrieve the item's attributes if the condition is not met.
/// - `ConditionCheck` — Applies a condition to an item that is not being modified by the transaction. This structure specifies the primary key of the item to be checked, the name of the table where it resides, a condition expression that must be satisfied for the transaction to succeed, and a field indicating whether to retrieve the item's attributes if the condition is not met.
///
/// DynamoDB rejects the entire `TransactWriteItems` request if any of the following is true:
///
/// - A condition in one of the condition expressions is not met.
/// - An ongoing operation is in the process of updating the same item.
/// - There is insufficient provisioned capacity for the transaction to be completed.
/// - An item size becomes too large (bigger than 400 KB), a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
/// - The aggregate size of the items in the transaction exceeds 4 MB.
/// - There is a user error, such as an invalid data format.
#[awsop::aws_operation(service = crate::DynamoDb, target = "TransactWriteItems", output = TransactWriteItemsOutput, error = TransactWriteItemsError)]
pub struct TransactWriteItems {
    /// An ordered array of up to 100 `TransactWriteItem` objects, each of which contains a `ConditionCheck`, `Put`, `Update`, or `Delete` object. These can operate on items in different tables, but the tables must reside in the same Amazon Web Services account and Region, and no two of them can operate on the same item.
    pub transact_items: Vec<TransactWriteItem>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections (if any), that were modified during the operation and are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Providing a `ClientRequestToken` makes the call to `TransactWriteItems` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// Although multiple identical calls using the same client request token produce the same result on the server (no side effects), the responses to the calls might not be the same. If the `ReturnConsumedCapacity` parameter is set, then the initial `TransactWriteItems` call returns the amount of write capacity units consumed in making the changes. Subsequent `TransactWriteItems` calls with the same client token return the number of read capacity units consumed in reading the item.
    ///
    /// A client request token is valid for 10 minutes after the first request that uses it is completed. After 10 minutes, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 10 minutes, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 10-minute idempotency window, DynamoDB returns an `IdempotentParameterMismatch` exception.
    ///
    /// An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.
    #[aws(idempotency_token)]
    pub client_request_token: Option<String>,
}

/// The response to [`TransactWriteItems`].
#[awsop::aws_shape(output)]
pub struct TransactWriteItemsOutput {
    /// The capacity units consumed by the entire `TransactWriteItems` operation. The values of the list are ordered according to the ordering of the `TransactItems` request parameter.
    ///
    /// If the table has vector indexes, each element also includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// A list of tables that were processed by `TransactWriteItems` and, for each table, information about any item collections that were affected by individual `UpdateItem`, `PutItem`, or `DeleteItem` operations.
    pub item_collection_metrics:
        Option<std::collections::HashMap<String, Vec<ItemCollectionMetrics>>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`TransactWriteItems`].
#[awsop::aws_error]
pub enum TransactWriteItemsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TransactionCanceledException`]: the service returned `TransactionCanceledException`.
    TransactionCanceledException(TransactionCanceledException),
    /// [`TransactionInProgressException`]: the service returned `TransactionInProgressException`.
    TransactionInProgressException(TransactionInProgressException),
    /// [`IdempotentParameterMismatchException`]: the service returned `IdempotentParameterMismatchException`.
    IdempotentParameterMismatchException(IdempotentParameterMismatchException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UntagResource ---------------------------------------------------------

/// Removes the association of tags from an Amazon DynamoDB resource. You can call `UntagResource` up to five times per second, per account.
///
/// - `UntagResource` is an asynchronous operation. If you issue a `ListTagsOfResource` request immediately after an `UntagResource` request, DynamoDB might return your previous tag set, if there was one, or an empty tag set. This is because `ListTagsOfResource` uses an eventually consistent query, and the metadata for your tags or table might not be available at that moment. Wait for a few seconds, and then try the `ListTagsOfResource` request again.
/// - The application or removal of tags using `TagResource` and `UntagResource` APIs is eventually consistent. `ListTagsOfResource` API will only reflect the changes after a few seconds.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UntagResource", output = UntagResourceResponse, error = UntagResourceError)]
pub struct UntagResource {
    /// The DynamoDB resource that the tags will be removed from. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// A list of tag keys. Existing tags of the resource whose keys are members of this list will be removed from the DynamoDB resource.
    pub tag_keys: Vec<String>,
}

/// The response to [`UntagResource`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct UntagResourceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UntagResource`].
#[awsop::aws_error]
pub enum UntagResourceError {
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateContinuousBackups -----------------------------------------------

/// `UpdateContinuousBackups` enables or disables point in time recovery for the specified table. A successful `UpdateContinuousBackups` call returns the current `ContinuousBackupsDescription`. Continuous backups are `ENABLED` on all tables at table creation. If point in time recovery is enabled, `PointInTimeRecoveryStatus` will be set to ENABLED.
///
/// Once continuous backups and point in time recovery are enabled, you can restore to any point in time within `EarliestRestorableDateTime` and `LatestRestorableDateTime`.
///
/// `LatestRestorableDateTime` is typically 5 minutes before the current time. You can restore your table to any point in time in the last 35 days. You can set the `RecoveryPeriodInDays` to any value between 1 and 35 days.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateContinuousBackups", output = UpdateContinuousBackupsOutput, error = UpdateContinuousBackupsError)]
pub struct UpdateContinuousBackups {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the settings used to enable point in time recovery.
    pub point_in_time_recovery_specification: PointInTimeRecoverySpecification,
}

/// The response to [`UpdateContinuousBackups`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateContinuousBackups`].
#[awsop::aws_error]
pub enum UpdateContinuousBackupsError {
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// [`ContinuousBackupsUnavailableException`]: the service returned `ContinuousBackupsUnavailableException`.
    ContinuousBackupsUnavailableException(ContinuousBackupsUnavailableException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateContributorInsights ---------------------------------------------

/// Updates the status for contributor insights for a specific table or index. CloudWatch Contributor Insights for DynamoDB graphs display the partition key and (if applicable) sort key of frequently accessed items and frequently throttled items in plaintext. If you require the use of Amazon Web Services Key Management Service (KMS) to encrypt this table’s partition key and sort key data with an Amazon Web Services managed key or customer managed key, you should not enable CloudWatch Contributor Insights for DynamoDB for this table.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateContributorInsights", output = UpdateContributorInsightsOutput, error = UpdateContributorInsightsError)]
pub struct UpdateContributorInsights {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The global secondary index name, if applicable.
    pub index_name: Option<String>,
    /// Represents the contributor insights action.
    pub contributor_insights_action: ContributorInsightsAction,
    /// Specifies whether to track all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// The response to [`UpdateContributorInsights`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateContributorInsightsOutput {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The name of the global secondary index, if applicable.
    pub index_name: Option<String>,
    /// The status of contributor insights
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// The updated mode of CloudWatch Contributor Insights that determines whether to monitor all access and throttled events or to track throttled events exclusively.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateContributorInsights`].
#[awsop::aws_error]
pub enum UpdateContributorInsightsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateGlobalTable -----------------------------------------------------

/// Adds or removes replicas in the specified global table. The global table must already exist to be able to use this operation. Any replica to be added must be empty, have the same name as the global table, have the same key schema, have DynamoDB Streams enabled, and have the same provisioned and maximum write capacity units.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
///
/// **Note:** If you are using global tables [Version 2019.11.21](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) (Current) you can use [UpdateTable](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html) instead.
///
/// Although you can use `UpdateGlobalTable` to add replicas and remove replicas in a single request, for simplicity we recommend that you issue separate requests for adding or removing replicas.
///
/// If global secondary indexes are specified, then the following conditions must also be met:
///
/// - The global secondary indexes must have the same name.
/// - The global secondary indexes must have the same hash key and sort key (if present).
/// - The global secondary indexes must have the same provisioned and maximum write capacity units.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateGlobalTable", output = UpdateGlobalTableOutput, error = UpdateGlobalTableError)]
pub struct UpdateGlobalTable {
    /// The global table name.
    pub global_table_name: String,
    /// A list of Regions that should be added or removed from the global table.
    pub replica_updates: Vec<ReplicaUpdate>,
}

/// The response to [`UpdateGlobalTable`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateGlobalTable`].
#[awsop::aws_error]
pub enum UpdateGlobalTableError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`GlobalTableNotFoundException`]: the service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(GlobalTableNotFoundException),
    /// [`ReplicaAlreadyExistsException`]: the service returned `ReplicaAlreadyExistsException`.
    ReplicaAlreadyExistsException(ReplicaAlreadyExistsException),
    /// [`ReplicaNotFoundException`]: the service returned `ReplicaNotFoundException`.
    ReplicaNotFoundException(ReplicaNotFoundException),
    /// [`TableNotFoundException`]: the service returned `TableNotFoundException`.
    TableNotFoundException(TableNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateGlobalTableSettings ---------------------------------------------

/// Updates settings for a global table.
///
/// **Important:** This documentation is for version 2017.11.29 (Legacy) of global tables, which should be avoided for new global tables. Customers should use [Global Tables version 2019.11.21 (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) when possible, because it provides greater flexibility, higher efficiency, and consumes less write capacity than 2017.11.29 (Legacy).
///
/// To determine which version you're using, see [Determining the global table version you are using](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.DetermineVersion.html). To update existing global tables from version 2017.11.29 (Legacy) to version 2019.11.21 (Current), see [Upgrading global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_upgrade.html).
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateGlobalTableSettings", output = UpdateGlobalTableSettingsOutput, error = UpdateGlobalTableSettingsError)]
pub struct UpdateGlobalTableSettings {
    /// The name of the global table
    pub global_table_name: String,
    /// The billing mode of the global table. If `GlobalTableBillingMode` is not specified, the global table defaults to `PROVISIONED` capacity billing mode.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable workloads. `PAY_PER_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    pub global_table_billing_mode: Option<BillingMode>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException.`
    pub global_table_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing provisioned write capacity for the global table.
    pub global_table_provisioned_write_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    pub global_table_global_secondary_index_settings_update:
        Option<Vec<GlobalTableGlobalSecondaryIndexSettingsUpdate>>,
    /// Represents the settings for a global table in a Region that will be modified.
    pub replica_settings_update: Option<Vec<ReplicaSettingsUpdate>>,
}

/// The response to [`UpdateGlobalTableSettings`].
#[awsop::aws_shape(output)]
pub struct UpdateGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateGlobalTableSettings`].
#[awsop::aws_error]
pub enum UpdateGlobalTableSettingsError {
    /// [`GlobalTableNotFoundException`]: the service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(GlobalTableNotFoundException),
    /// [`ReplicaNotFoundException`]: the service returned `ReplicaNotFoundException`.
    ReplicaNotFoundException(ReplicaNotFoundException),
    /// [`IndexNotFoundException`]: the service returned `IndexNotFoundException`.
    IndexNotFoundException(IndexNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateItem ------------------------------------------------------------

/// Edits an existing item's attributes, or adds a new item to the table if it does not already exist. You can put, delete, or add attribute values. You can also perform a conditional update on an existing item (insert a new attribute name-value pair if it doesn't exist, or replace an existing name-value pair if it has certain expected attribute values).
///
/// You can also return the item's attribute values in the same `UpdateItem` operation using the `ReturnValues` parameter.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateItem", output = UpdateItemOutput, error = UpdateItemError)]
pub struct UpdateItem {
    /// The name of the table containing the item to update. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more information, see [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_updates: Option<std::collections::HashMap<String, AttributeValueUpdate>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<std::collections::HashMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appear before or after they are successfully updated. For `UpdateItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - Returns all of the attributes of the item, as they appeared before the UpdateItem operation.
    /// - `UPDATED_OLD` - Returns only the updated attributes, as they appeared before the UpdateItem operation.
    /// - `ALL_NEW` - Returns all of the attributes of the item, as they appear after the UpdateItem operation.
    /// - `UPDATED_NEW` - Returns only the updated attributes, as they appear after the UpdateItem operation.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// The values returned are strongly consistent.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    ///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them.
    ///
    /// The following action values are available for `UpdateExpression`.
    ///
    /// - `SET` - Adds one or more attributes and values to an item. If any of these attributes already exist, they are replaced by the new values. You can also use `SET` to add or subtract from an attribute that is of type Number. For example: `SET myNum = myNum + :val`
    ///
    ///   `SET` supports the following functions:
    ///   - `if_not_exists (path, operand)` - if the item does not contain an attribute at the specified path, then `if_not_exists` evaluates to operand; otherwise, it evaluates to path. You can use this function to avoid overwriting an attribute that may already be present in the item.
    ///   - `list_append (operand, operand)` - evaluates to a list with a new element added to it. You can append the new element to the start or the end of the list by reversing the order of the operands.
    ///
    ///   These function names are case-sensitive.
    /// - `REMOVE` - Removes one or more attributes from an item.
    /// - `ADD` - Adds the specified value to the item, if the attribute does not already exist. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    ///   - If the existing attribute is a number, and if `Value` is also a number, then `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute.
    ///
    ///     **Note:** If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses `0` as the initial value.
    ///
    ///     Similarly, if you use `ADD` for an existing item to increment or decrement an attribute value that doesn't exist before the update, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update doesn't have an attribute named `itemcount`, but you decide to `ADD` the number `3` to this attribute anyway. DynamoDB will create the `itemcount` attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new `itemcount` attribute in the item, with a value of `3`.
    ///   - If the existing data type is a set and if `Value` is also a set, then `Value` is added to the existing set. For example, if the attribute value is the set `[1,2]`, and the `ADD` action specified `[3]`, then the final attribute value is `[1,2,3]`. An error occurs if an `ADD` action is specified for a set attribute and the attribute type specified does not match the existing set type.
    ///
    ///     Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings.
    ///
    ///   **Important:** The `ADD` action only supports Number and set data types.
    /// - `DELETE` - Deletes an element from a set.
    ///
    ///   If a set of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `[a,b,c]` and the `DELETE` action specifies `[a,c]`, then the final attribute value is `[b]`. Specifying an empty set is an error.
    ///
    ///   **Important:** The `DELETE` action only supports set data types.
    ///
    /// You can have many actions in a single expression, such as the following: `SET a=:value1, b=:value2 DELETE :value3, :value4, :value5`
    ///
    /// For more information on update expressions, see [Modifying Items and Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Modifying.html) in the *Amazon DynamoDB Developer Guide*.
    pub update_expression: Option<String>,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.) To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information about expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the `ProductStatus` attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for an `UpdateItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The response to [`UpdateItem`].
///
/// Represents the output of an `UpdateItem` operation.
#[awsop::aws_shape(output)]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the `UpdateItem` operation, as determined by the `ReturnValues` parameter.
    ///
    /// The `Attributes` map is only present if the update was successful and `ReturnValues` was specified as something other than `NONE` in the request. Each element represents one attribute.
    pub attributes: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `UpdateItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `UpdateItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateItem`].
#[awsop::aws_error]
pub enum UpdateItemError {
    /// [`ConditionalCheckFailedException`]: the service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(ConditionalCheckFailedException),
    /// [`ProvisionedThroughputExceededException`]: the service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(ProvisionedThroughputExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ItemCollectionSizeLimitExceededException`]: the service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(ItemCollectionSizeLimitExceededException),
    /// [`TransactionConflictException`]: the service returned `TransactionConflictException`.
    TransactionConflictException(TransactionConflictException),
    /// [`RequestLimitExceeded`]: the service returned `RequestLimitExceeded`.
    RequestLimitExceeded(RequestLimitExceeded),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`ReplicatedWriteConflictException`]: the service returned `ReplicatedWriteConflictException`.
    ReplicatedWriteConflictException(ReplicatedWriteConflictException),
    /// [`ThrottlingException`]: the service returned `ThrottlingException`.
    ThrottlingException(ThrottlingException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateKinesisStreamingDestination -------------------------------------

/// The command to update the Kinesis stream destination.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateKinesisStreamingDestination", output = UpdateKinesisStreamingDestinationOutput, error = UpdateKinesisStreamingDestinationError)]
pub struct UpdateKinesisStreamingDestination {
    /// The table name for the Kinesis streaming destination input. You can also provide the ARN of the table in this parameter.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the Kinesis stream input.
    pub stream_arn: String,
    /// The command to update the Kinesis stream configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
}

/// The response to [`UpdateKinesisStreamingDestination`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateKinesisStreamingDestinationOutput {
    /// The table name for the Kinesis streaming destination output.
    pub table_name: Option<String>,
    /// The ARN for the Kinesis stream input.
    pub stream_arn: Option<String>,
    /// The status of the attempt to update the Kinesis streaming destination output.
    pub destination_status: Option<DestinationStatus>,
    /// The command to update the Kinesis streaming destination configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateKinesisStreamingDestination`].
#[awsop::aws_error]
pub enum UpdateKinesisStreamingDestinationError {
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateTable -----------------------------------------------------------

/// Modifies the provisioned throughput settings, global secondary indexes, DynamoDB Streams settings, or global table replica settings for a given table.
///
/// You can only perform one of the following operations at once:
///
/// - Modify the provisioned throughput settings of the table.
/// - Remove a global secondary index from the table.
/// - Create a new global secondary index on the table. After the index begins backfilling, you can use `UpdateTable` to perform other operations.
/// - Enable or disable disassociation protection for the local global table replica.
/// - Disassociate the local global table replica and keep it as a standalone regional table. The `Disassociate` action must be the only replica update in the request. If the request includes any other update, `UpdateTable` fails with a `ValidationException` and the disassociation does not start.
///
/// `UpdateTable` is an asynchronous operation; while it's executing, the table status changes from `ACTIVE` to `UPDATING`. While it's `UPDATING`, you can't issue another `UpdateTable` request. Use `DescribeTable` to monitor the table's status.
///
/// To use this operation to disassociate a local replica, you must have the `dynamodb:UpdateTable` and `dynamodb:DisassociateTableReplica` IAM permissions on the local replica. Send disassociation and disassociation protection requests to the replica's Region using credentials for the account that owns the replica. For prerequisites and the procedure, see [Disassociating a global table replica](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-disassociate.html) in the *Amazon DynamoDB Developer Guide*.
///
/// To confirm successful disassociation, call `DescribeTable` in the replica's Region and verify that `TableStatus` is `ACTIVE` and `Replicas` is absent or empty. If `TableStatus` returns to `ACTIVE` but the response still includes a `Replicas` list, the disassociation did not complete. Check `ReplicaStatus` for a replication-permission or encryption-access problem, resolve it, and retry.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateTable", output = UpdateTableOutput, error = UpdateTableError)]
pub struct UpdateTable {
    /// An array of attributes that describe the key schema for the table and indexes. If you are adding a new global secondary index to the table, `AttributeDefinitions` must include the key element(s) of the new index.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to be updated. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Controls how you are charged for read and write throughput and how you manage capacity. When switching from pay-per-request to provisioned capacity, initial provisioned capacity values must be set. The initial provisioned capacity values are estimated based on the consumed read and write capacity of your table and global secondary indexes over the past 30 minutes.
    ///
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for most DynamoDB workloads. `PAY_PER_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for steady workloads with predictable growth where capacity requirements can be reliably forecasted. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    pub billing_mode: Option<BillingMode>,
    /// The new provisioned throughput settings for the specified table or index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// An array of one or more global secondary indexes for the table. For each index in the array, you can request one action:
    ///
    /// - `Create` - add a new global secondary index to the table.
    /// - `Update` - modify the provisioned throughput settings of an existing global secondary index.
    /// - `Delete` - remove a global secondary index from the table.
    ///
    /// You can create or delete only one global secondary index per `UpdateTable` operation.
    ///
    /// For more information, see [Managing Global Secondary Indexes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html) in the *Amazon DynamoDB Developer Guide*.
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexUpdate>>,
    /// Represents the DynamoDB Streams configuration for the table.
    ///
    /// **Note:** You receive a `ValidationException` if you try to enable a stream on a table that already has a stream, or if you try to disable a stream on a table that doesn't have a stream.
    pub stream_specification: Option<StreamSpecification>,
    /// The new server-side encryption settings for the specified table.
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SseSpecification>,
    /// A list of replica update actions (create, delete, update, or disassociate) for the table.
    pub replica_updates: Option<Vec<ReplicationGroupUpdate>>,
    /// The table class of the table to be updated. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies the consistency mode for a new global table. This parameter is only valid when you create a global table by specifying one or more [Create](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html#DDB-Type-ReplicationGroupUpdate-Create) actions in the [ReplicaUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#DDB-UpdateTable-request-ReplicaUpdates) action list.
    ///
    /// You can specify one of the following consistency modes:
    ///
    /// - `EVENTUAL`: Configures a new global table for multi-Region eventual consistency (MREC). This is the default consistency mode for global tables.
    /// - `STRONG`: Configures a new global table for multi-Region strong consistency (MRSC).
    ///
    /// If you don't specify this field, the global table consistency mode defaults to `EVENTUAL`. For more information about global tables consistency modes, see [Consistency modes](https://docs.aws.amazon.com/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in DynamoDB developer guide.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// A list of witness updates for a MRSC global table. A witness provides a cost-effective alternative to a full replica in a MRSC global table by maintaining replicated change data written to global table replicas. You cannot perform read or write operations on a witness. For each witness, you can request one action:
    ///
    /// - `Create` - add a new witness to the global table.
    /// - `Delete` - remove a witness from the global table.
    ///
    /// You can create or delete only one witness per `UpdateTable` operation.
    ///
    /// For more information, see [Multi-Region strong consistency (MRSC)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in the Amazon DynamoDB Developer Guide
    pub global_table_witness_updates: Option<Vec<GlobalTableWitnessGroupUpdate>>,
    /// Updates the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput (in read units per second and write units per second) for updating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// Controls the settings replication mode for a global table replica. This attribute can be defined using UpdateTable operation only on a regional table with values:
    ///
    /// - `ENABLED`: Defines settings replication on a regional table to be used as a source table for creating Multi-Account Global Table.
    /// - `DISABLED`: Remove settings replication on a regional table. Settings replication needs to be defined to ENABLED again in order to create a Multi-Account Global Table using this table.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Specifies whether disassociation protection is enabled (`true`) or disabled (`false`) for the local replica of a multi-Region eventual consistency (MREC) global table using Version 2019.11.21.
    ///
    /// Disassociation protection is enabled by default. If you omit this parameter, the existing setting is unchanged. This setting is independent of `DeletionProtectionEnabled`.
    ///
    /// You can't combine this change with any other change in the same `UpdateTable` request.
    pub disassociation_protection_enabled: Option<bool>,
    /// A list of vector indexes to be added to or removed from the table. You can add or remove one vector index for each `UpdateTable` operation.
    ///
    /// To add a vector index, specify `IndexName`, `VectorAttribute`, `Dimensions`, `DistanceFunction`, and `Projection`. To remove a vector index, specify only the `IndexName`.
    pub vector_index_updates: Option<Vec<VectorIndexUpdate>>,
}

/// The response to [`UpdateTable`].
///
/// Represents the output of an `UpdateTable` operation.
#[awsop::aws_shape(output, eq)]
pub struct UpdateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateTable`].
#[awsop::aws_error]
pub enum UpdateTableError {
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateTableReplicaAutoScaling -----------------------------------------

/// Updates auto scaling settings on your global tables at once.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateTableReplicaAutoScaling", output = UpdateTableReplicaAutoScalingOutput, error = UpdateTableReplicaAutoScalingError)]
pub struct UpdateTableReplicaAutoScaling {
    /// Represents the auto scaling settings of the global secondary indexes of the replica to be updated.
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexAutoScalingUpdate>>,
    /// The name of the global table to be updated. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
    /// Represents the auto scaling settings of replicas of the table that will be modified.
    pub replica_updates: Option<Vec<ReplicaAutoScalingUpdate>>,
}

/// The response to [`UpdateTableReplicaAutoScaling`].
#[awsop::aws_shape(output)]
pub struct UpdateTableReplicaAutoScalingOutput {
    /// Returns information about the auto scaling settings of a table with replicas.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateTableReplicaAutoScaling`].
#[awsop::aws_error]
pub enum UpdateTableReplicaAutoScalingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateTimeToLive ------------------------------------------------------

/// The `UpdateTimeToLive` method enables or disables Time to Live (TTL) for the specified table. A successful `UpdateTimeToLive` call returns the current `TimeToLiveSpecification`. It can take up to one hour for the change to fully process. Any additional `UpdateTimeToLive` calls for the same table during this one hour duration result in a `ValidationException`.
///
/// TTL compares the current time in epoch time format to the time stored in the TTL attribute of an item. If the epoch time value stored in the attribute is less than the current time, the item is marked as expired and subsequently deleted.
///
/// **Note:** The epoch time format is the number of seconds elapsed since 12:00:00 AM January 1, 1970 UTC.
///
/// DynamoDB deletes expired items on a best-effort basis to ensure availability of throughput for other data operations.
///
/// **Important:** DynamoDB typically deletes expired items within two days of expiration. The exact duration within which an item gets deleted after expiration is specific to the nature of the workload. Items that have expired and not been deleted will still show up in reads, queries, and scans.
///
/// As items are deleted, they are removed from any local secondary index and global secondary index immediately in the same eventually consistent way as a standard delete operation.
///
/// For more information, see [Time To Live](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html) in the Amazon DynamoDB Developer Guide.
#[awsop::aws_operation(service = crate::DynamoDb, target = "UpdateTimeToLive", output = UpdateTimeToLiveOutput, error = UpdateTimeToLiveError)]
pub struct UpdateTimeToLive {
    /// The name of the table to be configured. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the settings used to enable or disable Time to Live for the specified table.
    pub time_to_live_specification: TimeToLiveSpecification,
}

/// The response to [`UpdateTimeToLive`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateTimeToLiveOutput {
    /// Represents the output of an `UpdateTimeToLive` operation.
    pub time_to_live_specification: Option<TimeToLiveSpecification>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateTimeToLive`].
#[awsop::aws_error]
pub enum UpdateTimeToLiveError {
    /// [`ResourceInUseException`]: the service returned `ResourceInUseException`.
    ResourceInUseException(ResourceInUseException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalServerError`]: the service returned `InternalServerError`.
    InternalServerError(InternalServerError),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}
