//! The structures the operations share.

use crate::*;

/// Contains details of a table archival operation.
#[awsop::aws_shape(output, eq)]
pub struct ArchivalSummary {
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format.
    pub archival_date_time: Option<awsop::time::DateTime>,
    /// The reason DynamoDB archived the table. Currently, the only possible value is:
    ///
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The table was archived due to the table's KMS key being inaccessible for more than seven days. An On-Demand backup was created at the archival time.
    pub archival_reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in the archival reason. If you wish to restore this backup to the same table name, you will need to delete the original table.
    pub archival_backup_arn: Option<String>,
}

/// Represents an attribute for describing the schema for the table and indexes.
#[awsop::aws_shape(eq)]
pub struct AttributeDefinition {
    /// A name for the attribute.
    pub attribute_name: String,
    /// The data type for the attribute, where:
    ///
    /// - `S` - the attribute is of type String
    /// - `N` - the attribute is of type Number
    /// - `B` - the attribute is of type Binary
    pub attribute_type: ScalarAttributeType,
}

/// Represents the data for an attribute.
///
/// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
///
/// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_shape(eq)]
pub struct AttributeValue {
    /// An attribute of type String. For example:
    ///
    /// `"S": "Hello"`
    pub s: Option<String>,
    /// An attribute of type Number. For example:
    ///
    /// `"N": "123.45"`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    pub n: Option<String>,
    /// An attribute of type Binary. For example:
    ///
    /// `"B": "dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"`
    pub b: Option<awsop::wire::Blob>,
    /// An attribute of type String Set. For example:
    ///
    /// `"SS": ["Giraffe", "Hippo" ,"Zebra"]`
    #[aws(rename = "SS")]
    pub ss: Option<Vec<String>>,
    /// An attribute of type Number Set. For example:
    ///
    /// `"NS": ["42.2", "-19", "7.5", "3.14"]`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    #[aws(rename = "NS")]
    pub ns: Option<Vec<String>>,
    /// An attribute of type Binary Set. For example:
    ///
    /// `"BS": ["U3Vubnk=", "UmFpbnk=", "U25vd3k="]`
    #[aws(rename = "BS")]
    pub bs: Option<Vec<awsop::wire::Blob>>,
    /// An attribute of type Map. For example:
    ///
    /// `"M": {"Name": {"S": "Joe"}, "Age": {"N": "35"}}`
    pub m: Option<std::collections::HashMap<String, AttributeValue>>,
    /// An attribute of type List. For example:
    ///
    /// `"L": [ {"S": "Cookies"} , {"S": "Coffee"}, {"N": "3.14159"}]`
    pub l: Option<Vec<AttributeValue>>,
    /// An attribute of type Null. For example:
    ///
    /// `"NULL": true`
    #[aws(rename = "NULL")]
    pub null: Option<bool>,
    /// An attribute of type Boolean. For example:
    ///
    /// `"BOOL": true`
    #[aws(rename = "BOOL")]
    pub bool: Option<bool>,
}

/// For the `UpdateItem` operation, represents the attributes to be modified, the action to perform on each, and the new value for each.
///
/// **Note:** You cannot use `UpdateItem` to update any primary key attributes. Instead, you will need to delete the item, and then use `PutItem` to create a new item with new attributes.
///
/// Attribute values cannot be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests with empty values will be rejected with a `ValidationException` exception.
#[awsop::aws_shape]
pub struct AttributeValueUpdate {
    /// Represents the data for an attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: Option<AttributeValue>,
    /// Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`, and `ADD`. The behavior depends on whether the specified primary key already exists in the table.
    ///
    /// **If an item with the specified *Key* is found in the table:**
    ///
    /// - `PUT` - Adds the specified attribute to the item. If the attribute already exists, it is replaced by the new value.
    /// - `DELETE` - If no value is specified, the attribute and its value are removed from the item. The data type of the specified value must match the existing value's data type.
    ///
    ///   If a *set* of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `[a,b,c]` and the `DELETE` action specified `[a,c]`, then the final attribute value would be `[b]`. Specifying an empty set is an error.
    /// - `ADD` - If the attribute does not already exist, then the attribute and its values are added to the item. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    ///   - If the existing attribute is a number, and if `Value` is also a number, then the `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute.
    ///
    ///     **Note:** If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses 0 as the initial value.
    ///
    ///     In addition, if you use `ADD` to update an existing item, and intend to increment or decrement an attribute value which does not yet exist, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update does not yet have an attribute named *itemcount*, but you decide to `ADD` the number `3` to this attribute anyway, even though it currently does not exist. DynamoDB will create the *itemcount* attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new *itemcount* attribute in the item, with a value of `3`.
    ///   - If the existing data type is a set, and if the `Value` is also a set, then the `Value` is added to the existing set. (This is a *set* operation, not mathematical addition.) For example, if the attribute value was the set `[1,2]`, and the `ADD` action specified `[3]`, then the final attribute value would be `[1,2,3]`. An error occurs if an Add action is specified for a set attribute and the attribute type specified does not match the existing set type.
    ///
    ///     Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings. The same holds true for number sets and binary sets.
    ///
    ///   This action is only valid for an existing attribute whose data type is number or is a set. Do not use `ADD` for any other data types.
    ///
    /// **If no item with the specified *Key* is found:**
    ///
    /// - `PUT` - DynamoDB creates a new item with the specified primary key, and then adds the attribute.
    /// - `DELETE` - Nothing happens; there is no attribute to delete.
    /// - `ADD` - DynamoDB creates a new item with the supplied primary key and number (or set) for the attribute value. The only data types allowed are number, number set, string set or binary set.
    pub action: Option<AttributeAction>,
}

/// Represents the properties of the scaling policy.
#[awsop::aws_shape(output)]
pub struct AutoScalingPolicyDescription {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        Option<AutoScalingTargetTrackingScalingPolicyConfigurationDescription>,
}

/// Represents the auto scaling policy to be modified.
#[awsop::aws_shape]
pub struct AutoScalingPolicyUpdate {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
}

/// Represents the auto scaling settings for a global table or global secondary index.
#[awsop::aws_shape(output)]
pub struct AutoScalingSettingsDescription {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring the auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// Information about the scaling policies.
    pub scaling_policies: Option<Vec<AutoScalingPolicyDescription>>,
}

/// Represents the auto scaling settings to be modified for a global table or global secondary index.
#[awsop::aws_shape]
pub struct AutoScalingSettingsUpdate {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// The scaling policy to apply for scaling target global table or global secondary index capacity units.
    pub scaling_policy_update: Option<AutoScalingPolicyUpdate>,
}

/// Represents the properties of a target tracking scaling policy.
#[awsop::aws_shape(output)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true, scale in is disabled and the target tracking policy won't remove capacity from the scalable resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start. The cooldown period is used to block subsequent scale in requests until it has expired. You should scale in conservatively to protect your application's availability. However, if another alarm triggers a scale out policy during the cooldown period after a scale-in, application auto scaling scales out your scalable target immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start. While the cooldown period is in effect, the capacity that has been added by the previous scale out event that initiated the cooldown is calculated as part of the desired capacity for the next scale out. You should continuously (but not excessively) scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}

/// Represents the settings of a target tracking scaling policy that will be modified.
#[awsop::aws_shape]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true, scale in is disabled and the target tracking policy won't remove capacity from the scalable resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start. The cooldown period is used to block subsequent scale in requests until it has expired. You should scale in conservatively to protect your application's availability. However, if another alarm triggers a scale out policy during the cooldown period after a scale-in, application auto scaling scales out your scalable target immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start. While the cooldown period is in effect, the capacity that has been added by the previous scale out event that initiated the cooldown is calculated as part of the desired capacity for the next scale out. You should continuously (but not excessively) scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}

/// Contains the description of the backup created for the table.
#[awsop::aws_shape(output, eq)]
pub struct BackupDescription {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// Contains the details of the table when the backup was created.
    pub source_table_details: Option<SourceTableDetails>,
    /// Contains the details of the features enabled on the table when the backup was created. For example, LSIs, GSIs, streams, TTL.
    pub source_table_feature_details: Option<SourceTableFeatureDetails>,
}

/// Contains the details of the backup created for the table.
#[awsop::aws_shape(output, eq)]
pub struct BackupDetails {
    /// ARN associated with the backup.
    pub backup_arn: String,
    /// Name of the requested backup.
    pub backup_name: String,
    /// Size of the backup in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub backup_size_bytes: Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: BackupStatus,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a `SYSTEM` backup is automatically created and is retained for 35 days (at no additional cost). System backups allow you to restore the deleted table to the state it was in just before the point of deletion.
    /// - `AWS_BACKUP` - On-demand backup created by you from Backup service.
    pub backup_type: BackupType,
    /// Time at which the backup was created. This is the request time of the backup.
    pub backup_creation_date_time: awsop::time::DateTime,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<awsop::time::DateTime>,
}

/// Contains details for the backup.
#[awsop::aws_shape(output, eq)]
pub struct BackupSummary {
    /// Name of the table.
    pub table_name: Option<String>,
    /// Unique identifier for the table.
    pub table_id: Option<String>,
    /// ARN associated with the table.
    pub table_arn: Option<String>,
    /// ARN associated with the backup.
    pub backup_arn: Option<String>,
    /// Name of the specified backup.
    pub backup_name: Option<String>,
    /// Time at which the backup was created.
    pub backup_creation_date_time: Option<awsop::time::DateTime>,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<awsop::time::DateTime>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: Option<BackupStatus>,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a `SYSTEM` backup is automatically created and is retained for 35 days (at no additional cost). System backups allow you to restore the deleted table to the state it was in just before the point of deletion.
    /// - `AWS_BACKUP` - On-demand backup created by you from Backup service.
    pub backup_type: Option<BackupType>,
    /// Size of the backup in bytes.
    pub backup_size_bytes: Option<i64>,
}

/// An error associated with a statement in a PartiQL batch that was run.
#[awsop::aws_shape(output)]
pub struct BatchStatementError {
    /// The error code associated with the failed PartiQL batch statement.
    pub code: Option<BatchStatementErrorCodeEnum>,
    /// The error message associated with the PartiQL batch response.
    pub message: Option<String>,
    /// The item which caused the condition check to fail. This will be set if ReturnValuesOnConditionCheckFailure is specified as `ALL_OLD`.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
}

