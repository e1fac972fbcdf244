//! The generated KMS crate against moto: keys, encryption round trip, the
//! `ListKeys` paginator (which also stops on `Truncated: false`), and
//! redaction of the sensitive members.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use awsop::Sensitive;
use awsop::wire::Blob;
use awsop_e2e::moto_client;
use awsop_kms::*;

#[tokio::test(flavor = "current_thread")]
async fn keys_encryption_and_listing() {
    let client = moto_client();
    let mut ids = Vec::new();
    for i in 0..3 {
        let out = CreateKey::new()
            .description(format!("awsop e2e key {i}"))
            .send(&client)
            .await
            .unwrap();
        ids.push(out.key_metadata.unwrap().key_id);
    }

    let secret = b"attack at dawn".to_vec();
    let encrypted = Encrypt::new(ids[0].clone(), Sensitive::new(Blob::new(secret.clone())))
        .send(&client)
        .await
        .unwrap();
    let ciphertext = encrypted.ciphertext_blob.unwrap();
    assert_ne!(ciphertext.as_bytes(), &secret[..]);
    let decrypted = Decrypt::new()
        .ciphertext_blob(ciphertext)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        decrypted.plaintext.as_ref().unwrap().expose().as_bytes(),
        &secret[..]
    );
    let shown = format!("{decrypted:?}");
    assert!(shown.contains("plaintext: Some(<redacted>)"), "{shown}");
    assert!(!shown.contains("attack"), "{shown}");

    let mut listed = Vec::new();
    let mut keys = ListKeys::new().limit(1).paginate_items(&client);
    while let Some(key) = keys.next_item().await {
        listed.push(key.unwrap().key_id.unwrap());
    }
    for id in &ids {
        assert!(listed.contains(id), "{id} not in {listed:?}");
    }
    let mut pages = 0;
    let mut paged = ListKeys::new().limit(1).paginate(&client);
    while let Some(page) = paged.next_page().await {
        page.unwrap();
        pages += 1;
    }
    // moto 5 ignores `Limit` for ListKeys: one page, `Truncated: false`.
    assert_eq!(pages, 1);
}

#[test]
fn sensitive_members_are_redacted() {
    let request = Encrypt::new(
        "alias/demo",
        Sensitive::new(Blob::new(b"attack at dawn".to_vec())),
    );
    assert_eq!(
        format!("{request:?}"),
        "Encrypt { key_id: \"alias/demo\", plaintext: <redacted>, encryption_context: None, grant_tokens: None, encryption_algorithm: None, dry_run: None }"
    );
}
