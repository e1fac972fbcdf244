//! The operations: each request struct, its response and its errors.

use crate::*;

// ---- CancelKeyDeletion -----------------------------------------------------

/// Cancels the deletion of a KMS key. When this operation succeeds, the key state of the KMS key is `Disabled`. To enable the KMS key, use `EnableKey`.
///
/// For more information about scheduling and canceling deletion of a KMS key, see [Deleting KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:CancelKeyDeletion](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `ScheduleKeyDeletion`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "CancelKeyDeletion", output = CancelKeyDeletionResponse, error = CancelKeyDeletionError)]
pub struct CancelKeyDeletion {
    /// Identifies the KMS key whose deletion is being canceled.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`CancelKeyDeletion`].
#[awsop::aws_shape(output, eq)]
pub struct CancelKeyDeletionResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is canceled.
    pub key_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CancelKeyDeletion`].
#[awsop::aws_error]
pub enum CancelKeyDeletionError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ConnectCustomKeyStore -------------------------------------------------

/// Connects or reconnects a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) to its backing key store. For an CloudHSM key store, `ConnectCustomKeyStore` connects the key store to its associated CloudHSM cluster. For an external key store, `ConnectCustomKeyStore` connects the key store to the external key store proxy that communicates with your external key manager.
///
/// The custom key store must be connected before you can create KMS keys in the key store or use the KMS keys it contains. You can disconnect and reconnect a custom key store at any time.
///
/// The connection process for a custom key store can take an extended amount of time to complete. This operation starts the connection process, but it does not wait for it to complete. When it succeeds, this operation quickly returns an HTTP 200 response and a JSON object with no properties. However, this response does not indicate that the custom key store is connected. To get the connection state of the custom key store, use the `DescribeCustomKeyStores` operation.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// The `ConnectCustomKeyStore` operation might fail for various reasons. To find the reason, use the `DescribeCustomKeyStores` operation and see the `ConnectionErrorCode` in the response. For help interpreting the `ConnectionErrorCode`, see `CustomKeyStoresListEntry`.
///
/// To fix the failure, use the `DisconnectCustomKeyStore` operation to disconnect the custom key store, correct the error, use the `UpdateCustomKeyStore` operation if necessary, and then use `ConnectCustomKeyStore` again.
///
/// **CloudHSM key store**
///
/// During the connection process for an CloudHSM key store, KMS finds the CloudHSM cluster that is associated with the custom key store, creates the connection infrastructure, connects to the cluster, logs into the CloudHSM client as the `kmsuser` CU, and rotates its password.
///
/// To connect an CloudHSM key store, its associated CloudHSM cluster must have at least one active HSM. To get the number of active HSMs in a cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation. To add HSMs to the cluster, use the [CreateHsm](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CreateHsm.html) operation. Also, the [`kmsuser` crypto user](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html#concept-kmsuser) (CU) must not be logged into the cluster. This prevents KMS from using this account to log in.
///
/// If you are having trouble connecting or disconnecting a CloudHSM key store, see [Troubleshooting an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html) in the *Key Management Service Developer Guide*.
///
/// **External key store**
///
/// When you connect an external key store that uses public endpoint connectivity, KMS tests its ability to communicate with your external key manager by sending a request via the external key store proxy.
///
/// When you connect to an external key store that uses VPC endpoint service connectivity, KMS establishes the networking elements that it needs to communicate with your external key manager via the external key store proxy. This includes creating an interface endpoint to the VPC endpoint service and a private hosted zone for traffic between KMS and the VPC endpoint service.
///
/// To connect an external key store, KMS must be able to connect to the external key store proxy, the external key store proxy must be able to communicate with your external key manager, and the external key manager must be available for cryptographic operations.
///
/// If you are having trouble connecting or disconnecting an external key store, see [Troubleshooting an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:ConnectCustomKeyStore](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Related operations**
///
/// - `CreateCustomKeyStore`
/// - `DeleteCustomKeyStore`
/// - `DescribeCustomKeyStores`
/// - `DisconnectCustomKeyStore`
/// - `UpdateCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ConnectCustomKeyStore", output = ConnectCustomKeyStoreResponse, error = ConnectCustomKeyStoreError)]
pub struct ConnectCustomKeyStore {
    /// Enter the key store ID of the custom key store that you want to connect. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The response to [`ConnectCustomKeyStore`].
#[awsop::aws_shape(output, eq)]
pub struct ConnectCustomKeyStoreResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ConnectCustomKeyStore`].
#[awsop::aws_error]
pub enum ConnectCustomKeyStoreError {
    /// [`CloudHsmClusterNotActiveException`]: the service returned `CloudHsmClusterNotActiveException`.
    CloudHsmClusterNotActiveException(CloudHsmClusterNotActiveException),
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`CloudHsmClusterInvalidConfigurationException`]: the service returned `CloudHsmClusterInvalidConfigurationException`.
    CloudHsmClusterInvalidConfigurationException(CloudHsmClusterInvalidConfigurationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateAlias -----------------------------------------------------------

/// Creates a friendly name for a KMS key.
///
/// **Note:** Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
///
/// You can use an alias to identify a KMS key in the KMS console, in the `DescribeKey` operation and in [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations), such as `Encrypt` and `GenerateDataKey`. You can also change the KMS key that's associated with the alias (`UpdateAlias`) or delete the alias (`DeleteAlias`) at any time. These operations don't affect the underlying KMS key.
///
/// You can associate the alias with any customer managed key in the same Amazon Web Services Region. Each alias is associated with only one KMS key at a time, but a KMS key can have multiple aliases. A valid KMS key is required. You can't create an alias without a KMS key.
///
/// The alias must be unique in the account and Region, but you can have aliases with the same name in different Regions. For detailed information about aliases, see [Aliases in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html) in the *Key Management Service Developer Guide*.
///
/// This operation does not return a response. To get the alias that you created, use the `ListAliases` operation.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on an alias in a different Amazon Web Services account.
///
/// **Required permissions**
///
/// - [kms:CreateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the alias (IAM policy).
/// - [kms:CreateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the KMS key (key policy).
///
/// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-access.html) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `DeleteAlias`
/// - `ListAliases`
/// - `UpdateAlias`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "CreateAlias", output = CreateAliasResponse, error = CreateAliasError)]
pub struct CreateAlias {
    /// Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias`.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// The `AliasName` value must be string of 1-256 characters. It can contain only alphanumeric characters, forward slashes (/), underscores (\_), and dashes (-). The alias name cannot begin with `alias/aws/`. The `alias/aws/` prefix is reserved for [Amazon Web Services managed keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    pub alias_name: String,
    /// Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key). The KMS key must be in the same Amazon Web Services Region.
    ///
    /// A valid key ID is required. If you supply a null or empty string value, this operation returns an error.
    ///
    /// For help finding the key ID and ARN, see [Find the key ID and key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html) in the **Key Management Service Developer Guide** .
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub target_key_id: String,
}

/// The response to [`CreateAlias`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct CreateAliasResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateAlias`].
#[awsop::aws_error]
pub enum CreateAliasError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`AlreadyExistsException`]: the service returned `AlreadyExistsException`.
    AlreadyExistsException(AlreadyExistsException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidAliasNameException`]: the service returned `InvalidAliasNameException`.
    InvalidAliasNameException(InvalidAliasNameException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateCustomKeyStore --------------------------------------------------

/// Creates a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) backed by a key store that you own and manage. When you use a KMS key in a custom key store for a cryptographic operation, the cryptographic operation is actually performed in your key store using your keys. KMS supports [CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html) backed by an [CloudHSM cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/clusters.html) and [external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html) backed by an external key store proxy and external key manager outside of Amazon Web Services.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// Before you create the custom key store, the required elements must be in place and operational. We recommend that you use the test tools that KMS provides to verify the configuration your external key store proxy. For details about the required elements and verification tests, see [Assemble the prerequisites (for CloudHSM key stores)](https://docs.aws.amazon.com/kms/latest/developerguide/create-keystore.html#before-keystore) or [Assemble the prerequisites (for external key stores)](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keystore.html#xks-requirements) in the *Key Management Service Developer Guide*.
///
/// To create a custom key store, use the following parameters.
///
/// - To create an CloudHSM key store, specify the `CustomKeyStoreName`, `CloudHsmClusterId`, `KeyStorePassword`, and `TrustAnchorCertificate`. The `CustomKeyStoreType` parameter is optional for CloudHSM key stores. If you include it, set it to the default value, `AWS_CLOUDHSM`. For help with failures, see [Troubleshooting an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html) in the *Key Management Service Developer Guide*.
/// - To create an external key store, specify the `CustomKeyStoreName` and a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. Also, specify values for `XksProxyConnectivity`, `XksProxyAuthenticationCredential`, `XksProxyUriEndpoint`, and `XksProxyUriPath`. If your `XksProxyConnectivity` value is `VPC_ENDPOINT_SERVICE`, specify the `XksProxyVpcEndpointServiceName` parameter. For help with failures, see [Troubleshooting an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html) in the *Key Management Service Developer Guide*.
///
/// **Note:** For external key stores:
///
/// Some external key managers provide a simpler method for creating an external key store. For details, see your external key manager documentation.
///
/// When creating an external key store in the KMS console, you can upload a JSON-based proxy configuration file with the desired values. You cannot use a proxy configuration with the `CreateCustomKeyStore` operation. However, you can use the values in the file to help you determine the correct values for the `CreateCustomKeyStore` parameters.
///
/// When the operation completes successfully, it returns the ID of the new custom key store. Before you can use your new custom key store, you need to use the `ConnectCustomKeyStore` operation to connect a new CloudHSM key store to its CloudHSM cluster, or to connect a new external key store to the external key store proxy for your external key manager. Even if you are not going to use your custom key store immediately, you might want to connect it to verify that all settings are correct and then disconnect it until you are ready to use it.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:CreateCustomKeyStore](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy).
///
/// **Related operations:**
///
/// - `ConnectCustomKeyStore`
/// - `DeleteCustomKeyStore`
/// - `DescribeCustomKeyStores`
/// - `DisconnectCustomKeyStore`
/// - `UpdateCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "CreateCustomKeyStore", output = CreateCustomKeyStoreResponse, error = CreateCustomKeyStoreError)]
pub struct CreateCustomKeyStore {
    /// Specifies a friendly name for the custom key store. The name must be unique in your Amazon Web Services account and Region. This parameter is required for all custom key stores.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub custom_key_store_name: String,
    /// Identifies the CloudHSM cluster for an CloudHSM key store. This parameter is required for custom key stores with `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    ///
    /// Enter the cluster ID of any active CloudHSM cluster that is not already associated with a custom key store. To find the cluster ID, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Specifies the certificate for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    ///
    /// Enter the content of the trust anchor certificate for the CloudHSM cluster. This is the content of the `customerCA.crt` file that you created when you [initialized the cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html).
    pub trust_anchor_certificate: Option<String>,
    /// Specifies the `kmsuser` password for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    ///
    /// Enter the password of the [`kmsuser` crypto user (CU) account](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html#concept-kmsuser) in the specified CloudHSM cluster. KMS logs into the cluster as this user to manage key material on your behalf.
    ///
    /// The password must be a string of 7 to 32 characters. Its value is case sensitive.
    ///
    /// This parameter tells KMS the `kmsuser` account password; it does not change the password in the CloudHSM cluster.
    pub key_store_password: Option<awsop::Sensitive<String>>,
    /// Specifies the type of custom key store. The default value is `AWS_CLOUDHSM`.
    ///
    /// For a custom key store backed by an CloudHSM cluster, omit the parameter or enter `AWS_CLOUDHSM`. For a custom key store backed by an external key manager outside of Amazon Web Services, enter `EXTERNAL_KEY_STORE`. You cannot change this property after the key store is created.
    pub custom_key_store_type: Option<CustomKeyStoreType>,
    /// Specifies the endpoint that KMS uses to send requests to the external key store proxy (XKS proxy). This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// The protocol must be HTTPS. KMS communicates on port 443. Do not specify the port in the `XksProxyUriEndpoint` value.
    ///
    /// For external key stores with `XksProxyConnectivity` value of `VPC_ENDPOINT_SERVICE`, specify `https://` followed by the private DNS name of the VPC endpoint service.
    ///
    /// For external key stores with `PUBLIC_ENDPOINT` connectivity, this endpoint must be reachable before you create the custom key store. KMS connects to the external key store proxy while creating the custom key store. For external key stores with `VPC_ENDPOINT_SERVICE` connectivity, KMS connects when you call the `ConnectCustomKeyStore` operation.
    ///
    /// The value of this parameter must begin with `https://`. The remainder can contain upper and lower case letters (A-Z and a-z), numbers (0-9), dots (`.`), and hyphens (`-`). Additional slashes (`/` and `\`) are not permitted.
    ///
    /// **Uniqueness requirements:**
    ///
    /// - The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    /// - An external key store with `PUBLIC_ENDPOINT` connectivity cannot use the same `XksProxyUriEndpoint` value as an external key store with `VPC_ENDPOINT_SERVICE` connectivity in this Amazon Web Services Region.
    /// - Each external key store with `VPC_ENDPOINT_SERVICE` connectivity must have its own private DNS name. The `XksProxyUriEndpoint` value for external key stores with `VPC_ENDPOINT_SERVICE` connectivity (private DNS name) must be unique in the Amazon Web Services account and Region.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Specifies the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key store proxy. This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// The value must start with `/` and must end with `/kms/xks/v1` where `v1` represents the version of the KMS external key store proxy API. This path can include an optional prefix between the required elements such as `/prefix/kms/xks/v1`.
    ///
    /// **Uniqueness requirements:**
    ///
    /// - The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    pub xks_proxy_uri_path: Option<String>,
    /// Specifies the name of the Amazon VPC endpoint service for interface endpoints that is used to communicate with your external key store proxy (XKS proxy). This parameter is required when the value of `CustomKeyStoreType` is `EXTERNAL_KEY_STORE` and the value of `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`.
    ///
    /// The Amazon VPC endpoint service must [fulfill all requirements](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keystore.html#xks-requirements) for use with an external key store.
    ///
    /// **Uniqueness requirements:**
    ///
    /// - External key stores with `VPC_ENDPOINT_SERVICE` connectivity can share an Amazon VPC, but each external key store must have its own VPC endpoint service and private DNS name.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Specifies the Amazon Web Services account ID that owns the Amazon VPC service endpoint for the interface that is used to communicate with your external key store proxy (XKS proxy). This parameter is optional. If not provided, the Amazon Web Services account ID calling the action will be used.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Specifies an authentication credential for the external key store proxy (XKS proxy). This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// The `XksProxyAuthenticationCredential` has two required elements: `RawSecretAccessKey`, a secret key, and `AccessKeyId`, a unique identifier for the `RawSecretAccessKey`. For character requirements, see `XksProxyAuthenticationCredentialType`.
    ///
    /// KMS uses this authentication credential to sign requests to the external key store proxy on your behalf. This credential is unrelated to Identity and Access Management (IAM) and Amazon Web Services credentials.
    ///
    /// This parameter doesn't set or change the authentication credentials on the XKS proxy. It just tells KMS the credential that you established on your external key store proxy. If you rotate your proxy authentication credential, use the `UpdateCustomKeyStore` operation to provide the new credential to KMS.
    pub xks_proxy_authentication_credential: Option<XksProxyAuthenticationCredentialType>,
    /// Indicates how KMS communicates with the external key store proxy. This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// If the external key store proxy uses a public endpoint, specify `PUBLIC_ENDPOINT`. If the external key store proxy uses a Amazon VPC endpoint service for communication with KMS, specify `VPC_ENDPOINT_SERVICE`. For help making this choice, see [Choosing a connectivity option](https://docs.aws.amazon.com/kms/latest/developerguide/choose-xks-connectivity.html) in the *Key Management Service Developer Guide*.
    ///
    /// An Amazon VPC endpoint service keeps your communication with KMS in a private address space entirely within Amazon Web Services, but it requires more configuration, including establishing a Amazon VPC with multiple subnets, a VPC endpoint service, a network load balancer, and a verified private DNS name. A public endpoint is simpler to set up, but it might be slower and might not fulfill your security requirements. You might consider testing with a public endpoint, and then establishing a VPC endpoint service for production tasks. Note that this choice does not determine the location of the external key store proxy. Even if you choose a VPC endpoint service, the proxy can be hosted within the VPC or outside of Amazon Web Services such as in your corporate data center.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}

/// The response to [`CreateCustomKeyStore`].
#[awsop::aws_shape(output, eq)]
pub struct CreateCustomKeyStoreResponse {
    /// A unique identifier for the new custom key store.
    pub custom_key_store_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateCustomKeyStore`].
#[awsop::aws_error]
pub enum CreateCustomKeyStoreError {
    /// [`CloudHsmClusterInUseException`]: the service returned `CloudHsmClusterInUseException`.
    CloudHsmClusterInUseException(CloudHsmClusterInUseException),
    /// [`CustomKeyStoreNameInUseException`]: the service returned `CustomKeyStoreNameInUseException`.
    CustomKeyStoreNameInUseException(CustomKeyStoreNameInUseException),
    /// [`CloudHsmClusterNotFoundException`]: the service returned `CloudHsmClusterNotFoundException`.
    CloudHsmClusterNotFoundException(CloudHsmClusterNotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`CloudHsmClusterNotActiveException`]: the service returned `CloudHsmClusterNotActiveException`.
    CloudHsmClusterNotActiveException(CloudHsmClusterNotActiveException),
    /// [`IncorrectTrustAnchorException`]: the service returned `IncorrectTrustAnchorException`.
    IncorrectTrustAnchorException(IncorrectTrustAnchorException),
    /// [`CloudHsmClusterInvalidConfigurationException`]: the service returned `CloudHsmClusterInvalidConfigurationException`.
    CloudHsmClusterInvalidConfigurationException(CloudHsmClusterInvalidConfigurationException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`XksProxyUriInUseException`]: the service returned `XksProxyUriInUseException`.
    XksProxyUriInUseException(XksProxyUriInUseException),
    /// [`XksProxyUriEndpointInUseException`]: the service returned `XksProxyUriEndpointInUseException`.
    XksProxyUriEndpointInUseException(XksProxyUriEndpointInUseException),
    /// [`XksProxyUriUnreachableException`]: the service returned `XksProxyUriUnreachableException`.
    XksProxyUriUnreachableException(XksProxyUriUnreachableException),
    /// [`XksProxyIncorrectAuthenticationCredentialException`]: the service returned `XksProxyIncorrectAuthenticationCredentialException`.
    XksProxyIncorrectAuthenticationCredentialException(
        XksProxyIncorrectAuthenticationCredentialException,
    ),
    /// [`XksProxyVpcEndpointServiceInUseException`]: the service returned `XksProxyVpcEndpointServiceInUseException`.
    XksProxyVpcEndpointServiceInUseException(XksProxyVpcEndpointServiceInUseException),
    /// [`XksProxyVpcEndpointServiceNotFoundException`]: the service returned `XksProxyVpcEndpointServiceNotFoundException`.
    XksProxyVpcEndpointServiceNotFoundException(XksProxyVpcEndpointServiceNotFoundException),
    /// [`XksProxyVpcEndpointServiceInvalidConfigurationException`]: the service returned `XksProxyVpcEndpointServiceInvalidConfigurationException`.
    XksProxyVpcEndpointServiceInvalidConfigurationException(
        XksProxyVpcEndpointServiceInvalidConfigurationException,
    ),
    /// [`XksProxyInvalidResponseException`]: the service returned `XksProxyInvalidResponseException`.
    XksProxyInvalidResponseException(XksProxyInvalidResponseException),
    /// [`XksProxyInvalidConfigurationException`]: the service returned `XksProxyInvalidConfigurationException`.
    XksProxyInvalidConfigurationException(XksProxyInvalidConfigurationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateGrant -----------------------------------------------------------

/// Adds a grant to a KMS key.
///
/// A *grant* is a policy instrument that allows Amazon Web Services principals to use KMS keys in cryptographic operations. It also can allow them to view a KMS key (`DescribeKey`) and create and manage grants. When authorizing access to a KMS key, grants are considered along with key policies and IAM policies. Grants are often used for temporary permissions because you can create one, use its permissions, and delete it without changing your key policies or IAM policies.
///
/// You can create a grant for an Amazon Web Services principal (IAM user, IAM role, or Amazon Web Services account) by specifying the `GranteePrincipal` parameter. You can also create a grant for an Amazon Web Services service principal by specifying the `GranteeServicePrincipal` parameter.
///
/// For detailed information about grants, including grant terminology, see [Grants in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html) in the **Key Management Service Developer Guide** . For examples of creating grants in several programming languages, see [Use CreateGrant with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_CreateGrant_section.html).
///
/// The `CreateGrant` operation returns a `GrantToken` and a `GrantId`.
///
/// - When you create, retire, or revoke a grant, there might be a brief delay, usually less than five minutes, until the grant is available throughout KMS. This state is known as *eventual consistency*. Once the grant has achieved eventual consistency, the grantee principal can use the permissions in the grant without identifying the grant.
///
///   However, to use the permissions in the grant immediately, use the `GrantToken` that `CreateGrant` returns. For details, see [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the **Key Management Service Developer Guide** .
/// - The `CreateGrant` operation also returns a `GrantId`. You can use the `GrantId` and a key identifier to identify the grant in the `RetireGrant` and `RevokeGrant` operations. To find the grant ID, use the `ListGrants` or `ListRetirableGrants` operations.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation on a KMS key in a different Amazon Web Services account, specify the key ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:CreateGrant](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `ListGrants`
/// - `ListRetirableGrants`
/// - `RetireGrant`
/// - `RevokeGrant`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "CreateGrant", output = CreateGrantResponse, error = CreateGrantError)]
pub struct CreateGrant {
    /// Identifies the KMS key for the grant. The grant gives principals permission to use this KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The identity that gets the permissions specified in the grant.
    ///
    /// To specify the grantee principal, use the Amazon Resource Name (ARN) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the **Identity and Access Management User Guide** .
    ///
    /// You must specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_principal: Option<String>,
    /// The principal that has permission to use the `RetireGrant` operation to retire the grant.
    ///
    /// To specify the principal, use the [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the **Identity and Access Management User Guide** .
    ///
    /// The grant determines the retiring principal. Other principals might have permission to retire the grant or revoke the grant. For details, see `RevokeGrant` and [Retiring and revoking grants](https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html) in the *Key Management Service Developer Guide*.
    ///
    /// You can specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_principal: Option<String>,
    /// A list of operations that the grant permits.
    ///
    /// This list must include only operations that are permitted in a grant. Also, the operation must be supported on the KMS key. For example, you cannot create a grant for a symmetric encryption KMS key that allows the `Sign` operation, or a grant for an asymmetric KMS key that allows the `GenerateDataKey` operation. If you try, KMS returns a `ValidationError` exception. For details, see [Grant operations](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations) in the *Key Management Service Developer Guide*.
    pub operations: Vec<GrantOperation>,
    /// Specifies a grant constraint.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// KMS supports the following grant constraints.
    ///
    /// - `EncryptionContextEquals` and `EncryptionContextSubset` — These encryption context grant constraints allow the permissions in the grant only when the encryption context in the request matches (`EncryptionContextEquals`) or includes (`EncryptionContextSubset`) the encryption context specified in the constraint.
    ///
    ///   Encryption context grant constraints are supported only on [grant operations](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations) that include an `EncryptionContext` parameter, such as cryptographic operations on symmetric encryption KMS keys. You cannot use an encryption context grant constraint for cryptographic operations with asymmetric KMS keys or HMAC KMS keys. Operations with these keys don't support an encryption context. Grants with encryption context grant constraints can include the `DescribeKey` and `RetireGrant` operations, but the constraint doesn't apply to these operations. If a grant with an encryption context grant constraint includes the `CreateGrant` operation, the constraint requires that any grants created with the `CreateGrant` permission have an equally strict or stricter encryption context constraint.
    ///
    ///   Each constraint value can include up to 8 encryption context pairs. The encryption context value in each constraint cannot exceed 384 characters. For more information about encryption context, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the **Key Management Service Developer Guide** .
    /// - `SourceArn` — This grant constraint allows the permissions in the grant only when the request is made on behalf of a specific Amazon Web Services resource, identified by its [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html). This is effectively the same as having the [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn) global condition key in the grant. The SourceArn constraint is supported on grants for all types of KMS keys and can also be applied to the `DescribeKey` operation when specified in the request. However, it does not apply to `RetireGrant` operation.
    ///
    /// For information about grant constraints, see [Using grant constraints](https://docs.aws.amazon.com/kms/latest/developerguide/create-grant-overview.html#grant-constraints) in the *Key Management Service Developer Guide*.
    pub constraints: Option<GrantConstraints>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A friendly name for the grant. Use this value to prevent the unintended creation of duplicate grants when retrying this request.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// When this value is absent, all `CreateGrant` requests result in a new grant with a unique `GrantId` even if all the supplied parameters are identical. This can result in unintended duplicates when you retry the `CreateGrant` request.
    ///
    /// When this value is present, you can retry a `CreateGrant` request with identical parameters; if the grant already exists, the original `GrantId` is returned without creating a new grant. Note that the returned grant token is unique with every `CreateGrant` request, even when a duplicate `GrantId` is returned. All grant tokens for the same grant ID can be used interchangeably.
    pub name: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that gets the permissions specified in the grant.
    ///
    /// When you specify a `GranteeServicePrincipal`, you must also specify a `SourceArn` grant constraint. In addition, you must specify either a `RetiringPrincipal` or a `RetiringServicePrincipal`.
    ///
    /// You must specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_service_principal: Option<String>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that has permission to use the `RetireGrant` operation to retire the grant.
    ///
    /// You can specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_service_principal: Option<String>,
}

/// The response to [`CreateGrant`].
#[awsop::aws_shape(output, eq)]
pub struct CreateGrantResponse {
    /// The grant token.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_token: Option<String>,
    /// The unique identifier for the grant.
    ///
    /// You can use the `GrantId` in a `ListGrants`, `RetireGrant`, or `RevokeGrant` operation.
    pub grant_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateGrant`].
#[awsop::aws_error]
pub enum CreateGrantError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateKey -------------------------------------------------------------

/// Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. You can use a KMS key in cryptographic operations, such as encryption and signing. Some Amazon Web Services services let you use KMS keys that you create and manage to protect your service resources.
///
/// A KMS key is a logical representation of a cryptographic key. In addition to the key material used in cryptographic operations, a KMS key includes metadata, such as the key ID, key policy, creation date, description, and key state.
///
/// Use the parameters of `CreateKey` to specify the type of KMS key, the source of its key material, its key policy, description, tags, and other properties.
///
/// **Note:** KMS has replaced the term *customer master key (CMK)* with *Key Management Service key* and *KMS key*. The concept has not changed. To prevent breaking changes, KMS is keeping some variations of this term.
///
/// To create different types of KMS keys, use the following guidance:
///
/// **Symmetric encryption KMS key**
///
/// By default, `CreateKey` creates a symmetric encryption KMS key with key material that KMS generates. This is the basic and most widely used type of KMS key, and provides the best performance.
///
/// To create a symmetric encryption KMS key, you don't need to specify any parameters. The default value for `KeySpec`, `SYMMETRIC_DEFAULT`, the default value for `KeyUsage`, `ENCRYPT_DECRYPT`, and the default value for `Origin`, `AWS_KMS`, create a symmetric encryption KMS key with KMS key material.
///
/// If you need a key for basic encryption and decryption or you are creating a KMS key to protect your resources in an Amazon Web Services service, create a symmetric encryption KMS key. The key material in a symmetric encryption key never leaves KMS unencrypted. You can use a symmetric encryption KMS key to encrypt and decrypt data up to 4,096 bytes, but they are typically used to generate data keys and data keys pairs. For details, see `GenerateDataKey` and `GenerateDataKeyPair`.
///
/// **Asymmetric KMS keys**
///
/// To create an asymmetric KMS key, use the `KeySpec` parameter to specify the type of key material in the KMS key. Then, use the `KeyUsage` parameter to determine whether the KMS key will be used to encrypt and decrypt or sign and verify. You can't change these properties after the KMS key is created.
///
/// Asymmetric KMS keys contain an RSA key pair, Elliptic Curve (ECC) key pair, ML-DSA key pair or an SM2 key pair (China Regions only). The private key in an asymmetric KMS key never leaves KMS unencrypted. However, you can use the `GetPublicKey` operation to download the public key so it can be used outside of KMS. Each KMS key can have only one key usage. KMS keys with RSA key pairs can be used to encrypt and decrypt data or sign and verify messages (but not both). KMS keys with NIST-standard ECC key pairs can be used to sign and verify messages or derive shared secrets (but not both). KMS keys with `ECC_SECG_P256K1` can be used only to sign and verify messages. KMS keys with ML-DSA key pairs can be used to sign and verify messages. KMS keys with SM2 key pairs (China Regions only) can be used to either encrypt and decrypt data, sign and verify messages, or derive shared secrets (you must choose one key usage type). For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
///
/// **HMAC KMS key**
///
/// To create an HMAC KMS key, set the `KeySpec` parameter to a key spec value for HMAC KMS keys. Then set the `KeyUsage` parameter to `GENERATE_VERIFY_MAC`. You must set the key usage even though `GENERATE_VERIFY_MAC` is the only valid key usage value for HMAC KMS keys. You can't change these properties after the KMS key is created.
///
/// HMAC KMS keys are symmetric keys that never leave KMS unencrypted. You can use HMAC keys to generate (`GenerateMac`) and verify (`VerifyMac`) HMAC codes for messages up to 4096 bytes.
///
/// **Multi-Region primary keys**
///
/// To create a multi-Region *primary key* in the local Amazon Web Services Region, use the `MultiRegion` parameter with a value of `True`. To create a multi-Region *replica key*, that is, a KMS key with the same key ID and key material as a primary key, but in a different Amazon Web Services Region, use the `ReplicateKey` operation. To change a replica key to a primary key, and its primary key to a replica key, use the `UpdatePrimaryRegion` operation.
///
/// You can create multi-Region KMS keys for all supported KMS key types: symmetric encryption KMS keys, HMAC KMS keys, asymmetric encryption KMS keys, and asymmetric signing KMS keys. You can also create multi-Region keys with imported key material. However, you can't create multi-Region keys in a custom key store.
///
/// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
///
/// **Imported key material**
///
/// To import your own key material into a KMS key, begin by creating a KMS key with no key material. To do this, use the `Origin` parameter of `CreateKey` with a value of `EXTERNAL`. Next, use `GetParametersForImport` operation to get a public key and import token. Use the wrapping public key to encrypt your key material. Then, use `ImportKeyMaterial` with your import token to import the key material. For step-by-step instructions, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the **Key Management Service Developer Guide** .
///
/// You can import key material into KMS keys of all supported KMS key types: symmetric encryption KMS keys, HMAC KMS keys, asymmetric encryption KMS keys, and asymmetric signing KMS keys. You can also create multi-Region keys with imported key material. However, you can't import key material into a KMS key in a custom key store.
///
/// To create a multi-Region primary key with imported key material, use the `Origin` parameter of `CreateKey` with a value of `EXTERNAL` and the `MultiRegion` parameter with a value of `True`. To create replicas of the multi-Region primary key, use the `ReplicateKey` operation. For instructions, see [Importing key material step 1](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-create-cmk.html). For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
///
/// **Custom key store**
///
/// A [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) lets you protect your Amazon Web Services resources using keys in a backing key store that you own and manage. When you request a cryptographic operation with a KMS key in a custom key store, the operation is performed in the backing key store using its cryptographic keys.
///
/// KMS supports [CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html) backed by an CloudHSM cluster and [external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html) backed by an external key manager outside of Amazon Web Services. When you create a KMS key in an CloudHSM key store, KMS generates an encryption key in the CloudHSM cluster and associates it with the KMS key. When you create a KMS key in an external key store, you specify an existing encryption key in the external key manager.
///
/// **Note:** Some external key managers provide a simpler method for creating a KMS key in an external key store. For details, see your external key manager documentation.
///
/// Before you create a KMS key in a custom key store, the `ConnectionState` of the key store must be `CONNECTED`. To connect the custom key store, use the `ConnectCustomKeyStore` operation. To find the `ConnectionState`, use the `DescribeCustomKeyStores` operation.
///
/// To create a KMS key in a custom key store, use the `CustomKeyStoreId`. Use the default `KeySpec` value, `SYMMETRIC_DEFAULT`, and the default `KeyUsage` value, `ENCRYPT_DECRYPT` to create a symmetric encryption key. No other key type is supported in a custom key store.
///
/// To create a KMS key in an [CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-cmk-keystore.html), use the `Origin` parameter with a value of `AWS_CLOUDHSM`. The CloudHSM cluster that is associated with the custom key store must have at least two active HSMs in different Availability Zones in the Amazon Web Services Region.
///
/// To create a KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html), use the `Origin` parameter with a value of `EXTERNAL_KEY_STORE` and an `XksKeyId` parameter that identifies an existing external key.
///
/// **Note:** Some external key managers provide a simpler method for creating a KMS key in an external key store. For details, see your external key manager documentation.
///
/// **Cross-account use**: No. You cannot use this operation to create a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:CreateKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy). To use the `Tags` parameter, [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy). For examples and information about related permissions, see [Allow a user to create KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/customer-managed-policies.html#iam-policy-example-create-key) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `DescribeKey`
/// - `ListKeys`
/// - `ScheduleKeyDeletion`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "CreateKey", output = CreateKeyResponse, error = CreateKeyError)]
pub struct CreateKey {
    /// The key policy to attach to the KMS key.
    ///
    /// If you provide a key policy, it must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// **Note:** If either of the required `Resource` or `Action` elements are missing from a key policy statement, the policy statement has no effect. When a key policy statement is missing one of these elements, the KMS console correctly reports an error, but the `CreateKey` and `PutKeyPolicy` API requests succeed, even though the policy statement is ineffective.
    ///
    /// For more information on required key policy elements, see [Elements in a key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-elements) in the *Key Management Service Developer Guide*.
    ///
    /// If you do not provide a key policy, KMS attaches a default key policy to the KMS key. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html) in the *Key Management Service Developer Guide*.
    ///
    /// **Note:** If the key policy exceeds the length constraint, KMS returns a `LimitExceededException`.
    ///
    /// For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the **Identity and Access Management User Guide** .
    pub policy: Option<String>,
    /// A description of the KMS key. Use a description that helps you decide whether the KMS key is appropriate for a task. The default value is an empty string (no description).
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// To set or change the description after the key is created, use `UpdateKeyDescription`.
    pub description: Option<String>,
    /// Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT`. This parameter is optional when you are creating a symmetric encryption KMS key; otherwise, it is required. You can't change the [`KeyUsage`](https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html#key-usage) value after the KMS key is created. Each KMS key can have only one key usage. This follows key usage best practices according to [NIST SP 800-57 Recommendations for Key Management](https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final), section 5.2, Key usage.
    ///
    /// Select only one valid value.
    ///
    /// - For symmetric encryption KMS keys, omit the parameter or specify `ENCRYPT_DECRYPT`.
    /// - For HMAC KMS keys (symmetric), specify `GENERATE_VERIFY_MAC`.
    /// - For asymmetric KMS keys with RSA key pairs, specify `ENCRYPT_DECRYPT` or `SIGN_VERIFY`.
    /// - For asymmetric KMS keys with NIST-standard elliptic curve key pairs, specify `SIGN_VERIFY` or `KEY_AGREEMENT`.
    /// - For asymmetric KMS keys with `ECC_SECG_P256K1` key pairs, specify `SIGN_VERIFY`.
    /// - For asymmetric KMS keys with ML-DSA key pairs, specify `SIGN_VERIFY`.
    /// - For asymmetric KMS keys with ML-KEM key pairs, specify `ENCAPSULATE_DECAPSULATE`.
    /// - For asymmetric KMS keys with SM2 key pairs (China Regions only), specify `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, or `KEY_AGREEMENT`.
    pub key_usage: Option<KeyUsageType>,
    /// Instead, use the `KeySpec` parameter.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` parameters work the same way. Only the names differ. We recommend that you use `KeySpec` parameter in your code. However, to avoid breaking changes, KMS supports both parameters.
    ///
    /// **Deprecated:** This parameter has been deprecated. Instead, use the KeySpec parameter.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT`, creates a KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For a detailed description of all supported key specs, see [Key spec reference](https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html) in the **Key Management Service Developer Guide** .
    ///
    /// The `KeySpec` determines whether the KMS key contains a symmetric key or an asymmetric key pair. It also determines the algorithms that the KMS key supports. You can't change the `KeySpec` after the KMS key is created. To further restrict the algorithms that can be used with the KMS key, use a condition key in its key policy or IAM policy. For more information, see [kms:EncryptionAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-algorithm), [kms:MacAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-mac-algorithm), [kms:KeyAgreementAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-key-agreement-algorithm), or [kms:SigningAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-signing-algorithm) in the **Key Management Service Developer Guide** .
    ///
    /// **Important:** [Amazon Web Services services that are integrated with KMS](http://aws.amazon.com/kms/features/#AWS_Service_Integration) use symmetric encryption KMS keys to protect your data. These services do not support asymmetric KMS keys or HMAC KMS keys.
    ///
    /// KMS supports the following key specs for KMS keys:
    ///
    /// - Symmetric encryption key (default)
    ///   - `SYMMETRIC_DEFAULT`
    /// - HMAC keys (symmetric)
    ///   - `HMAC_224`
    ///   - `HMAC_256`
    ///   - `HMAC_384`
    ///   - `HMAC_512`
    /// - Asymmetric RSA key pairs (encryption and decryption -or- signing and verification)
    ///   - `RSA_2048`
    ///   - `RSA_3072`
    ///   - `RSA_4096`
    /// - Asymmetric NIST-standard elliptic curve key pairs (signing and verification -or- deriving shared secrets)
    ///   - `ECC_NIST_P256` (secp256r1)
    ///   - `ECC_NIST_P384` (secp384r1)
    ///   - `ECC_NIST_P521` (secp521r1)
    ///   - `ECC_NIST_EDWARDS25519` (ed25519) - signing and verification only
    ///     - **Note:** For ECC\_NIST\_EDWARDS25519 KMS keys, the ED25519\_SHA\_512 signing algorithm requires `MessageType:RAW`, while ED25519\_PH\_SHA\_512 requires `MessageType:DIGEST`. These message types cannot be used interchangeably.
    /// - Other asymmetric elliptic curve key pairs (signing and verification)
    ///   - `ECC_SECG_P256K1` (secp256k1), commonly used for cryptocurrencies.
    /// - Asymmetric ML-DSA key pairs (signing and verification)
    ///   - `ML_DSA_44`
    ///   - `ML_DSA_65`
    ///   - `ML_DSA_87`
    /// - Asymmetric ML-KEM key pairs (establishing shared secrets)
    ///   - `ML_KEM_512`
    ///   - `ML_KEM_768`
    ///   - `ML_KEM_1024`
    ///
    ///   The ML-KEM key specs are not available in China Regions.
    /// - SM2 key pairs (encryption and decryption -or- signing and verification -or- deriving shared secrets)
    ///   - `SM2` (China Regions only)
    pub key_spec: Option<KeySpec>,
    /// The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS_KMS`, which means that KMS creates the key material.
    ///
    /// To [create a KMS key with no key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-create-cmk.html) (for imported key material), set this value to `EXTERNAL`. For more information about importing key material into KMS, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the *Key Management Service Developer Guide*. The `EXTERNAL` origin value is valid only for symmetric KMS keys.
    ///
    /// To [create a KMS key in an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-cmk-keystore.html) and create its key material in the associated CloudHSM cluster, set this value to `AWS_CLOUDHSM`. You must also use the `CustomKeyStoreId` parameter to identify the CloudHSM key store. The `KeySpec` value must be `SYMMETRIC_DEFAULT`.
    ///
    /// To [create a KMS key in an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html), set this value to `EXTERNAL_KEY_STORE`. You must also use the `CustomKeyStoreId` parameter to identify the external key store and the `XksKeyId` parameter to identify the associated external key. The `KeySpec` value must be `SYMMETRIC_DEFAULT`.
    pub origin: Option<OriginType>,
    /// Creates the KMS key in the specified [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). The `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID and ConnectionState use the `DescribeCustomKeyStores` operation.
    ///
    /// This parameter is valid only for symmetric encryption KMS keys in a single Region. You cannot create any other type of KMS key in a custom key store.
    ///
    /// When you create a KMS key in an CloudHSM key store, KMS generates a non-exportable 256-bit symmetric key in its associated CloudHSM cluster and associates it with the KMS key. When you create a KMS key in an external key store, you must use the `XksKeyId` parameter to specify an external key that serves as key material for the KMS key.
    pub custom_key_store_id: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// **Important:** Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the `TagResource` operation.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// To use this parameter, you must have [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission in an IAM policy.
    ///
    /// Each tag consists of a tag key and a tag value. Both the tag key and the tag value are required, but the tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    ///
    /// When you add tags to an Amazon Web Services resource, Amazon Web Services generates a cost allocation report with usage and costs aggregated by tags. Tags can also be used to control access to a KMS key. For details, see [Tags in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
    pub tags: Option<Vec<Tag>>,
    /// Creates a multi-Region primary key that you can replicate into other Amazon Web Services Regions. You cannot change this value after you create the KMS key.
    ///
    /// For a multi-Region key, set this parameter to `True`. For a single-Region KMS key, omit this parameter or set it to `False`. The default value is `False`.
    ///
    /// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    ///
    /// This value creates a *primary key*, not a replica. To create a *replica key*, use the `ReplicateKey` operation.
    ///
    /// You can create a symmetric or asymmetric multi-Region key, and you can create a multi-Region key with imported key material. However, you cannot create a multi-Region key in a custom key store.
    pub multi_region: Option<bool>,
    /// Identifies the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that serves as key material for the KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html). Specify the ID that the [external key store proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy) uses to refer to the external key. For help, see the documentation for your external key store proxy.
    ///
    /// This parameter is required for a KMS key with an `Origin` value of `EXTERNAL_KEY_STORE`. It is not valid for KMS keys with any other `Origin` value.
    ///
    /// The external key must be an existing 256-bit AES symmetric encryption key hosted outside of Amazon Web Services in an external key manager associated with the external key store specified by the `CustomKeyStoreId` parameter. This key must be enabled and configured to perform encryption and decryption. Each KMS key in an external key store must use a different external key. For details, see [Requirements for a KMS key in an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html#xks-key-requirements) in the *Key Management Service Developer Guide*.
    ///
    /// Each KMS key in an external key store is associated two backing keys. One is key material that KMS generates. The other is the external key specified by this parameter. When you use the KMS key in an external key store to encrypt data, the encryption operation is performed first by KMS using the KMS key material, and then by the external key manager using the specified external key, a process known as *double encryption*. For details, see [Double encryption](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-double-encryption) in the *Key Management Service Developer Guide*.
    pub xks_key_id: Option<String>,
}

/// The response to [`CreateKey`].
#[awsop::aws_shape(output, eq)]
pub struct CreateKeyResponse {
    /// Metadata associated with the KMS key.
    pub key_metadata: Option<KeyMetadata>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateKey`].
#[awsop::aws_error]
pub enum CreateKeyError {
    /// [`MalformedPolicyDocumentException`]: the service returned `MalformedPolicyDocumentException`.
    MalformedPolicyDocumentException(MalformedPolicyDocumentException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`TagException`]: the service returned `TagException`.
    TagException(TagException),
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// [`CloudHsmClusterInvalidConfigurationException`]: the service returned `CloudHsmClusterInvalidConfigurationException`.
    CloudHsmClusterInvalidConfigurationException(CloudHsmClusterInvalidConfigurationException),
    /// [`XksKeyInvalidConfigurationException`]: the service returned `XksKeyInvalidConfigurationException`.
    XksKeyInvalidConfigurationException(XksKeyInvalidConfigurationException),
    /// [`XksKeyAlreadyInUseException`]: the service returned `XksKeyAlreadyInUseException`.
    XksKeyAlreadyInUseException(XksKeyAlreadyInUseException),
    /// [`XksKeyNotFoundException`]: the service returned `XksKeyNotFoundException`.
    XksKeyNotFoundException(XksKeyNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Decapsulate -----------------------------------------------------------

/// Recovers the shared secret that was encapsulated with the public key of an ML-KEM KMS key. Module-Lattice-Based Key-Encapsulation Mechanism (ML-KEM), specified in [FIPS 203](https://csrc.nist.gov/pubs/fips/203/final) on the NIST website, is a post-quantum algorithm for establishing a shared secret between two parties. For an example of how two parties establish a shared secret over an insecure channel using ML-KEM, see [ML-KEM keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/pqkeys.html#mlkem) in the *Key Management Service Developer Guide*.
///
/// The Decapsulate operation is not available in China Regions.
///
/// `Decapsulate` returns the shared secret as a 32-byte value. You can use it directly as key material, or run it through a key derivation function to derive multiple keys and nonces.
///
/// **Important:** `Decapsulate` returns an `InvalidCiphertextException` when the length of the `SharedSecretCiphertextBlob` is inconsistent with the ML-KEM key spec. In all other cases, `Decapsulate` returns a 32-byte pseudo-random value. This is true even when the `SharedSecretCiphertextBlob` was created using a different ML-KEM key or altered from its original value. This behavior is a security feature called *implicit rejection* that helps protect against chosen-ciphertext attacks.
///
/// Because a response does not indicate that the ciphertext and key are valid, confirm the two parties derived the same shared secret before using it.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:Decapsulate](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Encapsulate`
/// - `CreateKey`
/// - `GetPublicKey`
/// - `DescribeKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Decapsulate", output = DecapsulateResponse, error = DecapsulateError)]
pub struct Decapsulate {
    /// Identifies the asymmetric ML-KEM KMS key whose public key was used to produce the encapsulated shared secret. KMS uses the private key in the specified key pair to decapsulate the shared secret.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// The encapsulated (ciphertext) form of the shared secret to recover. This is the `SharedSecretCiphertextBlob` value that the `Encapsulate` operation returns. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret_ciphertext_blob: awsop::wire::Blob,
    /// Specifies the key encapsulation algorithm used to recover the shared secret. The only valid value is `ML_KEM`.
    pub encapsulation_algorithm: EncapsulationAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`Decapsulate`].
#[awsop::aws_shape(output, eq)]
pub struct DecapsulateResponse {
    /// The identifier of the ML-KEM KMS key used to decapsulate the shared secret.
    pub key_id: Option<String>,
    /// The plaintext shared secret recovered from the encapsulated form. It is a 32-byte value that matches the shared secret held by the encapsulating party. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The key encapsulation algorithm used to recover the shared secret.
    pub encapsulation_algorithm: Option<EncapsulationAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Decapsulate`].
#[awsop::aws_error]
pub enum DecapsulateError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidCiphertextException`]: the service returned `InvalidCiphertextException`.
    InvalidCiphertextException(InvalidCiphertextException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Decrypt ---------------------------------------------------------------

/// Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:
///
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
/// - `GenerateDataKeyWithoutPlaintext`
/// - `GenerateDataKeyPairWithoutPlaintext`
///
/// You can use this operation to decrypt ciphertext that was encrypted under a symmetric encryption KMS key or an asymmetric encryption KMS key. When the KMS key is asymmetric, you must specify the KMS key and the encryption algorithm that was used to encrypt the ciphertext. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
///
/// The `Decrypt` operation also decrypts ciphertext that was encrypted outside of KMS by the public key in an KMS asymmetric KMS key. However, it cannot decrypt symmetric ciphertext produced by other libraries, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/) or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html). These libraries return a ciphertext format that is incompatible with KMS.
///
/// If the ciphertext was encrypted under a symmetric encryption KMS key, the `KeyId` parameter is optional. KMS can get this information from metadata that it adds to the symmetric ciphertext blob. This feature adds durability to your implementation by ensuring that authorized users can decrypt ciphertext decades after it was encrypted, even if they've lost track of the key ID. However, specifying the KMS key is always recommended as a best practice. When you use the `KeyId` parameter to specify a KMS key, KMS only uses the KMS key you specify. If the ciphertext was encrypted under a different KMS key, the `Decrypt` operation fails. This practice ensures that you use the KMS key that you intend.
///
/// Whenever possible, use key policies to give users permission to call the `Decrypt` operation on a particular KMS key, instead of using IAM policies. Otherwise, you might create an IAM policy that gives the user `Decrypt` permission on all KMS keys. This user could decrypt ciphertext that was encrypted by KMS keys in other accounts if the key policy for the cross-account KMS key permits it. If you must use an IAM policy for `Decrypt` permissions, limit the user to particular KMS keys or particular trusted accounts. For details, see [Best practices for IAM policies](https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html#iam-policies-best-practices) in the *Key Management Service Developer Guide*.
///
/// `Decrypt` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html) and NitroTPM, which provide attested environments in Amazon EC2. To call `Decrypt` for a Nitro enclave or NitroTPM, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the attested environment. Instead of the plaintext data, the response includes the plaintext data encrypted with the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To specify a KMS key in a different Amazon Web Services account, use the [key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN) or [alias ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-alias-ARN). A short [key ID](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id) is also acceptable when decrypting symmetric ciphertexts, though using a full key ARN is recommended to be more explicit about the intended KMS key.
///
/// **Required permissions**: [kms:Decrypt](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
/// - `ReEncrypt`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Decrypt", output = DecryptResponse, error = DecryptError)]
pub struct Decrypt {
    /// Ciphertext to be decrypted. The blob includes metadata.
    ///
    /// This parameter is required in all cases except when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE_CIPHERTEXT`.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// Specifies the encryption context to use when decrypting the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the KMS key that KMS uses to decrypt the ciphertext.
    ///
    /// Enter a key ID of the KMS key that was used to encrypt the ciphertext. If you identify a different KMS key, the `Decrypt` operation throws an `IncorrectKeyException`.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key or when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE_CIPHERTEXT`. If you used a symmetric encryption KMS key, KMS can get the KMS key from metadata that it adds to the symmetric ciphertext blob. However, it is always recommended as a best practice. This practice ensures that you use the KMS key that you intend.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you should use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: Option<String>,
    /// Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the same algorithm that was used to encrypt the data. If you specify a different algorithm, the `Decrypt` operation fails.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key. The default value, `SYMMETRIC_DEFAULT`, represents the only supported algorithm that is valid for symmetric encryption KMS keys.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A signed [attestation document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning the plaintext data, KMS encrypts the plaintext data with the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`.
    ///
    /// When set to `IGNORE_CIPHERTEXT`, KMS performs only authorization validation without ciphertext validation. This allows you to test permissions without requiring a valid ciphertext blob.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}

/// The response to [`Decrypt`].
#[awsop::aws_shape(output, eq)]
pub struct DecryptResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to decrypt the ciphertext.
    pub key_id: Option<String>,
    /// Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The encryption algorithm that was used to decrypt the ciphertext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The plaintext data encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<awsop::wire::Blob>,
    /// The identifier of the key material used to decrypt the ciphertext. This field is present only when the operation uses a symmetric encryption KMS key. This field is omitted if the request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Decrypt`].
#[awsop::aws_error]
pub enum DecryptError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidCiphertextException`]: the service returned `InvalidCiphertextException`.
    InvalidCiphertextException(InvalidCiphertextException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`IncorrectKeyException`]: the service returned `IncorrectKeyException`.
    IncorrectKeyException(IncorrectKeyException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteAlias -----------------------------------------------------------

/// Deletes the specified alias.
///
/// **Note:** Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
///
/// Because an alias is not a property of a KMS key, you can delete and change the aliases of a KMS key without affecting the KMS key. Also, aliases do not appear in the response from the `DescribeKey` operation. To get the aliases of all KMS keys, use the `ListAliases` operation.
///
/// Each KMS key can have multiple aliases. To change the alias of a KMS key, use `DeleteAlias` to delete the current alias and `CreateAlias` to create a new alias. To associate an existing alias with a different KMS key, call `UpdateAlias`.
///
/// **Cross-account use**: No. You cannot perform this operation on an alias in a different Amazon Web Services account.
///
/// **Required permissions**
///
/// - [kms:DeleteAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the alias (IAM policy).
/// - [kms:DeleteAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the KMS key (key policy).
///
/// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html#alias-access) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `CreateAlias`
/// - `ListAliases`
/// - `UpdateAlias`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DeleteAlias", output = DeleteAliasResponse, error = DeleteAliasError)]
pub struct DeleteAlias {
    /// The alias to be deleted. The alias name must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`.
    pub alias_name: String,
}

/// The response to [`DeleteAlias`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteAliasResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteAlias`].
#[awsop::aws_error]
pub enum DeleteAliasError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteCustomKeyStore --------------------------------------------------

/// Deletes a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). This operation does not affect any backing elements of the custom key store. It does not delete the CloudHSM cluster that is associated with an CloudHSM key store, or affect any users or keys in the cluster. For an external key store, it does not affect the external key store proxy, external key manager, or any external keys.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// The custom key store that you delete cannot contain any [KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys). Before deleting the key store, verify that you will never need to use any of the KMS keys in the key store for any [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations). Then, use `ScheduleKeyDeletion` to delete the KMS keys from the key store. After the required waiting period expires and all KMS keys are deleted from the custom key store, use `DisconnectCustomKeyStore` to disconnect the key store from KMS. Then, you can delete the custom key store.
///
/// For keys in an CloudHSM key store, the `ScheduleKeyDeletion` operation makes a best effort to delete the key material from the associated cluster. However, you might need to manually [delete the orphaned key material](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#fix-keystore-orphaned-key) from the cluster and its backups. KMS never creates, manages, or deletes cryptographic keys in the external key manager associated with an external key store. You must manage them using your external key manager tools.
///
/// Instead of deleting the custom key store, consider using the `DisconnectCustomKeyStore` operation to disconnect the custom key store from its backing key store. While the key store is disconnected, you cannot create or use the KMS keys in the key store. But, you do not need to delete KMS keys and you can reconnect a disconnected custom key store at any time.
///
/// If the operation succeeds, it returns a JSON object with no properties.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DeleteCustomKeyStore](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Related operations:**
///
/// - `ConnectCustomKeyStore`
/// - `CreateCustomKeyStore`
/// - `DescribeCustomKeyStores`
/// - `DisconnectCustomKeyStore`
/// - `UpdateCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DeleteCustomKeyStore", output = DeleteCustomKeyStoreResponse, error = DeleteCustomKeyStoreError)]
pub struct DeleteCustomKeyStore {
    /// Enter the ID of the custom key store you want to delete. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The response to [`DeleteCustomKeyStore`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteCustomKeyStoreResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteCustomKeyStore`].
#[awsop::aws_error]
pub enum DeleteCustomKeyStoreError {
    /// [`CustomKeyStoreHasCmksException`]: the service returned `CustomKeyStoreHasCMKsException`.
    #[aws(code = "CustomKeyStoreHasCMKsException")]
    CustomKeyStoreHasCmksException(CustomKeyStoreHasCmksException),
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteImportedKeyMaterial ---------------------------------------------

/// Deletes key material that was previously imported. This operation makes the specified KMS key temporarily unusable. To restore the usability of the KMS key, reimport the same key material. For more information about importing key material into KMS, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the *Key Management Service Developer Guide*.
///
/// When the specified KMS key is in the `PendingDeletion` state, this operation does not change the KMS key's state. Otherwise, it changes the KMS key's state to `PendingImport`.
///
/// **Considerations for multi-Region symmetric encryption keys**
///
/// - When you delete the key material of a primary Region key that is in `PENDING_ROTATION` or `PENDING_MULTI_REGION_IMPORT_AND_ROTATION`state, you'll also be deleting the key materials for the replica Region keys.
/// - If you delete any key material of a replica Region key, the primary Region key and other replica Region keys remain unchanged.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DeleteImportedKeyMaterial](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `GetParametersForImport`
/// - `ListKeyRotations`
/// - `ImportKeyMaterial`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DeleteImportedKeyMaterial", output = DeleteImportedKeyMaterialResponse, error = DeleteImportedKeyMaterialError)]
pub struct DeleteImportedKeyMaterial {
    /// Identifies the KMS key from which you are deleting imported key material. The `Origin` of the KMS key must be `EXTERNAL`.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Identifies the imported key material you are deleting.
    ///
    /// **Important:** If no KeyMaterialId is specified, KMS deletes the current key material.
    ///
    /// To get the list of key material IDs associated with a KMS key, use `ListKeyRotations`.
    pub key_material_id: Option<String>,
}

/// The response to [`DeleteImportedKeyMaterial`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteImportedKeyMaterialResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key from which the key material was deleted.
    pub key_id: Option<String>,
    /// Identifies the deleted key material.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteImportedKeyMaterial`].
#[awsop::aws_error]
pub enum DeleteImportedKeyMaterialError {
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeriveSharedSecret ----------------------------------------------------

/// Derives a shared secret using a key agreement algorithm.
///
/// **Note:** You must use an asymmetric NIST-standard elliptic curve (ECC) or SM2 (China Regions only) KMS key pair with a `KeyUsage` value of `KEY_AGREEMENT` to call DeriveSharedSecret.
///
/// DeriveSharedSecret uses the [Elliptic Curve Cryptography Cofactor Diffie-Hellman Primitive](https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-56Ar3.pdf#page=60) (ECDH) to establish a key agreement between two peers by deriving a shared secret from their elliptic curve public-private key pairs. You can use the raw shared secret that DeriveSharedSecret returns to derive a symmetric key that can encrypt and decrypt data that is sent between the two peers, or that can generate and verify HMACs. KMS recommends that you follow [NIST recommendations for key derivation](https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-56Cr2.pdf) when using the raw shared secret to derive a symmetric key.
///
/// The following workflow demonstrates how to establish key agreement over an insecure communication channel using DeriveSharedSecret.
///
/// 1. **Alice** calls `CreateKey` to create an asymmetric KMS key pair with a `KeyUsage` value of `KEY_AGREEMENT`.
///
///    The asymmetric KMS key must use a NIST-standard elliptic curve (ECC) or SM2 (China Regions only) key spec.
/// 2. **Bob** creates an elliptic curve key pair.
///
///    Bob can call `CreateKey` to create an asymmetric KMS key pair or generate a key pair outside of KMS. Bob's key pair must use the same NIST-standard elliptic curve (ECC) or SM2 (China Regions ony) curve as Alice.
/// 3. Alice and Bob **exchange their public keys** through an insecure communication channel (like the internet).
///
///    Use `GetPublicKey` to download the public key of your asymmetric KMS key pair.
///
///    **Note:** KMS strongly recommends verifying that the public key you receive came from the expected party before using it to derive a shared secret.
/// 4. **Alice** calls DeriveSharedSecret.
///
///    KMS uses the private key from the KMS key pair generated in **Step 1**, Bob's public key, and the Elliptic Curve Cryptography Cofactor Diffie-Hellman Primitive to derive the shared secret. The private key in your KMS key pair never leaves KMS unencrypted. DeriveSharedSecret returns the raw shared secret.
/// 5. **Bob** uses the Elliptic Curve Cryptography Cofactor Diffie-Hellman Primitive to calculate the same raw secret using his private key and Alice's public key.
///
/// To derive a shared secret you must provide a key agreement algorithm, the private key of the caller's asymmetric NIST-standard elliptic curve or SM2 (China Regions only) KMS key pair, and the public key from your peer's NIST-standard elliptic curve or SM2 (China Regions only) key pair. The public key can be from another asymmetric KMS key pair or from a key pair generated outside of KMS, but both key pairs must be on the same elliptic curve.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:DeriveSharedSecret](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `CreateKey`
/// - `GetPublicKey`
/// - `DescribeKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DeriveSharedSecret", output = DeriveSharedSecretResponse, error = DeriveSharedSecretError)]
pub struct DeriveSharedSecret {
    /// Identifies an asymmetric NIST-standard ECC or SM2 (China Regions only) KMS key. KMS uses the private key in the specified key pair to derive the shared secret. The key usage of the KMS key must be `KEY_AGREEMENT`. To find the `KeyUsage` of a KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the key agreement algorithm used to derive the shared secret. The only valid value is `ECDH`.
    pub key_agreement_algorithm: KeyAgreementAlgorithmSpec,
    /// Specifies the public key in your peer's NIST-standard elliptic curve (ECC) or SM2 (China Regions only) key pair.
    ///
    /// The public key must be a DER-encoded X.509 public key, also known as `SubjectPublicKeyInfo` (SPKI), as defined in [RFC 5280](https://tools.ietf.org/html/rfc5280).
    ///
    /// `GetPublicKey` returns the public key of an asymmetric KMS key pair in the required DER-encoded format.
    ///
    /// **Note:** If you use [Amazon Web Services CLI version 1](https://docs.aws.amazon.com/cli/v1/userguide/cli-chap-welcome.html), you must provide the DER-encoded X.509 public key in a file. Otherwise, the Amazon Web Services CLI Base64-encodes the public key a second time, resulting in a `ValidationException`.
    ///
    /// You can specify the public key as binary data in a file using fileb (`fileb://<path-to-file>`) or in-line using a Base64 encoded string.
    pub public_key: awsop::wire::Blob,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM. To call DeriveSharedSecret generate an attestation document use either [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) for an Amazon Web Services Nitro Enclaves or [Amazon Web Services NitroTPM tools](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/attestation-get-doc.html) for Amazon Web Services NitroTPM. Then use the Recipient parameter from any Amazon Web Services SDK to provide the attestation document for the attested environment.
    ///
    /// When you use this parameter, instead of returning a plaintext copy of the shared secret, KMS encrypts the plaintext shared secret under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `CiphertextBlob` field in the response contains the encrypted shared secret derived from the KMS key specified by the `KeyId` parameter and public key specified by the `PublicKey` parameter. The `SharedSecret` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
}

/// The response to [`DeriveSharedSecret`].
#[awsop::aws_shape(output, eq)]
pub struct DeriveSharedSecretResponse {
    /// Identifies the KMS key used to derive the shared secret.
    pub key_id: Option<String>,
    /// The raw secret derived from the specified key agreement algorithm, private key in the asymmetric KMS key, and your peer's public key.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `SharedSecret` field is null or empty.
    pub shared_secret: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The plaintext shared secret encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<awsop::wire::Blob>,
    /// Identifies the key agreement algorithm used to derive the shared secret.
    pub key_agreement_algorithm: Option<KeyAgreementAlgorithmSpec>,
    /// The source of the key material for the specified KMS key.
    ///
    /// When this value is `AWS_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material.
    ///
    /// The only valid values for DeriveSharedSecret are `AWS_KMS` and `EXTERNAL`. DeriveSharedSecret does not support KMS keys with a `KeyOrigin` value of `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE`.
    pub key_origin: Option<OriginType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeriveSharedSecret`].
#[awsop::aws_error]
pub enum DeriveSharedSecretError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeCustomKeyStores -----------------------------------------------

/// Gets information about [custom key stores](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) in the account and Region.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// By default, this operation returns information about all custom key stores in the account and Region. To get only information about a particular custom key store, use either the `CustomKeyStoreName` or `CustomKeyStoreId` parameter (but not both).
///
/// To determine whether the custom key store is connected to its CloudHSM cluster or external key store proxy, use the `ConnectionState` element in the response. If an attempt to connect the custom key store failed, the `ConnectionState` value is `FAILED` and the `ConnectionErrorCode` element in the response indicates the cause of the failure. For help interpreting the `ConnectionErrorCode`, see `CustomKeyStoresListEntry`.
///
/// Custom key stores have a `DISCONNECTED` connection state if the key store has never been connected or you used the `DisconnectCustomKeyStore` operation to disconnect it. Otherwise, the connection state is CONNECTED. If your custom key store connection state is `CONNECTED` but you are having trouble using it, verify that the backing store is active and available. For an CloudHSM key store, verify that the associated CloudHSM cluster is active and contains the minimum number of HSMs required for the operation, if any. For an external key store, verify that the external key store proxy and its associated external key manager are reachable and enabled.
///
/// For help repairing your CloudHSM key store, see the [Troubleshooting CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html). For help repairing your external key store, see the [Troubleshooting external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html). Both topics are in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DescribeCustomKeyStores](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Related operations:**
///
/// - `ConnectCustomKeyStore`
/// - `CreateCustomKeyStore`
/// - `DeleteCustomKeyStore`
/// - `DisconnectCustomKeyStore`
/// - `UpdateCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DescribeCustomKeyStores", output = DescribeCustomKeyStoresResponse, error = DescribeCustomKeyStoresError)]
pub struct DescribeCustomKeyStores {
    /// Gets only information about the specified custom key store. Enter the key store ID.
    ///
    /// By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both.
    pub custom_key_store_id: Option<String>,
    /// Gets only information about the specified custom key store. Enter the friendly name of the custom key store.
    ///
    /// By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both.
    pub custom_key_store_name: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

impl DescribeCustomKeyStores {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `CustomKeyStores`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, CustomKeyStoresListEntry> {
        self.paginate(client)
            .items(|out| out.custom_key_stores.unwrap_or_default())
    }
}

/// The response to [`DescribeCustomKeyStores`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeCustomKeyStoresResponse {
    /// Contains metadata about each custom key store.
    pub custom_key_stores: Option<Vec<CustomKeyStoresListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeCustomKeyStores`].
#[awsop::aws_error]
pub enum DescribeCustomKeyStoresError {
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeKey -----------------------------------------------------------

/// Provides detailed information about a KMS key. You can run `DescribeKey` on a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
///
/// This detailed information includes the key ARN, creation date (and deletion date, if applicable), the key state, and the origin and expiration date (if any) of the key material. It includes fields, like `KeySpec`, that help you distinguish different types of KMS keys. It also displays the key usage (encryption, signing, or generating and verifying MACs) and the algorithms that the KMS key supports.
///
/// For [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html), `DescribeKey` displays the primary key and all related replica keys. For KMS keys in [CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html), it includes information about the key store, such as the key store ID and the CloudHSM cluster ID. For KMS keys in [external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html), it includes the custom key store ID and the ID of the external key.
///
/// `DescribeKey` does not return the following information:
///
/// - Aliases associated with the KMS key. To get this information, use `ListAliases`.
/// - Whether automatic key rotation is enabled on the KMS key. To get this information, use `GetKeyRotationStatus`. Also, some key states prevent a KMS key from being automatically rotated. For details, see [How key rotation works](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotate-keys-how-it-works) in the *Key Management Service Developer Guide*.
/// - Tags on the KMS key. To get this information, use `ListResourceTags`.
/// - Key policies and grants on the KMS key. To get this information, use `GetKeyPolicy` and `ListGrants`.
///
/// In general, `DescribeKey` is a non-mutating operation. It returns data about KMS keys, but doesn't change them. However, Amazon Web Services services use `DescribeKey` to create [Amazon Web Services managed keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key) from a *predefined Amazon Web Services alias* with no key ID.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:DescribeKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `GetKeyPolicy`
/// - `GetKeyRotationStatus`
/// - `ListAliases`
/// - `ListGrants`
/// - `ListKeys`
/// - `ListResourceTags`
/// - `ListRetirableGrants`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DescribeKey", output = DescribeKeyResponse, error = DescribeKeyError)]
pub struct DescribeKey {
    /// Describes the specified KMS key.
    ///
    /// If you specify a predefined Amazon Web Services alias (an Amazon Web Services alias with no key ID), KMS associates the alias with an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key) and returns its `KeyId` and `Arn` in the response.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
}

/// The response to [`DescribeKey`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeKeyResponse {
    /// Metadata associated with the key.
    pub key_metadata: Option<KeyMetadata>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeKey`].
#[awsop::aws_error]
pub enum DescribeKeyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DisableKey ------------------------------------------------------------

/// Sets the state of a KMS key to disabled. This change temporarily prevents use of the KMS key for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
///
/// The KMS key that you use for this operation must be in a compatible key state. For more information about how key state affects the use of a KMS key, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the **Key Management Service Developer Guide** .
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DisableKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `EnableKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DisableKey", output = DisableKeyResponse, error = DisableKeyError)]
pub struct DisableKey {
    /// Identifies the KMS key to disable.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`DisableKey`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DisableKeyResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DisableKey`].
#[awsop::aws_error]
pub enum DisableKeyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DisableKeyRotation ----------------------------------------------------

/// Disables [automatic rotation of the key material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html) of the specified symmetric encryption KMS key.
///
/// Automatic key rotation is supported only on symmetric encryption KMS keys. You cannot enable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To enable or disable automatic rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), set the property on the primary key.
///
/// You can enable (`EnableKeyRotation`) and disable automatic rotation of the key material in [customer managed KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key). Key material rotation of [Amazon Web Services managed KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key) is not configurable. KMS always rotates the key material for every year. Rotation of [Amazon Web Services owned KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-key) varies.
///
/// **Note:** In May 2022, KMS changed the rotation schedule for Amazon Web Services managed keys from every three years to every year. For details, see `EnableKeyRotation`.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DisableKeyRotation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `EnableKeyRotation`
/// - `GetKeyRotationStatus`
/// - `ListKeyRotations`
/// - `RotateKeyOnDemand`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DisableKeyRotation", output = DisableKeyRotationResponse, error = DisableKeyRotationError)]
pub struct DisableKeyRotation {
    /// Identifies a symmetric encryption KMS key. You cannot enable or disable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html#asymmetric-cmks), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html).
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`DisableKeyRotation`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DisableKeyRotationResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DisableKeyRotation`].
#[awsop::aws_error]
pub enum DisableKeyRotationError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DisconnectCustomKeyStore ----------------------------------------------

/// Disconnects the [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) from its backing key store. This operation disconnects an CloudHSM key store from its associated CloudHSM cluster or disconnects an external key store from the external key store proxy that communicates with your external key manager.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// While a custom key store is disconnected, you can manage the custom key store and its KMS keys, but you cannot create or use its KMS keys. You can reconnect the custom key store at any time.
///
/// **Note:** While a custom key store is disconnected, all attempts to create KMS keys in the custom key store or to use existing KMS keys in [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) will fail. This action can prevent users from storing and accessing sensitive data.
///
/// When you disconnect a custom key store, its `ConnectionState` changes to `Disconnected`. To find the connection state of a custom key store, use the `DescribeCustomKeyStores` operation. To reconnect a custom key store, use the `ConnectCustomKeyStore` operation.
///
/// If the operation succeeds, it returns a JSON object with no properties.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:DisconnectCustomKeyStore](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Related operations:**
///
/// - `ConnectCustomKeyStore`
/// - `CreateCustomKeyStore`
/// - `DeleteCustomKeyStore`
/// - `DescribeCustomKeyStores`
/// - `UpdateCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "DisconnectCustomKeyStore", output = DisconnectCustomKeyStoreResponse, error = DisconnectCustomKeyStoreError)]
pub struct DisconnectCustomKeyStore {
    /// Enter the ID of the custom key store you want to disconnect. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
}

/// The response to [`DisconnectCustomKeyStore`].
#[awsop::aws_shape(output, eq)]
pub struct DisconnectCustomKeyStoreResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DisconnectCustomKeyStore`].
#[awsop::aws_error]
pub enum DisconnectCustomKeyStoreError {
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- EnableKey -------------------------------------------------------------

/// Sets the key state of a KMS key to enabled. This allows you to use the KMS key for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:EnableKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `DisableKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "EnableKey", output = EnableKeyResponse, error = EnableKeyError)]
pub struct EnableKey {
    /// Identifies the KMS key to enable.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`EnableKey`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct EnableKeyResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`EnableKey`].
#[awsop::aws_error]
pub enum EnableKeyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- EnableKeyRotation -----------------------------------------------------

/// Enables [automatic rotation of the key material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html) of the specified symmetric encryption KMS key.
///
/// By default, when you enable automatic rotation of a [customer managed KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key), KMS rotates the key material of the KMS key one year (approximately 365 days) from the enable date and every year thereafter. You can use the optional `RotationPeriodInDays` parameter to specify a custom rotation period when you enable key rotation, or you can use `RotationPeriodInDays` to modify the rotation period of a key that you previously enabled automatic key rotation on.
///
/// You can monitor rotation of the key material for your KMS keys in CloudTrail and Amazon CloudWatch. To disable rotation of the key material in a customer managed KMS key, use the `DisableKeyRotation` operation. You can use the `GetKeyRotationStatus` operation to identify any in progress rotations. You can use the `ListKeyRotations` operation to view the details of completed rotations.
///
/// Automatic key rotation is supported only on symmetric encryption KMS keys. You cannot enable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To enable or disable automatic rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), set the property on the primary key.
///
/// You cannot enable or disable automatic rotation of [Amazon Web Services managed KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key). KMS always rotates the key material of Amazon Web Services managed keys every year. Rotation of [Amazon Web Services owned KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-key) is managed by the Amazon Web Services service that owns the key.
///
/// **Note:** In May 2022, KMS changed the rotation schedule for Amazon Web Services managed keys from every three years (approximately 1,095 days) to every year (approximately 365 days).
///
/// New Amazon Web Services managed keys are automatically rotated one year after they are created, and approximately every year thereafter.
///
/// Existing Amazon Web Services managed keys are automatically rotated one year after their most recent rotation, and every year thereafter.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:EnableKeyRotation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `DisableKeyRotation`
/// - `GetKeyRotationStatus`
/// - `ListKeyRotations`
/// - `RotateKeyOnDemand`
///
///   **Note:** You can perform on-demand (`RotateKeyOnDemand`) rotation of the key material in customer managed KMS keys, regardless of whether or not automatic key rotation is enabled.
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "EnableKeyRotation", output = EnableKeyRotationResponse, error = EnableKeyRotationError)]
pub struct EnableKeyRotation {
    /// Identifies a symmetric encryption KMS key. You cannot enable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To enable or disable automatic rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), set the property on the primary key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Use this parameter to specify a custom period of time between each rotation date. If no value is specified, the default value is 365 days.
    ///
    /// The rotation period defines the number of days after you enable automatic key rotation that KMS will rotate your key material, and the number of days between each automatic rotation thereafter.
    ///
    /// You can use the [`kms:RotationPeriodInDays`](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-rotation-period-in-days) condition key to further constrain the values that principals can specify in the `RotationPeriodInDays` parameter.
    pub rotation_period_in_days: Option<i32>,
}

/// The response to [`EnableKeyRotation`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct EnableKeyRotationResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`EnableKeyRotation`].
#[awsop::aws_error]
pub enum EnableKeyRotationError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Encapsulate -----------------------------------------------------------

/// Generates a shared secret and its encapsulated (ciphertext) form using the public key of an ML-KEM KMS key pair. Module-Lattice-Based Key-Encapsulation Mechanism (ML-KEM), specified in [FIPS 203](https://csrc.nist.gov/pubs/fips/203/final) on the NIST website, is a post-quantum algorithm for establishing a shared secret between two parties.
///
/// For an example of how two parties establish a shared secret over an insecure channel using ML-KEM, see [ML-KEM keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/pqkeys.html#mlkem) in the *Key Management Service Developer Guide*.
///
/// The Encapsulate operation is not available in China Regions.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:Encapsulate](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decapsulate`
/// - `DeriveSharedSecret`
/// - `CreateKey`
/// - `GetPublicKey`
/// - `DescribeKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Encapsulate", output = EncapsulateResponse, error = EncapsulateError)]
pub struct Encapsulate {
    /// Identifies an asymmetric ML-KEM KMS key. KMS uses the public key in the specified key pair to encapsulate the shared secret. ML-KEM KMS keys have a `KeySpec` value of `ML_KEM_512`, `ML_KEM_768`, or `ML_KEM_1024` and a `KeyUsage` value of `ENCAPSULATE_DECAPSULATE`. To find the `KeySpec` and `KeyUsage` of a KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the key encapsulation algorithm used to generate the shared secret and its encapsulated form. The only valid value is `ML_KEM`.
    pub encapsulation_algorithm: EncapsulationAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`Encapsulate`].
#[awsop::aws_shape(output, eq)]
pub struct EncapsulateResponse {
    /// The identifier of the ML-KEM KMS key used to encapsulate the shared secret.
    pub key_id: Option<String>,
    /// The plaintext shared secret. It is a 32-byte cryptographically random value that both parties can use directly as key material or pass through a key derivation function to generate multiple keys and nonces. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The encapsulated form of the shared secret. Pass this value to the `Decapsulate` operation to recover the shared secret. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. The length of `SharedSecretCiphertextBlob` depends on the ML-KEM key spec. Before Base64 encoding, the encapsulated shared secret is 768 bytes for `ML_KEM_512`, 1088 bytes for `ML_KEM_768`, and 1568 bytes for `ML_KEM_1024`.
    pub shared_secret_ciphertext_blob: Option<awsop::wire::Blob>,
    /// The key encapsulation algorithm used to generate the shared secret.
    pub encapsulation_algorithm: Option<EncapsulationAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Encapsulate`].
#[awsop::aws_error]
pub enum EncapsulateError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Encrypt ---------------------------------------------------------------

/// Encrypts plaintext of up to 4,096 bytes using a KMS key. You can use a symmetric or asymmetric KMS key with a `KeyUsage` of `ENCRYPT_DECRYPT`.
///
/// You can use this operation to encrypt small amounts of arbitrary data, such as a personal identifier or database password, or other sensitive information. You don't need to use the `Encrypt` operation to encrypt a data key. The `GenerateDataKey` and `GenerateDataKeyPair` operations return a plaintext data key and an encrypted copy of that data key.
///
/// If you use a symmetric encryption KMS key, you can use an encryption context to add additional security to your encryption operation. If you specify an `EncryptionContext` when encrypting data, you must specify the same encryption context (a case-sensitive exact match) when decrypting the data. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
///
/// If you specify an asymmetric KMS key, you must also specify the encryption algorithm. The algorithm must be compatible with the KMS key spec.
///
/// **Important:** When you use an asymmetric KMS key to encrypt or reencrypt data, be sure to record the KMS key and encryption algorithm that you choose. You will be required to provide the same KMS key and encryption algorithm when you decrypt the data. If the KMS key and algorithm do not match the values used to encrypt the data, the decrypt operation fails.
///
/// You are not required to supply the key ID and encryption algorithm when you decrypt with symmetric encryption KMS keys because KMS stores this information in the ciphertext blob. KMS cannot store metadata in ciphertext generated with asymmetric keys. The standard format for asymmetric key ciphertext does not include configurable fields.
///
/// The maximum size of the data that you can encrypt varies with the type of KMS key and the encryption algorithm that you choose.
///
/// - Symmetric encryption KMS keys
///   - `SYMMETRIC_DEFAULT`: 4096 bytes
/// - `RSA_2048`
///   - `RSAES_OAEP_SHA_1`: 214 bytes
///   - `RSAES_OAEP_SHA_256`: 190 bytes
/// - `RSA_3072`
///   - `RSAES_OAEP_SHA_1`: 342 bytes
///   - `RSAES_OAEP_SHA_256`: 318 bytes
/// - `RSA_4096`
///   - `RSAES_OAEP_SHA_1`: 470 bytes
///   - `RSAES_OAEP_SHA_256`: 446 bytes
/// - `SM2PKE`: 1024 bytes (China Regions only)
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:Encrypt](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Encrypt", output = EncryptResponse, error = EncryptError)]
pub struct Encrypt {
    /// Identifies the KMS key to use in the encryption operation. The KMS key must have a `KeyUsage` of `ENCRYPT_DECRYPT`. To find the `KeyUsage` of a KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Data to be encrypted.
    pub plaintext: awsop::Sensitive<awsop::wire::Blob>,
    /// Specifies the encryption context that will be used to encrypt the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The algorithm must be compatible with the KMS key that you specify.
    ///
    /// This parameter is required only for asymmetric KMS keys. The default value, `SYMMETRIC_DEFAULT`, is the algorithm used for symmetric encryption KMS keys. If you are using an asymmetric KMS key, we recommend RSAES\_OAEP\_SHA\_256.
    ///
    /// The SM2PKE algorithm is only available in China Regions.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`Encrypt`].
#[awsop::aws_shape(output, eq)]
pub struct EncryptResponse {
    /// The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to encrypt the plaintext.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to encrypt the plaintext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Encrypt`].
#[awsop::aws_error]
pub enum EncryptError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateDataKey -------------------------------------------------------

/// Returns a unique symmetric data key for use outside of KMS. This operation returns a plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the plaintext key are random; they are not related to the caller or the KMS key. You can use the plaintext key to encrypt your data outside of KMS and store the encrypted data key with the encrypted data.
///
/// To generate a data key, specify the symmetric encryption KMS key that will be used to encrypt the data key. You cannot use an asymmetric KMS key to encrypt data keys. To get the type of your KMS key, use the `DescribeKey` operation.
///
/// You must also specify the length of the data key. Use either the `KeySpec` or `NumberOfBytes` parameters (but not both). For 128-bit and 256-bit data keys, use the `KeySpec` parameter.
///
/// To generate a 128-bit SM4 data key (China Regions only), specify a `KeySpec` value of `AES_128` or a `NumberOfBytes` value of `16`. The symmetric encryption key used in China Regions to encrypt your data key is an SM4 encryption key.
///
/// To get only an encrypted copy of the data key, use `GenerateDataKeyWithoutPlaintext`. To generate an asymmetric data key pair, use the `GenerateDataKeyPair` or `GenerateDataKeyPairWithoutPlaintext` operation. To get a cryptographically secure random byte string, use `GenerateRandom`.
///
/// You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
///
/// `GenerateDataKey` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `GenerateDataKey` for an Amazon Web Services Nitro enclave or NitroTPM, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the attested environment. `GenerateDataKey` returns a copy of the data key encrypted under the specified KMS key, as usual. But instead of a plaintext copy of the data key, the response includes a copy of the data key encrypted under the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **How to use your data key**
///
/// We recommend that you use the following pattern to encrypt data locally in your application. You can write your own code or use a client-side encryption library, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/), the [Amazon DynamoDB Encryption Client](https://docs.aws.amazon.com/dynamodb-encryption-client/latest/devguide/), or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html) to do these tasks for you.
///
/// To encrypt data outside of KMS:
///
/// 1. Use the `GenerateDataKey` operation to get a data key.
/// 2. Use the plaintext data key (in the `Plaintext` field of the response) to encrypt your data outside of KMS. Then erase the plaintext data key from memory.
/// 3. Store the encrypted data key (in the `CiphertextBlob` field of the response) with the encrypted data.
///
/// To decrypt data outside of KMS:
///
/// 1. Use the `Decrypt` operation to decrypt the encrypted data key. The operation returns a plaintext copy of the data key.
/// 2. Use the plaintext data key to decrypt data outside of KMS, then erase the plaintext data key from memory.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GenerateDataKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `Encrypt`
/// - `GenerateDataKeyPair`
/// - `GenerateDataKeyPairWithoutPlaintext`
/// - `GenerateDataKeyWithoutPlaintext`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateDataKey", output = GenerateDataKeyResponse, error = GenerateDataKeyError)]
pub struct GenerateDataKey {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// Specifies the length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data keys, use the `KeySpec` parameter.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub number_of_bytes: Option<i32>,
    /// Specifies the length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub key_spec: Option<DataKeySpec>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning the plaintext data key, KMS encrypts the plaintext data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the enclave. The `CiphertextBlob` field in the response contains a copy of the data key encrypted under the KMS key specified by the `KeyId` parameter. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`GenerateDataKey`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateDataKeyResponse {
    /// The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your data outside of KMS. Then, remove it from memory as soon as possible.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The plaintext data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<awsop::wire::Blob>,
    /// The identifier of the key material used to encrypt the data key. This field is omitted if the request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateDataKey`].
#[awsop::aws_error]
pub enum GenerateDataKeyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateDataKeyPair ---------------------------------------------------

/// Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a plaintext public key, a plaintext private key, and a copy of the private key that is encrypted under the symmetric encryption KMS key you specify. You can use the data key pair to perform asymmetric cryptography and implement digital signatures outside of KMS. The bytes in the keys are random; they are not related to the caller or to the KMS key that is used to encrypt the private key.
///
/// You can use the public key that `GenerateDataKeyPair` returns to encrypt data or verify a signature outside of KMS. Then, store the encrypted private key with the data. When you are ready to decrypt data or sign a message, you can use the `Decrypt` operation to decrypt the encrypted private key.
///
/// To generate a data key pair, you must specify a symmetric encryption KMS key to encrypt the private key in a data key pair. You cannot use an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
///
/// Use the `KeyPairSpec` parameter to choose an RSA or Elliptic Curve (ECC) data key pair. In China Regions, you can also choose an SM2 data key pair. KMS recommends that you use ECC key pairs for signing, and use RSA and SM2 key pairs for either encryption or signing, but not both. However, KMS cannot enforce any restrictions on the use of data key pairs outside of KMS.
///
/// If you are using the data key pair to encrypt data, or for any operation where you don't immediately need a private key, consider using the `GenerateDataKeyPairWithoutPlaintext` operation. `GenerateDataKeyPairWithoutPlaintext` returns a plaintext public key and an encrypted private key, but omits the plaintext private key that you need only to decrypt ciphertext or sign a message. Later, when you need to decrypt the data or sign a message, use the `Decrypt` operation to decrypt the encrypted private key in the data key pair.
///
/// `GenerateDataKeyPair` returns a unique data key pair for each request. The bytes in the keys are random; they are not related to the caller or the KMS key that is used to encrypt the private key. The public key is a DER-encoded X.509 SubjectPublicKeyInfo, as specified in [RFC 5280](https://tools.ietf.org/html/rfc5280). The private key is a DER-encoded PKCS8 PrivateKeyInfo, as specified in [RFC 5958](https://tools.ietf.org/html/rfc5958).
///
/// **Note:** For ML-KEM data key pairs, the DER-encoded PKCS8 PrivateKeyInfo contains the private key in seed format. As a result, the length of the private key is the same for all ML-KEM key pair specs.
///
/// `GenerateDataKeyPair` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `GenerateDataKeyPair` for an Amazon Web Services Nitro enclave or NitroTPM, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the attested environment. `GenerateDataKeyPair` returns the public data key and a copy of the private data key encrypted under the specified KMS key, as usual. But instead of a plaintext copy of the private data key (`PrivateKeyPlaintext`), the response includes a copy of the private data key encrypted under the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
///
/// You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GenerateDataKeyPair](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPairWithoutPlaintext`
/// - `GenerateDataKeyWithoutPlaintext`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateDataKeyPair", output = GenerateDataKeyPairResponse, error = GenerateDataKeyPairError)]
pub struct GenerateDataKeyPair {
    /// Specifies the encryption context that will be used when encrypting the private key in the data key pair.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    ///
    /// The KMS rule that restricts the use of asymmetric RSA and SM2 KMS keys to encrypt and decrypt or to sign and verify (but not both), the rule that permits you to use ECC KMS keys only to sign and verify, and the rule that permits you to use ML-DSA key pairs to sign and verify only are not effective on data key pairs, which are used outside of KMS. The SM2 key spec is only available in China Regions. The ML-KEM key specs are not available in China Regions.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM. To call GenerateDataKeyPair generate an attestation document use either [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) for an Amazon Web Services Nitro Enclaves or [Amazon Web Services NitroTPM tools](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/attestation-get-doc.html) for Amazon Web Services NitroTPM. Then use the Recipient parameter from any Amazon Web Services SDK to provide the attestation document for the attested environment.
    ///
    /// When you use this parameter, instead of returning a plaintext copy of the private data key, KMS encrypts the plaintext private data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `CiphertextBlob` field in the response contains a copy of the private data key encrypted under the KMS key specified by the `KeyId` parameter. The `PrivateKeyPlaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`GenerateDataKeyPair`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateDataKeyPairResponse {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<awsop::wire::Blob>,
    /// The plaintext copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `PrivateKeyPlaintext` field is null or empty.
    pub private_key_plaintext: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<awsop::wire::Blob>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The plaintext private data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<awsop::wire::Blob>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateDataKeyPair`].
#[awsop::aws_error]
pub enum GenerateDataKeyPairError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateDataKeyPairWithoutPlaintext -----------------------------------

/// Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a plaintext public key and a copy of the private key that is encrypted under the symmetric encryption KMS key you specify. Unlike `GenerateDataKeyPair`, this operation does not return a plaintext private key. The bytes in the keys are random; they are not related to the caller or to the KMS key that is used to encrypt the private key.
///
/// You can use the public key that `GenerateDataKeyPairWithoutPlaintext` returns to encrypt data or verify a signature outside of KMS. Then, store the encrypted private key with the data. When you are ready to decrypt data or sign a message, you can use the `Decrypt` operation to decrypt the encrypted private key.
///
/// To generate a data key pair, you must specify a symmetric encryption KMS key to encrypt the private key in a data key pair. You cannot use an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
///
/// Use the `KeyPairSpec` parameter to choose an RSA or Elliptic Curve (ECC) data key pair. In China Regions, you can also choose an SM2 data key pair. KMS recommends that you use ECC key pairs for signing, and use RSA and SM2 key pairs for either encryption or signing, but not both. However, KMS cannot enforce any restrictions on the use of data key pairs outside of KMS.
///
/// `GenerateDataKeyPairWithoutPlaintext` returns a unique data key pair for each request. The bytes in the key are not related to the caller or KMS key that is used to encrypt the private key. The public key is a DER-encoded X.509 SubjectPublicKeyInfo, as specified in [RFC 5280](https://tools.ietf.org/html/rfc5280).
///
/// **Note:** For ML-KEM data key pairs, the DER-encoded PKCS8 PrivateKeyInfo contains the private key in seed format. As a result, the length of the private key is the same for all ML-KEM key pair specs.
///
/// You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GenerateDataKeyPairWithoutPlaintext](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
/// - `GenerateDataKeyWithoutPlaintext`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateDataKeyPairWithoutPlaintext", output = GenerateDataKeyPairWithoutPlaintextResponse, error = GenerateDataKeyPairWithoutPlaintextError)]
pub struct GenerateDataKeyPairWithoutPlaintext {
    /// Specifies the encryption context that will be used when encrypting the private key in the data key pair.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    ///
    /// The KMS rule that restricts the use of asymmetric RSA and SM2 KMS keys to encrypt and decrypt or to sign and verify (but not both), the rule that permits you to use ECC KMS keys only to sign and verify, and the rule that permits you to use ML-DSA key pairs to sign and verify only are not effective on data key pairs, which are used outside of KMS. The SM2 key spec is only available in China Regions. The ML-KEM key specs are not available in China Regions.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`GenerateDataKeyPairWithoutPlaintext`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateDataKeyPairWithoutPlaintextResponse {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<awsop::wire::Blob>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<awsop::wire::Blob>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateDataKeyPairWithoutPlaintext`].
#[awsop::aws_error]
pub enum GenerateDataKeyPairWithoutPlaintextError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateDataKeyWithoutPlaintext ---------------------------------------

/// Returns a unique symmetric data key for use outside of KMS. This operation returns a data key that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the key are random; they are not related to the caller or to the KMS key.
///
/// `GenerateDataKeyWithoutPlaintext` is identical to the `GenerateDataKey` operation except that it does not return a plaintext copy of the data key.
///
/// This operation is useful for systems that need to encrypt data at some point, but not immediately. When you need to encrypt the data, you call the `Decrypt` operation on the encrypted copy of the key.
///
/// It's also useful in distributed systems with different levels of trust. For example, you might store encrypted data in containers. One component of your system creates new containers and stores an encrypted data key with each container. Then, a different component puts the data into the containers. That component first decrypts the data key, uses the plaintext data key to encrypt data, puts the encrypted data into the container, and then destroys the plaintext data key. In this system, the component that creates the containers never sees the plaintext data key.
///
/// To request an asymmetric data key pair, use the `GenerateDataKeyPair` or `GenerateDataKeyPairWithoutPlaintext` operations.
///
/// To generate a data key, you must specify the symmetric encryption KMS key that is used to encrypt the data key. You cannot use an asymmetric KMS key or a key in a custom key store to generate a data key. To get the type of your KMS key, use the `DescribeKey` operation.
///
/// You must also specify the length of the data key. Use either the `KeySpec` or `NumberOfBytes` parameters (but not both). For 128-bit and 256-bit data keys, use the `KeySpec` parameter.
///
/// To generate an SM4 data key (China Regions only), specify a `KeySpec` value of `AES_128` or `NumberOfBytes` value of `16`. The symmetric encryption key used in China Regions to encrypt your data key is an SM4 encryption key.
///
/// If the operation succeeds, you will find the encrypted copy of the data key in the `CiphertextBlob` field.
///
/// You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GenerateDataKeyWithoutPlaintext](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
/// - `GenerateDataKeyPairWithoutPlaintext`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateDataKeyWithoutPlaintext", output = GenerateDataKeyWithoutPlaintextResponse, error = GenerateDataKeyWithoutPlaintextError)]
pub struct GenerateDataKeyWithoutPlaintext {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<std::collections::HashMap<String, String>>,
    /// The length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key.
    pub key_spec: Option<DataKeySpec>,
    /// The length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For common key lengths (128-bit and 256-bit symmetric keys), we recommend that you use the `KeySpec` field instead of this one.
    pub number_of_bytes: Option<i32>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`GenerateDataKeyWithoutPlaintext`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateDataKeyWithoutPlaintextResponse {
    /// The encrypted data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The identifier of the key material used to encrypt the data key.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateDataKeyWithoutPlaintext`].
#[awsop::aws_error]
pub enum GenerateDataKeyWithoutPlaintextError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateMac -----------------------------------------------------------

/// Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm that the key supports. HMAC KMS keys and the HMAC algorithms that KMS uses conform to industry standards defined in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
///
/// You can use value that GenerateMac returns in the `VerifyMac` operation to demonstrate that the original message has not changed. Also, because a secret key is used to create the hash, you can verify that the party that generated the hash has the required secret key. You can also use the raw result to implement HMAC-based algorithms such as key derivation functions. This operation is part of KMS support for HMAC KMS keys. For details, see [HMAC keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html) in the **Key Management Service Developer Guide** .
///
/// **Note:** Best practices recommend that you limit the time during which any signing mechanism, including an HMAC, is effective. This deters an attack where the actor uses a signed message to establish validity repeatedly or long after the message is superseded. HMAC tags do not include a timestamp, but you can include a timestamp in the token or message to help you detect when its time to refresh the HMAC.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GenerateMac](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `VerifyMac`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateMac", output = GenerateMacResponse, error = GenerateMacError)]
pub struct GenerateMac {
    /// The message to be hashed. Specify a message of up to 4,096 bytes.
    ///
    /// `GenerateMac` and `VerifyMac` do not provide special handling for message digests. If you generate an HMAC for a hash digest of a message, you must verify the HMAC of the same hash digest.
    pub message: awsop::Sensitive<awsop::wire::Blob>,
    /// The HMAC KMS key to use in the operation. The MAC algorithm computes the HMAC for the message and the key as described in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    ///
    /// To identify an HMAC KMS key, use the `DescribeKey` operation and see the `KeySpec` field in the response.
    pub key_id: String,
    /// The MAC algorithm used in the operation.
    ///
    /// The algorithm must be compatible with the HMAC KMS key that you specify. To find the MAC algorithms that your HMAC KMS key supports, use the `DescribeKey` operation and see the `MacAlgorithms` field in the `DescribeKey` response.
    pub mac_algorithm: MacAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`GenerateMac`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateMacResponse {
    /// The hash-based message authentication code (HMAC) that was generated for the specified message, HMAC KMS key, and MAC algorithm.
    ///
    /// This is the standard, raw HMAC defined in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    pub mac: Option<awsop::wire::Blob>,
    /// The MAC algorithm that was used to generate the HMAC.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
    /// The HMAC KMS key used in the operation.
    pub key_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateMac`].
#[awsop::aws_error]
pub enum GenerateMacError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GenerateRandom --------------------------------------------------------

/// Returns a random byte string that is cryptographically secure.
///
/// You must use the `NumberOfBytes` parameter to specify the length of the random byte string. There is no default value for string length.
///
/// By default, the random byte string is generated in KMS. To generate the byte string in the CloudHSM cluster associated with an CloudHSM key store, use the `CustomKeyStoreId` parameter.
///
/// `GenerateRandom` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `GenerateRandom` for a Nitro enclave or NitroTPM, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the attested environment. Instead of plaintext bytes, the response includes the plaintext bytes encrypted under the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
///
/// For more information about entropy and random number generation, see [Entropy and random number generation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#entropy-and-random-numbers) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Not applicable. `GenerateRandom` does not use any account-specific resources, such as KMS keys.
///
/// **Required permissions**: [kms:GenerateRandom](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GenerateRandom", output = GenerateRandomResponse, error = GenerateRandomError)]
pub struct GenerateRandom {
    /// The length of the random byte string. This parameter is required.
    pub number_of_bytes: Option<i32>,
    /// Generates the random byte string in the CloudHSM cluster that is associated with the specified CloudHSM key store. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    ///
    /// External key store IDs are not valid for this parameter. If you specify the ID of an external key store, `GenerateRandom` throws an `UnsupportedOperationException`.
    pub custom_key_store_id: Option<String>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning plaintext bytes, KMS encrypts the plaintext bytes under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
}

/// The response to [`GenerateRandom`].
#[awsop::aws_shape(output, eq)]
pub struct GenerateRandomResponse {
    /// The random byte string. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The plaintext random bytes encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<awsop::wire::Blob>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GenerateRandom`].
#[awsop::aws_error]
pub enum GenerateRandomError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetKeyLastUsage -------------------------------------------------------

/// Returns usage information about the last successful cryptographic operation performed with a specified KMS key, including the operation type, timestamp, and associated CloudTrail event ID.
///
/// The `TrackingStartDate` in the `GetKeyLastUsage` response indicates the date from which KMS began recording cryptographic activity for a given key. Use this value together with `KeyCreationDate` to understand the key's usage history:
///
/// - If the `KeyLastUsage` response element is *present*, the key has been used for a successful cryptographic operation since the `TrackingStartDate`. The response includes the operation type, timestamp, and associated CloudTrail event ID.
/// - If the `KeyLastUsage` response element is *empty* and `KeyCreationDate` is on or after `TrackingStartDate`, the key has not been used for a successful cryptographic operation since it was created.
/// - If the `KeyLastUsage` response element is *empty* and `KeyCreationDate` is before `TrackingStartDate`, there is no record of the key being used for a successful cryptographic operation since the `TrackingStartDate`. However, the key may have been used before tracking began. To determine whether the key was used before the `TrackingStartDate`, examine your past CloudTrail logs.
///
/// For multi-Region KMS keys, primary and replica keys track last usage independently. Each key in a multi-Region key set maintains its own usage information.
///
/// The `ReEncrypt` operation uses two keys: a source key for decryption and a destination key for encryption. Usage information is recorded for both keys independently, each with the CloudTrail event ID from the respective key owner's account.
///
/// **Note:** Do not use `GetKeyLastUsage` as the sole indicator when scheduling a key for deletion. Instead, first [disable the key](https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html) and monitor CloudTrail for `DisabledException` entries, as there could be infrequent workflows that are dependent on the key. By looking for this exception, you can identify potential dependencies and workload failures before they occur. CloudTrail remains the authoritative source for all API calls made to your key.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:GetKeyLastUsage](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `DescribeKey`
/// - `DisableKey`
/// - `ScheduleKeyDeletion`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GetKeyLastUsage", output = GetKeyLastUsageResponse, error = GetKeyLastUsageError)]
pub struct GetKeyLastUsage {
    /// Identifies the KMS key to get usage information for. To specify a KMS key, use its key ID or key ARN. Alias names are not supported.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`GetKeyLastUsage`].
#[awsop::aws_shape(output, eq)]
pub struct GetKeyLastUsageResponse {
    /// The globally unique identifier for the KMS key.
    pub key_id: Option<String>,
    /// Contains usage information about the last time the KMS key was used for a successful cryptographic operation. If the key has not been used since tracking began, this response element is an empty object.
    pub key_last_usage: Option<KeyLastUsageData>,
    /// The date from which KMS began recording cryptographic activity for this key, or the date the KMS key was created, whichever is later.
    pub tracking_start_date: Option<awsop::time::DateTime>,
    /// The date and time when the KMS key was created.
    pub key_creation_date: Option<awsop::time::DateTime>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetKeyLastUsage`].
#[awsop::aws_error]
pub enum GetKeyLastUsageError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetKeyPolicy ----------------------------------------------------------

/// Gets a key policy attached to the specified KMS key.
///
/// A KMS key can have two key policies. You manage the `default` key policy. Resource Access Manager (RAM) manages the `AWS_RAM` key policy for KMS keys that you share through RAM. You can use `GetKeyPolicy` to view the `AWS_RAM` key policy, but you can't change it with `PutKeyPolicy`. To get the `AWS_RAM` key policy, set the `PolicyName` parameter to `AWS_RAM`. If the KMS key doesn't have an `AWS_RAM` key policy, `GetKeyPolicy` returns a `NotFoundException`. For information about sharing KMS keys, see [Sharing KMS keys with RAM](https://docs.aws.amazon.com/kms/latest/developerguide/key-sharing-ram.html) in the *Key Management Service Developer Guide*. For information about RAM managed permissions, see [Managing permissions in RAM](https://docs.aws.amazon.com/ram/latest/userguide/security-ram-permissions.html) in the *RAM User Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:GetKeyPolicy](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// You can use the [kms:PolicyName](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-policy-name) condition key to control access to this operation based on the value of the `PolicyName` parameter in the request. If the request doesn't include `PolicyName`, the value of `kms:PolicyName` is `default`.
///
/// **Related operations**: [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html)
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GetKeyPolicy", output = GetKeyPolicyResponse, error = GetKeyPolicyError)]
pub struct GetKeyPolicy {
    /// Identifies the KMS key whose key policy you want to get.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Specifies the name of the key policy. If no policy name is specified, the default value is `default`. Valid values are `default` and `AWS_RAM`. Use `AWS_RAM` to get the key policy that RAM manages for a KMS key that you share through RAM. If the KMS key doesn't have an `AWS_RAM` key policy, the request fails with a `NotFoundException`. To get the names of key policies, use `ListKeyPolicies`.
    pub policy_name: Option<String>,
}

/// The response to [`GetKeyPolicy`].
#[awsop::aws_shape(output, eq)]
pub struct GetKeyPolicyResponse {
    /// A key policy document in JSON format.
    pub policy: Option<String>,
    /// The name of the key policy. Valid values are:
    ///
    /// **default**
    ///
    /// The key policy that you manage.
    ///
    /// **AWS\_RAM**
    ///
    /// The key policy that RAM manages for KMS keys that you share through RAM.
    pub policy_name: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetKeyPolicy`].
#[awsop::aws_error]
pub enum GetKeyPolicyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetKeyRotationStatus --------------------------------------------------

/// Provides detailed information about the rotation status for a KMS key, including whether [automatic rotation of the key material](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html) is enabled for the specified KMS key, the [rotation period](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-period), and the next scheduled rotation date.
///
/// Automatic key rotation is supported only on symmetric encryption KMS keys. You cannot enable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To enable or disable automatic rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), set the property on the primary key.
///
/// You can enable (`EnableKeyRotation`) and disable automatic rotation (`DisableKeyRotation`) of the key material in customer managed KMS keys. Key material rotation of [Amazon Web Services managed KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key) is not configurable. KMS always rotates the key material in Amazon Web Services managed KMS keys every year. The key rotation status for Amazon Web Services managed KMS keys is always `true`.
///
/// You can perform on-demand (`RotateKeyOnDemand`) rotation of the key material in customer managed KMS keys, regardless of whether or not automatic key rotation is enabled. You can use GetKeyRotationStatus to identify the date and time that an in progress on-demand rotation was initiated. You can use `ListKeyRotations` to view the details of completed rotations.
///
/// **Note:** In May 2022, KMS changed the rotation schedule for Amazon Web Services managed keys from every three years to every year. For details, see `EnableKeyRotation`.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// - Disabled: The key rotation status does not change when you disable a KMS key. However, while the KMS key is disabled, KMS does not rotate the key material. When you re-enable the KMS key, rotation resumes. If the key material in the re-enabled KMS key hasn't been rotated in one year, KMS rotates it immediately, and every year thereafter. If it's been less than a year since the key material in the re-enabled KMS key was rotated, the KMS key resumes its prior rotation schedule.
/// - Pending deletion: While a KMS key is pending deletion, its key rotation status is `false` and KMS does not rotate the key material. If you cancel the deletion, the original key rotation status returns to `true`.
///
/// **Cross-account use**: Yes. To perform this operation on a KMS key in a different Amazon Web Services account, specify the key ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GetKeyRotationStatus](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `DisableKeyRotation`
/// - `EnableKeyRotation`
/// - `ListKeyRotations`
/// - `RotateKeyOnDemand`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GetKeyRotationStatus", output = GetKeyRotationStatusResponse, error = GetKeyRotationStatusError)]
pub struct GetKeyRotationStatus {
    /// Gets the rotation status for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`GetKeyRotationStatus`].
#[awsop::aws_shape(output, eq)]
pub struct GetKeyRotationStatusResponse {
    /// A Boolean value that specifies whether key rotation is enabled.
    pub key_rotation_enabled: Option<bool>,
    /// Identifies the specified symmetric encryption KMS key.
    pub key_id: Option<String>,
    /// The number of days between each automatic rotation. The default value is 365 days.
    pub rotation_period_in_days: Option<i32>,
    /// The next date that KMS will automatically rotate the key material.
    pub next_rotation_date: Option<awsop::time::DateTime>,
    /// Identifies the date and time that an in progress on-demand rotation was initiated.
    ///
    /// KMS uses a background process to perform rotations. As a result, there might be a slight delay between initiating on-demand key rotation and the rotation's completion. Once the on-demand rotation is complete, KMS removes this field from the response. You can use `ListKeyRotations` to view the details of the completed on-demand rotation.
    pub on_demand_rotation_start_date: Option<awsop::time::DateTime>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetKeyRotationStatus`].
#[awsop::aws_error]
pub enum GetKeyRotationStatusError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetParametersForImport ------------------------------------------------

/// Returns the public key and an import token you need to import or reimport key material for a KMS key.
///
/// By default, KMS keys are created with key material that KMS generates. This operation supports [Importing key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), an advanced feature that lets you generate and import the cryptographic key material for a KMS key.
///
/// Before calling `GetParametersForImport`, use the `CreateKey` operation with an `Origin` value of `EXTERNAL` to create a KMS key with no key material. You can import key material for a symmetric encryption KMS key, HMAC KMS key, asymmetric encryption KMS key, or asymmetric signing KMS key. You can also import key material into a [multi-Region key](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) of any supported type. However, you can't import key material into a KMS key in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). You can also use `GetParametersForImport` to get a public key and import token to [reimport the original key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#reimport-key-material) into a KMS key whose key material expired or was deleted.
///
/// `GetParametersForImport` returns the items that you need to import your key material.
///
/// - The public key (or "wrapping key") of an RSA key pair that KMS generates.
///
///   You will use this public key to encrypt ("wrap") your key material while it's in transit to KMS.
/// - A import token that ensures that KMS can decrypt your key material and associate it with the correct KMS key.
///
/// The public key and its import token are permanently linked and must be used together. Each public key and import token set is valid for 24 hours. The expiration date and time appear in the `ParametersValidTo` field in the `GetParametersForImport` response. You cannot use an expired public key or import token in an `ImportKeyMaterial` request. If your key and token expire, send another `GetParametersForImport` request.
///
/// `GetParametersForImport` requires the following information:
///
/// - The key ID of the KMS key for which you are importing the key material.
/// - The key spec of the public key ("wrapping key") that you will use to encrypt your key material during import.
/// - The wrapping algorithm that you will use with the public key to encrypt your key material.
///
/// You can use the same or a different public key spec and wrapping algorithm each time you import or reimport the same key material.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:GetParametersForImport](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `ImportKeyMaterial`
/// - `DeleteImportedKeyMaterial`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GetParametersForImport", output = GetParametersForImportResponse, error = GetParametersForImportError)]
pub struct GetParametersForImport {
    /// The identifier of the KMS key that will be associated with the imported key material. The `Origin` of the KMS key must be `EXTERNAL`.
    ///
    /// All KMS key types are supported, including multi-Region keys. However, you cannot import key material into a KMS key in a custom key store.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The algorithm you will use with the RSA public key (`PublicKey`) in the response to protect your key material during import. For more information, see [Select a wrapping algorithm](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-get-public-key-and-token.html#select-wrapping-algorithm) in the *Key Management Service Developer Guide*.
    ///
    /// For RSA\_AES wrapping algorithms, you encrypt your key material with an AES key that you generate, then encrypt your AES key with the RSA public key from KMS. For RSAES wrapping algorithms, you encrypt your key material directly with the RSA public key from KMS.
    ///
    /// The wrapping algorithms that you can use depend on the type of key material that you are importing. To import an RSA private key, you must use an RSA\_AES wrapping algorithm.
    ///
    /// - **RSA\_AES\_KEY\_WRAP\_SHA\_256** — Supported for wrapping RSA and ECC key material.
    /// - **RSA\_AES\_KEY\_WRAP\_SHA\_1** — Supported for wrapping RSA and ECC key material.
    /// - **RSAES\_OAEP\_SHA\_256** — Supported for all types of key material, except RSA key material (private key).
    ///
    ///   You cannot use the RSAES\_OAEP\_SHA\_256 wrapping algorithm with the RSA\_2048 wrapping key spec to wrap ECC\_NIST\_P521 key material.
    /// - **RSAES\_OAEP\_SHA\_1** — Supported for all types of key material, except RSA key material (private key).
    ///
    ///   You cannot use the RSAES\_OAEP\_SHA\_1 wrapping algorithm with the RSA\_2048 wrapping key spec to wrap ECC\_NIST\_P521 key material.
    /// - **RSAES\_PKCS1\_V1\_5** (Deprecated) — As of October 10, 2023, KMS does not support the RSAES\_PKCS1\_V1\_5 wrapping algorithm.
    pub wrapping_algorithm: AlgorithmSpec,
    /// The type of RSA public key to return in the response. You will use this wrapping key with the specified wrapping algorithm to protect your key material during import.
    ///
    /// Use the longest RSA wrapping key that is practical.
    ///
    /// You cannot use an RSA\_2048 public key to directly wrap an ECC\_NIST\_P521 private key. Instead, use an RSA\_AES wrapping algorithm or choose a longer RSA public key.
    pub wrapping_key_spec: WrappingKeySpec,
}

/// The response to [`GetParametersForImport`].
#[awsop::aws_shape(output, eq)]
pub struct GetParametersForImportResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key to use in a subsequent `ImportKeyMaterial` request. This is the same KMS key specified in the `GetParametersForImport` request.
    pub key_id: Option<String>,
    /// The import token to send in a subsequent `ImportKeyMaterial` request.
    pub import_token: Option<awsop::wire::Blob>,
    /// The public key to use to encrypt the key material before importing it with `ImportKeyMaterial`.
    pub public_key: Option<awsop::Sensitive<awsop::wire::Blob>>,
    /// The time at which the import token and public key are no longer valid. After this time, you cannot use them to make an `ImportKeyMaterial` request and you must send another `GetParametersForImport` request to get new ones.
    pub parameters_valid_to: Option<awsop::time::DateTime>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetParametersForImport`].
#[awsop::aws_error]
pub enum GetParametersForImportError {
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetPublicKey ----------------------------------------------------------

/// Returns the public key of an asymmetric KMS key. Unlike the private key of a asymmetric KMS key, which never leaves KMS unencrypted, callers with `kms:GetPublicKey` permission can download the public key of an asymmetric KMS key. You can share the public key to allow others to encrypt messages and verify signatures outside of KMS. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
///
/// You do not need to download the public key. Instead, you can use the public key within KMS by calling the `Encrypt`, `ReEncrypt`, or `Verify` operations with the identifier of an asymmetric KMS key. When you use the public key within KMS, you benefit from the authentication, authorization, and logging that are part of every KMS operation. You also reduce of risk of encrypting data that cannot be decrypted. These features are not effective outside of KMS.
///
/// To help you use the public key safely outside of KMS, `GetPublicKey` returns important information about the public key in the response, including:
///
/// - [KeySpec](https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html#KMS-GetPublicKey-response-KeySpec): The type of key material in the public key, such as `RSA_4096` or `ECC_NIST_P521`.
/// - [KeyUsage](https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html#KMS-GetPublicKey-response-KeyUsage): Whether the key is used for encryption, signing, or deriving a shared secret.
/// - [EncryptionAlgorithms](https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html#KMS-GetPublicKey-response-EncryptionAlgorithms), [KeyAgreementAlgorithms](https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html#KMS-GetPublicKey-response-KeyAgreementAlgorithms), or [SigningAlgorithms](https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html#KMS-GetPublicKey-response-SigningAlgorithms): A list of the encryption algorithms, key agreement algorithms, or signing algorithms for the key.
///
/// Although KMS cannot enforce these restrictions on external operations, it is crucial that you use this information to prevent the public key from being used improperly. For example, you can prevent a public signing key from being used encrypt data, or prevent a public key from being used with an encryption algorithm that is not supported by KMS. You can also avoid errors, such as using the wrong signing algorithm in a verification operation.
///
/// To verify a signature outside of KMS with an SM2 public key (China Regions only), you must specify the distinguishing ID. By default, KMS uses `1234567812345678` as the distinguishing ID. For more information, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:GetPublicKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `CreateKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "GetPublicKey", output = GetPublicKeyResponse, error = GetPublicKeyError)]
pub struct GetPublicKey {
    /// Identifies the asymmetric KMS key that includes the public key.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
}

/// The response to [`GetPublicKey`].
#[awsop::aws_shape(output, eq)]
pub struct GetPublicKeyResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key from which the public key was downloaded.
    pub key_id: Option<String>,
    /// The exported public key.
    ///
    /// The value is a DER-encoded X.509 public key, also known as `SubjectPublicKeyInfo` (SPKI), as defined in [RFC 5280](https://tools.ietf.org/html/rfc5280). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<awsop::wire::Blob>,
    /// Instead, use the `KeySpec` field in the `GetPublicKey` response.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` fields have the same value. We recommend that you use the `KeySpec` field in your code. However, to avoid breaking changes, KMS supports both fields.
    ///
    /// **Deprecated:** This field has been deprecated. Instead, use the KeySpec field.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// The type of the of the public key that was downloaded.
    pub key_spec: Option<KeySpec>,
    /// The permitted use of the public key. Valid values for asymmetric key pairs are `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, and `KEY_AGREEMENT`.
    ///
    /// This information is critical. For example, if a public key with `SIGN_VERIFY` key usage encrypts data outside of KMS, the ciphertext cannot be decrypted.
    pub key_usage: Option<KeyUsageType>,
    /// The encryption algorithms that KMS supports for this key.
    ///
    /// This information is critical. If a public key encrypts data outside of KMS by using an unsupported encryption algorithm, the ciphertext cannot be decrypted.
    ///
    /// This field appears in the response only when the `KeyUsage` of the public key is `ENCRYPT_DECRYPT`.
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    /// The signing algorithms that KMS supports for this key.
    ///
    /// This field appears in the response only when the `KeyUsage` of the public key is `SIGN_VERIFY`.
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    /// The key agreement algorithm used to derive a shared secret. This field is present only when the KMS key has a `KeyUsage` value of `KEY_AGREEMENT`.
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    /// The key encapsulation algorithm used to establish a shared secret. This field is present only when the KMS key has a `KeyUsage` value of `ENCAPSULATE_DECAPSULATE`.
    pub encapsulation_algorithms: Option<Vec<EncapsulationAlgorithmSpec>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetPublicKey`].
#[awsop::aws_error]
pub enum GetPublicKeyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ImportKeyMaterial -----------------------------------------------------

/// Imports or reimports key material into an existing KMS key that was created without key material. You can also use this operation to set or update the expiration model and expiration date of the imported key material.
///
/// By default, KMS creates KMS keys with key material that it generates. You can also generate and import your own key material. For more information about importing key material, see [Importing key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html).
///
/// For asymmetric and HMAC keys, you cannot change the key material after the initial import. You can import multiple key materials into symmetric encryption keys and rotate the key material on demand using `RotateKeyOnDemand`.
///
/// You can import new key materials into multi-Region symmetric encryption keys. To do so, you must import the new key material into the primary Region key. Then you can import the same key materials into the replica Region keys. You cannot directly import new key material into the replica Region keys.
///
/// To import new key material for a multi-Region symmetric key, you’ll need to complete the following:
///
/// 1. Call `ImportKeyMaterial` on the primary Region key with the `ImportType`set to `NEW_KEY_MATERIAL`.
/// 2. Call `ImportKeyMaterial` on the replica Region key with the `ImportType` set to `EXISTING_KEY_MATERIAL` using the same key material imported to the primary Region key. You must do this for every replica Region key before you can perform the `RotateKeyOnDemand` operation on the primary Region key.
///
/// After you import key material, you can [reimport the same key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#reimport-key-material) into that KMS key or, if the key supports on-demand rotation, import new key material. You can use the `ImportType` parameter to indicate whether you are importing new key material or re-importing previously imported key material. You might reimport key material to replace key material that expired or key material that you deleted. You might also reimport key material to change the expiration model or expiration date of the key material.
///
/// Each time you import key material into KMS, you can determine whether (`ExpirationModel`) and when (`ValidTo`) the key material expires. To change the expiration of your key material, you must import it again, either by calling `ImportKeyMaterial` or using the [import features](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#importing-keys-import-key-material-console) of the KMS console.
///
/// Before you call `ImportKeyMaterial`, complete these steps:
///
/// - Create or identify a KMS key with `EXTERNAL` origin, which indicates that the KMS key is designed for imported key material.
///
///   To create a new KMS key for imported key material, call the `CreateKey` operation with an `Origin` value of `EXTERNAL`. You can create a symmetric encryption KMS key, HMAC KMS key, asymmetric encryption KMS key, asymmetric key agreement key, or asymmetric signing KMS key. You can also import key material into a [multi-Region key](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) of any supported type. However, you can't import key material into a KMS key in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html).
/// - Call the `GetParametersForImport` operation to get a public key and import token set for importing key material.
/// - Use the public key in the `GetParametersForImport` response to encrypt your key material.
///
/// Then, in an `ImportKeyMaterial` request, you submit your encrypted key material and import token. When calling this operation, you must specify the following values:
///
/// - The key ID or key ARN of the KMS key to associate with the imported key material. Its `Origin` must be `EXTERNAL` and its `KeyState` must be `PendingImport` or `Enabled`. You cannot perform this operation on a KMS key in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html), or on a KMS key in a different Amazon Web Services account. To get the `Origin` and `KeyState` of a KMS key, call `DescribeKey`.
/// - The encrypted key material.
/// - The import token that `GetParametersForImport` returned. You must use a public key and token from the same `GetParametersForImport` response.
/// - Whether the key material expires (`ExpirationModel`) and, if so, when (`ValidTo`). For help with this choice, see [Setting an expiration time](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#importing-keys-expiration) in the *Key Management Service Developer Guide*.
///
///   If you set an expiration date, KMS deletes the key material from the KMS key on the specified date, making the KMS key unusable. To use the KMS key in cryptographic operations again, you must reimport the same key material. However, you can delete and reimport the key material at any time, including before the key material expires. Each time you reimport, you can eliminate or reset the expiration time.
///
/// When this operation is successful, the state of the KMS key changes to `Enabled`, and you can use the KMS key in cryptographic operations. For symmetric encryption keys, you will need to import all of the key materials associated with the KMS key to change its state to `Enabled`. Use the `ListKeyRotations` operation to list the ID and import state of each key material associated with a KMS key.
///
/// If this operation fails, use the exception to help determine the problem. If the error is related to the key material, the import token, or wrapping key, use `GetParametersForImport` to get a new public key and import token for the KMS key and repeat the import procedure. For help, see [Create a KMS key with imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-conceptual.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:ImportKeyMaterial](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `DeleteImportedKeyMaterial`
/// - `GetParametersForImport`
/// - `ListKeyRotations`
/// - `RotateKeyOnDemand`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ImportKeyMaterial", output = ImportKeyMaterialResponse, error = ImportKeyMaterialError)]
pub struct ImportKeyMaterial {
    /// The identifier of the KMS key that will be associated with the imported key material. This must be the same KMS key specified in the `KeyID` parameter of the corresponding `GetParametersForImport` request. The `Origin` of the KMS key must be `EXTERNAL` and its `KeyState` must be `PendingImport`.
    ///
    /// The KMS key can be a symmetric encryption KMS key, HMAC KMS key, asymmetric encryption KMS key, or asymmetric signing KMS key, including a [multi-Region key](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) of any supported type. You cannot perform this operation on a KMS key in a custom key store, or on a KMS key in a different Amazon Web Services account.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The import token that you received in the response to a previous `GetParametersForImport` request. It must be from the same response that contained the public key that you used to encrypt the key material.
    pub import_token: awsop::wire::Blob,
    /// The encrypted key material to import. The key material must be encrypted under the public wrapping key that `GetParametersForImport` returned, using the wrapping algorithm that you specified in the same `GetParametersForImport` request.
    pub encrypted_key_material: awsop::wire::Blob,
    /// The date and time when the imported key material expires. This parameter is required when the value of the `ExpirationModel` parameter is `KEY_MATERIAL_EXPIRES`. Otherwise it is not valid.
    ///
    /// The value of this parameter must be a future date and time. The maximum value is 365 days from the request date.
    ///
    /// When the key material expires, KMS deletes the key material from the KMS key. Without its key material, the KMS key is unusable. To use the KMS key in cryptographic operations, you must reimport the same key material.
    ///
    /// You cannot change the `ExpirationModel` or `ValidTo` values for the current import after the request completes. To change either value, you must delete (`DeleteImportedKeyMaterial`) and reimport the key material.
    pub valid_to: Option<awsop::time::DateTime>,
    /// Specifies whether the key material expires. The default is `KEY_MATERIAL_EXPIRES`. For help with this choice, see [Setting an expiration time](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#importing-keys-expiration) in the *Key Management Service Developer Guide*.
    ///
    /// When the value of `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, you must specify a value for the `ValidTo` parameter. When value is `KEY_MATERIAL_DOES_NOT_EXPIRE`, you must omit the `ValidTo` parameter.
    ///
    /// You cannot change the `ExpirationModel` or `ValidTo` values for the current import after the request completes. To change either value, you must reimport the key material.
    pub expiration_model: Option<ExpirationModelType>,
    /// Indicates whether the key material being imported is previously associated with this KMS key or not. This parameter is optional and only usable with symmetric encryption keys. If no key material has ever been imported into the KMS key, and this parameter is omitted, the parameter defaults to `NEW_KEY_MATERIAL`. After the first key material is imported, if this parameter is omitted then the parameter defaults to `EXISTING_KEY_MATERIAL`.
    ///
    /// For multi-Region keys, you must first import new key material into the primary Region key. You should use the `NEW_KEY_MATERIAL` import type when importing key material into the primary Region key. Then, you can import the same key material into the replica Region key. The import type for the replica Region key should be `EXISTING_KEY_MATERIAL`.
    pub import_type: Option<ImportType>,
    /// Description for the key material being imported. This parameter is optional and only usable with symmetric encryption keys. If you do not specify a key material description, KMS retains the value you specified when you last imported the same key material into this KMS key.
    pub key_material_description: Option<String>,
    /// Identifies the key material being imported. This parameter is optional and only usable with symmetric encryption keys. You cannot specify a key material ID with `ImportType` set to `NEW_KEY_MATERIAL`. Whenever you import key material into a symmetric encryption key, KMS assigns a unique identifier to the key material based on the KMS key ID and the imported key material. When you re-import key material with a specified key material ID, KMS:
    ///
    /// - Computes the identifier for the key material
    /// - Matches the computed identifier against the specified key material ID
    /// - Verifies that the key material ID is already associated with the KMS key
    ///
    /// To get the list of key material IDs associated with a KMS key, use `ListKeyRotations`.
    pub key_material_id: Option<String>,
}

/// The response to [`ImportKeyMaterial`].
#[awsop::aws_shape(output, eq)]
pub struct ImportKeyMaterialResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key into which key material was imported.
    pub key_id: Option<String>,
    /// Identifies the imported key material.
    pub key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ImportKeyMaterial`].
#[awsop::aws_error]
pub enum ImportKeyMaterialError {
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`InvalidCiphertextException`]: the service returned `InvalidCiphertextException`.
    InvalidCiphertextException(InvalidCiphertextException),
    /// [`IncorrectKeyMaterialException`]: the service returned `IncorrectKeyMaterialException`.
    IncorrectKeyMaterialException(IncorrectKeyMaterialException),
    /// [`ExpiredImportTokenException`]: the service returned `ExpiredImportTokenException`.
    ExpiredImportTokenException(ExpiredImportTokenException),
    /// [`InvalidImportTokenException`]: the service returned `InvalidImportTokenException`.
    InvalidImportTokenException(InvalidImportTokenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListAliases -----------------------------------------------------------

/// Gets a list of aliases in the caller's Amazon Web Services account and region. For more information about aliases, see `CreateAlias`.
///
/// By default, the `ListAliases` operation returns all aliases in the account and region. To get only the aliases associated with a particular KMS key, use the `KeyId` parameter.
///
/// The `ListAliases` response can include aliases that you created and associated with your customer managed keys, and aliases that Amazon Web Services created and associated with Amazon Web Services managed keys in your account. You can recognize Amazon Web Services aliases because their names have the format `aws/<service-name>`, such as `aws/dynamodb`.
///
/// The response might also include aliases that have no `TargetKeyId` field. These are predefined aliases that Amazon Web Services has created but has not yet associated with a KMS key. Aliases that Amazon Web Services creates in your account, including predefined aliases, do not count against your [KMS aliases quota](https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html#aliases-per-key).
///
/// **Cross-account use**: No. `ListAliases` does not return aliases in other Amazon Web Services accounts.
///
/// **Required permissions**: [kms:ListAliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-access.html) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `CreateAlias`
/// - `DeleteAlias`
/// - `UpdateAlias`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListAliases", output = ListAliasesResponse, error = ListAliasesError)]
pub struct ListAliases {
    /// Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your Amazon Web Services account.
    ///
    /// This parameter is optional. If you omit it, `ListAliases` returns all aliases in the account and Region.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

impl ListAliases {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `Aliases`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, AliasListEntry> {
        self.paginate(client)
            .items(|out| out.aliases.unwrap_or_default())
    }
}

/// The response to [`ListAliases`].
#[awsop::aws_shape(output, eq)]
pub struct ListAliasesResponse {
    /// A list of aliases.
    pub aliases: Option<Vec<AliasListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListAliases`].
#[awsop::aws_error]
pub enum ListAliasesError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListGrants ------------------------------------------------------------

/// Gets a list of all grants for the specified KMS key.
///
/// You must specify the KMS key in all requests. You can filter the grant list by grant ID, grantee principal, or grantee service principal.
///
/// For detailed information about grants, including grant terminology, see [Grants in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html) in the **Key Management Service Developer Guide** . For examples of creating grants in several programming languages, see [Use CreateGrant with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_CreateGrant_section.html).
///
/// **Note:** When a grant is created with the `GranteePrincipal` field, the `ListGrants` response usually contains the user or role designated as the grantee principal in the grant. However, if the grantee principal is an Amazon Web Services service, the `GranteePrincipal` field contains an Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services), which might correspond to several different grantee principals, such as an IAM user, IAM role, or Amazon Web Services account.
///
/// When a grant is created with the `GranteeServicePrincipal` field, the `ListGrants` response always includes a `GranteeServicePrincipal` that indicates the grantee is actually an Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services).
///
/// **Cross-account use**: Yes. To perform this operation on a KMS key in a different Amazon Web Services account, specify the key ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:ListGrants](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `CreateGrant`
/// - `ListRetirableGrants`
/// - `RetireGrant`
/// - `RevokeGrant`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListGrants", output = ListGrantsResponse, error = ListGrantsError)]
pub struct ListGrants {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// Returns only grants for the specified KMS key. This parameter is required.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Returns only the grant with the specified grant ID. The grant ID uniquely identifies the grant.
    pub grant_id: Option<String>,
    /// Returns only grants where the specified principal is the grantee principal for the grant.
    ///
    /// You can specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_principal: Option<String>,
    /// Returns only grants where the specified Amazon Web Services service principal is the grantee service principal for the grant. This filter is only usable by callers in a service principal.
    ///
    /// You can specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_service_principal: Option<String>,
}

impl ListGrants {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `Grants`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, GrantListEntry> {
        self.paginate(client)
            .items(|out| out.grants.unwrap_or_default())
    }
}

/// The response to [`ListGrants`] and [`ListRetirableGrants`].
#[awsop::aws_shape(output)]
pub struct ListGrantsResponse {
    /// A list of grants.
    pub grants: Option<Vec<GrantListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListGrants`].
#[awsop::aws_error]
pub enum ListGrantsError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// [`InvalidGrantIdException`]: the service returned `InvalidGrantIdException`.
    InvalidGrantIdException(InvalidGrantIdException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListKeyPolicies -------------------------------------------------------

/// Gets the names of the key policies that are attached to a KMS key. This operation is designed to get policy names that you can use in a `GetKeyPolicy` operation. The valid policy names are `default` and `AWS_RAM`.
///
/// For information about the `AWS_RAM` key policy, see [Sharing KMS keys with RAM](https://docs.aws.amazon.com/kms/latest/developerguide/key-sharing-ram.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:ListKeyPolicies](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `GetKeyPolicy`
/// - [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html)
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListKeyPolicies", output = ListKeyPoliciesResponse, error = ListKeyPoliciesError)]
pub struct ListKeyPolicies {
    /// Gets the names of key policies for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    ///
    /// A KMS key can have at most two key policies, `default` and `AWS_RAM`.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

impl ListKeyPolicies {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `PolicyNames`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, String> {
        self.paginate(client)
            .items(|out| out.policy_names.unwrap_or_default())
    }
}

/// The response to [`ListKeyPolicies`].
#[awsop::aws_shape(output, eq)]
pub struct ListKeyPoliciesResponse {
    /// A list of key policy names. Valid values are:
    ///
    /// **default**
    ///
    /// The key policy that you manage.
    ///
    /// **AWS\_RAM**
    ///
    /// The key policy that RAM manages for KMS keys that you share through RAM.
    pub policy_names: Option<Vec<String>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListKeyPolicies`].
#[awsop::aws_error]
pub enum ListKeyPoliciesError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListKeyRotations ------------------------------------------------------

/// Returns information about the key materials associated with the specified KMS key. You can use the optional `IncludeKeyMaterial` parameter to control which key materials are included in the response.
///
/// You must specify the KMS key in all requests. You can refine the key rotations list by limiting the number of rotations returned.
///
/// For detailed information about automatic and on-demand key rotations, see [Rotate KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:ListKeyRotations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `EnableKeyRotation`
/// - `DeleteImportedKeyMaterial`
/// - `DisableKeyRotation`
/// - `GetKeyRotationStatus`
/// - `ImportKeyMaterial`
/// - `RotateKeyOnDemand`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListKeyRotations", output = ListKeyRotationsResponse, error = ListKeyRotationsError)]
pub struct ListKeyRotations {
    /// Gets the key rotations for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Use this optional parameter to control which key materials associated with this key are listed in the response. The default value of this parameter is `ROTATIONS_ONLY`. If you omit this parameter, KMS returns information on the key materials created by automatic or on-demand key rotation. When you specify a value of `ALL_KEY_MATERIAL`, KMS adds the first key material and any imported key material pending rotation to the response. This parameter can only be used with KMS keys that support automatic or on-demand key rotation.
    pub include_key_material: Option<IncludeKeyMaterial>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

impl ListKeyRotations {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `Rotations`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, RotationsListEntry> {
        self.paginate(client)
            .items(|out| out.rotations.unwrap_or_default())
    }
}

/// The response to [`ListKeyRotations`].
#[awsop::aws_shape(output, eq)]
pub struct ListKeyRotationsResponse {
    /// A list of completed key material rotations. When the optional input parameter `IncludeKeyMaterial` is specified with a value of `ALL_KEY_MATERIAL`, this list includes the first key material and any imported key material pending rotation.
    pub rotations: Option<Vec<RotationsListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListKeyRotations`].
#[awsop::aws_error]
pub enum ListKeyRotationsError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListKeys --------------------------------------------------------------

/// Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
///
/// You can also use `ListKeys` to list KMS keys in the Region that other Amazon Web Services accounts shared with the caller's Amazon Web Services account through Resource Access Manager (RAM). To list them, use the `ResourceOwners` parameter. If you omit `ResourceOwners`, `ListKeys` lists only the KMS keys in the caller's Amazon Web Services account.
///
/// When `ResourceOwners` includes `OTHER_ACCOUNTS_VIA_RAM`, `ListKeys` returns the KMS keys that other Amazon Web Services accounts currently share with the caller's Amazon Web Services account through RAM. For information about how and when a resource that another account shares becomes available to your Amazon Web Services account, see [Access Amazon Web Services resources shared with you](https://docs.aws.amazon.com/ram/latest/userguide/working-with-shared.html) in the *RAM User Guide*.
///
/// **Cross-account use**: No. This operation doesn't take a KMS key parameter, so you can't use it to list the KMS keys of a specific Amazon Web Services account. The only KMS keys in other Amazon Web Services accounts that `ListKeys` returns are the ones that other accounts shared with the caller's Amazon Web Services account through RAM. To list them, set the `ResourceOwners` parameter to include `OTHER_ACCOUNTS_VIA_RAM`.
///
/// **Required permissions**: [kms:ListKeys](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// The same `kms:ListKeys` permission lets you list the KMS keys that other accounts shared with you through RAM. KMS doesn't evaluate the key policies of shared KMS keys when it lists them. To use a shared KMS key, you need permission for each operation on that KMS key.
///
/// **Related operations:**
///
/// - `CreateKey`
/// - `DescribeKey`
/// - `ListAliases`
/// - `ListResourceTags`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
///
/// KMS keys that other Amazon Web Services accounts share with you can take some time to appear in or disappear from `ListKeys` results after changes to resource shares, such as accepting an invitation or deleting a resource share.
#[awsop::aws_operation(service = crate::Kms, target = "ListKeys", output = ListKeysResponse, error = ListKeysError)]
pub struct ListKeys {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// Specifies whose KMS keys to list. Use this parameter to list KMS keys that other Amazon Web Services accounts shared with your Amazon Web Services account through Resource Access Manager (RAM).
    ///
    /// Specify one or two values. Valid values are:
    ///
    /// **SELF**
    ///
    /// Lists the KMS keys in your Amazon Web Services account and Region.
    ///
    /// **OTHER\_ACCOUNTS\_VIA\_RAM**
    ///
    /// Lists the KMS keys in the Region that other Amazon Web Services accounts currently share with your Amazon Web Services account through RAM. This list doesn't include KMS keys that your Amazon Web Services account owns. For each of these KMS keys, the key ARN in the response contains the account ID of the Amazon Web Services account that owns the KMS key.
    ///
    /// If you omit this parameter, `ListKeys` lists only the KMS keys in your Amazon Web Services account. If you specify both values, in either order, `ListKeys` returns the KMS keys in your Amazon Web Services account first, and then the KMS keys that other Amazon Web Services accounts shared with you. A single response doesn't contain both kinds of KMS keys.
    ///
    /// When `ResourceOwners` includes `OTHER_ACCOUNTS_VIA_RAM`, a response can contain fewer KMS keys than the `Limit` value, or none, even when `Truncated` is true. To get all of the KMS keys, continue calling `ListKeys` with the `NextMarker` value from each response until `Truncated` is false. Use a `NextMarker` value only in a request that has the same `ResourceOwners` value as the request that returned it. Otherwise, the request can fail with an `InvalidMarkerException`.
    ///
    /// KMS keys that other Amazon Web Services accounts share with you can take some time to appear in or disappear from the results after changes to resource shares.
    pub resource_owners: Option<Vec<ResourceOwnerType>>,
}

impl ListKeys {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `Keys`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, KeyListEntry> {
        self.paginate(client)
            .items(|out| out.keys.unwrap_or_default())
    }
}

/// The response to [`ListKeys`].
#[awsop::aws_shape(output, eq)]
pub struct ListKeysResponse {
    /// A list of KMS keys. For a KMS key that another Amazon Web Services account shared with you through RAM, the key ARN contains the account ID of the Amazon Web Services account that owns the KMS key.
    pub keys: Option<Vec<KeyListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListKeys`].
#[awsop::aws_error]
pub enum ListKeysError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListResourceTags ------------------------------------------------------

/// Returns all tags on the specified KMS key.
///
/// For general information about tags, including the format and syntax, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in the *Amazon Web Services General Reference*. For information about using tags in KMS, see [Tags in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:ListResourceTags](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `CreateKey`
/// - `ReplicateKey`
/// - `TagResource`
/// - `UntagResource`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListResourceTags", output = ListResourceTagsResponse, error = ListResourceTagsError)]
pub struct ListResourceTags {
    /// Gets tags on the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 50, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    ///
    /// Do not attempt to construct this value. Use only the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}

impl ListResourceTags {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
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

/// The response to [`ListResourceTags`].
#[awsop::aws_shape(output, eq)]
pub struct ListResourceTagsResponse {
    /// A list of tags. Each tag consists of a tag key and a tag value.
    ///
    /// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    pub tags: Option<Vec<Tag>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    ///
    /// Do not assume or infer any information from this value.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListResourceTags`].
#[awsop::aws_error]
pub enum ListResourceTagsError {
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListRetirableGrants ---------------------------------------------------

/// Returns information about all grants in the Amazon Web Services account and Region that have the specified retiring principal or retiring service principal.
///
/// You can specify any principal in your Amazon Web Services account. The grants that are returned include grants for KMS keys in your Amazon Web Services account and other Amazon Web Services accounts. You might use this operation to determine which grants you may retire. To retire a grant, use the `RetireGrant` operation.
///
/// For detailed information about grants, including grant terminology, see [Grants in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html) in the **Key Management Service Developer Guide** . For examples of creating grants in several programming languages, see [Use CreateGrant with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_CreateGrant_section.html).
///
/// **Cross-account use**: You must specify a principal in your Amazon Web Services account. This operation returns a list of grants where the retiring principal specified in the `ListRetirableGrants` request is the same retiring principal on the grant. This can include grants on KMS keys owned by other Amazon Web Services accounts, but you do not need `kms:ListRetirableGrants` permission (or any other additional permission) in any Amazon Web Services account other than your own.
///
/// **Required permissions**: [kms:ListRetirableGrants](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy) in your Amazon Web Services account.
///
/// **Note:** When listing retirable grants by `RetiringPrincipal`, KMS authorizes `ListRetirableGrants` requests by evaluating the caller account's kms:ListRetirableGrants permissions. The authorized resource in `ListRetirableGrants` calls is the retiring principal specified in the request. KMS does not evaluate the caller's permissions to verify their access to any KMS keys or grants that might be returned by the `ListRetirableGrants` call.
///
/// The `RetiringServicePrincipal` filter is only usable by callers in a service principal.
///
/// **Related operations:**
///
/// - `CreateGrant`
/// - `ListGrants`
/// - `RetireGrant`
/// - `RevokeGrant`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ListRetirableGrants", output = ListGrantsResponse, error = ListRetirableGrantsError)]
pub struct ListRetirableGrants {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// The retiring principal for which to list grants. Enter a principal in your Amazon Web Services account.
    ///
    /// To specify the retiring principal, use the [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the **Identity and Access Management User Guide** .
    ///
    /// You must specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_principal: Option<String>,
    /// The retiring service principal for which to list grants. This filter is only usable by callers in a service principal.
    ///
    /// You must specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_service_principal: Option<String>,
}

impl ListRetirableGrants {
    /// Pages through the results: sends this request, then sends it again with `Marker` set from each response's `NextMarker`, until a response has none, or one whose `Truncated` is false. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.marker = Some(token),
            |out| {
                if out.truncated == Some(false) {
                    None
                } else {
                    awsop::paginate::string_token(&out.next_marker)
                }
            },
        )
    }
    /// Every item of `Grants`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, GrantListEntry> {
        self.paginate(client)
            .items(|out| out.grants.unwrap_or_default())
    }
}

/// The errors of [`ListRetirableGrants`].
#[awsop::aws_error]
pub enum ListRetirableGrantsError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidMarkerException`]: the service returned `InvalidMarkerException`.
    InvalidMarkerException(InvalidMarkerException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- PutKeyPolicy ----------------------------------------------------------

/// Attaches a key policy to the specified KMS key. You can use this operation to set only the `default` key policy.
///
/// For more information about key policies, see [Key Policies](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the *Key Management Service Developer Guide*. For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the **Identity and Access Management User Guide** . For examples of adding a key policy in multiple programming languages, see [Use PutKeyPolicy with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_PutKeyPolicy_section.html) in the *Key Management Service Developer Guide*.
///
/// A KMS key can also have an `AWS_RAM` key policy, which Resource Access Manager (RAM) manages for KMS keys that you share through RAM. You can't use `PutKeyPolicy` to create, change, or delete the `AWS_RAM` key policy. If you set `PolicyName` to `AWS_RAM`, the request fails with a `ValidationException` and the message `The AWS_RAM policy can only be managed by the RAM service.` To view the `AWS_RAM` key policy, use `GetKeyPolicy`. For information about sharing KMS keys, see [Sharing KMS keys with RAM](https://docs.aws.amazon.com/kms/latest/developerguide/key-sharing-ram.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// You can use the [kms:PolicyName](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-policy-name) condition key to control access to this operation based on the value of the `PolicyName` parameter in the request. If the request doesn't include `PolicyName`, the value of `kms:PolicyName` is `default`.
///
/// **Related operations**: `GetKeyPolicy`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "PutKeyPolicy", output = PutKeyPolicyResponse, error = PutKeyPolicyError)]
pub struct PutKeyPolicy {
    /// Sets the key policy on the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The name of the key policy. If no policy name is specified, the default value is `default`. Valid values are `default` and `AWS_RAM`, but you can set only the `default` key policy. RAM manages the `AWS_RAM` key policy for KMS keys that you share through RAM. If you specify `AWS_RAM`, the request fails with a `ValidationException`, or with an `AccessDeniedException` if you don't have permission to call `PutKeyPolicy` with that policy name.
    pub policy_name: Option<String>,
    /// The key policy to attach to the KMS key.
    ///
    /// The key policy must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// **Note:** If either of the required `Resource` or `Action` elements are missing from a key policy statement, the policy statement has no effect. When a key policy statement is missing one of these elements, the KMS console correctly reports an error, but the `PutKeyPolicy` API request succeeds, even though the policy statement is ineffective.
    ///
    /// For more information on required key policy elements, see [Elements in a key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-elements) in the *Key Management Service Developer Guide*.
    ///
    /// A key policy document can include only the following characters:
    ///
    /// - Printable ASCII characters from the space character (`\u0020`) through the end of the ASCII character range.
    /// - Printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`).
    /// - The tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) special characters
    ///
    /// **Note:** If the key policy exceeds the length constraint, KMS returns a `LimitExceededException`.
    ///
    /// For information about key policies, see [Key policies in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the *Key Management Service Developer Guide*.For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the **Identity and Access Management User Guide** .
    pub policy: String,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// **Important:** Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    ///
    /// The key policy lockout safety check and the `BypassPolicyLockoutSafetyCheck` parameter apply only to the `default` key policy. The check evaluates only the new `default` key policy, with `kms:PolicyName` set to `default`. It doesn't consider permissions in the `AWS_RAM` key policy.
    pub bypass_policy_lockout_safety_check: Option<bool>,
}

/// The response to [`PutKeyPolicy`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct PutKeyPolicyResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`PutKeyPolicy`].
#[awsop::aws_error]
pub enum PutKeyPolicyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`MalformedPolicyDocumentException`]: the service returned `MalformedPolicyDocumentException`.
    MalformedPolicyDocumentException(MalformedPolicyDocumentException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ReEncrypt -------------------------------------------------------------

/// Decrypts ciphertext and then reencrypts it entirely within KMS. You can use this operation to change the KMS key under which data is encrypted, such as when you [manually rotate](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys-manually.html) a KMS key or change the KMS key that protects a ciphertext. You can also use it to reencrypt ciphertext under the same KMS key, such as to change the [encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) of a ciphertext.
///
/// The `ReEncrypt` operation can decrypt ciphertext that was encrypted by using a KMS key in an KMS operation, such as `Encrypt` or `GenerateDataKey`. It can also decrypt ciphertext that was encrypted by using the public key of an [asymmetric KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) outside of KMS. However, it cannot decrypt ciphertext produced by other libraries, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/) or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html). These libraries return a ciphertext format that is incompatible with KMS.
///
/// When you use the `ReEncrypt` operation, you need to provide information for the decrypt operation and the subsequent encrypt operation.
///
/// - If your ciphertext was encrypted under an asymmetric KMS key, you must use the `SourceKeyId` parameter to identify the KMS key that encrypted the ciphertext. You must also supply the encryption algorithm that was used. This information is required to decrypt the data.
/// - If your ciphertext was encrypted under a symmetric encryption KMS key, the `SourceKeyId` parameter is optional. KMS can get this information from metadata that it adds to the symmetric ciphertext blob. This feature adds durability to your implementation by ensuring that authorized users can decrypt ciphertext decades after it was encrypted, even if they've lost track of the key ID. However, specifying the source KMS key is always recommended as a best practice. When you use the `SourceKeyId` parameter to specify a KMS key, KMS uses only the KMS key you specify. If the ciphertext was encrypted under a different KMS key, the `ReEncrypt` operation fails. This practice ensures that you use the KMS key that you intend.
/// - To reencrypt the data, you must use the `DestinationKeyId` parameter to specify the KMS key that re-encrypts the data after it is decrypted. If the destination KMS key is an asymmetric KMS key, you must also provide the encryption algorithm. The algorithm that you choose must be compatible with the KMS key.
///
///   **Important:** When you use an asymmetric KMS key to encrypt or reencrypt data, be sure to record the KMS key and encryption algorithm that you choose. You will be required to provide the same KMS key and encryption algorithm when you decrypt the data. If the KMS key and algorithm do not match the values used to encrypt the data, the decrypt operation fails.
///
///   You are not required to supply the key ID and encryption algorithm when you decrypt with symmetric encryption KMS keys because KMS stores this information in the ciphertext blob. KMS cannot store metadata in ciphertext generated with asymmetric keys. The standard format for asymmetric key ciphertext does not include configurable fields.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Note:** When using grants with `SourceArn` constraints for `ReEncrypt` operations, the grants on both the source KMS key (for `ReEncryptFrom`) and the destination KMS key (for `ReEncryptTo`) must specify the same `SourceArn` value.
///
/// **Cross-account use**: Yes. The source KMS key and destination KMS key can be in different Amazon Web Services accounts. Either or both KMS keys can be in a different account than the caller. To specify a KMS key in a different account, use the [key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN) or [alias ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-alias-ARN). A short [key ID](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id) is also acceptable for the source key when decrypting symmetric ciphertexts, though using a full key ARN is recommended to be more explicit about the intended KMS key.
///
/// **Required permissions**:
///
/// - [kms:ReEncryptFrom](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission on the source KMS key (key policy)
/// - [kms:ReEncryptTo](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission on the destination KMS key (key policy)
///
/// To permit reencryption from or to a KMS key, include the `"kms:ReEncrypt*"` permission in your [key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html). This permission is automatically included in the key policy when you use the console to create a KMS key. But you must include it manually when you create a KMS key programmatically or when you use the `PutKeyPolicy` operation to set a key policy.
///
/// **Related operations:**
///
/// - `Decrypt`
/// - `Encrypt`
/// - `GenerateDataKey`
/// - `GenerateDataKeyPair`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ReEncrypt", output = ReEncryptResponse, error = ReEncryptError)]
pub struct ReEncrypt {
    /// Ciphertext of the data to reencrypt.
    ///
    /// This parameter is required in all cases except when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE_CIPHERTEXT`.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// Specifies the encryption context to use to decrypt the ciphertext. Enter the same encryption context that was used to encrypt the ciphertext.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub source_encryption_context: Option<std::collections::HashMap<String, String>>,
    /// Specifies the KMS key that KMS will use to decrypt the ciphertext before it is re-encrypted.
    ///
    /// Enter a key ID of the KMS key that was used to encrypt the ciphertext. If you identify a different KMS key, the `ReEncrypt` operation throws an `IncorrectKeyException`.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key or when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE_CIPHERTEXT`. If you used a symmetric encryption KMS key, KMS can get the KMS key from metadata that it adds to the symmetric ciphertext blob. However, it is always recommended as a best practice. This practice ensures that you use the KMS key that you intend.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you should use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub source_key_id: Option<String>,
    /// A unique identifier for the KMS key that is used to reencrypt the data. Specify a symmetric encryption KMS key or an asymmetric KMS key with a `KeyUsage` value of `ENCRYPT_DECRYPT`. To find the `KeyUsage` value of a KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub destination_key_id: String,
    /// Specifies that encryption context to use when the reencrypting the data.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// A destination encryption context is valid only when the destination KMS key is a symmetric encryption KMS key. The standard ciphertext format for asymmetric KMS keys does not include fields for metadata.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub destination_encryption_context: Option<std::collections::HashMap<String, String>>,
    /// Specifies the encryption algorithm that KMS will use to decrypt the ciphertext before it is reencrypted. The default value, `SYMMETRIC_DEFAULT`, represents the algorithm used for symmetric encryption KMS keys.
    ///
    /// Specify the same algorithm that was used to encrypt the ciphertext. If you specify a different algorithm, the decrypt attempt fails.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Specifies the encryption algorithm that KMS will use to reecrypt the data after it has decrypted it. The default value, `SYMMETRIC_DEFAULT`, represents the encryption algorithm used for symmetric encryption KMS keys.
    ///
    /// This parameter is required only when the destination KMS key is an asymmetric KMS key.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`.
    ///
    /// When set to `IGNORE_CIPHERTEXT`, KMS performs only authorization validation without ciphertext validation. This allows you to test permissions without requiring a valid ciphertext blob.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}

/// The response to [`ReEncrypt`].
#[awsop::aws_shape(output, eq)]
pub struct ReEncryptResponse {
    /// The reencrypted data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<awsop::wire::Blob>,
    /// Unique identifier of the KMS key used to originally encrypt the data.
    pub source_key_id: Option<String>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to reencrypt the data.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to decrypt the ciphertext before it was reencrypted.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The encryption algorithm that was used to reencrypt the data.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The identifier of the key material used to originally encrypt the data. This field is present only when the original encryption used a symmetric encryption KMS key.
    pub source_key_material_id: Option<String>,
    /// The identifier of the key material used to reencrypt the data. This field is present only when data is reencrypted using a symmetric encryption KMS key.
    pub destination_key_material_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ReEncrypt`].
#[awsop::aws_error]
pub enum ReEncryptError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidCiphertextException`]: the service returned `InvalidCiphertextException`.
    InvalidCiphertextException(InvalidCiphertextException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`IncorrectKeyException`]: the service returned `IncorrectKeyException`.
    IncorrectKeyException(IncorrectKeyException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ReplicateKey ----------------------------------------------------------

/// Replicates a multi-Region key into the specified Region. This operation creates a multi-Region replica key based on a multi-Region primary key in a different Region of the same Amazon Web Services partition. You can create multiple replicas of a primary key, but each must be in a different Region. To create a multi-Region primary key, use the `CreateKey` operation.
///
/// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
///
/// A *replica key* is a fully-functional KMS key that can be used independently of its primary and peer replica keys. A primary key and its replica keys share properties that make them interoperable. They have the same [key ID](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id) and key material. They also have the same key spec, key usage, key material origin, and automatic key rotation status. KMS automatically synchronizes these shared properties among related multi-Region keys. All other properties of a replica key can differ, including its [key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html), [tags](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html), [aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html), and [key state](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). KMS pricing and quotas for KMS keys apply to each primary key and replica key.
///
/// When this operation completes, the new replica key has a transient key state of `Creating`. This key state changes to `Enabled` (or `PendingImport`) after a few seconds when the process of creating the new replica key is complete. While the key state is `Creating`, you can manage key, but you cannot yet use it in cryptographic operations. If you are creating and using the replica key programmatically, retry on `KMSInvalidStateException` or call `DescribeKey` to check its `KeyState` value before using it. For details about the `Creating` key state, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// You cannot create more than one replica of a primary key in any Region. If the Region already includes a replica of the key you're trying to replicate, `ReplicateKey` returns an `AlreadyExistsException` error. If the key state of the existing replica is `PendingDeletion`, you can cancel the scheduled key deletion (`CancelKeyDeletion`) or wait for the key to be deleted. The new replica key you create will have the same [shared properties](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-sync-properties) as the original replica key.
///
/// The CloudTrail log of a `ReplicateKey` operation records a `ReplicateKey` operation in the primary key's Region and a `CreateKey` operation in the replica key's Region.
///
/// If you replicate a multi-Region primary key with imported key material, the replica key is created with no key material. You must import the same key material that you imported into the primary key.
///
/// To convert a replica key to a primary key, use the `UpdatePrimaryRegion` operation.
///
/// **Note:** `ReplicateKey` uses different default values for the `KeyPolicy` and `Tags` parameters than those used in the KMS console. For details, see the parameter descriptions.
///
/// **Cross-account use**: No. You cannot use this operation to create a replica key in a different Amazon Web Services account.
///
/// **Required permissions**:
///
/// - `kms:ReplicateKey` on the primary key (in the primary key's Region). Include this permission in the primary key's key policy.
/// - `kms:CreateKey` in an IAM policy in the replica Region.
/// - To use the `Tags` parameter, `kms:TagResource` in an IAM policy in the replica Region.
///
/// **Related operations**
///
/// - `CreateKey`
/// - `UpdatePrimaryRegion`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ReplicateKey", output = ReplicateKeyResponse, error = ReplicateKeyError)]
pub struct ReplicateKey {
    /// Identifies the multi-Region primary key that is being replicated. To determine whether a KMS key is a multi-Region primary key, use the `DescribeKey` operation to check the value of the `MultiRegionKeyType` property.
    ///
    /// Specify the key ID or key ARN of a multi-Region primary key.
    ///
    /// For example:
    ///
    /// - Key ID: `mrk-1234abcd12ab34cd56ef1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The Region ID of the Amazon Web Services Region for this replica key.
    ///
    /// Enter the Region ID, such as `us-east-1` or `ap-southeast-2`. For a list of Amazon Web Services Regions in which KMS is supported, see [KMS service endpoints](https://docs.aws.amazon.com/general/latest/gr/kms.html#kms_region) in the *Amazon Web Services General Reference*.
    ///
    /// The replica must be in a different Amazon Web Services Region than its primary key and other replicas of that primary key, but in the same Amazon Web Services partition. KMS must be available in the replica Region. If the Region is not enabled by default, the Amazon Web Services account must be enabled in the Region. For information about Amazon Web Services partitions, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*. For information about enabling and disabling Regions, see [Enabling a Region](https://docs.aws.amazon.com/general/latest/gr/rande-manage.html#rande-manage-enable) and [Disabling a Region](https://docs.aws.amazon.com/general/latest/gr/rande-manage.html#rande-manage-disable) in the *Amazon Web Services General Reference*.
    pub replica_region: String,
    /// The key policy to attach to the KMS key. This parameter is optional. If you do not provide a key policy, KMS attaches the [default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html) to the KMS key.
    ///
    /// The key policy is not a shared property of multi-Region keys. You can specify the same key policy or a different key policy for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    ///
    /// If you provide a key policy, it must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// A key policy document can include only the following characters:
    ///
    /// - Printable ASCII characters from the space character (`\u0020`) through the end of the ASCII character range.
    /// - Printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`).
    /// - The tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) special characters
    ///
    /// For information about key policies, see [Key policies in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the *Key Management Service Developer Guide*. For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the **Identity and Access Management User Guide** .
    pub policy: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// **Important:** Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// A description of the KMS key. The default value is an empty string (no description).
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// The description is not a shared property of multi-Region keys. You can specify the same description or a different description for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    pub description: Option<String>,
    /// Assigns one or more tags to the replica key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the `TagResource` operation.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// To use this parameter, you must have [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission in an IAM policy.
    ///
    /// Tags are not a shared property of multi-Region keys. You can specify the same tags or different tags for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    ///
    /// Each tag consists of a tag key and a tag value. Both the tag key and the tag value are required, but the tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    ///
    /// When you add tags to an Amazon Web Services resource, Amazon Web Services generates a cost allocation report with usage and costs aggregated by tags. Tags can also be used to control access to a KMS key. For details, see [Tags in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
    pub tags: Option<Vec<Tag>>,
}

/// The response to [`ReplicateKey`].
#[awsop::aws_shape(output, eq)]
pub struct ReplicateKeyResponse {
    /// Displays details about the new replica key, including its Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) and [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). It also includes the ARN and Amazon Web Services Region of its primary key and other replica keys.
    pub replica_key_metadata: Option<KeyMetadata>,
    /// The key policy of the new replica key. The value is a key policy document in JSON format.
    pub replica_policy: Option<String>,
    /// The tags on the new replica key. The value is a list of tag key and tag value pairs.
    pub replica_tags: Option<Vec<Tag>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ReplicateKey`].
#[awsop::aws_error]
pub enum ReplicateKeyError {
    /// [`AlreadyExistsException`]: the service returned `AlreadyExistsException`.
    AlreadyExistsException(AlreadyExistsException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`MalformedPolicyDocumentException`]: the service returned `MalformedPolicyDocumentException`.
    MalformedPolicyDocumentException(MalformedPolicyDocumentException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`TagException`]: the service returned `TagException`.
    TagException(TagException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RetireGrant -----------------------------------------------------------

/// Deletes a grant. Typically, you retire a grant when you no longer need its permissions. To identify the grant to retire, use a [grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token), or both the grant ID and a key identifier (key ID or key ARN) of the KMS key. The `CreateGrant` operation returns both values.
///
/// This operation can be called by the *retiring principal* for a grant, by the *grantee principal* if the grant allows the `RetireGrant` operation, and by the Amazon Web Services account in which the grant is created. It can also be called by principals to whom permission for retiring a grant is delegated.
///
/// For detailed information about grants, including grant terminology, see [Grants in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html) in the **Key Management Service Developer Guide** . For examples of creating grants in several programming languages, see [Use CreateGrant with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_CreateGrant_section.html).
///
/// **Cross-account use**: Yes. You can retire a grant on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: Permission to retire a grant is determined primarily by the grant. For details, see [Retiring and revoking grants](https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `CreateGrant`
/// - `ListGrants`
/// - `ListRetirableGrants`
/// - `RevokeGrant`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "RetireGrant", output = RetireGrantResponse, error = RetireGrantError)]
pub struct RetireGrant {
    /// Identifies the grant to be retired. You can use a grant token to identify a new grant even before it has achieved eventual consistency.
    ///
    /// Only the `CreateGrant` operation returns a grant token. For details, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-eventual-consistency) in the *Key Management Service Developer Guide*.
    pub grant_token: Option<String>,
    /// The key ARN KMS key associated with the grant. To find the key ARN, use the `ListKeys` operation.
    ///
    /// For example: `arn:aws:kms:us-east-2:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    pub key_id: Option<String>,
    /// Identifies the grant to retire. To get the grant ID, use `CreateGrant`, `ListGrants`, or `ListRetirableGrants`.
    ///
    /// - Grant ID Example - 0123456789012345678901234567890123456789012345678901234567890123
    pub grant_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`RetireGrant`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct RetireGrantResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RetireGrant`].
#[awsop::aws_error]
pub enum RetireGrantError {
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`InvalidGrantIdException`]: the service returned `InvalidGrantIdException`.
    InvalidGrantIdException(InvalidGrantIdException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RevokeGrant -----------------------------------------------------------

/// Deletes the specified grant. You revoke a grant to terminate the permissions that the grant allows. For more information, see [Retiring and revoking grants](https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html) in the **Key Management Service Developer Guide** .
///
/// When you create, retire, or revoke a grant, there might be a brief delay, usually less than five minutes, until the grant is available throughout KMS. This state is known as *eventual consistency*. For details, see [Eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-eventual-consistency) in the **Key Management Service Developer Guide** .
///
/// For detailed information about grants, including grant terminology, see [Grants in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html) in the **Key Management Service Developer Guide** . For examples of creating grants in several programming languages, see [Use CreateGrant with an Amazon Web Services SDK or CLI](https://docs.aws.amazon.com/kms/latest/developerguide/example_kms_CreateGrant_section.html).
///
/// **Cross-account use**: Yes. To perform this operation on a KMS key in a different Amazon Web Services account, specify the key ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:RevokeGrant](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy).
///
/// **Related operations:**
///
/// - `CreateGrant`
/// - `ListGrants`
/// - `ListRetirableGrants`
/// - `RetireGrant`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "RevokeGrant", output = RevokeGrantResponse, error = RevokeGrantError)]
pub struct RevokeGrant {
    /// A unique identifier for the KMS key associated with the grant. To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// Identifies the grant to revoke. To get the grant ID, use `CreateGrant`, `ListGrants`, or `ListRetirableGrants`.
    pub grant_id: String,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`RevokeGrant`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct RevokeGrantResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RevokeGrant`].
#[awsop::aws_error]
pub enum RevokeGrantError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`InvalidGrantIdException`]: the service returned `InvalidGrantIdException`.
    InvalidGrantIdException(InvalidGrantIdException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RotateKeyOnDemand -----------------------------------------------------

/// Immediately initiates rotation of the key material of the specified symmetric encryption KMS key.
///
/// You can perform [on-demand rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html) of the key material in customer managed KMS keys, regardless of whether or not [automatic key rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html) is enabled. On-demand rotations do not change existing automatic rotation schedules. For example, consider a KMS key that has automatic key rotation enabled with a rotation period of 730 days. If the key is scheduled to automatically rotate on April 14, 2024, and you perform an on-demand rotation on April 10, 2024, the key will automatically rotate, as scheduled, on April 14, 2024 and every 730 days thereafter.
///
/// **Note:** You can perform on-demand key rotation a **maximum of 25 times** per KMS key. You can use the KMS console to view the number of remaining on-demand rotations available for a KMS key.
///
/// You can use `GetKeyRotationStatus` to identify any in progress on-demand rotations. You can use `ListKeyRotations` to identify the date that completed on-demand rotations were performed. You can monitor rotation of the key material for your KMS keys in CloudTrail and Amazon CloudWatch.
///
/// On-demand key rotation is supported only on symmetric encryption KMS keys. You cannot perform on-demand rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). When you initiate on-demand key rotation on a symmetric encryption KMS key with imported key material, you must have already imported [new key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html) and that key material's state should be `PENDING_ROTATION`. Use the `ListKeyRotations` operation to check the state of all key materials associated with a KMS key. To perform on-demand rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), import new key material in the primary Region key, import the same key material in each replica Region key, and invoke the on-demand rotation on the primary Region key.
///
/// You cannot initiate on-demand rotation of [Amazon Web Services managed KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key). KMS always rotates the key material of Amazon Web Services managed keys every year. Rotation of [Amazon Web Services owned KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-key) is managed by the Amazon Web Services service that owns the key.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:RotateKeyOnDemand](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations:**
///
/// - `EnableKeyRotation`
/// - `DisableKeyRotation`
/// - `GetKeyRotationStatus`
/// - `ImportKeyMaterial`
/// - `ListKeyRotations`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "RotateKeyOnDemand", output = RotateKeyOnDemandResponse, error = RotateKeyOnDemandError)]
pub struct RotateKeyOnDemand {
    /// Identifies a symmetric encryption KMS key. You cannot perform on-demand rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), multi-Region KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To perform on-demand rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), invoke the on-demand rotation on the primary key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
}

/// The response to [`RotateKeyOnDemand`].
#[awsop::aws_shape(output, eq)]
pub struct RotateKeyOnDemandResponse {
    /// Identifies the symmetric encryption KMS key that you initiated on-demand rotation on.
    pub key_id: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RotateKeyOnDemand`].
#[awsop::aws_error]
pub enum RotateKeyOnDemandError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ConflictException`]: the service returned `ConflictException`.
    ConflictException(ConflictException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ScheduleKeyDeletion ---------------------------------------------------

/// Schedules the deletion of a KMS key. By default, KMS applies a waiting period of 30 days, but you can specify a waiting period of 7-30 days. When this operation is successful, the key state of the KMS key changes to `PendingDeletion` and the key can't be used in any cryptographic operations. It remains in this state for the duration of the waiting period. Before the waiting period ends, you can use `CancelKeyDeletion` to cancel the deletion of the KMS key. After the waiting period ends, KMS deletes the KMS key, its key material, and all KMS data associated with it, including all aliases that refer to it.
///
/// **Important:** Deleting a KMS key is a destructive and potentially dangerous operation. When a KMS key is deleted, all data that was encrypted under the KMS key is unrecoverable. (The only exception is a [multi-Region replica key](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html), or an [asymmetric or HMAC KMS key with imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#import-delete-key).) To prevent the use of a KMS key without deleting it, use `DisableKey`.
///
/// You can schedule the deletion of a multi-Region primary key and its replica keys at any time. However, KMS will not delete a multi-Region primary key with existing replica keys. If you schedule the deletion of a primary key with replicas, its key state changes to `PendingReplicaDeletion` and it cannot be replicated or used in cryptographic operations. This status can continue indefinitely. When the last of its replicas keys is deleted (not just scheduled), the key state of the primary key changes to `PendingDeletion` and its waiting period (`PendingWindowInDays`) begins. For details, see [Deleting multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-mrks) in the *Key Management Service Developer Guide*.
///
/// When KMS [deletes a KMS key from an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#delete-cmk-keystore), it makes a best effort to delete the associated key material from the associated CloudHSM cluster. However, you might need to manually [delete the orphaned key material](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#fix-keystore-orphaned-key) from the cluster and its backups. [Deleting a KMS key from an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#delete-xks-key) has no effect on the associated external key. However, for both types of custom key stores, deleting a KMS key is destructive and irreversible. You cannot decrypt ciphertext encrypted under the KMS key by using only its associated external key or CloudHSM key. Also, you cannot recreate a KMS key in an external key store by creating a new KMS key with the same key material.
///
/// For more information about scheduling a KMS key for deletion, see [Deleting KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: kms:ScheduleKeyDeletion (key policy)
///
/// **Related operations**
///
/// - `CancelKeyDeletion`
/// - `DisableKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "ScheduleKeyDeletion", output = ScheduleKeyDeletionResponse, error = ScheduleKeyDeletionError)]
pub struct ScheduleKeyDeletion {
    /// The unique identifier of the KMS key to delete.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The waiting period, specified in number of days. After the waiting period ends, KMS deletes the KMS key.
    ///
    /// If the KMS key is a multi-Region primary key with replica keys, the waiting period begins when the last of its replica keys is deleted. Otherwise, the waiting period begins immediately.
    ///
    /// This value is optional. If you include a value, it must be between 7 and 30, inclusive. If you do not include a value, it defaults to 30. You can use the [`kms:ScheduleKeyDeletionPendingWindowInDays`](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-schedule-key-deletion-pending-window-in-days) condition key to further constrain the values that principals can specify in the `PendingWindowInDays` parameter.
    pub pending_window_in_days: Option<i32>,
}

/// The response to [`ScheduleKeyDeletion`].
#[awsop::aws_shape(output, eq)]
pub struct ScheduleKeyDeletionResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is scheduled.
    pub key_id: Option<String>,
    /// The date and time after which KMS deletes the KMS key.
    ///
    /// If the KMS key is a multi-Region primary key with replica keys, this field does not appear. The deletion date for the primary key isn't known until its last replica key is deleted.
    pub deletion_date: Option<awsop::time::DateTime>,
    /// The current status of the KMS key.
    ///
    /// For more information about how key state affects the use of a KMS key, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    pub key_state: Option<KeyState>,
    /// The waiting period before the KMS key is deleted.
    ///
    /// If the KMS key is a multi-Region primary key with replicas, the waiting period begins when the last of its replica keys is deleted. Otherwise, the waiting period begins immediately.
    pub pending_window_in_days: Option<i32>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ScheduleKeyDeletion`].
#[awsop::aws_error]
pub enum ScheduleKeyDeletionError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Sign ------------------------------------------------------------------

/// Creates a [digital signature](https://en.wikipedia.org/wiki/Digital_signature) for a message or message digest by using the private key in an asymmetric signing KMS key. To verify the signature, use the `Verify` operation, or use the public key in the same asymmetric KMS key outside of KMS. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
///
/// Digital signatures are generated and verified by using asymmetric key pair, such as an RSA, ECC, or ML-DSA pair that is represented by an asymmetric KMS key. The key owner (or an authorized user) uses their private key to sign a message. Anyone with the public key can verify that the message was signed with that particular private key and that the message hasn't changed since it was signed.
///
/// To use the `Sign` operation, provide the following information:
///
/// - Use the `KeyId` parameter to identify an asymmetric KMS key with a `KeyUsage` value of `SIGN_VERIFY`. To get the `KeyUsage` value of a KMS key, use the `DescribeKey` operation. The caller must have `kms:Sign` permission on the KMS key.
/// - Use the `Message` parameter to specify the message or message digest to sign. You can submit messages of up to 4096 bytes. To sign a larger message, generate a hash digest of the message, and then provide the hash digest in the `Message` parameter. To indicate whether the message is a full message, a digest, or an ML-DSA EXTERNAL\_MU, use the `MessageType` parameter.
/// - Choose a signing algorithm that is compatible with the KMS key.
///
/// **Important:** When signing a message, be sure to record the KMS key and the signing algorithm. This information is required to verify the signature.
///
/// **Note:** Best practices recommend that you limit the time during which any signature is effective. This deters an attack where the actor uses a signed message to establish validity repeatedly or long after the message is superseded. Signatures do not include a timestamp, but you can include a timestamp in the signed message to help you detect when its time to refresh the signature.
///
/// To verify the signature that this operation generates, use the `Verify` operation. Or use the `GetPublicKey` operation to download the public key and then use the public key to verify the signature outside of KMS.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:Sign](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `Verify`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Sign", output = SignResponse, error = SignError)]
pub struct Sign {
    /// Identifies an asymmetric KMS key. KMS uses the private key in the asymmetric KMS key to sign the message. The `KeyUsage` type of the KMS key must be `SIGN_VERIFY`. To find the `KeyUsage` of a KMS key, use the `DescribeKey` operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the message or message digest to sign. Messages can be 0-4096 bytes. To sign a larger message, provide a message digest.
    ///
    /// If you provide a message digest, use the `DIGEST` value of `MessageType` to prevent the digest from being hashed again while signing.
    pub message: awsop::Sensitive<awsop::wire::Blob>,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2.
    ///
    /// When the value of `MessageType` is `RAW`, KMS uses the standard signing algorithm, which begins with a hash function. When the value is `DIGEST`, KMS skips the hashing step in the signing algorithm. When the value is `EXTERNAL_MU` KMS skips the concatenated hashing of the public key hash and the message done in the ML-DSA signing algorithm.
    ///
    /// **Important:** Use the `DIGEST` or `EXTERNAL_MU` value only when the value of the `Message` parameter is a message digest. If you use the `DIGEST` value with an unhashed message, the security of the signing operation can be compromised.
    ///
    /// When using ECC\_NIST\_EDWARDS25519 KMS keys:
    ///
    /// - ED25519\_SHA\_512 signing algorithm requires KMS `MessageType:RAW`
    /// - ED25519\_PH\_SHA\_512 signing algorithm requires KMS `MessageType:DIGEST`
    ///
    /// **Important:** When you specify the ED25519\_PH\_SHA\_512 signing algorithm with `MessageType:DIGEST`, KMS still performs the SHA-512 prehash described in [Step 1 of Section 7.8.1 in FIPS 186-5](https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.186-5.pdf#page=39). This means the input is hashed twice: once by you and once by KMS.
    ///
    /// When the value of `MessageType` is `DIGEST`, the length of the `Message` value must match the length of hashed messages for the specified signing algorithm.
    ///
    /// When the value of `MessageType` is `EXTERNAL_MU` the length of the `Message` value must be 64 bytes.
    ///
    /// You can submit a message digest and omit the `MessageType` or specify `RAW` so the digest is hashed again while signing. However, this can cause verification failures when verifying with a system that assumes a single hash.
    ///
    /// The hashing algorithm that `Sign` uses is based on the `SigningAlgorithm` value.
    ///
    /// - Signing algorithms that end in SHA\_256 use the SHA\_256 hashing algorithm.
    /// - Signing algorithms that end in SHA\_384 use the SHA\_384 hashing algorithm.
    /// - Signing algorithms that end in SHA\_512 use the SHA\_512 hashing algorithm.
    /// - Signing algorithms that end in SHAKE\_256 use the SHAKE\_256 hashing algorithm.
    /// - SM2DSA uses the SM3 hashing algorithm. For details, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
    pub message_type: Option<MessageType>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the signing algorithm to use when signing the message.
    ///
    /// Choose an algorithm that is compatible with the type and size of the specified asymmetric KMS key. When signing with RSA key pairs, RSASSA-PSS algorithms are preferred. We include RSASSA-PKCS1-v1\_5 algorithms for compatibility with existing applications.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`Sign`].
#[awsop::aws_shape(output, eq)]
pub struct SignResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to sign the message.
    pub key_id: Option<String>,
    /// The cryptographic signature that was generated for the message.
    ///
    /// - When used with the supported RSA signing algorithms, the encoding of this value is defined by [PKCS \#1 in RFC 8017](https://tools.ietf.org/html/rfc8017).
    /// - When used with the `ECDSA_SHA_256`, `ECDSA_SHA_384`, or `ECDSA_SHA_512` signing algorithms, this value is a DER-encoded object as defined by ANSI X9.62–2005 and [RFC 3279 Section 2.2.3](https://tools.ietf.org/html/rfc3279#section-2.2.3). This is the most commonly used signature format and is appropriate for most uses.
    ///
    /// When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub signature: Option<awsop::wire::Blob>,
    /// The signing algorithm that was used to sign the message.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Sign`].
#[awsop::aws_error]
pub enum SignError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- TagResource -----------------------------------------------------------

/// Adds or edits tags on a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key).
///
/// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
///
/// Each tag consists of a tag key and a tag value, both of which are case-sensitive strings. The tag value can be an empty (null) string. To add a tag, specify a new tag key and a tag value. To edit a tag, specify an existing tag key and a new tag value.
///
/// You can use this operation to tag a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key), but you cannot tag an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key), an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-key), a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html), or an [alias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html).
///
/// You can also add tags to a KMS key while creating it (`CreateKey`) or replicating it (`ReplicateKey`).
///
/// For information about using tags in KMS, see [Tagging keys](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html). For general information about tags, including the format and syntax, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in the *Amazon Web Services General Reference*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**
///
/// - `CreateKey`
/// - `ListResourceTags`
/// - `ReplicateKey`
/// - `UntagResource`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "TagResource", output = TagResourceResponse, error = TagResourceError)]
pub struct TagResource {
    /// Identifies a customer managed key in the account and Region.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// One or more tags. Each tag consists of a tag key and a tag value. The tag value can be an empty (null) string.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
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
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`TagException`]: the service returned `TagException`.
    TagException(TagException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UntagResource ---------------------------------------------------------

/// Deletes tags from a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key). To delete a tag, specify the tag key and the KMS key.
///
/// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
///
/// When it succeeds, the `UntagResource` operation doesn't return any output. Also, if the specified tag key isn't found on the KMS key, it doesn't throw an exception or return a response. To confirm that the operation worked, use the `ListResourceTags` operation.
///
/// For information about using tags in KMS, see [Tagging keys](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html). For general information about tags, including the format and syntax, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in the *Amazon Web Services General Reference*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:UntagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**
///
/// - `CreateKey`
/// - `ListResourceTags`
/// - `ReplicateKey`
/// - `TagResource`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "UntagResource", output = UntagResourceResponse, error = UntagResourceError)]
pub struct UntagResource {
    /// Identifies the KMS key from which you are removing tags.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// One or more tag keys. Specify only the tag keys, not the tag values.
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
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`TagException`]: the service returned `TagException`.
    TagException(TagException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateAlias -----------------------------------------------------------

/// Associates an existing KMS alias with a different KMS key. Each alias is associated with only one KMS key at a time, although a KMS key can have multiple aliases. The alias and the KMS key must be in the same Amazon Web Services account and Region.
///
/// **Note:** Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
///
/// The current and new KMS key must be the same type (both symmetric or both asymmetric or both HMAC), and they must have the same key usage. This restriction prevents errors in code that uses aliases. If you must assign an alias to a different type of KMS key, use `DeleteAlias` to delete the old alias and `CreateAlias` to create a new alias.
///
/// You cannot use `UpdateAlias` to change an alias name. To change an alias name, use `DeleteAlias` to delete the old alias and `CreateAlias` to create a new alias.
///
/// Because an alias is not a property of a KMS key, you can create, update, and delete the aliases of a KMS key without affecting the KMS key. Also, aliases do not appear in the response from the `DescribeKey` operation. To get the aliases of all KMS keys in the account, use the `ListAliases` operation.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**
///
/// - [kms:UpdateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the alias (IAM policy).
/// - [kms:UpdateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the current KMS key (key policy).
/// - [kms:UpdateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the new KMS key (key policy).
///
/// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html#alias-access) in the *Key Management Service Developer Guide*.
///
/// **Related operations:**
///
/// - `CreateAlias`
/// - `DeleteAlias`
/// - `ListAliases`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "UpdateAlias", output = UpdateAliasResponse, error = UpdateAliasError)]
pub struct UpdateAlias {
    /// Identifies the alias that is changing its KMS key. This value must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`. You cannot use `UpdateAlias` to change the alias name.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub alias_name: String,
    /// Identifies the [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key) to associate with the alias. You don't have permission to associate an alias with an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    ///
    /// The KMS key must be in the same Amazon Web Services account and Region as the alias. Also, the new target KMS key must be the same type as the current target KMS key (both symmetric or both asymmetric or both HMAC) and they must have the same key usage.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    ///
    /// To verify that the alias is mapped to the correct KMS key, use `ListAliases`.
    pub target_key_id: String,
}

/// The response to [`UpdateAlias`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct UpdateAliasResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateAlias`].
#[awsop::aws_error]
pub enum UpdateAliasError {
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateCustomKeyStore --------------------------------------------------

/// Changes the properties of a custom key store. You can use this operation to change the properties of an CloudHSM key store or an external key store.
///
/// Use the required `CustomKeyStoreId` parameter to identify the custom key store. Use the remaining optional parameters to change its properties. This operation does not return any property values. To verify the updated property values, use the `DescribeCustomKeyStores` operation.
///
/// This operation is part of the custom key stores feature in KMS, which combines the convenience and extensive integration of KMS with the isolation and control of a key store that you own and manage.
///
/// **Important:** When updating the properties of an external key store, verify that the updated settings connect your key store, via the external key store proxy, to the same external key manager as the previous settings, or to a backup or snapshot of the external key manager with the same cryptographic keys. If the updated connection settings fail, you can fix them and retry, although an extended delay might disrupt Amazon Web Services services. However, if KMS permanently loses its access to cryptographic keys, ciphertext encrypted under those keys is unrecoverable.
///
/// **Note:** For external key stores:
///
/// Some external key managers provide a simpler method for updating an external key store. For details, see your external key manager documentation.
///
/// When updating an external key store in the KMS console, you can upload a JSON-based proxy configuration file with the desired values. You cannot upload the proxy configuration file to the `UpdateCustomKeyStore` operation. However, you can use the file to help you determine the correct values for the `UpdateCustomKeyStore` parameters.
///
/// For an CloudHSM key store, you can use this operation to change the custom key store friendly name (`NewCustomKeyStoreName`), to tell KMS about a change to the `kmsuser` crypto user password (`KeyStorePassword`), or to associate the custom key store with a different, but related, CloudHSM cluster (`CloudHsmClusterId`). To update most properties of an CloudHSM key store, the `ConnectionState` of the CloudHSM key store must be `DISCONNECTED`. However, you can update the `CustomKeyStoreName` of an AWS CloudHSM key store when it is in the `CONNECTED` or `DISCONNECTED` state.
///
/// For an external key store, you can use this operation to change the custom key store friendly name (`NewCustomKeyStoreName`), or to tell KMS about a change to the external key store proxy authentication credentials (`XksProxyAuthenticationCredential`), connection method (`XksProxyConnectivity`), external proxy endpoint (`XksProxyUriEndpoint`) and path (`XksProxyUriPath`). For external key stores with an `XksProxyConnectivity` of `VPC_ENDPOINT_SERVICE`, you can also update the Amazon VPC endpoint service name (`XksProxyVpcEndpointServiceName`). To update most properties of an external key store, the `ConnectionState` of the external key store must be `DISCONNECTED`. However, you can update the `CustomKeyStoreName`, `XksProxyAuthenticationCredential`, and `XksProxyUriPath` of an external key store when it is in the CONNECTED or DISCONNECTED state.
///
/// If your update requires a `DISCONNECTED` state, before using `UpdateCustomKeyStore`, use the `DisconnectCustomKeyStore` operation to disconnect the custom key store. After the `UpdateCustomKeyStore` operation completes, use the `ConnectCustomKeyStore` to reconnect the custom key store. To find the `ConnectionState` of the custom key store, use the `DescribeCustomKeyStores` operation.
///
/// Before updating the custom key store, verify that the new values allow KMS to connect the custom key store to its backing key store. For example, before you change the `XksProxyUriPath` value, verify that the external key store proxy is reachable at the new path.
///
/// If the operation succeeds, it returns a JSON object with no properties.
///
/// **Cross-account use**: No. You cannot perform this operation on a custom key store in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:UpdateCustomKeyStore](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
///
/// **Related operations:**
///
/// - `ConnectCustomKeyStore`
/// - `CreateCustomKeyStore`
/// - `DeleteCustomKeyStore`
/// - `DescribeCustomKeyStores`
/// - `DisconnectCustomKeyStore`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "UpdateCustomKeyStore", output = UpdateCustomKeyStoreResponse, error = UpdateCustomKeyStoreError)]
pub struct UpdateCustomKeyStore {
    /// Identifies the custom key store that you want to update. Enter the ID of the custom key store. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation.
    pub custom_key_store_id: String,
    /// Changes the friendly name of the custom key store to the value that you specify. The custom key store name must be unique in the Amazon Web Services account.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// To change this value, the custom key store can be connected or disconnected.
    pub new_custom_key_store_name: Option<String>,
    /// Enter the current password of the `kmsuser` crypto user (CU) in the CloudHSM cluster that is associated with the custom key store. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    ///
    /// This parameter tells KMS the current password of the `kmsuser` crypto user (CU). It does not set or change the password of any users in the CloudHSM cluster.
    ///
    /// To change this value, the CloudHSM key store must be disconnected.
    pub key_store_password: Option<awsop::Sensitive<String>>,
    /// Associates the custom key store with a related CloudHSM cluster. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`.
    ///
    /// Enter the cluster ID of the cluster that you used to create the custom key store or a cluster that shares a backup history and has the same cluster certificate as the original cluster. You cannot use this parameter to associate a custom key store with an unrelated cluster. In addition, the replacement cluster must [fulfill the requirements](https://docs.aws.amazon.com/kms/latest/developerguide/create-keystore.html#before-keystore) for a cluster associated with a custom key store. To view the cluster certificate of a cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    ///
    /// To change this value, the CloudHSM key store must be disconnected.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Changes the URI endpoint that KMS uses to connect to your external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// For external key stores with an `XksProxyConnectivity` value of `PUBLIC_ENDPOINT`, the protocol must be HTTPS.
    ///
    /// For external key stores with an `XksProxyConnectivity` value of `VPC_ENDPOINT_SERVICE`, specify `https://` followed by the private DNS name associated with the VPC endpoint service. Each external key store must use a different private DNS name.
    ///
    /// The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Changes the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key manager and external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// The value must start with `/` and must end with `/kms/xks/v1`, where `v1` represents the version of the KMS external key store proxy API. You can include an optional prefix between the required elements such as `/example/kms/xks/v1`.
    ///
    /// The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    ///
    /// You can change this value when the external key store is connected or disconnected.
    pub xks_proxy_uri_path: Option<String>,
    /// Changes the name that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is valid when the `CustomKeyStoreType` is `EXTERNAL_KEY_STORE` and the `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Changes the Amazon Web Services account ID that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is optional. If not specified, the current Amazon Web Services account ID for the VPC endpoint service will not be updated.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Changes the credentials that KMS uses to sign requests to the external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`.
    ///
    /// You must specify both the `AccessKeyId` and `SecretAccessKey` value in the authentication credential, even if you are only updating one value.
    ///
    /// This parameter doesn't establish or change your authentication credentials on the proxy. It just tells KMS the credential that you established with your external key store proxy. For example, if you rotate the credential on your external key store proxy, you can use this parameter to update the credential in KMS.
    ///
    /// You can change this value when the external key store is connected or disconnected.
    pub xks_proxy_authentication_credential: Option<XksProxyAuthenticationCredentialType>,
    /// Changes the connectivity setting for the external key store. To indicate that the external key store proxy uses a Amazon VPC endpoint service to communicate with KMS, specify `VPC_ENDPOINT_SERVICE`. Otherwise, specify `PUBLIC_ENDPOINT`.
    ///
    /// If you change the `XksProxyConnectivity` to `VPC_ENDPOINT_SERVICE`, you must also change the `XksProxyUriEndpoint` and add an `XksProxyVpcEndpointServiceName` value.
    ///
    /// If you change the `XksProxyConnectivity` to `PUBLIC_ENDPOINT`, you must also change the `XksProxyUriEndpoint` and specify a null or empty string for the `XksProxyVpcEndpointServiceName` value.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}

/// The response to [`UpdateCustomKeyStore`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateCustomKeyStoreResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateCustomKeyStore`].
#[awsop::aws_error]
pub enum UpdateCustomKeyStoreError {
    /// [`CustomKeyStoreNotFoundException`]: the service returned `CustomKeyStoreNotFoundException`.
    CustomKeyStoreNotFoundException(CustomKeyStoreNotFoundException),
    /// [`CustomKeyStoreNameInUseException`]: the service returned `CustomKeyStoreNameInUseException`.
    CustomKeyStoreNameInUseException(CustomKeyStoreNameInUseException),
    /// [`CloudHsmClusterNotFoundException`]: the service returned `CloudHsmClusterNotFoundException`.
    CloudHsmClusterNotFoundException(CloudHsmClusterNotFoundException),
    /// [`CloudHsmClusterNotRelatedException`]: the service returned `CloudHsmClusterNotRelatedException`.
    CloudHsmClusterNotRelatedException(CloudHsmClusterNotRelatedException),
    /// [`CustomKeyStoreInvalidStateException`]: the service returned `CustomKeyStoreInvalidStateException`.
    CustomKeyStoreInvalidStateException(CustomKeyStoreInvalidStateException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`CloudHsmClusterNotActiveException`]: the service returned `CloudHsmClusterNotActiveException`.
    CloudHsmClusterNotActiveException(CloudHsmClusterNotActiveException),
    /// [`CloudHsmClusterInvalidConfigurationException`]: the service returned `CloudHsmClusterInvalidConfigurationException`.
    CloudHsmClusterInvalidConfigurationException(CloudHsmClusterInvalidConfigurationException),
    /// [`XksProxyUriInUseException`]: the service returned `XksProxyUriInUseException`.
    XksProxyUriInUseException(XksProxyUriInUseException),
    /// [`XksProxyUriEndpointInUseException`]: the service returned `XksProxyUriEndpointInUseException`.
    XksProxyUriEndpointInUseException(XksProxyUriEndpointInUseException),
    /// [`XksProxyUriUnreachableException`]: the service returned `XksProxyUriUnreachableException`.
    XksProxyUriUnreachableException(XksProxyUriUnreachableException),
    /// [`XksProxyIncorrectAuthenticationCredentialException`]: the service returned `XksProxyIncorrectAuthenticationCredentialException`.
    XksProxyIncorrectAuthenticationCredentialException(
        XksProxyIncorrectAuthenticationCredentialException,
    ),
    /// [`XksProxyVpcEndpointServiceInUseException`]: the service returned `XksProxyVpcEndpointServiceInUseException`.
    XksProxyVpcEndpointServiceInUseException(XksProxyVpcEndpointServiceInUseException),
    /// [`XksProxyVpcEndpointServiceNotFoundException`]: the service returned `XksProxyVpcEndpointServiceNotFoundException`.
    XksProxyVpcEndpointServiceNotFoundException(XksProxyVpcEndpointServiceNotFoundException),
    /// [`XksProxyVpcEndpointServiceInvalidConfigurationException`]: the service returned `XksProxyVpcEndpointServiceInvalidConfigurationException`.
    XksProxyVpcEndpointServiceInvalidConfigurationException(
        XksProxyVpcEndpointServiceInvalidConfigurationException,
    ),
    /// [`XksProxyInvalidResponseException`]: the service returned `XksProxyInvalidResponseException`.
    XksProxyInvalidResponseException(XksProxyInvalidResponseException),
    /// [`XksProxyInvalidConfigurationException`]: the service returned `XksProxyInvalidConfigurationException`.
    XksProxyInvalidConfigurationException(XksProxyInvalidConfigurationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateKeyDescription --------------------------------------------------

/// Updates the description of a KMS key. To see the description of a KMS key, use `DescribeKey`.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
///
/// **Required permissions**: [kms:UpdateKeyDescription](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**
///
/// - `CreateKey`
/// - `DescribeKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "UpdateKeyDescription", output = UpdateKeyDescriptionResponse, error = UpdateKeyDescriptionError)]
pub struct UpdateKeyDescription {
    /// Updates the description of the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// New description for the KMS key.
    ///
    /// **Important:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub description: String,
}

/// The response to [`UpdateKeyDescription`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct UpdateKeyDescriptionResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateKeyDescription`].
#[awsop::aws_error]
pub enum UpdateKeyDescriptionError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdatePrimaryRegion ---------------------------------------------------

/// Changes the primary key of a multi-Region key.
///
/// This operation changes the replica key in the specified Region to a primary key and changes the former primary key to a replica key. For example, suppose you have a primary key in `us-east-1` and a replica key in `eu-west-2`. If you run `UpdatePrimaryRegion` with a `PrimaryRegion` value of `eu-west-2`, the primary key is now the key in `eu-west-2`, and the key in `us-east-1` becomes a replica key. For details, see [Change the primary key in a set of multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-update.html) in the *Key Management Service Developer Guide*.
///
/// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
///
/// The *primary key* of a multi-Region key is the source for properties that are always shared by primary and replica keys, including the key material, [key ID](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id), [key spec](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-spec), [key usage](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-usage), [key material origin](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-origin), and [automatic key rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html). It's the only key that can be replicated. You cannot [delete the primary key](https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html) until all replica keys are deleted.
///
/// The key ID and primary Region that you specify uniquely identify the replica key that will become the primary key. The primary Region must already have a replica key. This operation does not create a KMS key in the specified Region. To find the replica keys, use the `DescribeKey` operation on the primary key or any replica key. To create a replica key, use the `ReplicateKey` operation.
///
/// You can run this operation while using the affected multi-Region keys in cryptographic operations. This operation should not delay, interrupt, or cause failures in cryptographic operations.
///
/// Even after this operation completes, the process of updating the primary Region might still be in progress for a few more seconds. Operations such as `DescribeKey` might display both the old and new primary keys as replicas. The old and new primary keys have a transient key state of `Updating`. The original key state is restored when the update is complete. While the key state is `Updating`, you can use the keys in cryptographic operations, but you cannot replicate the new primary key or perform certain management operations, such as enabling or disabling these keys. For details about the `Updating` key state, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// This operation does not return any output. To verify that primary key is changed, use the `DescribeKey` operation.
///
/// **Cross-account use**: No. You cannot use this operation in a different Amazon Web Services account.
///
/// **Required permissions**:
///
/// - `kms:UpdatePrimaryRegion` on the current primary key (in the primary key's Region). Include this permission primary key's key policy.
/// - `kms:UpdatePrimaryRegion` on the current replica key (in the replica key's Region). Include this permission in the replica key's key policy.
///
/// **Related operations**
///
/// - `CreateKey`
/// - `ReplicateKey`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "UpdatePrimaryRegion", output = UpdatePrimaryRegionResponse, error = UpdatePrimaryRegionError)]
pub struct UpdatePrimaryRegion {
    /// Identifies the current primary key. When the operation completes, this KMS key will be a replica key.
    ///
    /// Specify the key ID or key ARN of a multi-Region primary key.
    ///
    /// For example:
    ///
    /// - Key ID: `mrk-1234abcd12ab34cd56ef1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`.
    pub key_id: String,
    /// The Amazon Web Services Region of the new primary key. Enter the Region ID, such as `us-east-1` or `ap-southeast-2`. There must be an existing replica key in this Region.
    ///
    /// When the operation completes, the multi-Region key in this Region will be the primary key.
    pub primary_region: String,
}

/// The response to [`UpdatePrimaryRegion`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct UpdatePrimaryRegionResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdatePrimaryRegion`].
#[awsop::aws_error]
pub enum UpdatePrimaryRegionError {
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`InvalidArnException`]: the service returned `InvalidArnException`.
    InvalidArnException(InvalidArnException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- Verify ----------------------------------------------------------------

/// Verifies a digital signature that was generated by the `Sign` operation.
///
/// Verification confirms that an authorized user signed the message with the specified KMS key and signing algorithm, and the message hasn't changed since it was signed. If the signature is verified, the value of the `SignatureValid` field in the response is `True`. If the signature verification fails, the `Verify` operation fails with an `KMSInvalidSignatureException` exception.
///
/// A digital signature is generated by using the private key in an asymmetric KMS key. The signature is verified by using the public key in the same asymmetric KMS key. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
///
/// To use the `Verify` operation, specify the same asymmetric KMS key, message, and signing algorithm that were used to produce the signature. The message type does not need to be the same as the one used for signing, but it must indicate whether the value of the `Message` parameter should be hashed as part of the verification process.
///
/// You can also verify the digital signature by using the public key of the KMS key outside of KMS. Use the `GetPublicKey` operation to download the public key in the asymmetric KMS key and then use the public key to verify the signature outside of KMS. The advantage of using the `Verify` operation is that it is performed within KMS. As a result, it's easy to call, the operation is performed within the FIPS boundary, it is logged in CloudTrail, and you can use key policy and IAM policy to determine who is authorized to use the KMS key to verify signatures.
///
/// To verify a signature outside of KMS with an SM2 public key (China Regions only), you must specify the distinguishing ID. By default, KMS uses `1234567812345678` as the distinguishing ID. For more information, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:Verify](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `Sign`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "Verify", output = VerifyResponse, error = VerifyError)]
pub struct Verify {
    /// Identifies the asymmetric KMS key that will be used to verify the signature. This must be the same KMS key that was used to generate the signature. If you specify a different KMS key, the signature verification fails.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
    pub key_id: String,
    /// Specifies the message that was signed. You can submit a raw message of up to 4096 bytes, or a hash digest of the message. If you submit a digest, use the `MessageType` parameter with a value of `DIGEST`.
    ///
    /// If the message specified here is different from the message that was signed, the signature verification fails. A message and its hash digest are considered to be the same message.
    pub message: awsop::Sensitive<awsop::wire::Blob>,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2.
    ///
    /// When the value of `MessageType` is `RAW`, KMS uses the standard signing algorithm, which begins with a hash function. When the value is `DIGEST`, KMS skips the hashing step in the signing algorithm. When the value is `EXTERNAL_MU` KMS skips the concatenated hashing of the public key hash and the message done in the ML-DSA signing algorithm.
    ///
    /// **Important:** Use the `DIGEST` or `EXTERNAL_MU` value only when the value of the `Message` parameter is a message digest. If you use the `DIGEST` value with an unhashed message, the security of the signing operation can be compromised.
    ///
    /// When using ECC\_NIST\_EDWARDS25519 KMS keys:
    ///
    /// - ED25519\_SHA\_512 signing algorithm requires KMS `MessageType:RAW`
    /// - ED25519\_PH\_SHA\_512 signing algorithm requires KMS `MessageType:DIGEST`
    ///
    /// **Important:** When you specify the ED25519\_PH\_SHA\_512 signing algorithm with `MessageType:DIGEST`, KMS still performs the SHA-512 prehash described in [Step 1 of Section 7.8.1 in FIPS 186-5](https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.186-5.pdf#page=39). This means the input is hashed twice: once by you and once by KMS.
    ///
    /// When the value of `MessageType` is `DIGEST`, the length of the `Message` value must match the length of hashed messages for the specified signing algorithm.
    ///
    /// When the value of `MessageType` is `EXTERNAL_MU` the length of the `Message` value must be 64 bytes.
    ///
    /// You can submit a message digest and omit the `MessageType` or specify `RAW` so the digest is hashed again while signing. However, if the signed message is hashed once while signing, but twice while verifying, verification fails, even when the message hasn't changed.
    ///
    /// The hashing algorithm that `Verify` uses is based on the `SigningAlgorithm` value.
    ///
    /// - Signing algorithms that end in SHA\_256 use the SHA\_256 hashing algorithm.
    /// - Signing algorithms that end in SHA\_384 use the SHA\_384 hashing algorithm.
    /// - Signing algorithms that end in SHA\_512 use the SHA\_512 hashing algorithm.
    /// - Signing algorithms that end in SHAKE\_256 use the SHAKE\_256 hashing algorithm.
    /// - SM2DSA uses the SM3 hashing algorithm. For details, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
    pub message_type: Option<MessageType>,
    /// The signature that the `Sign` operation generated.
    pub signature: awsop::wire::Blob,
    /// The signing algorithm that was used to sign the message. If you submit a different algorithm, the signature verification fails.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`Verify`].
#[awsop::aws_shape(output, eq)]
pub struct VerifyResponse {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to verify the signature.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the signature was verified. A value of `True` indicates that the `Signature` was produced by signing the `Message` with the specified `KeyID` and `SigningAlgorithm.` If the signature is not verified, the `Verify` operation fails with a `KMSInvalidSignatureException` exception.
    pub signature_valid: Option<bool>,
    /// The signing algorithm that was used to verify the signature.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`Verify`].
#[awsop::aws_error]
pub enum VerifyError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`DependencyTimeoutException`]: the service returned `DependencyTimeoutException`.
    DependencyTimeoutException(DependencyTimeoutException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`KmsInvalidSignatureException`]: the service returned `KMSInvalidSignatureException`.
    #[aws(code = "KMSInvalidSignatureException")]
    KmsInvalidSignatureException(KmsInvalidSignatureException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- VerifyMac -------------------------------------------------------------

/// Verifies the hash-based message authentication code (HMAC) for a specified message, HMAC KMS key, and MAC algorithm. To verify the HMAC, `VerifyMac` computes an HMAC using the message, HMAC KMS key, and MAC algorithm that you specify, and compares the computed HMAC to the HMAC that you specify. If the HMACs are identical, the verification succeeds; otherwise, it fails. Verification indicates that the message hasn't changed since the HMAC was calculated, and the specified key was used to generate and verify the HMAC.
///
/// HMAC KMS keys and the HMAC algorithms that KMS uses conform to industry standards defined in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
///
/// This operation is part of KMS support for HMAC KMS keys. For details, see [HMAC keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html) in the *Key Management Service Developer Guide*.
///
/// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
///
/// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
///
/// **Required permissions**: [kms:VerifyMac](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
///
/// **Related operations**: `GenerateMac`
///
/// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
#[awsop::aws_operation(service = crate::Kms, target = "VerifyMac", output = VerifyMacResponse, error = VerifyMacError)]
pub struct VerifyMac {
    /// The message that will be used in the verification. Enter the same message that was used to generate the HMAC.
    ///
    /// `GenerateMac` and `VerifyMac` do not provide special handling for message digests. If you generated an HMAC for a hash digest of a message, you must verify the HMAC for the same hash digest.
    pub message: awsop::Sensitive<awsop::wire::Blob>,
    /// The KMS key that will be used in the verification.
    ///
    /// Enter a key ID of the KMS key that was used to generate the HMAC. If you identify a different KMS key, the `VerifyMac` operation fails.
    pub key_id: String,
    /// The MAC algorithm that will be used in the verification. Enter the same MAC algorithm that was used to compute the HMAC. This algorithm must be supported by the HMAC KMS key identified by the `KeyId` parameter.
    pub mac_algorithm: MacAlgorithmSpec,
    /// The HMAC to verify. Enter the HMAC that was generated by the `GenerateMac` operation when you specified the same message, HMAC KMS key, and MAC algorithm as the values specified in this request.
    pub mac: awsop::wire::Blob,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}

/// The response to [`VerifyMac`].
#[awsop::aws_shape(output, eq)]
pub struct VerifyMacResponse {
    /// The HMAC KMS key used in the verification.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the HMAC was verified. A value of `True` indicates that the HMAC (`Mac`) was generated with the specified `Message`, HMAC KMS key (`KeyID`) and `MacAlgorithm.`.
    ///
    /// If the HMAC is not verified, the `VerifyMac` operation fails with a `KMSInvalidMacException` exception. This exception indicates that one or more of the inputs changed since the HMAC was computed.
    pub mac_valid: Option<bool>,
    /// The MAC algorithm used in the verification.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`VerifyMac`].
#[awsop::aws_error]
pub enum VerifyMacError {
    /// [`NotFoundException`]: the service returned `NotFoundException`.
    NotFoundException(NotFoundException),
    /// [`DisabledException`]: the service returned `DisabledException`.
    DisabledException(DisabledException),
    /// [`KeyUnavailableException`]: the service returned `KeyUnavailableException`.
    KeyUnavailableException(KeyUnavailableException),
    /// [`InvalidKeyUsageException`]: the service returned `InvalidKeyUsageException`.
    InvalidKeyUsageException(InvalidKeyUsageException),
    /// [`InvalidGrantTokenException`]: the service returned `InvalidGrantTokenException`.
    InvalidGrantTokenException(InvalidGrantTokenException),
    /// [`KmsInternalException`]: the service returned `KMSInternalException`.
    #[aws(code = "KMSInternalException")]
    KmsInternalException(KmsInternalException),
    /// [`KmsInvalidMacException`]: the service returned `KMSInvalidMacException`.
    #[aws(code = "KMSInvalidMacException")]
    KmsInvalidMacException(KmsInvalidMacException),
    /// [`KmsInvalidStateException`]: the service returned `KMSInvalidStateException`.
    #[aws(code = "KMSInvalidStateException")]
    KmsInvalidStateException(KmsInvalidStateException),
    /// [`DryRunOperationException`]: the service returned `DryRunOperationException`.
    DryRunOperationException(DryRunOperationException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}