/// A PartiQL batch statement request.
#[awsop::aws_shape]
pub struct BatchStatementRequest {
    /// A valid PartiQL statement.
    pub statement: String,
    /// The parameters associated with a PartiQL statement in the batch request.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The read consistency of the PartiQL batch request.
    pub consistent_read: Option<bool>,
    /// An optional parameter that returns the item attributes for a PartiQL batch request operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// A PartiQL batch statement response..
#[awsop::aws_shape(output)]
pub struct BatchStatementResponse {
    /// The error associated with a failed PartiQL batch statement.
    pub error: Option<BatchStatementError>,
    /// The table name associated with a failed PartiQL batch statement.
    pub table_name: Option<String>,
    /// A DynamoDB item associated with a BatchStatementResponse
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
}

/// Contains the details for the read/write capacity mode. This page talks about `PROVISIONED` and `PAY_PER_REQUEST` billing modes. For more information about these modes, see [Read/write capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html).
///
/// **Note:** You may need to switch to on-demand mode at least once in order to return a `BillingModeSummary` response.
#[awsop::aws_shape(output, eq)]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We recommend using `PROVISIONED` for predictable workloads.
    /// - `PAY_PER_REQUEST` - Sets the read/write capacity mode to `PAY_PER_REQUEST`. We recommend using `PAY_PER_REQUEST` for unpredictable workloads.
    pub billing_mode: Option<BillingMode>,
    /// Represents the time when `PAY_PER_REQUEST` was last set as the read/write capacity mode.
    pub last_update_to_pay_per_request_date_time: Option<awsop::time::DateTime>,
}

/// Contains the bulk put bytes used during a bulk operation.
#[awsop::aws_shape(output, eq)]
pub struct BulkOperationBytes {
    /// The number of bulk put bytes.
    pub bulk_put_bytes: Option<i64>,
}

