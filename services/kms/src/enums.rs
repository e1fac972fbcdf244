//! The enums of wire values.

/// The values of `AlgorithmSpec`.
#[awsop::aws_enum]
pub enum AlgorithmSpec {
    /// `RSAES_PKCS1_V1_5`
    #[aws(value = "RSAES_PKCS1_V1_5")]
    RsaesPkcs1V1_5,
    /// `RSAES_OAEP_SHA_1`
    #[aws(value = "RSAES_OAEP_SHA_1")]
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    #[aws(value = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// `RSA_AES_KEY_WRAP_SHA_1`
    #[aws(value = "RSA_AES_KEY_WRAP_SHA_1")]
    RsaAesKeyWrapSha1,
    /// `RSA_AES_KEY_WRAP_SHA_256`
    #[aws(value = "RSA_AES_KEY_WRAP_SHA_256")]
    RsaAesKeyWrapSha256,
    /// `SM2PKE`
    #[aws(value = "SM2PKE")]
    Sm2Pke,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ConnectionErrorCodeType`.
#[awsop::aws_enum]
pub enum ConnectionErrorCodeType {
    /// `INVALID_CREDENTIALS`
    #[aws(value = "INVALID_CREDENTIALS")]
    InvalidCredentials,
    /// `CLUSTER_NOT_FOUND`
    #[aws(value = "CLUSTER_NOT_FOUND")]
    ClusterNotFound,
    /// `NETWORK_ERRORS`
    #[aws(value = "NETWORK_ERRORS")]
    NetworkErrors,
    /// `INTERNAL_ERROR`
    #[aws(value = "INTERNAL_ERROR")]
    InternalError,
    /// `INSUFFICIENT_CLOUDHSM_HSMS`
    #[aws(value = "INSUFFICIENT_CLOUDHSM_HSMS")]
    InsufficientCloudhsmHsms,
    /// `USER_LOCKED_OUT`
    #[aws(value = "USER_LOCKED_OUT")]
    UserLockedOut,
    /// `USER_NOT_FOUND`
    #[aws(value = "USER_NOT_FOUND")]
    UserNotFound,
    /// `USER_LOGGED_IN`
    #[aws(value = "USER_LOGGED_IN")]
    UserLoggedIn,
    /// `SUBNET_NOT_FOUND`
    #[aws(value = "SUBNET_NOT_FOUND")]
    SubnetNotFound,
    /// `INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET`
    #[aws(value = "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET")]
    InsufficientFreeAddressesInSubnet,
    /// `XKS_PROXY_ACCESS_DENIED`
    #[aws(value = "XKS_PROXY_ACCESS_DENIED")]
    XksProxyAccessDenied,
    /// `XKS_PROXY_NOT_REACHABLE`
    #[aws(value = "XKS_PROXY_NOT_REACHABLE")]
    XksProxyNotReachable,
    /// `XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND`
    #[aws(value = "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND")]
    XksVpcEndpointServiceNotFound,
    /// `XKS_PROXY_INVALID_RESPONSE`
    #[aws(value = "XKS_PROXY_INVALID_RESPONSE")]
    XksProxyInvalidResponse,
    /// `XKS_PROXY_INVALID_CONFIGURATION`
    #[aws(value = "XKS_PROXY_INVALID_CONFIGURATION")]
    XksProxyInvalidConfiguration,
    /// `XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION`
    #[aws(value = "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION")]
    XksVpcEndpointServiceInvalidConfiguration,
    /// `XKS_PROXY_TIMED_OUT`
    #[aws(value = "XKS_PROXY_TIMED_OUT")]
    XksProxyTimedOut,
    /// `XKS_PROXY_INVALID_TLS_CONFIGURATION`
    #[aws(value = "XKS_PROXY_INVALID_TLS_CONFIGURATION")]
    XksProxyInvalidTlsConfiguration,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ConnectionStateType`.
#[awsop::aws_enum]
pub enum ConnectionStateType {
    /// `CONNECTED`
    #[aws(value = "CONNECTED")]
    Connected,
    /// `CONNECTING`
    #[aws(value = "CONNECTING")]
    Connecting,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// `DISCONNECTED`
    #[aws(value = "DISCONNECTED")]
    Disconnected,
    /// `DISCONNECTING`
    #[aws(value = "DISCONNECTING")]
    Disconnecting,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CustomKeyStoreType`.
#[awsop::aws_enum]
pub enum CustomKeyStoreType {
    /// `AWS_CLOUDHSM`
    #[aws(value = "AWS_CLOUDHSM")]
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    #[aws(value = "EXTERNAL_KEY_STORE")]
    ExternalKeyStore,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CustomerMasterKeySpec`.
///
/// **Deprecated:** This enum has been deprecated. Instead, use the KeySpec enum.
#[awsop::aws_enum]
pub enum CustomerMasterKeySpec {
    /// `RSA_2048`
    #[aws(value = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[aws(value = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[aws(value = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[aws(value = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[aws(value = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[aws(value = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[aws(value = "ECC_SECG_P256K1")]
    EccSecgP256K1,
    /// `SYMMETRIC_DEFAULT`
    #[aws(value = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `HMAC_224`
    #[aws(value = "HMAC_224")]
    Hmac224,
    /// `HMAC_256`
    #[aws(value = "HMAC_256")]
    Hmac256,
    /// `HMAC_384`
    #[aws(value = "HMAC_384")]
    Hmac384,
    /// `HMAC_512`
    #[aws(value = "HMAC_512")]
    Hmac512,
    /// `SM2`
    #[aws(value = "SM2")]
    Sm2,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DataKeyPairSpec`.
#[awsop::aws_enum]
pub enum DataKeyPairSpec {
    /// `RSA_2048`
    #[aws(value = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[aws(value = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[aws(value = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[aws(value = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[aws(value = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[aws(value = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[aws(value = "ECC_SECG_P256K1")]
    EccSecgP256K1,
    /// `SM2`
    #[aws(value = "SM2")]
    Sm2,
    /// `ECC_NIST_EDWARDS25519`
    #[aws(value = "ECC_NIST_EDWARDS25519")]
    EccNistEdwards25519,
    /// `ML_KEM_512`
    #[aws(value = "ML_KEM_512")]
    MlKem512,
    /// `ML_KEM_768`
    #[aws(value = "ML_KEM_768")]
    MlKem768,
    /// `ML_KEM_1024`
    #[aws(value = "ML_KEM_1024")]
    MlKem1024,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DataKeySpec`.
#[awsop::aws_enum]
pub enum DataKeySpec {
    /// `AES_256`
    #[aws(value = "AES_256")]
    Aes256,
    /// `AES_128`
    #[aws(value = "AES_128")]
    Aes128,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DryRunModifierType`.
#[awsop::aws_enum]
pub enum DryRunModifierType {
    /// `IGNORE_CIPHERTEXT`
    #[aws(value = "IGNORE_CIPHERTEXT")]
    IgnoreCiphertext,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EncapsulationAlgorithmSpec`.
#[awsop::aws_enum]
pub enum EncapsulationAlgorithmSpec {
    /// `ML_KEM`
    #[aws(value = "ML_KEM")]
    MlKem,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EncryptionAlgorithmSpec`.
#[awsop::aws_enum]
pub enum EncryptionAlgorithmSpec {
    /// `SYMMETRIC_DEFAULT`
    #[aws(value = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `RSAES_OAEP_SHA_1`
    #[aws(value = "RSAES_OAEP_SHA_1")]
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    #[aws(value = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// `SM2PKE`
    #[aws(value = "SM2PKE")]
    Sm2Pke,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExpirationModelType`.
#[awsop::aws_enum]
pub enum ExpirationModelType {
    /// `KEY_MATERIAL_EXPIRES`
    #[aws(value = "KEY_MATERIAL_EXPIRES")]
    KeyMaterialExpires,
    /// `KEY_MATERIAL_DOES_NOT_EXPIRE`
    #[aws(value = "KEY_MATERIAL_DOES_NOT_EXPIRE")]
    KeyMaterialDoesNotExpire,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `GrantOperation`.
#[awsop::aws_enum]
pub enum GrantOperation {
    /// `Decrypt`
    #[aws(value = "Decrypt")]
    Decrypt,
    /// `Encrypt`
    #[aws(value = "Encrypt")]
    Encrypt,
    /// `GenerateDataKey`
    #[aws(value = "GenerateDataKey")]
    GenerateDataKey,
    /// `GenerateDataKeyWithoutPlaintext`
    #[aws(value = "GenerateDataKeyWithoutPlaintext")]
    GenerateDataKeyWithoutPlaintext,
    /// `ReEncryptFrom`
    #[aws(value = "ReEncryptFrom")]
    ReEncryptFrom,
    /// `ReEncryptTo`
    #[aws(value = "ReEncryptTo")]
    ReEncryptTo,
    /// `Sign`
    #[aws(value = "Sign")]
    Sign,
    /// `Verify`
    #[aws(value = "Verify")]
    Verify,
    /// `GetPublicKey`
    #[aws(value = "GetPublicKey")]
    GetPublicKey,
    /// `CreateGrant`
    #[aws(value = "CreateGrant")]
    CreateGrant,
    /// `RetireGrant`
    #[aws(value = "RetireGrant")]
    RetireGrant,
    /// `DescribeKey`
    #[aws(value = "DescribeKey")]
    DescribeKey,
    /// `GenerateDataKeyPair`
    #[aws(value = "GenerateDataKeyPair")]
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    #[aws(value = "GenerateDataKeyPairWithoutPlaintext")]
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateMac`
    #[aws(value = "GenerateMac")]
    GenerateMac,
    /// `VerifyMac`
    #[aws(value = "VerifyMac")]
    VerifyMac,
    /// `DeriveSharedSecret`
    #[aws(value = "DeriveSharedSecret")]
    DeriveSharedSecret,
    /// `Encapsulate`
    #[aws(value = "Encapsulate")]
    Encapsulate,
    /// `Decapsulate`
    #[aws(value = "Decapsulate")]
    Decapsulate,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ImportState`.
#[awsop::aws_enum]
pub enum ImportState {
    /// `IMPORTED`
    #[aws(value = "IMPORTED")]
    Imported,
    /// `PENDING_IMPORT`
    #[aws(value = "PENDING_IMPORT")]
    PendingImport,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ImportType`.
#[awsop::aws_enum]
pub enum ImportType {
    /// `NEW_KEY_MATERIAL`
    #[aws(value = "NEW_KEY_MATERIAL")]
    NewKeyMaterial,
    /// `EXISTING_KEY_MATERIAL`
    #[aws(value = "EXISTING_KEY_MATERIAL")]
    ExistingKeyMaterial,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `IncludeKeyMaterial`.
#[awsop::aws_enum]
pub enum IncludeKeyMaterial {
    /// `ALL_KEY_MATERIAL`
    #[aws(value = "ALL_KEY_MATERIAL")]
    AllKeyMaterial,
    /// `ROTATIONS_ONLY`
    #[aws(value = "ROTATIONS_ONLY")]
    RotationsOnly,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyAgreementAlgorithmSpec`.
#[awsop::aws_enum]
pub enum KeyAgreementAlgorithmSpec {
    /// `ECDH`
    #[aws(value = "ECDH")]
    Ecdh,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyEncryptionMechanism`.
#[awsop::aws_enum]
pub enum KeyEncryptionMechanism {
    /// `RSAES_OAEP_SHA_256`
    #[aws(value = "RSAES_OAEP_SHA_256")]
    RsaesOaepSha256,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyLastUsageTrackingOperation`.
#[awsop::aws_enum]
pub enum KeyLastUsageTrackingOperation {
    /// `Decrypt`
    #[aws(value = "Decrypt")]
    Decrypt,
    /// `DeriveSharedSecret`
    #[aws(value = "DeriveSharedSecret")]
    DeriveSharedSecret,
    /// `Encrypt`
    #[aws(value = "Encrypt")]
    Encrypt,
    /// `GenerateDataKey`
    #[aws(value = "GenerateDataKey")]
    GenerateDataKey,
    /// `GenerateDataKeyPair`
    #[aws(value = "GenerateDataKeyPair")]
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    #[aws(value = "GenerateDataKeyPairWithoutPlaintext")]
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateDataKeyWithoutPlaintext`
    #[aws(value = "GenerateDataKeyWithoutPlaintext")]
    GenerateDataKeyWithoutPlaintext,
    /// `GenerateMac`
    #[aws(value = "GenerateMac")]
    GenerateMac,
    /// `ReEncrypt`
    #[aws(value = "ReEncrypt")]
    ReEncrypt,
    /// `Sign`
    #[aws(value = "Sign")]
    Sign,
    /// `Verify`
    #[aws(value = "Verify")]
    Verify,
    /// `VerifyMac`
    #[aws(value = "VerifyMac")]
    VerifyMac,
    /// `Encapsulate`
    #[aws(value = "Encapsulate")]
    Encapsulate,
    /// `Decapsulate`
    #[aws(value = "Decapsulate")]
    Decapsulate,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyManagerType`.
#[awsop::aws_enum]
pub enum KeyManagerType {
    /// `AWS`
    #[aws(value = "AWS")]
    Aws,
    /// `CUSTOMER`
    #[aws(value = "CUSTOMER")]
    Customer,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyMaterialState`.
#[awsop::aws_enum]
pub enum KeyMaterialState {
    /// `NON_CURRENT`
    #[aws(value = "NON_CURRENT")]
    NonCurrent,
    /// `CURRENT`
    #[aws(value = "CURRENT")]
    Current,
    /// `PENDING_ROTATION`
    #[aws(value = "PENDING_ROTATION")]
    PendingRotation,
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION`
    #[aws(value = "PENDING_MULTI_REGION_IMPORT_AND_ROTATION")]
    PendingMultiRegionImportAndRotation,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeySpec`.
#[awsop::aws_enum]
pub enum KeySpec {
    /// `RSA_2048`
    #[aws(value = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[aws(value = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[aws(value = "RSA_4096")]
    Rsa4096,
    /// `ECC_NIST_P256`
    #[aws(value = "ECC_NIST_P256")]
    EccNistP256,
    /// `ECC_NIST_P384`
    #[aws(value = "ECC_NIST_P384")]
    EccNistP384,
    /// `ECC_NIST_P521`
    #[aws(value = "ECC_NIST_P521")]
    EccNistP521,
    /// `ECC_SECG_P256K1`
    #[aws(value = "ECC_SECG_P256K1")]
    EccSecgP256K1,
    /// `SYMMETRIC_DEFAULT`
    #[aws(value = "SYMMETRIC_DEFAULT")]
    SymmetricDefault,
    /// `HMAC_224`
    #[aws(value = "HMAC_224")]
    Hmac224,
    /// `HMAC_256`
    #[aws(value = "HMAC_256")]
    Hmac256,
    /// `HMAC_384`
    #[aws(value = "HMAC_384")]
    Hmac384,
    /// `HMAC_512`
    #[aws(value = "HMAC_512")]
    Hmac512,
    /// `SM2`
    #[aws(value = "SM2")]
    Sm2,
    /// `ML_DSA_44`
    #[aws(value = "ML_DSA_44")]
    MlDsa44,
    /// `ML_DSA_65`
    #[aws(value = "ML_DSA_65")]
    MlDsa65,
    /// `ML_DSA_87`
    #[aws(value = "ML_DSA_87")]
    MlDsa87,
    /// `ECC_NIST_EDWARDS25519`
    #[aws(value = "ECC_NIST_EDWARDS25519")]
    EccNistEdwards25519,
    /// `ML_KEM_512`
    #[aws(value = "ML_KEM_512")]
    MlKem512,
    /// `ML_KEM_768`
    #[aws(value = "ML_KEM_768")]
    MlKem768,
    /// `ML_KEM_1024`
    #[aws(value = "ML_KEM_1024")]
    MlKem1024,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyState`.
#[awsop::aws_enum]
pub enum KeyState {
    /// `Creating`
    #[aws(value = "Creating")]
    Creating,
    /// `Enabled`
    #[aws(value = "Enabled")]
    Enabled,
    /// `Disabled`
    #[aws(value = "Disabled")]
    Disabled,
    /// `PendingDeletion`
    #[aws(value = "PendingDeletion")]
    PendingDeletion,
    /// `PendingImport`
    #[aws(value = "PendingImport")]
    PendingImport,
    /// `PendingReplicaDeletion`
    #[aws(value = "PendingReplicaDeletion")]
    PendingReplicaDeletion,
    /// `Unavailable`
    #[aws(value = "Unavailable")]
    Unavailable,
    /// `Updating`
    #[aws(value = "Updating")]
    Updating,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `KeyUsageType`.
#[awsop::aws_enum]
pub enum KeyUsageType {
    /// `SIGN_VERIFY`
    #[aws(value = "SIGN_VERIFY")]
    SignVerify,
    /// `ENCRYPT_DECRYPT`
    #[aws(value = "ENCRYPT_DECRYPT")]
    EncryptDecrypt,
    /// `GENERATE_VERIFY_MAC`
    #[aws(value = "GENERATE_VERIFY_MAC")]
    GenerateVerifyMac,
    /// `KEY_AGREEMENT`
    #[aws(value = "KEY_AGREEMENT")]
    KeyAgreement,
    /// `ENCAPSULATE_DECAPSULATE`
    #[aws(value = "ENCAPSULATE_DECAPSULATE")]
    EncapsulateDecapsulate,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `MacAlgorithmSpec`.
#[awsop::aws_enum]
pub enum MacAlgorithmSpec {
    /// `HMAC_SHA_224`
    #[aws(value = "HMAC_SHA_224")]
    HmacSha224,
    /// `HMAC_SHA_256`
    #[aws(value = "HMAC_SHA_256")]
    HmacSha256,
    /// `HMAC_SHA_384`
    #[aws(value = "HMAC_SHA_384")]
    HmacSha384,
    /// `HMAC_SHA_512`
    #[aws(value = "HMAC_SHA_512")]
    HmacSha512,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `MessageType`.
#[awsop::aws_enum]
pub enum MessageType {
    /// `RAW`
    #[aws(value = "RAW")]
    Raw,
    /// `DIGEST`
    #[aws(value = "DIGEST")]
    Digest,
    /// `EXTERNAL_MU`
    #[aws(value = "EXTERNAL_MU")]
    ExternalMu,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `MultiRegionKeyType`.
#[awsop::aws_enum]
pub enum MultiRegionKeyType {
    /// `PRIMARY`
    #[aws(value = "PRIMARY")]
    Primary,
    /// `REPLICA`
    #[aws(value = "REPLICA")]
    Replica,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `OriginType`.
#[awsop::aws_enum]
pub enum OriginType {
    /// `AWS_KMS`
    #[aws(value = "AWS_KMS")]
    AwsKms,
    /// `EXTERNAL`
    #[aws(value = "EXTERNAL")]
    External,
    /// `AWS_CLOUDHSM`
    #[aws(value = "AWS_CLOUDHSM")]
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    #[aws(value = "EXTERNAL_KEY_STORE")]
    ExternalKeyStore,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// Identifies whose KMS keys `ListKeys` lists. `SELF` identifies the KMS keys in your Amazon Web Services account. `OTHER_ACCOUNTS_VIA_RAM` identifies the KMS keys that other Amazon Web Services accounts shared with your Amazon Web Services account through Resource Access Manager (RAM).
#[awsop::aws_enum]
pub enum ResourceOwnerType {
    /// `SELF`
    #[aws(value = "SELF")]
    Self_,
    /// `OTHER_ACCOUNTS_VIA_RAM`
    #[aws(value = "OTHER_ACCOUNTS_VIA_RAM")]
    OtherAccountsViaRam,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `RotationType`.
#[awsop::aws_enum]
pub enum RotationType {
    /// `AUTOMATIC`
    #[aws(value = "AUTOMATIC")]
    Automatic,
    /// `ON_DEMAND`
    #[aws(value = "ON_DEMAND")]
    OnDemand,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `SigningAlgorithmSpec`.
#[awsop::aws_enum]
pub enum SigningAlgorithmSpec {
    /// `RSASSA_PSS_SHA_256`
    #[aws(value = "RSASSA_PSS_SHA_256")]
    RsassaPssSha256,
    /// `RSASSA_PSS_SHA_384`
    #[aws(value = "RSASSA_PSS_SHA_384")]
    RsassaPssSha384,
    /// `RSASSA_PSS_SHA_512`
    #[aws(value = "RSASSA_PSS_SHA_512")]
    RsassaPssSha512,
    /// `RSASSA_PKCS1_V1_5_SHA_256`
    #[aws(value = "RSASSA_PKCS1_V1_5_SHA_256")]
    RsassaPkcs1V1_5Sha256,
    /// `RSASSA_PKCS1_V1_5_SHA_384`
    #[aws(value = "RSASSA_PKCS1_V1_5_SHA_384")]
    RsassaPkcs1V1_5Sha384,
    /// `RSASSA_PKCS1_V1_5_SHA_512`
    #[aws(value = "RSASSA_PKCS1_V1_5_SHA_512")]
    RsassaPkcs1V1_5Sha512,
    /// `ECDSA_SHA_256`
    #[aws(value = "ECDSA_SHA_256")]
    EcdsaSha256,
    /// `ECDSA_SHA_384`
    #[aws(value = "ECDSA_SHA_384")]
    EcdsaSha384,
    /// `ECDSA_SHA_512`
    #[aws(value = "ECDSA_SHA_512")]
    EcdsaSha512,
    /// `SM2DSA`
    #[aws(value = "SM2DSA")]
    Sm2Dsa,
    /// `ML_DSA_SHAKE_256`
    #[aws(value = "ML_DSA_SHAKE_256")]
    MlDsaShake256,
    /// `ED25519_SHA_512`
    #[aws(value = "ED25519_SHA_512")]
    Ed25519Sha512,
    /// `ED25519_PH_SHA_512`
    #[aws(value = "ED25519_PH_SHA_512")]
    Ed25519PhSha512,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `WrappingKeySpec`.
#[awsop::aws_enum]
pub enum WrappingKeySpec {
    /// `RSA_2048`
    #[aws(value = "RSA_2048")]
    Rsa2048,
    /// `RSA_3072`
    #[aws(value = "RSA_3072")]
    Rsa3072,
    /// `RSA_4096`
    #[aws(value = "RSA_4096")]
    Rsa4096,
    /// `SM2`
    #[aws(value = "SM2")]
    Sm2,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `XksProxyConnectivityType`.
#[awsop::aws_enum]
pub enum XksProxyConnectivityType {
    /// `PUBLIC_ENDPOINT`
    #[aws(value = "PUBLIC_ENDPOINT")]
    PublicEndpoint,
    /// `VPC_ENDPOINT_SERVICE`
    #[aws(value = "VPC_ENDPOINT_SERVICE")]
    VpcEndpointService,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}