/// Contains detailed information about a bulk operation.
#[awsop::aws_shape(output)]
pub struct BulkOperationDescription {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    pub bulk_operation_arn: Option<String>,
    /// The current status of the bulk operation can be one of the following values:
    ///
    /// **IN\_PROGRESS**
    ///
    /// DynamoDB is processing the input.
    ///
    /// **COMPLETED**
    ///
    /// The bulk operation finished without parsing or validation errors. Condition-check failures do not cause the operation to complete with errors.
    ///
    /// **COMPLETED\_WITH\_ERRORS**
    ///
    /// The bulk operation finished, but DynamoDB couldn't process at least one input item because of a parsing or validation error. When you enable `ERROR` output, DynamoDB writes the details to the configured Amazon S3 output location.
    ///
    /// **CANCELLING**
    ///
    /// DynamoDB accepted a cancellation request and is stopping the operation.
    ///
    /// **CANCELLED**
    ///
    /// DynamoDB stopped the operation after a cancellation request.
    ///
    /// **FAILED**
    ///
    /// The bulk operation failed. DynamoDB might write some items before the operation reaches this status. See [FailureCode](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BulkOperationDescription.html#DDB-Type-BulkOperationDescription-FailureCode) and [FailureMessage](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BulkOperationDescription.html#DDB-Type-BulkOperationDescription-FailureMessage) for details.
    pub bulk_operation_status: Option<BulkOperationStatus>,
    /// A list containing identifying information for the table targeted by the bulk operation.
    pub table_details: Option<Vec<BulkOperationTableDetail>>,
    /// The idempotency token associated with the start request.
    pub client_token: Option<String>,
    /// The Amazon S3 input configuration associated with the bulk operation.
    pub input_s3_configuration: Option<InputS3Configuration>,
    /// The Amazon S3 output configuration associated with the bulk operation.
    pub output_s3_configuration: Option<OutputS3Configuration>,
    /// The time when DynamoDB accepted the start request.
    pub start_time: Option<awsop::time::DateTime>,
    /// The time when the operation reached a terminal status. DynamoDB omits this value while the operation remains in progress.
    pub end_time: Option<awsop::time::DateTime>,
    /// The number of input items that DynamoDB has processed. This count includes successful writes, parsing or validation failures, and condition-check failures.
    pub processed_item_count: Option<i64>,
    /// The number of bytes that DynamoDB has read from the Amazon S3 input objects.
    pub processed_input_bytes: Option<i64>,
    /// The total size, in bytes, of the Amazon S3 input objects. DynamoDB omits this value until the initial input-size calculation completes.
    pub total_input_bytes: Option<i64>,
    /// Usage information for the table and its indexes.
    pub bulk_operation_usage: Option<Vec<BulkOperationUsage>>,
    /// The number of processed input items that failed because of parsing or validation errors. This count is included in `ProcessedItemCount`. Condition-check failures do not increase this count.
    pub failed_item_count: Option<i64>,
    /// A code that identifies why the bulk operation failed or was cancelled. DynamoDB returns this value only when `BulkOperationStatus` is `FAILED` or `CANCELLED`.
    pub failure_code: Option<String>,
    /// A message that describes why the bulk operation failed or was cancelled. DynamoDB returns this value only when `BulkOperationStatus` is `FAILED` or `CANCELLED`.
    pub failure_message: Option<String>,
    /// The maximum write request unit rate configured for the bulk operation.
    pub max_write_request_units: Option<i64>,
    /// The performance tier selected for the bulk operation. Valid values are `STANDARD` and `ACCELERATED`. If the start request omitted this value, DynamoDB uses `STANDARD`.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}

/// Contains summary information about a bulk operation.
#[awsop::aws_shape(output, eq)]
pub struct BulkOperationSummary {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    pub bulk_operation_arn: String,
    /// The current status of the bulk operation.
    pub bulk_operation_status: BulkOperationStatus,
    /// The time when DynamoDB accepted the start request.
    pub start_time: awsop::time::DateTime,
    /// The time when the operation reached a terminal status. DynamoDB omits this value while the operation remains in progress.
    pub end_time: Option<awsop::time::DateTime>,
}

/// Contains identifying information for a table associated with a bulk operation.
#[awsop::aws_shape(output, eq)]
pub struct BulkOperationTableDetail {
    /// The name or ARN of the table associated with the bulk operation.
    pub table_name: Option<String>,
    /// The unique identifier of the table associated with the bulk operation.
    pub table_id: Option<String>,
}

/// Contains the bytes used during a bulk operation, including a breakdown for the table and its indexes.
#[awsop::aws_shape(output, eq)]
pub struct BulkOperationUsage {
    /// The name or ARN of the table associated with the reported usage.
    pub table_name: Option<String>,
    /// The total number of bulk put bytes used by the operation. This value excludes bulk put vector bytes.
    pub bulk_put_bytes: Option<i64>,
    /// The number of bulk put bytes for the table, excluding its indexes.
    pub table: Option<BulkOperationBytes>,
    /// The bulk put bytes used on each local secondary index affected by the operation, keyed by index name.
    pub local_secondary_indexes: Option<std::collections::HashMap<String, BulkOperationBytes>>,
    /// The bulk put bytes used on each global secondary index affected by the operation, keyed by index name.
    pub global_secondary_indexes: Option<std::collections::HashMap<String, BulkOperationBytes>>,
    /// The bulk put vector bytes used on each vector index affected by the operation, keyed by index name.
    pub vector_indexes: Option<std::collections::HashMap<String, BulkOperationVectorBytes>>,
}

/// Contains the bulk put vector bytes used by a vector index during a bulk operation.
#[awsop::aws_shape(output, eq)]
pub struct BulkOperationVectorBytes {
    /// The number of bulk put vector bytes used on the vector index.
    pub bulk_put_vector_bytes: Option<i64>,
}

/// An ordered list of errors for each item in the request which caused the transaction to get cancelled. The values of the list are ordered according to the ordering of the `TransactWriteItems` request parameter. If no error occurred for the associated item an error with a Null code and Null message will be present.
#[awsop::aws_shape(output)]
pub struct CancellationReason {
    /// Item in the request which caused the transaction to get cancelled.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Status code for the result of the cancelled transaction.
    pub code: Option<String>,
    /// Cancellation reason message description.
    pub message: Option<String>,
}

/// Represents the amount of provisioned throughput capacity consumed on a table or an index.
#[awsop::aws_shape(output)]
pub struct Capacity {
    /// The total number of read capacity units consumed on a table or an index.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    pub write_capacity_units: Option<f64>,
    /// The total number of capacity units consumed on a table or an index.
    pub capacity_units: Option<f64>,
}

/// Represents the selection criteria for a `Query` or `Scan` operation:
///
/// - For a `Query` operation, `Condition` is used for specifying the `KeyConditions` to use when querying a table or an index. For `KeyConditions`, only the following comparison operators are supported:
///
///   `EQ | LE | LT | GE | GT | BEGINS_WITH | BETWEEN`
///
///   `Condition` is also used in a `QueryFilter`, which evaluates the query results and returns only the desired values.
/// - For a `Scan` operation, `Condition` is used in a `ScanFilter`, which evaluates the scan results and returns only the desired values.
#[awsop::aws_shape]
pub struct Condition {
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [<http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters>](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
    /// A comparator for evaluating attributes. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `LE` : Less than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `LT` : Less than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GE` : Greater than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GT` : Greater than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types, including lists and maps.
    ///
    ///   **Note:** This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT_NULL` comparison operator.
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps.
    ///
    ///   **Note:** This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set.
    ///
    ///   CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set.
    ///
    ///   NOT\_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `BEGINS_WITH` : Checks for a prefix.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    /// - `IN` : Checks for matching elements in a list.
    ///
    ///   `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value.
    ///
    ///   `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    ///
    /// For usage examples of `AttributeValueList` and `ComparisonOperator`, see [Legacy Conditional Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html) in the *Amazon DynamoDB Developer Guide*.
    pub comparison_operator: ComparisonOperator,
}

/// Represents a request to perform a check that an item exists or to check the condition of specific attributes of the item.
#[awsop::aws_shape]
pub struct ConditionCheck {
    /// The primary key of the item to be checked. Each element consists of an attribute name and a value for that attribute.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// Name of the table for the check item request. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed. For more information, see [Condition expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: String,
    /// One or more substitution tokens for attribute names in an expression. For more information, see [Expression attribute names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression. For more information, see [Condition expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `ConditionCheck` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The capacity units consumed by an operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the request asked for it. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_shape(output)]
pub struct ConsumedCapacity {
    /// The name of the table that was affected by the operation. If you had specified the Amazon Resource Name (ARN) of a table in the input, you'll see the table ARN in the response.
    pub table_name: Option<String>,
    /// The total number of capacity units consumed by the operation.
    pub capacity_units: Option<f64>,
    /// The total number of read capacity units consumed by the operation.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed by the operation.
    pub write_capacity_units: Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    pub table: Option<Capacity>,
    /// The amount of throughput consumed on each local index affected by the operation.
    pub local_secondary_indexes: Option<std::collections::HashMap<String, Capacity>>,
    /// The amount of throughput consumed on each global index affected by the operation.
    pub global_secondary_indexes: Option<std::collections::HashMap<String, Capacity>>,
    /// The amount of throughput consumed on each vector index affected by the operation. Each entry contains `VectorWriteRequestBytes` (for write operations) or `VectorSearchRequestBytes` (for search operations).
    pub vector_indexes: Option<std::collections::HashMap<String, VectorCapacity>>,
}

/// Represents the continuous backups and point in time recovery settings on the table.
#[awsop::aws_shape(output, eq)]
pub struct ContinuousBackupsDescription {
    /// `ContinuousBackupsStatus` can be one of the following states: ENABLED, DISABLED
    pub continuous_backups_status: ContinuousBackupsStatus,
    /// The description of the point in time recovery settings applied to the table.
    pub point_in_time_recovery_description: Option<PointInTimeRecoveryDescription>,
}

/// Represents a Contributor Insights summary entry.
#[awsop::aws_shape(output, eq)]
pub struct ContributorInsightsSummary {
    /// Name of the table associated with the summary.
    pub table_name: Option<String>,
    /// Name of the index associated with the summary, if any.
    pub index_name: Option<String>,
    /// Describes the current status for contributor insights for the given table and index, if applicable.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Indicates the current mode of CloudWatch Contributor Insights, specifying whether it tracks all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// Represents a new global secondary index to be added to an existing table.
#[awsop::aws_shape(eq)]
pub struct CreateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be created.
    pub index_name: String,
    /// The key schema for the global secondary index. Global secondary index supports up to 4 partition and up to 4 sort keys.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the global secondary index being created. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both. You must use either `OnDemand Throughput` or `ProvisionedThroughput` based on your table's capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) when creating a secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Specifies the action to add a new witness Region to a MRSC global table. A MRSC global table can be configured with either three replicas, or with two replicas and one witness.
#[awsop::aws_shape(eq)]
pub struct CreateGlobalTableWitnessGroupMemberAction {
    /// The Amazon Web Services Region name to be added as a witness Region for the MRSC global table. The witness must be in a different Region than the replicas and within the same Region set:
    ///
    /// - US Region set: US East (N. Virginia), US East (Ohio), US West (Oregon)
    /// - EU Region set: Europe (Ireland), Europe (London), Europe (Paris), Europe (Frankfurt)
    /// - AP Region set: Asia Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Osaka)
    pub region_name: String,
}

/// Represents a replica to be added.
#[awsop::aws_shape(eq)]
pub struct CreateReplicaAction {
    /// The Region of the replica to be added.
    pub region_name: String,
}

/// Represents a replica to be created.
#[awsop::aws_shape(eq)]
pub struct CreateReplicationGroupMemberAction {
    /// The Region where the new replica will be created.
    pub region_name: String,
    /// The KMS key that should be used for KMS encryption in the new replica. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key `alias/aws/dynamodb`.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// The maximum on-demand throughput settings for the specified replica table being created. You can only modify `MaxReadRequestUnits`, because you can't modify `MaxWriteRequestUnits` for individual replica tables.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}

/// A new vector index to be added to a table.
#[awsop::aws_shape(eq)]
pub struct CreateVectorIndexAction {
    /// The name of the vector index. Must be unique within the table.
    pub index_name: String,
    /// The attribute that contains vector embeddings. If multiple vector indexes reference the same attribute, they must all use the same number of dimensions.
    pub vector_attribute: VectorAttributeDefinition,
    /// The partition key and inline filter attribute definitions for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    pub dimensions: i64,
    /// The distance function used to calculate similarity. Valid values: `COSINE`, `EUCLIDEAN`, `DOT_PRODUCT`.
    pub distance_function: VectorDistanceFunction,
}

/// Processing options for the CSV file being imported.
#[awsop::aws_shape(eq)]
pub struct CsvOptions {
    /// The delimiter used for separating items in the CSV file being imported.
    pub delimiter: Option<String>,
    /// List of the headers used to specify a common header for all source CSV files being imported. If this field is specified then the first line of each CSV file is treated as data instead of the header. If this field is not specified the the first line of each CSV file is treated as the header.
    pub header_list: Option<Vec<String>>,
}

/// Represents a request to perform a `DeleteItem` operation.
#[awsop::aws_shape]
pub struct Delete {
    /// The primary key of the item to be deleted. Each element consists of an attribute name and a value for that attribute.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// Name of the table in which the item to be deleted resides. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional delete to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Delete` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents a global secondary index to be deleted from an existing table.
#[awsop::aws_shape(eq)]
pub struct DeleteGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be deleted.
    pub index_name: String,
}

/// Specifies the action to remove a witness Region from a MRSC global table. You cannot delete a single witness from a MRSC global table - you must delete both a replica and the witness together. The deletion of both a witness and replica converts the remaining replica to a single-Region DynamoDB table.
#[awsop::aws_shape(eq)]
pub struct DeleteGlobalTableWitnessGroupMemberAction {
    /// The witness Region name to be removed from the MRSC global table.
    pub region_name: String,
}

/// Represents a replica to be removed.
#[awsop::aws_shape(eq)]
pub struct DeleteReplicaAction {
    /// The Region of the replica to be removed.
    pub region_name: String,
}

/// Represents a replica to be deleted.
#[awsop::aws_shape(eq)]
pub struct DeleteReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
}

/// Represents a request to perform a `DeleteItem` operation on an item.
#[awsop::aws_shape]
pub struct DeleteRequest {
    /// A map of attribute name to attribute values, representing the primary key of the item to delete. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema.
    pub key: std::collections::HashMap<String, AttributeValue>,
}

/// A vector index to be removed from a table.
#[awsop::aws_shape(eq)]
pub struct DeleteVectorIndexAction {
    /// The name of the vector index to delete.
    pub index_name: String,
}

/// The parameters for disassociating the local replica from a global table using Version 2019.11.21 with multi-Region eventual consistency (MREC).
///
/// After disassociation completes, the replica remains a standalone regional table that keeps its data, indexes, and table settings.
///
/// For request requirements, see [UpdateTable](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html). For prerequisites, the protection update, and completion checks, see [Disassociating a global table replica](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-disassociate.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_shape(eq)]
pub struct DisassociateReplicationGroupMemberAction {
    /// The Region of the replica to disassociate. Set this value to the Region where you send the `UpdateTable` request. You must use credentials for the account that owns the replica.
    pub region_name: String,
    /// The mode for handling pending replication before disassociation completes. You must specify `WAIT_FOR_REPLICATION`. For more information, see [Disassociating a global table replica](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-disassociate.html) in the *Amazon DynamoDB Developer Guide*.
    pub disassociation_mode: DisassociationMode,
}

/// Enables setting the configuration for Kinesis Streaming.
#[awsop::aws_shape(eq)]
pub struct EnableKinesisStreamingConfiguration {
    /// Toggle for the precision of Kinesis data stream timestamp. The values are either `MILLISECOND` or `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// An endpoint information details.
#[awsop::aws_shape(output, eq)]
pub struct Endpoint {
    /// IP address of the endpoint.
    pub address: String,
    /// Endpoint cache time to live (TTL) value.
    pub cache_period_in_minutes: i64,
}

/// Represents a condition to be compared with an attribute value. This condition can be used with `DeleteItem`, `PutItem`, or `UpdateItem` operations; if the comparison evaluates to true, the operation succeeds; if not, the operation fails. You can use `ExpectedAttributeValue` in one of two different ways:
///
/// - Use `AttributeValueList` to specify one or more values to compare against an attribute. Use `ComparisonOperator` to specify how you want to perform the comparison. If the comparison evaluates to true, then the conditional operation succeeds.
/// - Use `Value` to specify a value that DynamoDB will compare against an attribute. If the values match, then `ExpectedAttributeValue` evaluates to true and the conditional operation succeeds. Optionally, you can also set `Exists` to false, indicating that you *do not* expect to find the attribute value in the table. In this case, the conditional operation succeeds only if the comparison evaluates to false.
///
/// `Value` and `Exists` are incompatible with `AttributeValueList` and `ComparisonOperator`. Note that if you use both sets of parameters at once, DynamoDB will return a `ValidationException` exception.
#[awsop::aws_shape]
pub struct ExpectedAttributeValue {
    /// Represents the data for the expected attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: Option<AttributeValue>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation:
    ///
    /// - If `Exists` is `true`, DynamoDB will check to see if that attribute value already exists in the table. If it is found, then the operation succeeds. If it is not found, the operation fails with a `ConditionCheckFailedException`.
    /// - If `Exists` is `false`, DynamoDB assumes that the attribute value does not exist in the table. If in fact the value does not exist, then the assumption is valid and the operation succeeds. If the value is found, despite the assumption that it does not exist, the operation fails with a `ConditionCheckFailedException`.
    ///
    /// The default setting for `Exists` is `true`. If you supply a `Value` all by itself, DynamoDB assumes the attribute exists: You don't have to set `Exists` to `true`, because it is implied.
    ///
    /// DynamoDB returns a `ValidationException` if:
    ///
    /// - `Exists` is `true` but there is no `Value` to check. (You expect a value to exist, but don't specify what that value is.)
    /// - `Exists` is `false` but you also provide a `Value`. (You cannot expect an attribute to have a value, while also expecting it not to exist.)
    pub exists: Option<bool>,
    /// A comparator for evaluating attributes in the `AttributeValueList`. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `LE` : Less than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `LT` : Less than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GE` : Greater than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GT` : Greater than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types, including lists and maps.
    ///
    ///   **Note:** This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT_NULL` comparison operator.
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps.
    ///
    ///   **Note:** This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set.
    ///
    ///   CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set.
    ///
    ///   NOT\_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `BEGINS_WITH` : Checks for a prefix.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    /// - `IN` : Checks for matching elements in a list.
    ///
    ///   `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value.
    ///
    ///   `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    pub comparison_operator: Option<ComparisonOperator>,
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [<http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters>](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    ///
    /// For information on specifying data types in JSON, see [JSON Data Format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataFormat.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
}

/// Represents the properties of the exported table.
#[awsop::aws_shape(output)]
pub struct ExportDescription {
    /// The Amazon Resource Name (ARN) of the table export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The time at which the export task began.
    pub start_time: Option<awsop::time::DateTime>,
    /// The time at which the export task completed.
    pub end_time: Option<awsop::time::DateTime>,
    /// The name of the manifest file for the export task.
    pub export_manifest: Option<String>,
    /// The Amazon Resource Name (ARN) of the table that was exported.
    pub table_arn: Option<String>,
    /// Unique ID of the table that was exported.
    pub table_id: Option<String>,
    /// Point in time from which table data was exported.
    pub export_time: Option<awsop::time::DateTime>,
    /// The client token that was provided for the export task. A client token makes calls to `ExportTableToPointInTimeInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket containing the export.
    pub s3_bucket: Option<String>,
    /// The ID of the Amazon Web Services account that owns the bucket containing the export.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix used as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data is stored. Valid values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    /// - `KMS` - server-side encryption with KMS managed keys
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data is stored (if applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// Status code for the result of the failed export.
    pub failure_code: Option<String>,
    /// Export failure reason description.
    pub failure_message: Option<String>,
    /// The format of the exported data. Valid values for `ExportFormat` are `DYNAMODB_JSON` or `ION`.
    pub export_format: Option<ExportFormat>,
    /// The billable size of the table export.
    pub billed_size_bytes: Option<i64>,
    /// The number of items exported.
    pub item_count: Option<i64>,
    /// The type of export that was performed. Valid values are `FULL_EXPORT` or `INCREMENTAL_EXPORT`.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The filter criteria applied to the export. When present, only items that match the specified key conditions and filter expressions are included in the export output.
    pub filter_specification: Option<FilterSpecification>,
}

/// Summary information about an export task.
#[awsop::aws_shape(output, eq)]
pub struct ExportSummary {
    /// The Amazon Resource Name (ARN) of the export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The type of export that was performed. Valid values are `FULL_EXPORT` or `INCREMENTAL_EXPORT`.
    pub export_type: Option<ExportType>,
}

/// Represents a failure a contributor insights operation.
#[awsop::aws_shape(output, eq)]
pub struct FailureException {
    /// Exception name.
    pub exception_name: Option<String>,
    /// Description of the failure.
    pub exception_description: Option<String>,
}

/// Contains the filter criteria used to limit which items are included in an export. If you don't include this parameter, all items and attributes are exported.
#[awsop::aws_shape]
pub struct FilterSpecification {
    /// A condition that filters which items are included in the export. This parameter uses the same syntax as `FilterExpression` in `Query` and `Scan`. If you don't provide `KeyConditionExpression`, this expression can also reference key attributes. If you don't specify this parameter, all items are included in the export.
    pub filter_expression: Option<String>,
    /// The attributes you want to retrieve for items included in the export. Separate attribute names in the expression with commas. If you don't specify this parameter, all attributes are returned.
    pub projection_expression: Option<String>,
    /// A condition expression that filters items by key values. The expression must test equality on a single partition key value and can optionally compare a sort key value. This parameter uses the same syntax as `KeyConditionExpression` in `Query`. When you provide this parameter, `FilterExpression` can only reference non-key attributes. If you don't specify this parameter, all items are eligible for export.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. For more information, see [Expression Attribute Names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html) in the Amazon DynamoDB Developer Guide.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression. For more information, see [Expression Attribute Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html) in the Amazon DynamoDB Developer Guide.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
}

/// Specifies an item and related attribute values to retrieve in a `TransactGetItem` object.
#[awsop::aws_shape]
pub struct Get {
    /// A map of attribute names to `AttributeValue` objects that specifies the primary key of the item to retrieve.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// The name of the table from which to retrieve the specified item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A string that identifies one or more attributes of the specified item to retrieve from the table. The attributes in the expression must be separated by commas. If no attribute names are specified, then all attributes of the specified item are returned. If any of the requested attributes are not found, they do not appear in the result.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in the ProjectionExpression parameter.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
}

/// Represents the properties of a global secondary index.
#[awsop::aws_shape(eq)]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index. You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's capacity mode.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both. You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond`, `WriteUnitsPerSecond`, or both.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Represents the auto scaling settings of a global secondary index for a global table that will be modified.
#[awsop::aws_shape]
pub struct GlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a global secondary index.
#[awsop::aws_shape(output, eq)]
pub struct GlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// The current state of the global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The index is being updated.
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// Indicates whether the index is currently backfilling. *Backfilling* is the process of reading items from the table and determining whether they can be added to the index. (Not all items will qualify: For example, a partition key cannot have any duplicate values.) If an item can be added to the index, DynamoDB will do so. After all items have been processed, the backfilling operation is complete and `Backfilling` is false.
    ///
    /// You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false.
    ///
    /// **Note:** For indexes that were created during a `CreateTable` operation, the `Backfilling` attribute does not appear in the `DescribeTable` output.
    pub backfilling: Option<bool>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index for the table when the backup was created.
#[awsop::aws_shape(output, eq)]
pub struct GlobalSecondaryIndexInfo {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
}

/// Represents one of the following:
///
/// - A new global secondary index to be added to an existing table.
/// - New provisioned throughput parameters for an existing global secondary index.
/// - An existing global secondary index to be removed from an existing table.
#[awsop::aws_shape(eq)]
pub struct GlobalSecondaryIndexUpdate {
    /// The name of an existing global secondary index, along with new provisioned throughput settings to be applied to that index.
    pub update: Option<UpdateGlobalSecondaryIndexAction>,
    /// The parameters required for creating a global secondary index on an existing table:
    ///
    /// - `IndexName`
    /// - `KeySchema`
    /// - `AttributeDefinitions`
    /// - `Projection`
    /// - `ProvisionedThroughput`
    pub create: Option<CreateGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index to be removed.
    pub delete: Option<DeleteGlobalSecondaryIndexAction>,
}

/// The description of the warm throughput value on a global secondary index.
#[awsop::aws_shape(output, eq)]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    /// Represents warm throughput read units per second value for a global secondary index.
    pub read_units_per_second: Option<i64>,
    /// Represents warm throughput write units per second value for a global secondary index.
    pub write_units_per_second: Option<i64>,
    /// Represents the warm throughput status being created or updated on a global secondary index. The status can only be `UPDATING` or `ACTIVE`.
    pub status: Option<IndexStatus>,
}

/// Represents the properties of a global table.
#[awsop::aws_shape(output, eq)]
pub struct GlobalTable {
    /// The global table name.
    pub global_table_name: Option<String>,
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<Replica>>,
}

/// Contains details about the global table.
#[awsop::aws_shape(output, eq)]
pub struct GlobalTableDescription {
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<ReplicaDescription>>,
    /// The unique identifier of the global table.
    pub global_table_arn: Option<String>,
    /// The creation time of the global table.
    pub creation_date_time: Option<awsop::time::DateTime>,
    /// The current state of the global table:
    ///
    /// - `CREATING` - The global table is being created.
    /// - `UPDATING` - The global table is being updated.
    /// - `DELETING` - The global table is being deleted.
    /// - `ACTIVE` - The global table is ready for use.
    pub global_table_status: Option<GlobalTableStatus>,
    /// The global table name.
    pub global_table_name: Option<String>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[awsop::aws_shape]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException.`
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a witness Region in a MRSC global table.
#[awsop::aws_shape(output, eq)]
pub struct GlobalTableWitnessDescription {
    /// The name of the Amazon Web Services Region that serves as a witness for the MRSC global table.
    pub region_name: Option<String>,
    /// The current status of the witness Region in the MRSC global table.
    pub witness_status: Option<WitnessStatus>,
}

/// Represents one of the following:
///
/// - A new witness to be added to a new global table.
/// - An existing witness to be removed from an existing global table.
///
/// You can configure one witness per MRSC global table.
#[awsop::aws_shape(eq)]
pub struct GlobalTableWitnessGroupUpdate {
    /// Specifies a witness Region to be added to a new MRSC global table. The witness must be added when creating the MRSC global table.
    pub create: Option<CreateGlobalTableWitnessGroupMemberAction>,
    /// Specifies a witness Region to be removed from an existing global table. Must be done in conjunction with removing a replica. The deletion of both a witness and replica converts the remaining replica to a single-Region DynamoDB table.
    pub delete: Option<DeleteGlobalTableWitnessGroupMemberAction>,
}

/// Summary information about the source file for the import.
#[awsop::aws_shape(output, eq)]
pub struct ImportSummary {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import operation.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The path and S3 bucket of the source file that is being imported. This includes the S3Bucket (required), S3KeyPrefix (optional) and S3BucketOwner (optional if the bucket is owned by the requester).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with this import task.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data. Valid values are `CSV`, `DYNAMODB_JSON` or `ION`.
    pub input_format: Option<InputFormat>,
    /// The time at which this import task began.
    pub start_time: Option<awsop::time::DateTime>,
    /// The time at which this import task ended.
    pub end_time: Option<awsop::time::DateTime>,
}

/// Represents the properties of the table being imported into.
#[awsop::aws_shape(output, eq)]
pub struct ImportTableDescription {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The table id corresponding to the table created by import table process.
    pub table_id: Option<String>,
    /// The client token that was provided for the import task. Reusing the client token on retry makes a call to `ImportTable` idempotent.
    pub client_token: Option<String>,
    /// Values for the S3 bucket the source file is imported from. Includes bucket name (required), key prefix (optional) and bucket account owner ID (optional).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The number of errors occurred on importing the source file into the target table.
    pub error_count: Option<i64>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with the target table.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data going into the target table.
    pub input_format: Option<InputFormat>,
    /// The format options for the data that was imported into the target table. There is one value, CsvOption.
    pub input_format_options: Option<InputFormatOptions>,
    /// The compression options for the data that has been imported into the target table. The values are NONE, GZIP, or ZSTD.
    pub input_compression_type: Option<InputCompressionType>,
    /// The parameters for the new table that is being imported into.
    pub table_creation_parameters: Option<TableCreationParameters>,
    /// The time when this import task started.
    pub start_time: Option<awsop::time::DateTime>,
    /// The time at which the creation of the table associated with this import task completed.
    pub end_time: Option<awsop::time::DateTime>,
    /// The total size of data processed from the source file, in Bytes.
    pub processed_size_bytes: Option<i64>,
    /// The total number of items processed from the source file.
    pub processed_item_count: Option<i64>,
    /// The number of items successfully imported into the new table.
    pub imported_item_count: Option<i64>,
    /// The error code corresponding to the failure that the import job ran into during execution.
    pub failure_code: Option<String>,
    /// The error message corresponding to the failure that the import job ran into during execution.
    pub failure_message: Option<String>,
}

/// Optional object containing the parameters specific to an incremental export.
#[awsop::aws_shape(eq)]
pub struct IncrementalExportSpecification {
    /// Time in the past which provides the inclusive start range for the export table's data, counted in seconds from the start of the Unix epoch. The incremental export will reflect the table's state including and after this point in time.
    pub export_from_time: Option<awsop::time::DateTime>,
    /// Time in the past which provides the exclusive end range for the export table's data, counted in seconds from the start of the Unix epoch. The incremental export will reflect the table's state just prior to this point in time. If this is not provided, the latest time with data available will be used.
    pub export_to_time: Option<awsop::time::DateTime>,
    /// The view type that was chosen for the export. Valid values are `NEW_AND_OLD_IMAGES` and `NEW_IMAGES`. The default value is `NEW_AND_OLD_IMAGES`.
    ///
    /// `NEW_AND_OLD_IMAGES` exports both the new and old images of each changed item, while `NEW_IMAGES` exports only the new (latest) image. The view type you choose determines the structure of each item in the output for `insert`, `update`, and `delete` operations. For details and examples of how each view type shapes the export output, see [DynamoDB table export output format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html) in the *Amazon DynamoDB Developer Guide*.
    pub export_view_type: Option<ExportViewType>,
}

/// The format options for the data that was imported into the target table. There is one value, CsvOption.
#[awsop::aws_shape(eq)]
pub struct InputFormatOptions {
    /// The options for imported source files in CSV format. The values are Delimiter and HeaderList.
    pub csv: Option<CsvOptions>,
}

/// Contains the Amazon S3 location and format settings for bulk operation input. The `S3Bucket` and `InputFormat` fields are required.
#[awsop::aws_shape(eq)]
pub struct InputS3Configuration {
    /// The Amazon Web Services account ID of the input bucket owner. If you omit this value, DynamoDB uses the Amazon Web Services account ID of the requester.
    ///
    /// **Note:** `S3BucketOwner` is required when the bucket is owned by another Amazon Web Services account.
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket that contains the input objects.
    pub s3_bucket: String,
    /// An optional key prefix that limits the input to matching objects in the Amazon S3 bucket.
    pub s3_key_prefix: Option<String>,
    /// The format of the input objects. `DYNAMODB_JSON` uses JSON Lines, with one JSON record per line. `ION` uses a sequence of Ion structs.
    pub input_format: BulkOperationInputFormat,
    /// The compression type of the input objects. Valid values are `GZIP`, `ZSTD`, and `NONE`. If you don't specify a value, DynamoDB uses `NONE`.
    pub input_compression_type: Option<InputCompressionType>,
}

/// Information about item collections, if any, that were affected by the operation. `ItemCollectionMetrics` is only returned if the request asked for it. If the table does not have any local secondary indexes, this information is not returned in the response.
#[awsop::aws_shape(output)]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection. This value is the same as the partition key value of the item.
    pub item_collection_key: Option<std::collections::HashMap<String, AttributeValue>>,
    /// An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    #[aws(rename = "SizeEstimateRangeGB")]
    pub size_estimate_range_gb: Option<Vec<f64>>,
}

/// Details for the requested item.
#[awsop::aws_shape(output)]
pub struct ItemResponse {
    /// Map of attribute data consisting of the data type and attribute value.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
}

/// Represents *a single element* of a key schema. A key schema specifies the attributes that make up the primary key of a table, or the key attributes of an index.
///
/// A `KeySchemaElement` represents exactly one attribute of the primary key. For example, a simple primary key would be represented by one `KeySchemaElement` (for the partition key). A composite primary key would require one `KeySchemaElement` for the partition key, and another `KeySchemaElement` for the sort key.
///
/// A `KeySchemaElement` must be a scalar, top-level attribute (not a nested attribute). The data type must be one of String, Number, or Binary. The attribute cannot be nested within a List or a Map.
#[awsop::aws_shape(eq)]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    pub attribute_name: String,
    /// The role that this key attribute will assume:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_type: KeyType,
}

/// Represents a set of primary keys and, for each key, the attributes to retrieve from the table.
///
/// For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide the partition key. For a composite primary key, you must provide *both* the partition key and the sort key.
#[awsop::aws_shape]
pub struct KeysAndAttributes {
    /// The primary key attribute values that define the items and the attributes associated with the items.
    pub keys: Vec<std::collections::HashMap<String, AttributeValue>>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [Legacy Conditional Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the `ProjectionExpression` must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
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
    /// For more information on expression attribute names, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
}

/// Describes a Kinesis data stream destination.
#[awsop::aws_shape(output, eq)]
pub struct KinesisDataStreamDestination {
    /// The ARN for a specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of replication.
    pub destination_status: Option<DestinationStatus>,
    /// The human-readable string that corresponds to the replica status.
    pub destination_status_description: Option<String>,
    /// The precision of the Kinesis data stream timestamp. The values are either `MILLISECOND` or `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// Represents the properties of a local secondary index.
#[awsop::aws_shape(eq)]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
}

/// Represents the properties of a local secondary index.
#[awsop::aws_shape(output, eq)]
pub struct LocalSecondaryIndexDescription {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
}

/// Represents the properties of a local secondary index for the table when the backup was created.
#[awsop::aws_shape(output, eq)]
pub struct LocalSecondaryIndexInfo {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a local secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
}

/// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
#[awsop::aws_shape(eq)]
pub struct OnDemandThroughput {
    /// Maximum number of read request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxReadRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxReadRequestUnits` to -1.
    pub max_read_request_units: Option<i64>,
    /// Maximum number of write request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxWriteRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxWriteRequestUnits` to -1.
    pub max_write_request_units: Option<i64>,
}

/// Overrides the on-demand throughput settings for this replica table. If you don't specify a value for this parameter, it uses the source table's on-demand throughput settings.
#[awsop::aws_shape(eq)]
pub struct OnDemandThroughputOverride {
    /// Maximum number of read request units for the specified replica table.
    pub max_read_request_units: Option<i64>,
}

/// Contains the Amazon S3 location, encryption settings, and output types for a bulk operation. The `S3Bucket` and `OutputType` fields are required.
#[awsop::aws_shape(eq)]
pub struct OutputS3Configuration {
    /// The Amazon Web Services account ID of the output bucket owner. If you omit this value, DynamoDB uses the Amazon Web Services account ID of the requester.
    ///
    /// **Note:** `S3BucketOwner` is required when the bucket is owned by another Amazon Web Services account.
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket where DynamoDB writes output records.
    pub s3_bucket: Option<String>,
    /// An optional key prefix under which DynamoDB writes the output records.
    pub s3_key_prefix: Option<String>,
    /// The server-side encryption algorithm for the output objects. Valid values are `AES256` and `KMS`. If you don't specify a value, Amazon S3 applies the destination bucket's default encryption settings.
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The identifier of the KMS key that encrypts the output objects. Specify this value when `S3SseAlgorithm` is `KMS`. Don't specify it when the algorithm is `AES256`.
    pub s3_sse_kms_key_id: Option<String>,
    /// The following values describe the types of output that DynamoDB writes for individual input items. Include one or both values.
    ///
    /// **ERROR**
    ///
    /// Reports input records or input objects that DynamoDB couldn't process. This includes malformed input and item validation failures, such as a missing or incorrectly typed primary key attribute or an item that exceeds a DynamoDB limit.
    ///
    /// **CONDITION\_CHECK\_FAILURE**
    ///
    /// Reports the attempted item and, when present, the existing item for a write whose condition expression evaluates to false.
    pub output_type: Vec<OutputTypeEnum>,
}

/// Represents a PartiQL statement that uses parameters.
#[awsop::aws_shape]
pub struct ParameterizedStatement {
    /// A PartiQL statement that uses parameters.
    pub statement: String,
    /// The parameter values.
    pub parameters: Option<Vec<AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL `ParameterizedStatement` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The description of the point in time settings applied to the table.
#[awsop::aws_shape(output, eq)]
pub struct PointInTimeRecoveryDescription {
    /// The current state of point in time recovery:
    ///
    /// - `ENABLED` - Point in time recovery is enabled.
    /// - `DISABLED` - Point in time recovery is disabled.
    pub point_in_time_recovery_status: Option<PointInTimeRecoveryStatus>,
    /// The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional.
    pub recovery_period_in_days: Option<i32>,
    /// Specifies the earliest point in time you can restore your table to. You can restore your table to any point in time during the last 35 days.
    pub earliest_restorable_date_time: Option<awsop::time::DateTime>,
    /// `LatestRestorableDateTime` is typically 5 minutes before the current time.
    pub latest_restorable_date_time: Option<awsop::time::DateTime>,
}

/// Represents the settings used to enable point in time recovery.
#[awsop::aws_shape(eq)]
pub struct PointInTimeRecoverySpecification {
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
    pub point_in_time_recovery_enabled: bool,
    /// The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional. If no value is provided, the value will default to 35.
    pub recovery_period_in_days: Option<i32>,
}

/// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
#[awsop::aws_shape(eq)]
pub struct Projection {
    /// The set of attributes that are projected into the index:
    ///
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the secondary index will include other non-key attributes that you specify.
    /// - `ALL` - All of the table attributes are projected into the index.
    ///
    /// When using the DynamoDB console, `ALL` is selected by default.
    pub projection_type: Option<ProjectionType>,
    /// Represents the non-key attribute names which will be projected into the index.
    ///
    /// For global and local secondary indexes, the total count of `NonKeyAttributes` summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    pub non_key_attributes: Option<Vec<String>>,
}

/// Represents the provisioned throughput settings for the specified global secondary index. You must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity mode.
///
/// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_shape(eq)]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    pub write_capacity_units: i64,
}

/// Represents the provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
#[awsop::aws_shape(output, eq)]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput increase for this table.
    pub last_increase_date_time: Option<awsop::time::DateTime>,
    /// The date and time of the last provisioned throughput decrease for this table.
    pub last_decrease_date_time: Option<awsop::time::DateTime>,
    /// The number of provisioned throughput decreases for this table during this UTC calendar day. For current maximums on provisioned throughput decreases, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub number_of_decreases_today: Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. Eventually consistent reads require less effort than strongly consistent reads, so a setting of 50 `ReadCapacityUnits` per second provides 100 eventually consistent `ReadCapacityUnits` per second.
    ///
    /// For a table or global secondary index that uses on-demand capacity mode (`PAY_PER_REQUEST`), this value is `0`, because on-demand mode does not use provisioned throughput.
    pub read_capacity_units: Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`.
    ///
    /// For a table or global secondary index that uses on-demand capacity mode (`PAY_PER_REQUEST`), this value is `0`, because on-demand mode does not use provisioned throughput.
    pub write_capacity_units: Option<i64>,
}

/// Replica-specific provisioned throughput settings. If not specified, uses the source table's provisioned throughput settings.
#[awsop::aws_shape(eq)]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units. If not specified, uses the source table's read capacity settings.
    pub read_capacity_units: Option<i64>,
}

/// Represents a request to perform a `PutItem` operation.
#[awsop::aws_shape]
pub struct Put {
    /// A map of attribute name to attribute values, representing the primary key of the item to be written by `PutItem`. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema. If any attributes are present in the item that are part of an index key schema for the table, their types must match the index key schema.
    pub item: std::collections::HashMap<String, AttributeValue>,
    /// Name of the table in which to write the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Put` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents a request to perform a `PutItem` operation on an item.
#[awsop::aws_shape]
pub struct PutRequest {
    /// A map of attribute name to attribute values, representing the primary key of an item to be processed by `PutItem`. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema. If any attributes are present in the item that are part of an index key schema for the table, their types must match the index key schema.
    pub item: std::collections::HashMap<String, AttributeValue>,
}

/// Represents the properties of a replica.
#[awsop::aws_shape(eq)]
pub struct Replica {
    /// The Region where the replica needs to be created.
    pub region_name: Option<String>,
}

/// Represents the auto scaling settings of the replica.
#[awsop::aws_shape(output)]
pub struct ReplicaAutoScalingDescription {
    /// The Region where the replica exists.
    pub region_name: Option<String>,
    /// Replica-specific global secondary index auto scaling settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingDescription>>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    /// - `UPDATING` - The replica is being updated.
    /// - `DELETING` - The replica is being deleted.
    /// - `ACTIVE` - The replica is ready for use.
    pub replica_status: Option<ReplicaStatus>,
}

/// Represents the auto scaling settings of a replica that will be modified.
#[awsop::aws_shape]
pub struct ReplicaAutoScalingUpdate {
    /// The Region where the replica exists.
    pub region_name: String,
    /// Represents the auto scaling settings of global secondary indexes that will be modified.
    pub replica_global_secondary_index_updates:
        Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingUpdate>>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub replica_provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Contains the details of the replica.
#[awsop::aws_shape(output, eq)]
pub struct ReplicaDescription {
    /// The name of the Region.
    pub region_name: Option<String>,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    /// - `UPDATING` - The replica is being updated.
    /// - `DELETING` - The replica is being deleted.
    /// - `ACTIVE` - The replica is ready for use.
    /// - `REGION_DISABLED` - The replica is inaccessible because the Amazon Web Services Region has been disabled.
    ///
    ///   **Note:** If the Amazon Web Services Region remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table is inaccessible.
    ///
    ///   **Note:** If the KMS key remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    pub replica_status: Option<ReplicaStatus>,
    /// The Amazon Resource Name (ARN) of the global table replica.
    pub replica_arn: Option<String>,
    /// Detailed information about the replica status.
    pub replica_status_description: Option<String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a percentage.
    pub replica_status_percent_progress: Option<String>,
    /// The KMS key of the replica that will be used for KMS encryption.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not described, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput value for this replica.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// The time at which the replica was first detected as inaccessible. To determine cause of inaccessibility check the `ReplicaStatus` property.
    pub replica_inaccessible_date_time: Option<awsop::time::DateTime>,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
    /// Indicates one of the settings synchronization modes for the global table replica:
    ///
    /// - `ENABLED`: Indicates that the settings synchronization mode for the global table replica is enabled.
    /// - `DISABLED`: Indicates that the settings synchronization mode for the global table replica is disabled.
    /// - `ENABLED_WITH_OVERRIDES`: This mode is set by default for a same account global table. Indicates that certain global table settings can be overridden.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
}

/// Represents the properties of a replica global secondary index.
#[awsop::aws_shape(eq)]
pub struct ReplicaGlobalSecondaryIndex {
    /// The name of the global secondary index.
    pub index_name: String,
    /// Replica table GSI-specific provisioned throughput. If not specified, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
}

/// Represents the auto scaling configuration for a replica global secondary index.
#[awsop::aws_shape(output)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The current state of the replica global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The table/index configuration is being updated. The table/index remains available for data operations when `UPDATING`
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the auto scaling settings of a global secondary index for a replica that will be modified.
#[awsop::aws_shape]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica global secondary index.
#[awsop::aws_shape(output, eq)]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// If not described, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput of the global secondary index for this replica.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index.
#[awsop::aws_shape(output)]
pub struct ReplicaGlobalSecondaryIndexSettingsDescription {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The current status of the global secondary index:
    ///
    /// - `CREATING` - The global secondary index is being created.
    /// - `UPDATING` - The global secondary index is being updated.
    /// - `DELETING` - The global secondary index is being deleted.
    /// - `ACTIVE` - The global secondary index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[awsop::aws_shape]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica.
#[awsop::aws_shape(output)]
pub struct ReplicaSettingsDescription {
    /// The Region name of the replica.
    pub region_name: String,
    /// The current state of the Region:
    ///
    /// - `CREATING` - The Region is being created.
    /// - `UPDATING` - The Region is being updated.
    /// - `DELETING` - The Region is being deleted.
    /// - `ACTIVE` - The Region is ready for use.
    pub replica_status: Option<ReplicaStatus>,
    /// The read/write capacity mode of the replica.
    pub replica_billing_mode_summary: Option<BillingModeSummary>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's write capacity units.
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// Replica global secondary index settings for the global table.
    pub replica_global_secondary_index_settings:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsDescription>>,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
}

/// Represents the settings for a global table in a Region that will be modified.
#[awsop::aws_shape]
pub struct ReplicaSettingsUpdate {
    /// The Region of the replica to be added.
    pub region_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    pub replica_global_secondary_index_settings_update:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsUpdate>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub replica_table_class: Option<TableClass>,
}

/// Represents one of the following:
///
/// - A new replica to be added to an existing global table.
/// - New parameters for an existing replica.
/// - An existing replica to be removed from an existing global table.
#[awsop::aws_shape(eq)]
pub struct ReplicaUpdate {
    /// The parameters required for creating a replica on an existing global table.
    pub create: Option<CreateReplicaAction>,
    /// The name of the existing replica to be removed.
    pub delete: Option<DeleteReplicaAction>,
}

/// Represents one of the following:
///
/// - A new replica to be added to an existing regional table or global table. This request invokes the `CreateTableReplica` action in the destination Region.
/// - New parameters for an existing replica. This request invokes the `UpdateTable` action in the destination Region.
/// - An existing replica to be deleted. The request invokes the `DeleteTableReplica` action in the destination Region, deleting the replica and all if its items in the destination Region.
/// - The local replica to be disassociated from a global table and retained as a standalone regional table.
///
/// Each `ReplicationGroupUpdate` contains exactly one action. A `Disassociate` action must be the only replica update in the request; including other updates causes the request to fail.
///
/// **Note:** When you manually remove a table or global table replica, you do not automatically remove any associated scalable targets, scaling policies, or CloudWatch alarms.
#[awsop::aws_shape(eq)]
pub struct ReplicationGroupUpdate {
    /// The parameters required for creating a replica for the table.
    pub create: Option<CreateReplicationGroupMemberAction>,
    /// The parameters required for updating a replica for the table.
    pub update: Option<UpdateReplicationGroupMemberAction>,
    /// The parameters required for deleting a replica for the table.
    pub delete: Option<DeleteReplicationGroupMemberAction>,
    /// The parameters for disassociating the local replica from the global table and retaining it as a standalone regional table.
    pub disassociate: Option<DisassociateReplicationGroupMemberAction>,
}

/// Contains details for the restore.
#[awsop::aws_shape(output, eq)]
pub struct RestoreSummary {
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    pub source_backup_arn: Option<String>,
    /// The ARN of the source table of the backup that is being restored.
    pub source_table_arn: Option<String>,
    /// Point in time or source backup time.
    pub restore_date_time: awsop::time::DateTime,
    /// Indicates if a restore is in progress or not.
    pub restore_in_progress: bool,
}

/// The S3 bucket that is being imported from.
#[awsop::aws_shape(eq)]
pub struct S3BucketSource {
    /// The account number of the S3 bucket that is being imported from. If the bucket is owned by the requester this is optional.
    pub s3_bucket_owner: Option<String>,
    /// The S3 bucket that is being imported from.
    pub s3_bucket: String,
    /// The key prefix shared by all S3 Objects that are being imported.
    pub s3_key_prefix: Option<String>,
}

/// The description of the server-side encryption status on the specified table.
#[awsop::aws_shape(output, eq)]
pub struct SseDescription {
    /// Represents the current state of server-side encryption. The only supported values are:
    ///
    /// - `ENABLED` - Server-side encryption is enabled.
    /// - `UPDATING` - Server-side encryption is being updated.
    pub status: Option<SseStatus>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    #[aws(rename = "SSEType")]
    pub sse_type: Option<SseType>,
    /// The KMS key ARN used for the KMS encryption.
    #[aws(rename = "KMSMasterKeyArn")]
    pub kms_master_key_arn: Option<String>,
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS key was inaccessible. This attribute will automatically be cleared when DynamoDB detects that the table's KMS key is accessible again. DynamoDB will initiate the table archival process when table's KMS key remains inaccessible for more than seven days from this date.
    pub inaccessible_encryption_date_time: Option<awsop::time::DateTime>,
}

/// Represents the settings used to enable server-side encryption.
#[awsop::aws_shape(eq)]
pub struct SseSpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to `KMS` and an Amazon Web Services managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to Amazon Web Services owned key.
    pub enabled: Option<bool>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    #[aws(rename = "SSEType")]
    pub sse_type: Option<SseType>,
    /// The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key `alias/aws/dynamodb`.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
}

/// A single result from a `SearchVectors` operation.
#[awsop::aws_shape(output)]
pub struct SearchResultItem {
    /// A map of attribute names to `AttributeValue` objects, representing the projected attributes of the item returned by the vector search.
    pub item: Option<std::collections::HashMap<String, AttributeValue>>,
    /// The similarity score for this item relative to the search vector. The interpretation depends on the distance function configured for the vector index.
    pub score: Option<f64>,
}

/// An element in the search schema of a vector index.
#[awsop::aws_shape(eq)]
pub struct SearchSchemaElement {
    /// The name of the attribute.
    pub attribute_name: String,
    /// The role of the attribute in the search schema. Valid values:
    ///
    /// - `HASH` - A partition key that partitions the vector index for independent scaling. When specified, you must provide this attribute's value in the `SearchConditionExpression`.
    /// - `INLINE_FILTER` - An attribute projected into the vector index for filtering at the storage layer during search. Inline filters are optional in the `SearchConditionExpression`.
    pub search_schema_element_type: SearchSchemaElementType,
}

/// Contains the details of the table when the backup was created.
#[awsop::aws_shape(output, eq)]
pub struct SourceTableDetails {
    /// The name of the table for which the backup was created.
    pub table_name: String,
    /// Unique identifier for the table for which the backup was created.
    pub table_id: String,
    /// ARN of the table for which backup was created.
    pub table_arn: Option<String>,
    /// Size of the table in bytes. Note that this is an approximate value.
    pub table_size_bytes: Option<i64>,
    /// Schema of the table.
    pub key_schema: Vec<KeySchemaElement>,
    /// Time when the source table was created.
    pub table_creation_date_time: awsop::time::DateTime,
    /// Read IOPs and Write IOPS on the table when the backup was created.
    pub provisioned_throughput: ProvisionedThroughput,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Number of items in the table. Note that this is an approximate value.
    pub item_count: Option<i64>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We recommend using `PROVISIONED` for predictable workloads.
    /// - `PAY_PER_REQUEST` - Sets the read/write capacity mode to `PAY_PER_REQUEST`. We recommend using `PAY_PER_REQUEST` for unpredictable workloads.
    pub billing_mode: Option<BillingMode>,
}

/// Contains the details of the features enabled on the table when the backup was created. For example, LSIs, GSIs, streams, TTL.
#[awsop::aws_shape(output, eq)]
pub struct SourceTableFeatureDetails {
    /// Represents the LSI properties for the table when the backup was created. It includes the IndexName, KeySchema and Projection for the LSIs on the table at the time of backup.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexInfo>>,
    /// Represents the GSI properties for the table when the backup was created. It includes the IndexName, KeySchema, Projection, and ProvisionedThroughput for the GSIs on the table at the time of backup.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexInfo>>,
    /// Stream settings on the table when the backup was created.
    pub stream_description: Option<StreamSpecification>,
    /// Time to Live settings on the table when the backup was created.
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// The description of the server-side encryption status on the table when the backup was created.
    #[aws(rename = "SSEDescription")]
    pub sse_description: Option<SseDescription>,
    /// The vector index properties for the table at the time the backup was created, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
    pub vector_indexes: Option<Vec<VectorIndexInfo>>,
}

/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[awsop::aws_shape(eq)]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.
    pub stream_enabled: bool,
    /// When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are:
    ///
    /// - `KEYS_ONLY` - Only the key attributes of the modified item are written to the stream.
    /// - `NEW_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    /// - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    /// - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_view_type: Option<StreamViewType>,
}

/// Represents the auto scaling configuration for a global table.
#[awsop::aws_shape(output)]
pub struct TableAutoScalingDescription {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    /// - `UPDATING` - The table is being updated.
    /// - `DELETING` - The table is being deleted.
    /// - `ACTIVE` - The table is ready for use.
    pub table_status: Option<TableStatus>,
    /// Represents replicas of the global table.
    pub replicas: Option<Vec<ReplicaAutoScalingDescription>>,
}

/// Contains details of the table class.
#[awsop::aws_shape(output, eq)]
pub struct TableClassSummary {
    /// The table class of the specified table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// The date and time at which the table class was last updated.
    pub last_update_date_time: Option<awsop::time::DateTime>,
}

/// The parameters for the table created as part of the import operation.
#[awsop::aws_shape(eq)]
pub struct TableCreationParameters {
    /// The name of the table created as part of the import operation.
    pub table_name: String,
    /// The attributes of the table created as part of the import operation.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The primary key and option sort key of the table created as part of the import operation.
    pub key_schema: Vec<KeySchemaElement>,
    /// The billing mode for provisioning the table created as part of the import operation.
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for the specified global secondary index. You must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity mode.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the settings used to enable server-side encryption.
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SseSpecification>,
    /// The Global Secondary Indexes (GSI) of the table to be created as part of the import operation.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// The vector indexes of the table to be created as part of the import operation.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}

/// Represents the properties of a table.
#[awsop::aws_shape(output, eq)]
pub struct TableDescription {
    /// An array of `AttributeDefinition` objects. Each of these objects describes one attribute in the table and index key schema.
    ///
    /// Each `AttributeDefinition` object in this array is composed of:
    ///
    /// - `AttributeName` - The name of the attribute.
    /// - `AttributeType` - The data type for the attribute.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table.
    pub table_name: Option<String>,
    /// The primary key structure for the table. Each `KeySchemaElement` consists of:
    ///
    /// - `AttributeName` - The name of the attribute.
    /// - `KeyType` - The role of the attribute:
    ///   - `HASH` - partition key
    ///   - `RANGE` - sort key
    ///
    ///   **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    ///   The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html#DataModelPrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    /// - `UPDATING` - The table/index configuration is being updated. The table/index remains available for data operations when `UPDATING`.
    /// - `DELETING` - The table is being deleted.
    /// - `ACTIVE` - The table is ready for use.
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table in inaccessible. Table operations may fail due to failure to use the KMS key. DynamoDB will initiate the table archival process when a table's KMS key remains inaccessible for more than seven days.
    /// - `ARCHIVING` - The table is being archived. Operations are not allowed until archival is complete.
    /// - `ARCHIVED` - The table has been archived. See the ArchivalReason for more information.
    pub table_status: Option<TableStatus>,
    /// The date and time when the table was created, in [UNIX epoch time](http://www.epochconverter.com/) format.
    pub creation_date_time: Option<awsop::time::DateTime>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub table_size_bytes: Option<i64>,
    /// The number of items in the specified table. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    pub table_arn: Option<String>,
    /// A unique identifier for the table, in UUID format, generated by DynamoDB when the table is created.
    pub table_id: Option<String>,
    /// Contains the details for the read/write capacity mode.
    pub billing_mode_summary: Option<BillingModeSummary>,
    /// Represents one or more local secondary indexes on the table. Each index is scoped to a given partition key value. Tables with one or more local secondary indexes are subject to an item collection size limit, where the amount of data within a given item collection cannot exceed 10 GB. Each element is composed of:
    ///
    /// - `IndexName` - The name of the local secondary index.
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    /// - `IndexSizeBytes` - Represents the total size of the index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `ItemCount` - Represents the number of items in the index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexDescription>>,
    /// The global secondary indexes, if any, on the table. Each index is scoped to a given partition key value. Each element is composed of:
    ///
    /// - `Backfilling` - If true, then the index is currently in the backfilling phase. Backfilling occurs only when a new global secondary index is added to the table. It is the process by which DynamoDB populates the new index with data from the table. (This attribute does not appear for indexes that were created during a `CreateTable` operation.)
    ///
    ///   You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false. (This attribute does not appear for indexes that were created during a `CreateTable` operation.)
    /// - `IndexName` - The name of the global secondary index.
    /// - `IndexSizeBytes` - The total size of the global secondary index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `IndexStatus` - The current status of the global secondary index:
    ///   - `CREATING` - The index is being created.
    ///   - `UPDATING` - The index is being updated.
    ///   - `DELETING` - The index is being deleted.
    ///   - `ACTIVE` - The index is ready for use.
    /// - `ItemCount` - The number of items in the global secondary index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    ///     - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the secondary index will include other non-key attributes that you specify.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units, along with data about increases and decreases.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexDescription>>,
    /// The current DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// A timestamp, in ISO 8601 format, for this stream.
    ///
    /// Note that `LatestStreamLabel` is not a unique identifier for the stream, because it is possible that a stream from another table might have the same timestamp. However, the combination of the following three elements is guaranteed to be unique:
    ///
    /// - Amazon Web Services customer ID
    /// - Table name
    /// - `StreamLabel`
    pub latest_stream_label: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    pub latest_stream_arn: Option<String>,
    /// Represents the version of [global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) in use, if the table is replicated across Amazon Web Services Regions.
    pub global_table_version: Option<String>,
    /// Represents replicas of the table.
    ///
    /// After a successful disassociation, this list is absent or empty. To confirm disassociation, also verify that `TableStatus` is `ACTIVE`.
    pub replicas: Option<Vec<ReplicaDescription>>,
    /// The witness Region and its current status in the MRSC global table. Only one witness Region can be configured per MRSC global table.
    pub global_table_witnesses: Option<Vec<GlobalTableWitnessDescription>>,
    /// Indicates one of the settings synchronization modes for the global table:
    ///
    /// - `ENABLED`: Indicates that the settings synchronization mode for the global table is enabled.
    /// - `DISABLED`: Indicates that the settings synchronization mode for the global table is disabled.
    /// - `ENABLED_WITH_OVERRIDES`: This mode is set by default for a same account global table. Indicates that certain global table settings can be overridden.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Contains details for the restore.
    pub restore_summary: Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    #[aws(rename = "SSEDescription")]
    pub sse_description: Option<SseDescription>,
    /// Contains information about the table archive.
    pub archival_summary: Option<ArchivalSummary>,
    /// Contains details of the table class.
    pub table_class_summary: Option<TableClassSummary>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies whether disassociation protection is enabled (`true`) or disabled (`false`) for the local global table replica. Protection is enabled by default.
    pub disassociation_protection_enabled: Option<bool>,
    /// The maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Describes the warm throughput value of the base table.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Indicates one of the following consistency modes for a global table:
    ///
    /// - `EVENTUAL`: Indicates that the global table is configured for multi-Region eventual consistency (MREC).
    /// - `STRONG`: Indicates that the global table is configured for multi-Region strong consistency (MRSC).
    ///
    /// If you don't specify this field, the global table consistency mode defaults to `EVENTUAL`. For more information about global tables consistency modes, see [Consistency modes](https://docs.aws.amazon.com/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in DynamoDB developer guide.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// The vector indexes, if any, on the table. Each element is composed of:
    ///
    /// - `IndexName` - The name of the vector index.
    /// - `IndexStatus` - The current status of the vector index: `CREATING`, `ACTIVE`, or `DELETING`.
    /// - `Backfilling` - Specifies whether the index is currently backfilling. During backfill, `SearchVectors` operations might return incomplete results.
    /// - `VectorAttribute` - The attribute that contains vector embeddings.
    /// - `Dimensions` - The number of dimensions in each vector.
    /// - `DistanceFunction` - The distance function used to calculate similarity (`COSINE`, `EUCLIDEAN`, or `DOT_PRODUCT`).
    /// - `SearchSchema` - The partition key and inline filter attributes for the vector index.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the vector index.
    /// - `IndexArn` - The Amazon Resource Name (ARN) that uniquely identifies the index.
    /// - `IndexSizeBytes` - The total size of the vector index, in bytes. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `ItemCount` - The number of items indexed in the vector index. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub vector_indexes: Option<Vec<VectorIndexDescription>>,
}

/// Represents the warm throughput value (in read units per second and write units per second) of the table. Warm throughput is applicable for DynamoDB Standard-IA tables and specifies the minimum provisioned capacity maintained for immediate data access.
#[awsop::aws_shape(output, eq)]
pub struct TableWarmThroughputDescription {
    /// Represents the base table's warm throughput value in read units per second.
    pub read_units_per_second: Option<i64>,
    /// Represents the base table's warm throughput value in write units per second.
    pub write_units_per_second: Option<i64>,
    /// Represents warm throughput value of the base table.
    pub status: Option<TableStatus>,
}

/// Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a single DynamoDB table.
///
/// Amazon Web Services-assigned tag names and values are automatically assigned the `aws:` prefix, which the user cannot assign. Amazon Web Services-assigned tag names do not count towards the tag limit of 50. User-assigned tag names have the prefix `user:` in the Cost Allocation Report. You cannot backdate the application of a tag.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[awsop::aws_shape(eq)]
pub struct Tag {
    /// The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one tag with the same key. If you try to add an existing tag (same key), the existing tag value will be updated to the new value.
    pub key: String,
    /// The value of the tag. Tag values are case-sensitive and can be null.
    pub value: String,
}

/// Represents the specific reason why a DynamoDB request was throttled and the ARN of the impacted resource. This helps identify exactly what resource is being throttled, what type of operation caused it, and why the throttling occurred.
#[awsop::aws_shape(output, eq)]
pub struct ThrottlingReason {
    /// The reason for throttling. The throttling reason follows a specific format: `ResourceType+OperationType+LimitType`:
    ///
    /// - Resource Type (What is being throttled): Table or Index
    /// - Operation Type (What kind of operation): Read or Write
    /// - Limit Type (Why the throttling occurred):
    ///   - `ProvisionedThroughputExceeded`: The request rate is exceeding the [provisioned throughput capacity](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) (read or write capacity units) configured for a table or a global secondary index (GSI) in provisioned capacity mode.
    ///   - `AccountLimitExceeded`: The request rate has caused a table or global secondary index (GSI) in on-demand mode to exceed the [per-table account-level service quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#default-limits-throughput) for read/write throughput in the current Amazon Web Services Region.
    ///   - `KeyRangeThroughputExceeded`: The request rate directed at a specific partition key value has exceeded the [internal partition-level throughput limits](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html), indicating uneven access patterns across the table's or GSI's key space.
    ///   - `MaxOnDemandThroughputExceeded`: The request rate has exceeded the [configured maximum throughput limits](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html) set for a table or index in on-demand capacity mode.
    ///
    /// Examples of complete throttling reasons:
    ///
    /// - TableReadProvisionedThroughputExceeded
    /// - IndexWriteAccountLimitExceeded
    ///
    /// This helps identify exactly what resource is being throttled, what type of operation caused it, and why the throttling occurred.
    #[aws(rename = "reason")]
    pub reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the DynamoDB table or index that experienced the throttling event.
    #[aws(rename = "resource")]
    pub resource: Option<String>,
}

/// The description of the Time to Live (TTL) status on the specified table.
#[awsop::aws_shape(output, eq)]
pub struct TimeToLiveDescription {
    /// The TTL status for the table.
    pub time_to_live_status: Option<TimeToLiveStatus>,
    /// The name of the TTL attribute for items in the table.
    pub attribute_name: Option<String>,
}

/// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
#[awsop::aws_shape(eq)]
pub struct TimeToLiveSpecification {
    /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
    pub enabled: bool,
    /// The name of the TTL attribute used to store the expiration time for items in the table.
    pub attribute_name: String,
}

/// Specifies an item to be retrieved as part of the transaction.
#[awsop::aws_shape]
pub struct TransactGetItem {
    /// Contains the primary key that identifies the item to get, together with the name of the table that contains the item, and optionally the specific attributes of the item to retrieve.
    pub get: Get,
}

/// A list of requests that can perform update, put, delete, or check operations on multiple items in one or more tables atomically.
#[awsop::aws_shape]
pub struct TransactWriteItem {
    /// A request to perform a check item operation.
    pub condition_check: Option<ConditionCheck>,
    /// A request to perform a `PutItem` operation.
    pub put: Option<Put>,
    /// A request to perform a `DeleteItem` operation.
    pub delete: Option<Delete>,
    /// A request to perform an `UpdateItem` operation.
    pub update: Option<Update>,
}

/// Represents a request to perform an `UpdateItem` operation.
#[awsop::aws_shape]
pub struct Update {
    /// The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute.
    pub key: std::collections::HashMap<String, AttributeValue>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new value(s) for them.
    pub update_expression: String,
    /// Name of the table for the `UpdateItem` request. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<std::collections::HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<std::collections::HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Update` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the new provisioned throughput settings to be applied to a global secondary index.
#[awsop::aws_shape(eq)]
pub struct UpdateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be updated.
    pub index_name: String,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Updates the maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value of the new provisioned throughput settings to be applied to a global secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Enables updating the configuration for Kinesis Streaming.
#[awsop::aws_shape(eq)]
pub struct UpdateKinesisStreamingConfiguration {
    /// Enables updating the precision of Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// Represents a replica to be modified.
#[awsop::aws_shape(eq)]
pub struct UpdateReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
    /// The KMS key of the replica that should be used for KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key `alias/aws/dynamodb`.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}

/// The definition of a vector attribute for a vector index.
#[awsop::aws_shape(eq)]
pub struct VectorAttributeDefinition {
    /// The name of the vector attribute.
    pub attribute_name: String,
}

/// The consumed capacity for vector index operations, including vector search request bytes and vector write request bytes.
#[awsop::aws_shape(output)]
pub struct VectorCapacity {
    /// The number of vector search request bytes consumed by a `SearchVectors` operation.
    pub vector_search_request_bytes: Option<f64>,
    /// The number of vector write request bytes consumed when writing to a vector index. Reported for write operations that modify attributes indexed by a vector index.
    pub vector_write_request_bytes: Option<f64>,
}

/// Contains the configuration settings for a vector index, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
#[awsop::aws_shape(eq)]
pub struct VectorIndex {
    /// The name of the vector index.
    pub index_name: String,
    /// The vector attribute configuration for the index.
    pub vector_attribute: VectorAttributeDefinition,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    pub dimensions: i64,
    /// The distance function used to calculate similarity between vectors. Valid values: `COSINE`, `EUCLIDEAN`, `DOT_PRODUCT`.
    pub distance_function: VectorDistanceFunction,
}

/// Contains the current state and configuration of a vector index, including its status, size, item count, and the settings specified when the index was created.
#[awsop::aws_shape(output, eq)]
pub struct VectorIndexDescription {
    /// The name of the vector index.
    pub index_name: Option<String>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The number of dimensions in each vector.
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
    /// The current state of the vector index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `ACTIVE` - The index is ready for use.
    /// - `DELETING` - The index is being deleted.
    pub index_status: Option<IndexStatus>,
    /// Specifies whether the index is currently backfilling. During backfill, `SearchVectors` operations might return incomplete results.
    pub backfilling: Option<bool>,
    /// The total size of the vector index, in bytes. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items indexed in the vector index. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the vector index.
    pub index_arn: Option<String>,
}

/// Contains the configuration of a vector index as it existed at the time a backup was created.
#[awsop::aws_shape(output, eq)]
pub struct VectorIndexInfo {
    /// The name of the vector index.
    pub index_name: Option<String>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The number of dimensions in each vector.
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
}

/// A vector index to be added to or removed from a table.
#[awsop::aws_shape(eq)]
pub struct VectorIndexUpdate {
    /// The configuration for creating a new vector index on the table.
    pub create: Option<CreateVectorIndexAction>,
    /// The configuration for deleting an existing vector index from the table.
    pub delete: Option<DeleteVectorIndexAction>,
}

/// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support. The settings can be modified using the `UpdateTable` operation to meet the throughput requirements of an upcoming peak event.
#[awsop::aws_shape(eq)]
pub struct WarmThroughput {
    /// Represents the number of read operations your base table can instantaneously support.
    pub read_units_per_second: Option<i64>,
    /// Represents the number of write operations your base table can instantaneously support.
    pub write_units_per_second: Option<i64>,
}

/// Represents an operation to perform - either `DeleteItem` or `PutItem`. You can only request one of these operations, not both, in a single `WriteRequest`. If you do need to perform both of these operations, you need to provide two separate `WriteRequest` objects.
#[awsop::aws_shape]
pub struct WriteRequest {
    /// A request to perform a `PutItem` operation.
    pub put_request: Option<PutRequest>,
    /// A request to perform a `DeleteItem` operation.
    pub delete_request: Option<DeleteRequest>,
}
